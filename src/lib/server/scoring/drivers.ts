/**
 * Key-driver analysis of a cycle (docs/scoring.md §13), part of the scoring service: respondent
 * profiles are read and correlated here, and only dimension-level coefficients leave — each on at
 * least max(10, T) respondents, rounded, with its 95% interval, or "not enough respondents".
 */
import { keyDrivers, driverMinimum, type DimensionDrivers } from '$lib/domain/scoring/drivers';
import { scoredCycle, type ScoredCycle } from './';
import { respondentProfiles } from './respondents';

export interface CycleDrivers {
	/** Respondents a coefficient needs. */
	minimum: number;
	/** The outcome items analysed (reference yes/no items whose share is shown), in instrument order. */
	outcomes: Array<{ key: string; text: string }>;
	/** Per dimension whose respondent-level figures are shown. */
	dimensions: DimensionDrivers[];
}

/**
 * Null when the cycle is not the organisation's or its scores are withheld. A caller that has
 * just scored the cycle passes its ScoredCycle in.
 */
export async function keyDriversForCycle(
	organisationId: string,
	cycleId: string,
	scored?: ScoredCycle
): Promise<CycleDrivers | null> {
	const current =
		scored && scored.context.organisationId === organisationId && scored.context.cycleId === cycleId
			? scored
			: await scoredCycle(organisationId, cycleId);
	if (!current || current.scores.status !== 'scored') return null;
	const { scores, context } = current;
	// Only dimensions whose respondent-level figures are shown: a respondent mean carries every
	// answer in the dimension, withheld items included (docs/scoring.md §8.2).
	const dimensions = scores.dimensions
		.filter((d) => !d.notApplicable && d.respondentMean !== null)
		.map((d) => d.key);
	// The reference questions (the study's outcome measures), where respondents answered them.
	const referenceSections = new Set(
		context.instrument.sections.filter((s) => s.kind === 'reference').map((s) => s.key)
	);
	const outcomes = scores.reference
		.filter((r) => referenceSections.has(r.sectionKey) && r.withheld === null && r.share !== null)
		.map((r) => ({ key: r.key, text: r.text }));
	const profiles = await respondentProfiles(
		context,
		new Set(dimensions),
		new Set(outcomes.map((o) => o.key))
	);
	return {
		minimum: driverMinimum(scores.anonymityThreshold),
		outcomes,
		dimensions: keyDrivers(profiles, {
			dimensions,
			outcomes: outcomes.map((o) => o.key),
			anonymityThreshold: scores.anonymityThreshold
		})
	};
}
