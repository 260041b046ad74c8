import { describe, it, expect } from 'vitest';
import { instantFromWallTime, wallTimeDaysAhead, wallTimeOf } from '../../src/lib/domain/time';
import { isTimeZone, timeZones } from '../../src/lib/domain/time-zone';
import { cycleSchema } from '../../src/lib/domain/cycle/schema';
import { formatDate, formatDateTime } from '../../src/lib/format';

describe('wall-clock times in an organisation’s time zone', () => {
	it('reads a datetime-local value on the zone’s clocks, winter and summer', () => {
		expect(instantFromWallTime('2026-11-24T09:00', 'UTC')!.toISOString()).toBe(
			'2026-11-24T09:00:00.000Z'
		);
		expect(instantFromWallTime('2026-11-24T09:00', 'Europe/Amsterdam')!.toISOString()).toBe(
			'2026-11-24T08:00:00.000Z'
		);
		expect(instantFromWallTime('2026-07-01T09:00', 'Europe/Amsterdam')!.toISOString()).toBe(
			'2026-07-01T07:00:00.000Z'
		);
		expect(instantFromWallTime('2026-07-01T09:00', 'America/New_York')!.toISOString()).toBe(
			'2026-07-01T13:00:00.000Z'
		);
		expect(instantFromWallTime('2026-11-24T09:00', 'Asia/Kolkata')!.toISOString()).toBe(
			'2026-11-24T03:30:00.000Z'
		);
	});

	it('refuses what is not a date and time', () => {
		for (const bad of [
			'',
			'2026-02-30T10:00',
			'2026-13-01T10:00',
			'2026-11-24T24:00',
			'2026-11-24',
			'24/11/2026 09:00',
			'2026-11-24T09:60'
		]) {
			expect(instantFromWallTime(bad, 'Europe/Amsterdam'), bad).toBeNull();
		}
	});

	it('moves a time skipped by the spring-forward change past the gap', () => {
		// 29 March 2026, Amsterdam: 02:00 → 03:00, so 02:30 does not exist on its clocks.
		const instant = instantFromWallTime('2026-03-29T02:30', 'Europe/Amsterdam')!;
		expect(wallTimeOf(instant, 'Europe/Amsterdam')).toBe('2026-03-29T03:30');
	});

	it('shows an instant on the zone’s clocks, and the two directions agree', () => {
		const instant = new Date('2026-11-24T23:30:00Z');
		expect(wallTimeOf(instant, 'UTC')).toBe('2026-11-24T23:30');
		expect(wallTimeOf(instant, 'Europe/Amsterdam')).toBe('2026-11-25T00:30');
		for (const zone of ['UTC', 'Europe/Amsterdam', 'America/Los_Angeles', 'Australia/Adelaide']) {
			expect(instantFromWallTime(wallTimeOf(instant, zone), zone)!.getTime(), zone).toBe(
				instant.getTime()
			);
		}
	});

	it('suggests opening and closing times on the zone’s calendar, across a month end', () => {
		const lateEvening = new Date('2026-11-30T23:30:00Z'); // already 1 December in Amsterdam
		expect(wallTimeDaysAhead(lateEvening, 'UTC', 0, 9)).toBe('2026-11-30T09:00');
		expect(wallTimeDaysAhead(lateEvening, 'Europe/Amsterdam', 0, 9)).toBe('2026-12-01T09:00');
		expect(wallTimeDaysAhead(lateEvening, 'Europe/Amsterdam', 21, 17)).toBe('2026-12-22T17:00');
	});

	it('knows real zones only, UTC first', () => {
		expect(isTimeZone('Europe/Amsterdam')).toBe(true);
		expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
		expect(isTimeZone('')).toBe(false);
		expect(timeZones()[0]).toBe('UTC');
		expect(timeZones()).toContain('Europe/Amsterdam');
	});

	it('the new-cycle form reads its times in the organisation’s zone', () => {
		const parsed = cycleSchema('Europe/Amsterdam').safeParse({
			name: 'Spring',
			instrumentId: '00000000-0000-4000-8000-000000000000',
			opensAt: '2026-11-24T09:00',
			closesAt: '2026-11-24T08:30',
			anonymityThreshold: '5',
			groups: ['sales'],
			targets: {}
		});
		expect(parsed.success).toBe(false);
		const ok = cycleSchema('Europe/Amsterdam').parse({
			name: 'Spring',
			instrumentId: '00000000-0000-4000-8000-000000000000',
			opensAt: '2026-11-24T09:00',
			closesAt: '2026-12-15T17:00',
			anonymityThreshold: '5',
			groups: ['sales'],
			targets: {}
		});
		expect(ok.opensAt.toISOString()).toBe('2026-11-24T08:00:00.000Z');
		expect(ok.closesAt.toISOString()).toBe('2026-12-15T16:00:00.000Z');
	});

	it('formats instants on the zone’s clocks and date-only values without shifting them', () => {
		expect(formatDateTime(new Date('2026-11-24T08:00:00Z'), 'Europe/Amsterdam')).toBe(
			'24 Nov 2026, 09:00 CET'
		);
		expect(formatDateTime(new Date('2026-11-24T08:00:00Z'))).toBe('24 Nov 2026, 08:00 UTC');
		expect(formatDate(new Date('2026-11-24T23:30:00Z'), 'Europe/Amsterdam')).toBe('25 Nov 2026');
		// A due date is a calendar day: shown as that day, whatever the zone.
		expect(formatDate('2026-12-15')).toBe('15 Dec 2026');
	});
});
