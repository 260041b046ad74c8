import { TZDate } from '@date-fns/tz';

/**
 * Wall-clock times in an organisation's time zone. Instants are stored in UTC; a lead reads and
 * types opening and closing times in the organisation's own zone (an IANA name such as
 * "Europe/Amsterdam"). Date-only values (due dates) have no zone and are never shifted.
 */

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "YYYY-MM-DDTHH:mm" (what <input type="datetime-local"> sends) read as a wall-clock time in
 * `timeZone`; null when it is not a real date and time. A time skipped by a daylight-saving change
 * resolves to the instant that follows the gap (02:30 on a spring-forward night becomes 03:30).
 */
export function instantFromWallTime(local: string, timeZone: string): Date | null {
	const m = WALL_TIME.exec(local.trim());
	if (!m) return null;
	const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
		number,
		number,
		number,
		number,
		number
	];
	if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > daysInMonth) return null;
	const instant = new TZDate(year, month - 1, day, hour, minute, timeZone);
	return Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime());
}

/** The instant as "YYYY-MM-DDTHH:mm" on the wall clocks of `timeZone`, for a datetime-local field. */
export function wallTimeOf(instant: Date, timeZone: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(instant)
			.map((p) => [p.type, p.value])
	);
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** `days` after today in `timeZone`, at `hour`:00 there: the new-cycle form's suggested times. */
export function wallTimeDaysAhead(now: Date, timeZone: string, days: number, hour: number): string {
	const today = wallTimeOf(now, timeZone).slice(0, 10);
	const [y, m, d] = today.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y, m - 1, d + days));
	return `${target.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
}
