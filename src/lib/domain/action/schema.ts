import { z } from 'zod';

export const actionStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabels: Record<ActionStatus, string> = {
	planned: 'Planned',
	in_progress: 'In progress',
	done: 'Done',
	dropped: 'Dropped'
};

const rating = (what: string) =>
	z.coerce
		.number({ error: `Rate the ${what} from 1 to 5.` })
		.int(`Rate the ${what} from 1 to 5.`)
		.min(1, `Rate the ${what} from 1 to 5.`)
		.max(5, `Rate the ${what} from 1 to 5.`);

const amount = (what: string) =>
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
					message: `Enter the ${what} as a whole number, or leave it empty.`
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
			.min(3, 'Give the action a title of at least 3 characters.')
			.max(200, 'Keep the title under 200 characters.'),
		dimensionKeys: z
			.array(z.string().min(1))
			.min(1, 'Choose at least one dimension this action should improve.'),
		ownerUserId: z
			.string()
			.trim()
			.default('')
			.pipe(
				z.union([
					z.literal('').transform(() => null),
					z.uuid('Choose a member from the list, or name someone else.')
				])
			),
		owner: z.string().trim().max(120, 'Keep the owner under 120 characters.').default(''),
		impact: rating('business impact'),
		complexity: rating('technical complexity'),
		dueDate: z
			.string()
			.trim()
			.default('')
			.transform((v) => (v === '' ? null : v))
			.pipe(z.iso.date('Enter a valid date.').nullable()),
		status: z.enum(actionStatuses, { error: 'Choose a status.' }).default('planned'),
		budget: amount('budget'),
		approvedAmount: amount('approved amount'),
		approvedBy: z.string().trim().max(120, 'Keep the name under 120 characters.').default('')
	})
	.superRefine((v, ctx) => {
		if (v.ownerUserId === null && v.owner.length < 2)
			ctx.addIssue({
				code: 'custom',
				path: ['owner'],
				message: 'Choose a member who owns the action, or name someone else.'
			});
		// A member chosen and a name typed: say so rather than drop the name.
		if (v.ownerUserId !== null && v.owner !== '')
			ctx.addIssue({
				code: 'custom',
				path: ['owner'],
				message: 'Choose “Someone else” in the list to name this owner, or clear the name.'
			});
		if (v.approvedAmount !== null && v.approvedBy === '')
			ctx.addIssue({
				code: 'custom',
				path: ['approvedBy'],
				message: 'Say who authorised the amount.'
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
		.min(2, 'Write what happened (at least 2 characters).')
		.max(2000, 'Keep the note under 2,000 characters.'),
	progress: z
		.string()
		.trim()
		.default('')
		.pipe(
			z.union([
				z.literal('').transform(() => null),
				z.coerce
					.number<string>({ error: 'Give the progress as a percentage from 0 to 100.' })
					.int('Give the progress as a whole percentage from 0 to 100.')
					.min(0, 'Give the progress as a percentage from 0 to 100.')
					.max(100, 'Give the progress as a percentage from 0 to 100.')
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
