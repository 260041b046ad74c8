import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { intlLocale, type Label } from '$lib/i18n/interface';

export const actionStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
/** Each status in the current language, or in the one given (`actionStatusLabels.done({}, { locale })`). */
export const actionStatusLabels: Record<ActionStatus, Label> = {
	planned: m.improve_status_planned,
	in_progress: m.improve_status_in_progress,
	done: m.improve_status_done,
	dropped: m.improve_status_dropped
};

/** A rating from 1 to 5; `refusal` says so in the requester's language. */
export const rating = (refusal: () => string) =>
	z.coerce
		.number({ error: refusal })
		.int({ error: refusal })
		.min(1, { error: refusal })
		.max(5, { error: refusal });

const amount = (refusal: () => string) =>
	z
		.string()
		.trim()
		.default('')
		.transform((v, ctx) => {
			if (v === '') return null;
			const n = Number(v.replace(/[\s,]/g, ''));
			if (!Number.isInteger(n) || n < 0 || n > 2_000_000_000) {
				ctx.addIssue({
					code: 'custom',
					message: refusal()
				});
				return z.NEVER;
			}
			return n;
		});

/**
 * An improvement action as the lead writes it. The owner is a member (ownerUserId) or a named
 * outsider (owner); the route turns a member's id into their name.
 */
export const actionSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(3, { error: () => m.improve_error_action_title_short() })
			.max(200, { error: () => m.improve_error_action_title_long() }),
		dimensionKeys: z
			.array(z.string().min(1))
			.min(1, { error: () => m.improve_error_action_dimensions() }),
		ownerUserId: z
			.string()
			.trim()
			.default('')
			.pipe(
				z.union([
					z.literal('').transform(() => null),
					z.uuid({ error: () => m.improve_error_owner_member() })
				])
			),
		owner: z
			.string()
			.trim()
			.max(120, { error: () => m.improve_error_owner_long() })
			.default(''),
		impact: rating(() => m.improve_error_rate_impact()),
		complexity: rating(() => m.improve_error_rate_complexity()),
		dueDate: z
			.string()
			.trim()
			.default('')
			.transform((v) => (v === '' ? null : v))
			.pipe(z.iso.date({ error: () => m.improve_error_date() }).nullable()),
		status: z.enum(actionStatuses, { error: () => m.improve_error_status() }).default('planned'),
		budget: amount(() => m.improve_error_budget_whole()),
		approvedAmount: amount(() => m.improve_error_approved_amount_whole()),
		approvedBy: z
			.string()
			.trim()
			.max(120, { error: () => m.improve_error_name_long() })
			.default('')
	})
	.superRefine((v, ctx) => {
		if (v.ownerUserId === null && v.owner.length < 2)
			ctx.addIssue({
				code: 'custom',
				path: ['owner'],
				message: m.improve_error_owner_missing()
			});
		// A member chosen and a name typed: say so rather than drop the name.
		if (v.ownerUserId !== null && v.owner !== '')
			ctx.addIssue({
				code: 'custom',
				path: ['owner'],
				message: m.improve_error_owner_both()
			});
		if (v.approvedAmount !== null && v.approvedBy === '')
			ctx.addIssue({
				code: 'custom',
				path: ['approvedBy'],
				message: m.improve_error_approved_by_missing()
			});
	});
export type ActionInput = z.infer<typeof actionSchema>;

export {
	isEarlyWin,
	quadrantOf,
	quadrantLabels,
	quadrantHints,
	quadrantOrder,
	byPriority,
	rankOpportunities,
	type Quadrant
} from './ranking';

/** A note or progress update on an action. */
export const actionUpdateSchema = z.object({
	note: z
		.string()
		.trim()
		.min(2, { error: () => m.improve_error_note_short() })
		.max(2000, {
			error: () => m.improve_error_note_long({ max: (2000).toLocaleString(intlLocale()) })
		}),
	progress: z
		.string()
		.trim()
		.default('')
		.pipe(
			z.union([
				z.literal('').transform(() => null),
				z.coerce
					.number<string>({ error: () => m.improve_error_progress() })
					.int({ error: () => m.improve_error_progress_whole() })
					.min(0, { error: () => m.improve_error_progress() })
					.max(100, { error: () => m.improve_error_progress() })
			])
		)
});
export type ActionUpdateInput = z.infer<typeof actionUpdateSchema>;

export const isUnfinished = (status: ActionStatus): boolean =>
	status === 'planned' || status === 'in_progress';

/**
 * An action that waits for the board's budget approval: unfinished, a budget asked for, nothing
 * approved yet (the board's home and the board report ask the same).
 */
export const awaitsBudgetApproval = (a: {
	status: ActionStatus;
	budget?: number | null;
	approvedAmount?: number | null;
}): boolean => isUnfinished(a.status) && a.budget != null && a.approvedAmount == null;

/** Past its due date (an ISO date, compared with today's date where the organisation is) and not finished. */
export const isOverdue = (
	action: { dueDate: string | null; status: ActionStatus },
	today: string
): boolean => action.dueDate !== null && action.dueDate < today && isUnfinished(action.status);

export interface CyclePoint {
	cycleId: string;
	cycleName: string;
	closesAt: Date;
	scores: Record<string, number | null>;
}

/**
 * How an action's dimensions moved over the cycles it lived through: from the cycle it came
 * from to the cycle it finished in (or the latest one while it is unfinished).
 */
export function actionTimeline(
	action: { originCycleId: string; dimensionKeys: string[]; finishedAt: Date | null },
	cycles: CyclePoint[]
): Array<{ cycleName: string; scores: Record<string, number | null> }> {
	const ordered = [...cycles].sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime());
	const start = ordered.findIndex((c) => c.cycleId === action.originCycleId);
	if (start < 0) return [];
	const lived = ordered.slice(start);
	const endIndex = action.finishedAt
		? lived.findIndex((c) => c.closesAt >= action.finishedAt!)
		: -1;
	const span = endIndex >= 0 ? lived.slice(0, endIndex + 1) : lived;
	return span.map((c) => ({
		cycleName: c.cycleName,
		scores: Object.fromEntries(action.dimensionKeys.map((k) => [k, c.scores[k] ?? null]))
	}));
}
