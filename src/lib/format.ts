import { SCORE_DECIMALS } from './domain/scoring/math';
import { DEFAULT_TIME_ZONE } from './domain/time-zone';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(withTime: boolean, timeZone: string, locale: string): Intl.DateTimeFormat {
	const key = `${withTime}|${timeZone}|${locale}`;
	let found = formatters.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(locale, {
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			timeZone,
			...(withTime
				? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }
				: {})
		});
		formatters.set(key, found);
	}
	return found;
}

/**
 * "24 Nov 2026". Instants are shown on the organisation's clocks (`timeZone`); date-only values
 * such as due dates are read as UTC midnight and must be shown in UTC, or they would move a day.
 */
export const formatDate = (
	d: Date | string | null | undefined,
	timeZone = DEFAULT_TIME_ZONE,
	locale = 'en-GB'
): string => (d ? formatter(false, timeZone, locale).format(new Date(d)) : '—');
/** "24 Nov 2026, 09:00 CET", on the organisation's clocks. */
export const formatDateTime = (
	d: Date | string | null | undefined,
	timeZone = DEFAULT_TIME_ZONE,
	locale = 'en-GB'
): string => (d ? formatter(true, timeZone, locale).format(new Date(d)) : '—');

/**
 * A language's decimal mark and percent pattern. Figures are rounded once, by toFixed, in every
 * language, so a translated page shows the same digits as the English one and the exports.
 */
const notations = new Map<string, { decimal: string; percent: string }>();
function notation(locale: string): { decimal: string; percent: string } {
	let found = notations.get(locale);
	if (!found) {
		const decimal =
			new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
			'.';
		const percent = new Intl.NumberFormat(locale, { style: 'percent' })
			.format(0.5)
			.replace('50', '{n}');
		found = { decimal, percent };
		notations.set(locale, found);
	}
	return found;
}
const localised = (fixed: string, locale: string | undefined): string =>
	locale ? fixed.replace('.', notation(locale).decimal) : fixed;

/** "74%"; with a locale, as that language writes it ("74 %" in es and de). */
export const formatPercent = (
	share: number | null | undefined,
	digits = 0,
	locale?: string
): string => {
	if (share === null || share === undefined || Number.isNaN(share)) return '—';
	const figure = localised((share * 100).toFixed(digits), locale);
	return locale ? notation(locale).percent.replace('{n}', figure) : `${figure}%`;
};

/** "2.70"; with a locale, as that language writes it ("2,70" in es and de). */
export const formatScore = (
	value: number | null | undefined,
	digits = SCORE_DECIMALS,
	locale?: string
): string =>
	value === null || value === undefined || Number.isNaN(value)
		? '—'
		: localised(value.toFixed(digits), locale);
