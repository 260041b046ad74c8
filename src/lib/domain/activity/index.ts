/**
 * IESE's management of CRM activities (seed 004): take stock of each activity, analyse the
 * customers' knowledge, participation, perception and attitude towards it, and decide.
 */
import { z } from 'zod';

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
export const decisionLabels: Record<ActivityDecision, string> = {
	keep: 'Keep as it is',
	promote: 'Promote it with its group of activities',
	start_new: 'Start a new activity beside it',
	review_access: 'Review the access conditions to raise participation',
	bolster_promotion: 'Bolster its promotion',
	phase_out: 'Phase it out',
	find_partners: 'Find partners for it',
	group_by_level: 'Group it with others by level'
};

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

/** The title of the improvement action a decision creates. */
export const decisionActionTitle = (decision: ActivityDecision, activityName: string): string =>
	`${decisionLabels[decision]}: ${activityName}`.slice(0, 200);

/** What the lead assesses for each activity, each on 1–5. */
export const perceptionAspects = [
	{
		key: 'knowledge',
		label: 'Knowledge',
		hint: 'do customers know the activity exists and what it offers?'
	},
	{ key: 'participation', label: 'Participation', hint: 'do the customers it targets take part?' },
	{ key: 'perception', label: 'Perception', hint: 'how do they judge it?' },
	{
		key: 'attitude',
		label: 'Attitude',
		hint: 'how do they feel towards it and the company because of it?'
	}
] as const;
export type PerceptionAspect = (typeof perceptionAspects)[number]['key'];
export const aspectLevels = ['1', '2', '3', '4', '5'] as const;
export const aspectLevelLabels: Record<string, string> = {
	'1': '1 — very low',
	'2': '2 — low',
	'3': '3 — middling',
	'4': '4 — high',
	'5': '5 — very high'
};

const text = (label: string, max = 2000) =>
	z
		.string()
		.trim()
		.max(max, `Keep ${label} under ${max.toLocaleString('en-GB')} characters.`)
		.default('');

/** The inventory's fields, every one IESE lists. */
export const activitySchema = z.object({
	name: z
		.string()
		.trim()
		.min(2, 'Name the activity (at least 2 characters).')
		.max(120, 'Keep the name under 120 characters.'),
	content: text('the content'),
	targetCustomers: text('the target customers', 500),
	accessConditions: text('the access conditions', 1000),
	customerBenefit: text('the benefit for the customer', 1000),
	customerCost: text('the cost for the customer', 1000),
	companyBenefit: text('the benefit for the company', 1000),
	companyCost: text('the cost for the company', 1000),
	missionPart: text('the part of the mission', 1000),
	strategyPart: text('the part of the strategy', 1000)
});
export type ActivityInput = z.infer<typeof activitySchema>;

const aspect = (label: string) =>
	z
		.string()
		.trim()
		.default('')
		.pipe(
			z.union([
				z.literal('').transform(() => null),
				z.enum(aspectLevels, { error: `Rate the ${label} from 1 to 5.` }).transform(Number)
			])
		);

const rating = (what: string) =>
	z.coerce
		.number({ error: `Rate the ${what} from 1 to 5.` })
		.int(`Rate the ${what} from 1 to 5.`)
		.min(1, `Rate the ${what} from 1 to 5.`)
		.max(5, `Rate the ${what} from 1 to 5.`);

/** One activity's review in a cycle. */
export const activityReviewSchema = z
	.object({
		activityId: z.uuid('Choose an activity.'),
		knowledge: aspect('knowledge'),
		participation: aspect('participation'),
		perception: aspect('perception'),
		attitude: aspect('attitude'),
		evidence: text('where the evidence came from', 1000),
		decision: z
			.string()
			.default('')
			.pipe(
				z.union([
					z.literal('').transform(() => null),
					z.enum(activityDecisions, { error: 'Choose a decision from the list.' })
				])
			),
		decisionNotes: text('the notes', 2000),
		impact: rating('business impact').default(3),
		complexity: rating('technical complexity').default(3)
	})
	.superRefine((v, ctx) => {
		const rated = [v.knowledge, v.participation, v.perception, v.attitude].some((x) => x !== null);
		if (rated && v.evidence === '')
			ctx.addIssue({
				code: 'custom',
				path: ['evidence'],
				message: 'Say where the evidence for these ratings came from.'
			});
	});
export type ActivityReviewInput = z.infer<typeof activityReviewSchema>;

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
	/** Activities per decision in IESE's order; "undecided" last. */
	byDecision: Array<{ decision: ActivityDecision | null; label: string; activities: string[] }>;
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
		if (names.length > 0)
			groups.push({
				decision: d,
				label: d ? decisionLabels[d] : 'Not reviewed yet',
				activities: names
			});
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
