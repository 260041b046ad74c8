/**
 * The scoring service: a cycle's scores as the dashboard and reports show them.
 *
 * Statistics come from the database (sql.ts, GROUP BY queries — answers never travel
 * to Node) and go through `scoreCycle`, which applies the anonymity rules. This module returns
 * only the anonymity-safe `CycleScores`; raw per-group statistics are not exported from here.
 * Method: docs/scoring.md.
 */
import { isMaturitySection, scoreCycle, type CycleScores } from '$lib/domain/scoring';
import { effectiveRouting, groupsAsked } from '$lib/domain/instrument/routing';
import * as cycles from '../cycles';
import { invitedByGroup } from '../survey/invitations';
import { loadScoringContext, queryCycleStats, type ScoringContext } from './sql';
import { publishPending, type PublicationState } from './publication';
import { and, eq } from 'drizzle-orm';
import { db } from '../platform/db';
import { cycleResult } from '../platform/db/schema';

export type { CycleScores } from '$lib/domain/scoring';

/**
 * Scores of one cycle of the organisation, with the cycle's anonymity and comment thresholds,
 * targets and not-applicable dimensions. Null when the cycle is not the organisation's.
 */
export async function scoreCycleForOrganisation(
	organisationId: string,
	cycleId: string
): Promise<CycleScores | null> {
	const context = await loadScoringContext(organisationId, cycleId);
	return context ? scoreLoadedCycle(context) : null;
}

/** A cycle's scores with the context they were computed from (instrument, thresholds, targets). */
export interface ScoredCycle {
	context: ScoringContext;
	scores: CycleScores;
	/** The snapshot state scoring read (and cut) before it scored; null when the results are frozen. */
	publication?: PublicationState | null;
}

/**
 * Scores and their context, for callers that need both (the report, the peer panel) so that the
 * instrument and settings are loaded once. Null when the cycle is not the organisation's.
 */
export async function scoredCycle(
	organisationId: string,
	cycleId: string
): Promise<ScoredCycle | null> {
	const context = await loadScoringContext(organisationId, cycleId);
	return context ? { context, ...(await scoreWithState(context)) } : null;
}

/** Scores of a cycle already loaded, with the organisation scope, by `loadScoringContext`. */
export async function scoreLoadedCycle(context: ScoringContext): Promise<CycleScores> {
	return (await scoreWithState(context)).scores;
}

async function scoreWithState(
	context: ScoringContext
): Promise<{ scores: CycleScores; publication: PublicationState | null }> {
	if (context.answersErased) {
		const [frozen] = await db()
			.select({ scores: cycleResult.scores })
			.from(cycleResult)
			.where(
				and(
					eq(cycleResult.organisationId, context.organisationId),
					eq(cycleResult.cycleId, context.cycleId)
				)
			);
		if (frozen) return { scores: frozen.scores as CycleScores, publication: null };
	}
	// Figures count published responses only: cut a new snapshot first when enough are pending.
	const publication = await publishPending(context.organisationId, context.cycleId);
	const [stats, population] = await Promise.all([
		queryCycleStats(context),
		populationByDimension(context)
	]);
	const scores = scoreCycle(context.instrument, stats, {
		targets: context.targets,
		notApplicable: context.notApplicable,
		anonymityThreshold: context.anonymityThreshold,
		commentThreshold: context.commentThreshold,
		population
	});
	return { scores, publication };
}

/**
 * Keeps the cycle's results as they are shown now (the anonymity-safe scores, never raw
 * statistics), before its raw answers are erased under the retention setting. Once frozen they
 * do not change: a cycle whose answers were erased cannot be reopened.
 */
export async function freezeResults(organisationId: string, cycleId: string): Promise<boolean> {
	const scores = await scoreCycleForOrganisation(organisationId, cycleId);
	if (!scores) return false;
	// Written before the erasure's transaction (scoring reads outside it); replaced if a failed
	// erasure left an older one.
	const frozen = { scores: JSON.parse(JSON.stringify(scores)), frozenAt: new Date() };
	await db()
		.insert(cycleResult)
		.values({ organisationId, cycleId, ...frozen })
		.onConflictDoUpdate({ target: [cycleResult.organisationId, cycleResult.cycleId], set: frozen });
	return true;
}

/**
 * Per dimension, the people invited in the groups asked it: the finite population behind its
 * interval (docs/scoring.md §3). Invitation counts per group are shown to leads anyway (response
 * rates), so nothing new is disclosed.
 */
async function populationByDimension(context: ScoringContext): Promise<Record<string, number>> {
	const [invited, row] = await Promise.all([
		invitedByGroup(context.organisationId, context.cycleId),
		cycles.get(context.organisationId, context.cycleId)
	]);
	if (!row) return {};
	const routing = effectiveRouting(context.instrument.routing, row.routing);
	return Object.fromEntries(
		context.instrument.sections
			.filter(isMaturitySection)
			.map((s) => [
				s.key,
				groupsAsked(s.key, row.groups, routing).reduce((sum, g) => sum + (invited[g] ?? 0), 0)
			])
	);
}

export { languagesOfCycle, UNRECORDED } from './languages';
