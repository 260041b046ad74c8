/**
 * Two cycles dimension by dimension, and which changes are real (docs/scoring.md §3, "Change
 * between two cycles"): a two-sided z-test per dimension from the two 95% half-widths, then
 * Holm's step-down procedure over the dimensions compared, at a family-wise α of 0.05.
 */
import { normalTwoSidedP, Z975 } from '../scoring';

/** Family-wise error rate of the comparison: the chance of one or more false "real changes". */
export const FAMILY_ALPHA = 0.05;

export interface DimensionEstimate {
	key: string;
	title: string;
	score: number | null;
	ci95: { low: number; high: number } | null;
}

export interface DimensionChange {
	key: string;
	title: string;
	before: number | null;
	after: number | null;
	delta: number | null;
	/** Half-width of the 95% interval of the difference, √(h₁² + h₂²). */
	margin: number | null;
	/** Two-sided p-value of z = delta / (margin / 1.96), normal approximation. */
	p: number | null;
	/** Holm-adjusted p-value over the dimensions compared; 'real change' when ≤ FAMILY_ALPHA. */
	pAdjusted: number | null;
	verdict: 'real change' | 'within noise' | 'not comparable';
}

export interface CycleComparison {
	/** One row per dimension of the later cycle, in its order. */
	changes: DimensionChange[];
	/** Dimensions tested (both scores and both intervals shown): the family Holm corrects for. */
	comparisons: number;
	familyAlpha: number;
}

type Tested = DimensionChange & { p: number };

/** One dimension's difference, margin and unadjusted p-value (no verdict yet). */
function testOne(a: DimensionEstimate, b: DimensionEstimate | undefined): DimensionChange {
	const row = {
		key: a.key,
		title: a.title,
		before: b?.score ?? null,
		after: a.score,
		delta: null,
		margin: null,
		p: null,
		pAdjusted: null,
		verdict: 'not comparable' as const
	};
	if (!b || a.score === null || b.score === null) return row;
	const delta = a.score - b.score;
	if (!a.ci95 || !b.ci95) return { ...row, delta };
	const h1 = (a.ci95.high - a.ci95.low) / 2;
	const h2 = (b.ci95.high - b.ci95.low) / 2;
	const margin = Math.sqrt(h1 * h1 + h2 * h2);
	// A zero margin (no spread in either cycle): any difference is certain, none is not.
	const p = margin > 0 ? normalTwoSidedP(delta / (margin / Z975)) : delta === 0 ? 1 : 0;
	return { ...row, delta, margin, p };
}

/**
 * Holm (1979) adjusted p-values: sorted ascending p₍₁₎ ≤ … ≤ p₍ₘ₎ (ties by key),
 * p̃₍ᵢ₎ = max over j ≤ i of min(1, (m − j + 1) · p₍ⱼ₎). Rejecting where p̃ ≤ α is the step-down
 * procedure: reject while p₍ᵢ₎ ≤ α / (m − i + 1), stop at the first that is not.
 */
export function holmAdjust(
	pValues: ReadonlyArray<{ key: string; p: number }>
): Map<string, number> {
	const sorted = [...pValues].sort((x, y) => x.p - y.p || (x.key < y.key ? -1 : 1));
	const m = sorted.length;
	const adjusted = new Map<string, number>();
	let running = 0;
	sorted.forEach(({ key, p }, i) => {
		running = Math.max(running, Math.min(1, (m - i) * p));
		adjusted.set(key, running);
	});
	return adjusted;
}

/**
 * Compares two cycles dimension by dimension. A change is real when Holm's procedure over the
 * dimensions compared rejects "no change" at family-wise α = 0.05. The two cycles are treated as
 * independent samples (docs/scoring.md says why and what that does).
 */
export function compareDimensions(
	before: DimensionEstimate[],
	after: DimensionEstimate[]
): CycleComparison {
	const beforeByKey = new Map(before.map((d) => [d.key, d]));
	const rows = after.map((a) => testOne(a, beforeByKey.get(a.key)));
	const tested = rows.filter((r): r is Tested => r.p !== null);
	const adjusted = holmAdjust(tested);
	const changes = rows.map((r): DimensionChange => {
		const pAdjusted = adjusted.get(r.key);
		if (r.p === null || pAdjusted === undefined) return r;
		return {
			...r,
			pAdjusted,
			verdict: pAdjusted <= FAMILY_ALPHA ? 'real change' : 'within noise'
		};
	});
	return { changes, comparisons: tested.length, familyAlpha: FAMILY_ALPHA };
}
