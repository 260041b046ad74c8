/**
 * The roadmap of a cycle (seed 003): discovery, opportunity assessment, current state against a
 * written future state, and closing the gaps with a phased plan, early wins first (seed 002).
 */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { intlLocale } from '$lib/i18n/interface';
import { isEarlyWin, rankOpportunities, type Rated } from '../action/ranking';

/** Free text of at most `max` characters; `tooLong` says so, the figure in the requester's notation. */
const text = (tooLong: (inputs: { max: string }) => string, max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: () => tooLong({ max: max.toLocaleString(intlLocale()) }) })
		.default('');

const optionalDate = z
	.string()
	.trim()
	.default('')
	.transform((v) => (v === '' ? null : v))
	.pipe(z.iso.date({ error: () => m.improve_error_date() }).nullable());

export const discoverySchema = z.object({
	goals: text(m.improve_error_goals_long, 5000),
	assets: text(m.improve_error_assets_long, 5000)
});

/** A stakeholder interview: who and when (and its topic) — never what a respondent answered. */
export const interviewSchema = z.object({
	who: z
		.string()
		.trim()
		.min(2, { error: () => m.improve_error_who_short() })
		.max(200, { error: () => m.improve_error_who_long() }),
	heldOn: z.iso.date({ error: () => m.improve_error_interview_date() }),
	topic: text(m.improve_error_topic_long, 500)
});

export const futureStateSchema = z.object({
	dimensionKey: z
		.string()
		.trim()
		.min(1, { error: () => m.improve_error_choose_dimension() })
		.max(80),
	description: text(m.improve_error_future_state_long, 3000)
});

export const phaseSchema = z
	.object({
		name: z
			.string()
			.trim()
			.min(2, { error: () => m.improve_error_phase_name_short() })
			.max(120, { error: () => m.improve_error_name_long() }),
		startsOn: optionalDate,
		endsOn: optionalDate
	})
	.superRefine((v, ctx) => {
		if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
			ctx.addIssue({
				code: 'custom',
				path: ['endsOn'],
				message: m.improve_error_phase_order()
			});
	});

export const assignSchema = z.object({
	actionId: z.uuid({ error: () => m.improve_error_choose_action() }),
	phaseId: z
		.string()
		.trim()
		.default('')
		.pipe(
			z.union([
				z.literal('').transform(() => null),
				z.uuid({ error: () => m.improve_error_choose_phase() })
			])
		)
});

const confirmed = z.literal('yes', { error: () => m.improve_error_confirm() });
export const removePhaseSchema = z.object({
	phaseId: z.uuid({ error: () => m.improve_error_choose_phase() }),
	confirm: confirmed
});
export const removeInterviewSchema = z.object({
	interviewId: z.uuid({ error: () => m.improve_error_choose_interview() }),
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
