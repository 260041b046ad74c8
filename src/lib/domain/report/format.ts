/** Presentation rounding and wording for the report; scores stay unrounded until here. */
import { stakeholderGroups } from '../instrument/types';

const isNum = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);

/** 3.1234 → "3.12"; missing → "–". */
export const score = (v: number | null | undefined, digits = 2): string =>
	isNum(v) ? v.toFixed(digits) : '–';

/** 0.716 → "72%"; missing → "–". */
export const percent = (v: number | null | undefined): string =>
	isNum(v) ? `${Math.round(v * 100)}%` : '–';

/** Signed change with a true minus sign: "+0.21", "−0.05", "±0.00". */
export function signed(v: number | null | undefined, digits = 2): string {
	if (!isNum(v)) return '–';
	const s = Math.abs(v).toFixed(digits);
	if (Number(s) === 0) return `±${s}`;
	return v > 0 ? `+${s}` : `−${s}`;
}

/** 1 → "1st", 62 → "62nd", 13 → "13th". */
export function ordinal(n: number): string {
	const r = Math.round(n);
	const t = r % 100;
	if (t >= 11 && t <= 13) return `${r}th`;
	return `${r}${{ 1: 'st', 2: 'nd', 3: 'rd' }[r % 10] ?? 'th'}`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const shortDateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'UTC',
	hour12: false
});

/** ISO date or date-time → "12 March 2026" (UTC, so the output does not depend on the server). */
export function date(iso: string | null | undefined): string {
	if (!iso) return '–';
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? plain(iso) : dateFormat.format(d);
}

/** ISO date → "12 Mar 2026" (tables). */
export function shortDate(iso: string | null | undefined): string {
	if (!iso) return '–';
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? plain(iso) : shortDateFormat.format(d);
}

/** ISO date-time → "12 March 2026, 14:05 UTC". */
export function dateTime(iso: string): string {
	const d = new Date(iso);
	return Number.isNaN(d.getTime())
		? plain(iso)
		: `${dateFormat.format(d)}, ${timeFormat.format(d)} UTC`;
}

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
