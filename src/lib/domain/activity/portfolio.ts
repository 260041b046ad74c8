/**
 * The decisions IESE's management of CRM activities ends in (seed 004): their names, the action
 * each asks for, and the portfolio they form. No validation: that is in ./index, apart, so that the
 * pages showing a portfolio (the dashboard a board member opens on a phone) do not load zod.
 */
import { m } from '$lib/paraglide/messages';
import type { Label } from '$lib/i18n/interface';

export const activityDecisions = [
	'keep',
	'promote',
	'start_new',
	'review_access',
	'bolster_promotion',
	'phase_out',
	'find_partners',
	'group_by_level'
] as const;
export type ActivityDecision = (typeof activityDecisions)[number];

/** IESE's list of decisions, plus keeping an activity as it is (which needs no action). */
export const decisionLabels: Record<ActivityDecision, Label> = {
	keep: m.improve_decision_keep,
	promote: m.improve_decision_promote,
	start_new: m.improve_decision_start_new,
	review_access: m.improve_decision_review_access,
	bolster_promotion: m.improve_decision_bolster_promotion,
	phase_out: m.improve_decision_phase_out,
	find_partners: m.improve_decision_find_partners,
	group_by_level: m.improve_decision_group_by_level
};

/** A portfolio group's name: its decision, or "not reviewed yet" (the report passes its own language). */
export const decisionGroupLabel = (
	decision: ActivityDecision | null,
	options?: Parameters<Label>[1]
): string =>
	decision ? decisionLabels[decision]({}, options) : m.improve_decision_none({}, options);

/** Every decision but "keep" asks for work: it creates (or updates) an improvement action. */
export const decisionNeedsAction = (d: ActivityDecision): boolean => d !== 'keep';

/** The dimension an action from this decision improves first (the lead may change it on the action). */
export const decisionDimension: Record<ActivityDecision, string> = {
	keep: 'strategy',
	promote: 'customer_experience',
	start_new: 'customer_experience',
	review_access: 'customer_experience',
	bolster_promotion: 'customer_experience',
	phase_out: 'strategy',
	find_partners: 'collaboration',
	group_by_level: 'strategy'
};

/** The title of the improvement action a decision creates, in the language of the lead who decides. */
export const decisionActionTitle = (decision: ActivityDecision, activityName: string): string =>
	`${decisionLabels[decision]()}: ${activityName}`.slice(0, 200);

/** An activity serves no strategic objective when the part of the CRM strategy it fulfils is left empty. */
export const servesNoObjective = (a: { strategyPart: string }): boolean =>
	a.strategyPart.trim() === '';

export interface PortfolioActivity {
	id: string;
	name: string;
	strategyPart: string;
	decision: ActivityDecision | null;
}

export interface Portfolio {
	total: number;
	/** Activities per decision in IESE's order; "undecided" last (named by decisionGroupLabel). */
	byDecision: Array<{ decision: ActivityDecision | null; activities: string[] }>;
	/** Names of activities that serve no strategic objective. */
	noObjective: string[];
}

/** The portfolio: the inventory by this cycle's decision, and what serves no strategic objective. */
export function portfolio(activities: readonly PortfolioActivity[]): Portfolio {
	const groups: Portfolio['byDecision'] = [];
	for (const d of [...activityDecisions, null] as const) {
		const names = activities
			.filter((a) => a.decision === d)
			.map((a) => a.name)
			.sort((x, y) => x.localeCompare(y));
		if (names.length > 0) groups.push({ decision: d, activities: names });
	}
	return {
		total: activities.length,
		byDecision: groups,
		noObjective: activities
			.filter(servesNoObjective)
			.map((a) => a.name)
			.sort((x, y) => x.localeCompare(y))
	};
}
