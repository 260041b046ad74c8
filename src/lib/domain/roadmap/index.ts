/**
 * The roadmap of a cycle (seed 003): discovery, opportunity assessment, current state against a
 * written future state, and closing the gaps with a phased plan, early wins first (seed 002).
 */
import { z } from 'zod';
import { isEarlyWin, rankOpportunities, type Rated } from '../action/ranking';

const text = (what: string, max: number) =>
	z
		.string()
		.trim()
		.max(max, `Keep ${what} under ${max.toLocaleString('en-GB')} characters.`)
		.default('');

const optionalDate = z
	.string()
	.trim()
	.default('')
	.transform((v) => (v === '' ? null : v))
	.pipe(z.iso.date('Enter a valid date.').nullable());

export const discoverySchema = z.object({
	goals: text('the goals and objectives', 5000),
	assets: text('the assets and data', 5000)
});

/** A stakeholder interview: who and when (and its topic) — never what a respondent answered. */
export const interviewSchema = z.object({
	who: z
		.string()
		.trim()
		.min(2, 'Say who was interviewed (a name or a role).')
		.max(200, 'Keep who under 200 characters.'),
	heldOn: z.iso.date('Enter the date the interview was held.'),
	topic: text('the topic', 500)
});

export const futureStateSchema = z.object({
	dimensionKey: z.string().trim().min(1, 'Choose a dimension.').max(80),
	description: text('the future state', 3000)
});

export const phaseSchema = z
	.object({
		name: z
			.string()
			.trim()
			.min(2, 'Name the phase (at least 2 characters).')
			.max(120, 'Keep the name under 120 characters.'),
		startsOn: optionalDate,
		endsOn: optionalDate
	})
	.superRefine((v, ctx) => {
		if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
			ctx.addIssue({
				code: 'custom',
				path: ['endsOn'],
				message: 'The phase cannot end before it starts.'
			});
	});

export const assignSchema = z.object({
	actionId: z.uuid('Choose an action.'),
	phaseId: z
		.string()
		.trim()
		.default('')
		.pipe(z.union([z.literal('').transform(() => null), z.uuid('Choose a phase.')]))
});

const confirmed = z.literal('yes', { error: 'Confirm on the step that asks first.' });
export const removePhaseSchema = z.object({
	phaseId: z.uuid('Choose a phase.'),
	confirm: confirmed
});
export const removeInterviewSchema = z.object({
	interviewId: z.uuid('Choose an interview.'),
	confirm: confirmed
});

export interface PlanAction extends Rated {
	id: string;
	title: string;
	dimensionKeys: string[];
}

export interface PlanPhase {
	id: string;
	name: string;
	position: number;
	startsOn: string | null;
	endsOn: string | null;
}

export interface PlannedPhase<A extends PlanAction> extends PlanPhase {
	/** Early wins first, then by priority. */
	actions: A[];
	/** The dimensions its actions work on, in the order first met. */
	dimensionKeys: string[];
	earlyWins: number;
}

export interface PhasedPlan<A extends PlanAction> {
	phases: PlannedPhase<A>[];
	/** Actions in no phase yet, by priority. */
	unphased: A[];
	/**
	 * Early wins placed after a phase that holds other work but no early win: the plan does not
	 * put early wins first until they move forward.
	 */
	lateEarlyWins: A[];
}

/** Groups a cycle's actions into its phases (in their order), each phase's actions by priority. */
export function phasedPlan<A extends PlanAction>(
	phases: readonly PlanPhase[],
	actions: readonly A[],
	phaseOf: Readonly<Record<string, string>>
): PhasedPlan<A> {
	const ordered = [...phases].sort(
		(a, b) => a.position - b.position || a.name.localeCompare(b.name)
	);
	const planned = ordered.map((phase) => {
		const mine = rankOpportunities(actions.filter((a) => phaseOf[a.id] === phase.id));
		const dimensionKeys = [...new Set(mine.flatMap((a) => a.dimensionKeys))];
		return { ...phase, actions: mine, dimensionKeys, earlyWins: mine.filter(isEarlyWin).length };
	});
	const known = new Set(ordered.map((p) => p.id));
	const unphased = rankOpportunities(actions.filter((a) => !known.has(phaseOf[a.id] ?? '')));
	const lateEarlyWins: A[] = [];
	let otherWorkBefore = false;
	for (const phase of planned) {
		const wins = phase.actions.filter(isEarlyWin);
		if (otherWorkBefore) lateEarlyWins.push(...wins);
		if (phase.actions.length > wins.length) otherWorkBefore = true;
	}
	return { phases: planned, unphased, lateEarlyWins };
}

/** Whether the plan puts its early wins first (no early win after a phase of other work). */
export const earlyWinsFirst = (plan: PhasedPlan<PlanAction>): boolean =>
	plan.lateEarlyWins.length === 0;
