/**
 * IESE's management of CRM activities (seed 004): take stock of each activity, analyse the
 * customers' knowledge, participation, perception and attitude towards it, and decide.
 */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { intlLocale, type Label } from '$lib/i18n/interface';
import { rating } from '../action/schema';
import { activityDecisions } from './portfolio';

/** What the lead assesses for each activity, each on 1–5. */
export const perceptionAspects = [
	{
		key: 'knowledge',
		label: m.improve_aspect_knowledge,
		hint: m.improve_aspect_knowledge_hint
	},
	{
		key: 'participation',
		label: m.improve_aspect_participation,
		hint: m.improve_aspect_participation_hint
	},
	{ key: 'perception', label: m.improve_aspect_perception, hint: m.improve_aspect_perception_hint },
	{ key: 'attitude', label: m.improve_aspect_attitude, hint: m.improve_aspect_attitude_hint }
] as const;
export type PerceptionAspect = (typeof perceptionAspects)[number]['key'];
export const aspectLevels = ['1', '2', '3', '4', '5'] as const;
export const aspectLevelLabels: Record<(typeof aspectLevels)[number], Label> = {
	'1': m.improve_level_1,
	'2': m.improve_level_2,
	'3': m.improve_level_3,
	'4': m.improve_level_4,
	'5': m.improve_level_5
};

/** Free text of at most `max` characters; `tooLong` says so, the figure in the requester's notation. */
const text = (tooLong: (inputs: { max: string }) => string, max = 2000) =>
	z
		.string()
		.trim()
		.max(max, { error: () => tooLong({ max: max.toLocaleString(intlLocale()) }) })
		.default('');

/** The inventory's fields, every one IESE lists. */
export const activitySchema = z.object({
	name: z
		.string()
		.trim()
		.min(2, { error: () => m.improve_error_activity_name_short() })
		.max(120, { error: () => m.improve_error_name_long() }),
	content: text(m.improve_error_content_long),
	targetCustomers: text(m.improve_error_target_customers_long, 500),
	accessConditions: text(m.improve_error_access_conditions_long, 1000),
	customerBenefit: text(m.improve_error_customer_benefit_long, 1000),
	customerCost: text(m.improve_error_customer_cost_long, 1000),
	companyBenefit: text(m.improve_error_company_benefit_long, 1000),
	companyCost: text(m.improve_error_company_cost_long, 1000),
	missionPart: text(m.improve_error_mission_part_long, 1000),
	strategyPart: text(m.improve_error_strategy_part_long, 1000)
});
export type ActivityInput = z.infer<typeof activitySchema>;

const aspect = (refusal: () => string) =>
	z
		.string()
		.trim()
		.default('')
		.pipe(
			z.union([
				z.literal('').transform(() => null),
				z.enum(aspectLevels, { error: refusal }).transform(Number)
			])
		);

/** One activity's review in a cycle. */
export const activityReviewSchema = z
	.object({
		activityId: z.uuid({ error: () => m.improve_error_choose_activity() }),
		knowledge: aspect(() => m.improve_error_rate_knowledge()),
		participation: aspect(() => m.improve_error_rate_participation()),
		perception: aspect(() => m.improve_error_rate_perception()),
		attitude: aspect(() => m.improve_error_rate_attitude()),
		evidence: text(m.improve_error_evidence_long, 1000),
		decision: z
			.string()
			.default('')
			.pipe(
				z.union([
					z.literal('').transform(() => null),
					z.enum(activityDecisions, { error: () => m.improve_error_choose_decision() })
				])
			),
		decisionNotes: text(m.improve_error_decision_notes_long, 2000),
		impact: rating(() => m.improve_error_rate_impact()).default(3),
		complexity: rating(() => m.improve_error_rate_complexity()).default(3)
	})
	.superRefine((v, ctx) => {
		const rated = [v.knowledge, v.participation, v.perception, v.attitude].some((x) => x !== null);
		if (rated && v.evidence === '')
			ctx.addIssue({
				code: 'custom',
				path: ['evidence'],
				message: m.improve_error_evidence_missing()
			});
	});
export type ActivityReviewInput = z.infer<typeof activityReviewSchema>;
