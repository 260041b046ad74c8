import type { StakeholderGroupKey } from '../instrument/types';

export const cycleStatuses = ['draft', 'open', 'closed', 'reviewed'] as const;
export type CycleStatus = (typeof cycleStatuses)[number];

export interface CycleTiming {
	status: CycleStatus;
	opensAt: Date;
	closesAt: Date;
}

/**
 * The status a cycle really has now: an open cycle past its closing date is closed,
 * even before anything has written that down.
 */
export function effectiveStatus(cycle: CycleTiming, now = new Date()): CycleStatus {
	if (cycle.status === 'open' && now >= cycle.closesAt) return 'closed';
	return cycle.status;
}

/** A status whose results can still change (answers are still coming, or have not started). */
export function isProvisionalStatus(status: CycleStatus): boolean {
	return status === 'open' || status === 'draft';
}

/** Results of a cycle that is not closed yet are provisional: the report and the dashboard say so. */
export function isProvisional(cycle: CycleTiming, now = new Date()): boolean {
	return isProvisionalStatus(effectiveStatus(cycle, now));
}

export interface ClosingCycle {
	id: string;
	status: CycleStatus;
	closesAt: Date;
	/** Set when a lead closed the cycle early. */
	closedAt: Date | null;
	createdAt: Date;
}

/** When a cycle really closed: closed early by a lead, or at its closing date. */
export const closedOn = (cycle: Pick<ClosingCycle, 'closedAt' | 'closesAt'>): Date =>
	cycle.closedAt ?? cycle.closesAt;

/**
 * What "previous cycle" means everywhere (dashboard, compare, report): among the closed and
 * reviewed cycles, the one that closed last before this one closed (ties: the later created).
 */
export function previousCycle<T extends ClosingCycle>(
	current: Pick<ClosingCycle, 'id' | 'closedAt' | 'closesAt'>,
	cycles: readonly T[]
): T | null {
	const before = cycles.filter(
		(c) =>
			c.id !== current.id &&
			(c.status === 'closed' || c.status === 'reviewed') &&
			closedOn(c) < closedOn(current)
	);
	const later = (a: T, b: T) =>
		closedOn(a).getTime() - closedOn(b).getTime() || a.createdAt.getTime() - b.createdAt.getTime();
	return before.sort(later).at(-1) ?? null;
}

export function acceptsAnswers(cycle: CycleTiming, now = new Date()): boolean {
	return effectiveStatus(cycle, now) === 'open' && now >= cycle.opensAt;
}

export type CycleTransition = 'open' | 'close' | 'review' | 'reopen';

const allowed: Record<CycleTransition, readonly CycleStatus[]> = {
	open: ['draft'],
	close: ['open'],
	reopen: ['closed'],
	review: ['closed']
};

export function canTransition(
	cycle: CycleTiming,
	transition: CycleTransition,
	now = new Date()
): boolean {
	const status = effectiveStatus(cycle, now);
	if (transition === 'reopen') return status === 'closed' && now < cycle.closesAt;
	return allowed[transition].includes(status);
}

/**
 * A lead may put away a cycle whose results are final (closed or reviewed): it is kept, hidden
 * from the cycle list, and left out of trends and comparisons until restored.
 */
export function canArchive(
	cycle: CycleTiming & { archivedAt: Date | null },
	now = new Date()
): boolean {
	const status = effectiveStatus(cycle, now);
	return cycle.archivedAt === null && (status === 'closed' || status === 'reviewed');
}

/** Only a draft can be deleted: it was never open, so nobody has answered it. */
export function canDelete(cycle: CycleTiming, now = new Date()): boolean {
	return effectiveStatus(cycle, now) === 'draft';
}

/**
 * The four review steps that close a cycle (CRM continuous-improvement cycle, seed 004); their
 * titles and prompts are in the interface's language (labels.ts: reviewStepTexts).
 */
export const reviewSteps = [{ step: 1 }, { step: 2 }, { step: 3 }, { step: 4 }] as const;

/** Response rate below which a group is flagged. */
export const LOW_RESPONSE_RATE = 0.6;

export interface GroupResponseRate {
	group: StakeholderGroupKey | string;
	invited: number;
	responded: number;
	rate: number | null;
	low: boolean;
}

export function responseRates(
	rows: Array<{ group: string; invited: number; responded: number }>
): GroupResponseRate[] {
	return rows.map((r) => {
		const rate = r.invited > 0 ? r.responded / r.invited : null;
		return { ...r, rate, low: rate !== null && rate < LOW_RESPONSE_RATE };
	});
}
