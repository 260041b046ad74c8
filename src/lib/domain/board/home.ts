/**
 * What a board member sees first (issue 16.1): the latest closed cycle's headline, its change
 * since the closed cycle before it, progress against its targets, the action plan in one line and
 * what the board is asked to decide. Everything is read from the anonymity-safe scores; a cycle
 * still open is never the headline (its figures are provisional: compare and trends leave it out too).
 */
import { m } from '$lib/paraglide/messages';
import { compareDimensions, type DimensionChange } from '../cycle/compare';
import { levelName } from '$lib/i18n/levels';
import { reasonText } from '../dashboard/text';
import { overallInterval, type CycleScores, type DimensionScore } from '../scoring';
import {
	actionStatuses,
	awaitsBudgetApproval,
	isOverdue,
	type ActionStatus
} from '../action/schema';

export interface CycleRef {
	id: string;
	name: string;
}

export interface TargetProgress {
	/** Scored dimensions with a target. */
	withTarget: number;
	/** Of those, at or above their target (gap to go ≤ 0). */
	reached: number;
	/** Mean of target − score over the dimensions still below their target; null when none is. */
	meanGapToGo: number | null;
	/** The dimension furthest below its target. */
	largestGap: { title: string; gap: number } | null;
}

export type BoardHeadline =
	| { status: 'none' }
	| { status: 'withheld'; cycle: CycleRef; withheld: string }
	| {
			status: 'scored';
			cycle: CycleRef;
			index: number;
			level: number;
			levelName: string;
			/** Conservative 95% interval of the index (scoring/overall.ts); null without one. */
			interval: { low: number; high: number } | null;
			respondents: number;
			dimensionsScored: number;
			/** Against the closed cycle before; null when there is none or it was withheld. */
			change: {
				previous: CycleRef;
				before: number;
				/** The index as a single comparison, by the rule every comparison uses. */
				overall: DimensionChange;
				realUp: number;
				realDown: number;
				comparisons: number;
			} | null;
			targets: TargetProgress;
	  };

const applicable = (scores: Extract<CycleScores, { status: 'scored' }>) =>
	scores.dimensions.filter((d) => !d.notApplicable);

/** How the scored dimensions stand against the targets set for the cycle. */
export function targetProgress(dimensions: readonly DimensionScore[]): TargetProgress {
	const withTarget = dimensions.filter(
		(d) => !d.notApplicable && d.gapToTarget !== null && d.score !== null
	);
	const below = withTarget.filter((d) => d.gapToTarget! > 0);
	const largest = [...below].sort((a, b) => b.gapToTarget! - a.gapToTarget!)[0];
	return {
		withTarget: withTarget.length,
		reached: withTarget.length - below.length,
		meanGapToGo:
			below.length === 0 ? null : below.reduce((s, d) => s + d.gapToTarget!, 0) / below.length,
		largestGap: largest ? { title: largest.title, gap: largest.gapToTarget! } : null
	};
}

/**
 * The headline of the latest closed cycle against the closed cycle before it. The index's change
 * is tested with the same z-test and Holm rule as each dimension's (a family of one); the
 * dimensions' real changes are counted as on the dashboard.
 */
export function boardHeadline(
	latest: { cycle: CycleRef; scores: CycleScores } | null,
	previous: { cycle: CycleRef; scores: CycleScores } | null
): BoardHeadline {
	if (!latest) return { status: 'none' };
	const current = latest.scores;
	if (current.status === 'withheld')
		return { status: 'withheld', cycle: latest.cycle, withheld: reasonText(current.withheld) };
	if (current.overall.index === null || current.overall.level === null)
		return {
			status: 'withheld',
			cycle: latest.cycle,
			withheld: m.dashboard_reason_no_dimension_shown()
		};
	const interval = overallInterval(current.overall, current.dimensions);
	const before = previous?.scores.status === 'scored' ? previous.scores : null;
	let change: Extract<BoardHeadline, { status: 'scored' }>['change'] = null;
	if (before && previous && before.overall.index !== null) {
		const index = (ci95: { low: number; high: number } | null, score: number) => ({
			key: 'index',
			title: 'Maturity index',
			score,
			ci95
		});
		const overall = compareDimensions(
			[index(overallInterval(before.overall, before.dimensions), before.overall.index)],
			[index(interval, current.overall.index)]
		).changes[0]!;
		const dims = compareDimensions(applicable(before), applicable(current));
		const real = dims.changes.filter((c) => c.verdict === 'real change');
		change = {
			previous: previous.cycle,
			before: before.overall.index,
			overall,
			realUp: real.filter((c) => (c.delta ?? 0) > 0).length,
			realDown: real.filter((c) => (c.delta ?? 0) < 0).length,
			comparisons: dims.comparisons
		};
	}
	return {
		status: 'scored',
		cycle: latest.cycle,
		index: current.overall.index,
		level: current.overall.level,
		levelName: levelName(current.overall.level),
		interval,
		respondents: current.overall.respondents,
		dimensionsScored: current.overall.dimensionsScored,
		change,
		targets: targetProgress(current.dimensions)
	};
}

export interface PlanAction {
	title: string;
	status: ActionStatus;
	owner: string;
	dueDate: string | null;
	budget: number | null;
	approvedAmount: number | null;
}

/** The action plan in one line: how many actions in each status, and how many are overdue. */
export function actionPlanLine(actions: readonly PlanAction[], today: string) {
	const counts = Object.fromEntries(actionStatuses.map((s) => [s, 0])) as Record<
		ActionStatus,
		number
	>;
	for (const a of actions) counts[a.status] += 1;
	const overdue = actions.filter((a) => isOverdue(a, today)).length;
	return { total: actions.length, counts, overdue };
}

export type BoardAsk =
	| { kind: 'budget'; title: string; owner: string; budget: number; dueDate: string | null }
	| { kind: 'authorisation'; step: number; title: string };

/**
 * What is asked of the board: each action awaiting budget approval (`awaitsBudgetApproval`, the
 * rule the board report's decisions use too), and the implementation checklist's financial
 * authorisation while it is not done.
 */
export function boardAsks(
	actions: readonly PlanAction[],
	checklist: ReadonlyArray<{ step: number; title: string; state: string }>
): BoardAsk[] {
	const budgets: BoardAsk[] = actions.filter(awaitsBudgetApproval).map((a) => ({
		kind: 'budget',
		title: a.title,
		owner: a.owner,
		budget: a.budget!,
		dueDate: a.dueDate
	}));
	const authorisation = checklist.find((s) => s.step === FINANCIAL_AUTHORISATION_STEP);
	return authorisation && authorisation.state !== 'done'
		? [...budgets, { kind: 'authorisation', step: authorisation.step, title: authorisation.title }]
		: budgets;
}

/** Carlson's step 7: approval from those who control the budget (domain/implementation). */
export const FINANCIAL_AUTHORISATION_STEP = 7;
