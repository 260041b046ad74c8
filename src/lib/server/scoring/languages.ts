/**
 * Published responses per language for the dashboard (issue 17): the published counts of
 * `language_tally` (moved there with each snapshot, so they change only by at least the threshold
 * of people), under `languageBreakdown`'s rule. Responses submitted before languages were counted
 * are one more "language" (`unrecorded`), so the rule also keeps them from giving a small count away.
 */
import { sql } from 'drizzle-orm';
import { db, resultRows } from '../platform/db';
import { MIN_ANONYMITY_THRESHOLD } from '$lib/domain/scoring/anonymity';
import { languageBreakdown, type LanguageBreakdown } from '$lib/domain/scoring/languages';

export const UNRECORDED = 'unrecorded';

/** Null when the cycle is not the organisation's. */
export async function languagesOfCycle(
	organisationId: string,
	cycleId: string
): Promise<LanguageBreakdown | null> {
	const [head] = resultRows<{ threshold: number; published: number }>(
		await db().execute(sql`select c.anonymity_threshold as threshold,
				(select count(*)::int from response r where r.organisation_id = c.organisation_id
					and r.cycle_id = c.id and r.published_in is not null) as published
			from cycle c where c.organisation_id = ${organisationId} and c.id = ${cycleId}`)
	);
	if (!head) return null;
	const counts = resultRows<{ language: string; n: number }>(
		await db().execute(sql`select language, published as n from language_tally
			where organisation_id = ${organisationId} and cycle_id = ${cycleId} and published > 0`)
	);
	const recorded = counts.reduce((sum, c) => sum + c.n, 0);
	const unrecorded = Math.max(0, head.published - recorded);
	return languageBreakdown(
		[...counts, ...(unrecorded > 0 ? [{ language: UNRECORDED, n: unrecorded }] : [])],
		Math.max(MIN_ANONYMITY_THRESHOLD, head.threshold)
	);
}
