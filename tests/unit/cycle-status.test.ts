import { describe, expect, it } from 'vitest';
import {
	canArchive,
	canDelete,
	closedOn,
	isProvisional,
	previousCycle,
	type ClosingCycle
} from '../../src/lib/domain/cycle/status';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const cycle = (
	id: string,
	status: ClosingCycle['status'],
	closesAt: number,
	extra: Partial<ClosingCycle> = {}
): ClosingCycle => ({
	id,
	status,
	closesAt: day(closesAt),
	closedAt: null,
	createdAt: day(1),
	...extra
});

describe('isProvisional', () => {
	it('holds for a draft and an open cycle, not once the closing date has passed', () => {
		const timing = { opensAt: day(1), closesAt: day(10) };
		expect(isProvisional({ ...timing, status: 'draft' }, day(5))).toBe(true);
		expect(isProvisional({ ...timing, status: 'open' }, day(5))).toBe(true);
		expect(isProvisional({ ...timing, status: 'open' }, day(10))).toBe(false);
		expect(isProvisional({ ...timing, status: 'closed' }, day(5))).toBe(false);
		expect(isProvisional({ ...timing, status: 'reviewed' }, day(5))).toBe(false);
	});
});

describe('previousCycle', () => {
	const current = cycle('now', 'open', 30);

	it('is the closed or reviewed cycle that closed last before this one closed', () => {
		const list = [
			cycle('a', 'reviewed', 5),
			cycle('b', 'closed', 20),
			cycle('c', 'closed', 12),
			cycle('open', 'open', 25),
			cycle('draft', 'draft', 26)
		];
		expect(previousCycle(current, list)?.id).toBe('b');
	});

	it('goes by when a cycle really closed: closed early counts from that day', () => {
		const early = cycle('early', 'closed', 40, { closedAt: day(22) });
		const list = [cycle('b', 'closed', 20), early];
		expect(closedOn(early)).toEqual(day(22));
		expect(previousCycle(current, list)?.id).toBe('early');
		// A cycle closing after the current one never counts as its previous.
		expect(previousCycle(cycle('x', 'closed', 21), list)?.id).toBe('b');
	});

	it('breaks a tie on the closing day by the later created cycle, and skips the cycle itself', () => {
		const list = [
			cycle('older', 'closed', 20, { createdAt: day(1) }),
			cycle('newer', 'closed', 20, { createdAt: day(2) }),
			cycle('now', 'closed', 30)
		];
		expect(previousCycle(cycle('now', 'closed', 30), list)?.id).toBe('newer');
	});

	it('is null when nothing closed before', () => {
		expect(previousCycle(current, [cycle('later', 'closed', 31)])).toBeNull();
		expect(previousCycle(current, [])).toBeNull();
	});
});

describe('canArchive and canDelete', () => {
	const timing = { opensAt: day(1), closesAt: day(10), archivedAt: null };
	it('archives only final results: closed, reviewed, or open past its closing date', () => {
		expect(canArchive({ ...timing, status: 'closed' }, day(5))).toBe(true);
		expect(canArchive({ ...timing, status: 'reviewed' }, day(5))).toBe(true);
		expect(canArchive({ ...timing, status: 'open' }, day(10))).toBe(true);
		expect(canArchive({ ...timing, status: 'open' }, day(5))).toBe(false);
		expect(canArchive({ ...timing, status: 'draft' }, day(5))).toBe(false);
	});
	it('does not archive a cycle twice', () => {
		expect(canArchive({ ...timing, status: 'closed', archivedAt: day(11) }, day(12))).toBe(false);
	});
	it('deletes only a draft, which nobody can have answered', () => {
		expect(canDelete({ ...timing, status: 'draft' }, day(5))).toBe(true);
		for (const status of ['open', 'closed', 'reviewed'] as const)
			expect(canDelete({ ...timing, status }, day(5))).toBe(false);
	});
});
