/**
 * Results snapshots, the rule against differencing (docs/scoring.md, "Snapshots"): a submitted
 * response counts in any figure only once it is published, and a new snapshot publishes the
 * pending submissions only when there are at least the cycle's threshold of them. Two views of a
 * cycle's results therefore differ by at least *threshold* people, whether the cycle is open,
 * closed, or reopened and closed again. Published responses are never unpublished.
 */
import { sql } from 'drizzle-orm';
import { db, noteWrite, resultRows } from '../platform/db';
import { MIN_ANONYMITY_THRESHOLD } from '$lib/domain/scoring/anonymity';

export interface PublicationState {
	/** Snapshots published so far (0: no results yet). */
	snapshots: number;
	published: number;
	/** Submitted but not yet published: fewer than the threshold arrived since the last snapshot. */
	pending: number;
	threshold: number;
}

/**
 * Publishes the pending submissions of the organisation's cycle when they reach its threshold,
 * then reports the state. Runs under a lock on the cycle row, so two viewers never cut two
 * snapshots of the same submissions. Null when the cycle is not the organisation's.
 */
export async function publishPending(
	organisationId: string,
	cycleId: string
): Promise<PublicationState | null> {
	return db().transaction(async (tx) => {
		const [head] = resultRows<{ threshold: number }>(
			await tx.execute(sql`select anonymity_threshold as threshold from cycle
				where organisation_id = ${organisationId} and id = ${cycleId} for update`)
		);
		if (!head) return null;
		const threshold = Math.max(MIN_ANONYMITY_THRESHOLD, head.threshold);
		const [counts] = resultRows<{ snapshots: number; published: number; pending: number }>(
			await tx.execute(sql`select coalesce(max(published_in), 0)::int as snapshots,
					count(published_in)::int as published,
					(count(*) - count(published_in))::int as pending
				from response
				where organisation_id = ${organisationId} and cycle_id = ${cycleId} and status = 'submitted'`)
		);
		const state = {
			snapshots: counts?.snapshots ?? 0,
			published: counts?.published ?? 0,
			pending: counts?.pending ?? 0,
			threshold
		};
		if (state.pending < threshold) return state;
		await tx.execute(sql`update response set published_in = ${state.snapshots + 1}
			where organisation_id = ${organisationId} and cycle_id = ${cycleId}
				and status = 'submitted' and published_in is null`);
		// Their languages, as counts, go into the same snapshot (submissions wait on the cycle row).
		await tx.execute(sql`update language_tally set published = published + pending, pending = 0
			where organisation_id = ${organisationId} and cycle_id = ${cycleId} and pending > 0`);
		// Whoever caused the snapshot reads its figures next: from the primary until a replica has it.
		noteWrite();
		return {
			snapshots: state.snapshots + 1,
			published: state.published + state.pending,
			pending: 0,
			threshold
		};
	});
}
