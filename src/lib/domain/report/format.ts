/** Presentation rounding and wording for the report; scores stay unrounded until here. */
import { stakeholderGroups } from '../instrument/types';

const isNum = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);

/** The report's numbers and dates in one locale (Intl), e.g. `reportFormat('es-ES').score(3.1)` → "3,10". */
export interface ReportFormat {
	/** 3.1234 → "3.12"; missing → "–". */
	score(v: number | null | undefined, digits?: number): string;
	/** 0.716 → "72%"; missing → "–". */
	percent(v: number | null | undefined): string;
	/** Signed change with a true minus sign: "+0.21", "−0.05", "±0.00". */
	signed(v: number | null | undefined, digits?: number): string;
	/** Whole units with the locale's separators: 120000 → "120,000". */
	amount(v: number): string;
	/** ISO date or date-time → "12 March 2026" (UTC, so the output does not depend on the server). */
	date(iso: string | null | undefined): string;
	/** ISO date → "12 Mar 2026" (tables). */
	shortDate(iso: string | null | undefined): string;
	/** ISO date-time → "12 March 2026, 14:05 UTC". */
	dateTime(iso: string): string;
}

const formats = new Map<string, ReportFormat>();

export function reportFormat(locale: string): ReportFormat {
	const known = formats.get(locale);
	if (known) return known;
	const numbers = new Map<number, Intl.NumberFormat>();
	const fixed = (digits: number) => {
		let n = numbers.get(digits);
		if (!n)
			numbers.set(
				digits,
				(n = new Intl.NumberFormat(locale, {
					minimumFractionDigits: digits,
					maximumFractionDigits: digits,
					useGrouping: false
				}))
			);
		return n;
	};
	const percentFormat = new Intl.NumberFormat(locale, {
		style: 'percent',
		maximumFractionDigits: 0
	});
	const amountFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
	const utc = { timeZone: 'UTC' } as const;
	const long = new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		...utc
	});
	const short = new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		...utc
	});
	const time = new Intl.DateTimeFormat(locale, {
		hour: '2-digit',
		minute: '2-digit',
		hour12: false,
		...utc
	});
	const parsed = (iso: string) => new Date(iso);
	const format: ReportFormat = {
		score: (v, digits = 2) => (isNum(v) ? fixed(digits).format(v) : '–'),
		percent: (v) => (isNum(v) ? percentFormat.format(Math.round(v * 100) / 100) : '–'),
		signed(v, digits = 2) {
			if (!isNum(v)) return '–';
			const s = fixed(digits).format(Math.abs(v));
			if (Number(Math.abs(v).toFixed(digits)) === 0) return `±${s}`;
			return v > 0 ? `+${s}` : `−${s}`;
		},
		amount: (v) => amountFormat.format(Math.round(v)),
		date(iso) {
			if (!iso) return '–';
			const d = parsed(iso);
			return Number.isNaN(d.getTime()) ? plain(iso) : long.format(d);
		},
		shortDate(iso) {
			if (!iso) return '–';
			const d = parsed(iso);
			return Number.isNaN(d.getTime()) ? plain(iso) : short.format(d);
		},
		dateTime(iso) {
			const d = parsed(iso);
			return Number.isNaN(d.getTime()) ? plain(iso) : `${long.format(d)}, ${time.format(d)} UTC`;
		}
	};
	formats.set(locale, format);
	return format;
}

const english = reportFormat('en-GB');

/** 3.1234 → "3.12"; missing → "–". */
export const score = english.score;

/** 0.716 → "72%"; missing → "–". */
export const percent = english.percent;

/** Signed change with a true minus sign: "+0.21", "−0.05", "±0.00". */
export const signed = english.signed;

/** 1 → "1st", 62 → "62nd", 13 → "13th". */
export function ordinal(n: number): string {
	const r = Math.round(n);
	const t = r % 100;
	if (t >= 11 && t <= 13) return `${r}th`;
	return `${r}${{ 1: 'st', 2: 'nd', 3: 'rd' }[r % 10] ?? 'th'}`;
}

/** ISO date or date-time → "12 March 2026" (UTC, so the output does not depend on the server). */
export const date = english.date;

/** ISO date → "12 Mar 2026" (tables). */
export const shortDate = english.shortDate;

/** ISO date-time → "12 March 2026, 14:05 UTC". */
export const dateTime = english.dateTime;

const groupNames = new Map<string, string>(stakeholderGroups.map((g) => [g.key, g.name]));

/** Stakeholder group key → its name (unknown keys are shown as given). */
export const groupName = (key: string): string => groupNames.get(key) ?? plain(key);

/**
 * Text written by people (names, titles, comments, item wording) as plain text: pdfmake never
 * interprets markup in text nodes; this only drops control characters that have no glyph.
 */
export function plain(text: string | null | undefined): string {
	// eslint-disable-next-line no-control-regex
	return (text ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
}

/** Shortens to at most `max` characters with an ellipsis (for one-line headers). */
export function truncate(text: string, max: number): string {
	const chars = [...text];
	return chars.length <= max
		? text
		: `${chars
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`;
}
