import { SCORE_DECIMALS } from './domain/scoring/math';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'UTC'
});

export const formatDate = (d: Date | string | null | undefined): string => (d ? dateFormat.format(new Date(d)) : '—');
export const formatDateTime = (d: Date | string | null | undefined): string => (d ? `${dateTimeFormat.format(new Date(d))} UTC` : '—');

/** For <input type="datetime-local"> (UTC, as the server reads it). */
export const toDateTimeLocal = (d: Date): string => d.toISOString().slice(0, 16);

export const formatPercent = (share: number | null | undefined, digits = 0): string =>
	share === null || share === undefined ? '—' : `${(share * 100).toFixed(digits)}%`;

export const formatScore = (value: number | null | undefined, digits = SCORE_DECIMALS): string =>
	value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
