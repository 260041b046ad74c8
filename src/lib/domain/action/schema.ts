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

export const actionSchema = z.object({
	title: z
		.string()
		.trim()
		.min(3, 'Give the action a title of at least 3 characters.')
		.max(200, 'Keep the title under 200 characters.'),
	dimensionKeys: z
		.array(z.string().min(1))
		.min(1, 'Choose at least one dimension this action should improve.'),
	owner: z
		.string()
		.trim()
		.min(2, 'Name who owns the action.')
		.max(120, 'Keep the owner under 120 characters.'),
	impact: rating('business impact'),
	complexity: rating('technical complexity'),
	dueDate: z
		.string()
		.trim()
		.transform((v) => (v === '' ? null : v))
		.pipe(z.iso.date('Enter a valid date.').nullable()),
	status: z.enum(actionStatuses, { error: 'Choose a status.' }).default('planned')
});
export type ActionInput = z.infer<typeof actionSchema>;

/** Early win: high business impact, low technical complexity (seed 002's ranking, seed 003's roadmap). */
export function isEarlyWin(action: { impact: number; complexity: number }): boolean {
	return action.impact >= 4 && action.complexity <= 2;
}

export type Quadrant = 'early-win' | 'major-project' | 'fill-in' | 'reconsider';

/** The impact × complexity matrix: impact ≥ 4 is high, complexity ≤ 2 is low; 3 counts as neither high nor low. */
export function quadrantOf(action: { impact: number; complexity: number }): Quadrant {
	const highImpact = action.impact >= 4;
	const lowComplexity = action.complexity <= 2;
	if (highImpact && lowComplexity) return 'early-win';
	if (highImpact) return 'major-project';
	if (lowComplexity) return 'fill-in';
	return 'reconsider';
}

export const quadrantLabels: Record<Quadrant, string> = {
	'early-win': 'Early wins',
	'major-project': 'Major projects',
	'fill-in': 'Fill-ins',
	reconsider: 'Reconsider'
};

export const isUnfinished = (status: ActionStatus): boolean =>
	status === 'planned' || status === 'in_progress';

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
