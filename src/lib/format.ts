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

export const formatPercent = (share: number | null | undefined, digits = 0): string =>
	share === null || share === undefined ? '—' : `${(share * 100).toFixed(digits)}%`;

export const formatScore = (value: number | null | undefined, digits = SCORE_DECIMALS): string =>
	value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
