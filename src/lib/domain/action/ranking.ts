/**
 * Ranking improvement actions by business impact against technical complexity (seed 002, Giga):
 * "projects with high business impact and low to medium technical complexity … may be prioritised
 * higher". Both are rated 1–5. Impact 4–5 is high; complexity 1–3 is low to medium, 4–5 high.
 */
import { m } from '$lib/paraglide/messages';
import type { Label } from '$lib/i18n/interface';

export const HIGH_IMPACT = 4;
/** The highest complexity that still counts as "low to medium". */
export const MEDIUM_COMPLEXITY = 3;

export interface Rated {
	impact: number;
	complexity: number;
}

export const isHighImpact = (a: Rated): boolean => a.impact >= HIGH_IMPACT;
export const isLowToMediumComplexity = (a: Rated): boolean => a.complexity <= MEDIUM_COMPLEXITY;

/** Early win: high business impact (4–5) with low to medium technical complexity (1–3). */
export function isEarlyWin(action: Rated): boolean {
	return isHighImpact(action) && isLowToMediumComplexity(action);
}

export type Quadrant = 'early-win' | 'major-project' | 'fill-in' | 'reconsider';

/** The impact × complexity matrix, split where Giga's ranking splits it. */
export function quadrantOf(action: Rated): Quadrant {
	if (isHighImpact(action)) return isLowToMediumComplexity(action) ? 'early-win' : 'major-project';
	return isLowToMediumComplexity(action) ? 'fill-in' : 'reconsider';
}

export const quadrantLabels: Record<Quadrant, Label> = {
	'early-win': m.improve_quadrant_early_win,
	'major-project': m.improve_quadrant_major_project,
	'fill-in': m.improve_quadrant_fill_in,
	reconsider: m.improve_quadrant_reconsider
};

export const quadrantHints: Record<Quadrant, Label> = {
	'early-win': m.improve_quadrant_early_win_hint,
	'major-project': m.improve_quadrant_major_project_hint,
	'fill-in': m.improve_quadrant_fill_in_hint,
	reconsider: m.improve_quadrant_reconsider_hint
};

export const quadrantOrder: readonly Quadrant[] = [
	'early-win',
	'major-project',
	'fill-in',
	'reconsider'
];

/** Priority order: early wins first, then major projects, fill-ins, the rest; within each, higher impact, then lower complexity. */
export function byPriority<T extends Rated & { title?: string }>(a: T, b: T): number {
	return (
		quadrantOrder.indexOf(quadrantOf(a)) - quadrantOrder.indexOf(quadrantOf(b)) ||
		b.impact - a.impact ||
		a.complexity - b.complexity ||
		(a.title ?? '').localeCompare(b.title ?? '')
	);
}

/** The opportunity list: the actions ranked by priority (a new array). */
export function rankOpportunities<T extends Rated & { title?: string }>(
	actions: readonly T[]
): T[] {
	return [...actions].sort(byPriority);
}
