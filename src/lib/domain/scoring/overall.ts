/**
 * A 95% interval for the overall maturity index (docs/scoring.md §3, "Interval of the index").
 * The index is the mean of the scored dimensions' scores, whose errors are correlated through the
 * same respondents by an amount the anonymous answers cannot tell. Whatever that correlation, the
 * standard error of a mean is at most the mean of the standard errors (equal when the dimensions'
 * errors move together completely), so `index ± mean(hᵢ)` is at least as wide as the true interval:
 * cautious, never flattering. Built only from the dimensions' intervals as shown, so it discloses
 * nothing the dimension figures do not.
 */
import type { DimensionScore, OverallScore } from './types';

export function overallInterval(
	overall: Pick<OverallScore, 'index'>,
	dimensions: ReadonlyArray<Pick<DimensionScore, 'notApplicable' | 'score' | 'ci95'>>
): { low: number; high: number } | null {
	if (overall.index === null) return null;
	const inIndex = dimensions.filter((d) => !d.notApplicable && d.score !== null);
	if (inIndex.length === 0 || inIndex.some((d) => d.ci95 === null)) return null;
	const half =
		inIndex.reduce((sum, d) => sum + (d.ci95!.high - d.ci95!.low) / 2, 0) / inIndex.length;
	return { low: overall.index - half, high: overall.index + half };
}
