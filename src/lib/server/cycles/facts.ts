import { and, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../platform/db';
import { cycle, cycleFact } from '../platform/db/schema';
import { factDefinitions, type CycleFacts } from '$lib/domain/cycle/facts';

/** The lead's facts of a cycle (an empty record when none are given or the cycle is not theirs). */
export async function factsOf(organisationId: string, cycleId: string): Promise<CycleFacts> {
	const rows = await db()
		.select({ key: cycleFact.key, value: cycleFact.value })
		.from(cycleFact)
		.where(and(eq(cycleFact.organisationId, organisationId), eq(cycleFact.cycleId, cycleId)));
	return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Facts may change until the cycle's review is done: the board's report reads them then. */
export const factsEditable = (status: string) => status !== 'reviewed';

export type SaveFactsResult = { ok: true } | { ok: false; reason: 'not-found' | 'reviewed' };

/** Stores the lead's answers: a number sets a fact, null clears it. */
export async function saveFacts(
	organisationId: string,
	cycleId: string,
	userId: string,
	facts: Readonly<Record<string, number | null>>
): Promise<SaveFactsResult> {
	return db().transaction(async (tx) => {
		const [c] = await tx
			.select({ status: cycle.status })
			.from(cycle)
			.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)))
			.for('update');
		if (!c) return { ok: false, reason: 'not-found' };
		if (!factsEditable(c.status)) return { ok: false, reason: 'reviewed' };
		const cleared = Object.entries(facts)
			.filter(([, v]) => v === null)
			.map(([k]) => k);
		const set = Object.entries(facts).filter((e): e is [string, number] => e[1] !== null);
		if (cleared.length > 0)
			await tx
				.delete(cycleFact)
				.where(
					and(
						eq(cycleFact.organisationId, organisationId),
						eq(cycleFact.cycleId, cycleId),
						inArray(cycleFact.key, cleared)
					)
				);
		if (set.length > 0)
			await tx
				.insert(cycleFact)
				.values(
					set.map(([key, value]) => ({ organisationId, cycleId, key, value, updatedBy: userId }))
				)
				.onConflictDoUpdate({
					target: [cycleFact.organisationId, cycleFact.cycleId, cycleFact.key],
					set: { value: sql`excluded.value`, updatedBy: userId, updatedAt: sql`now()` }
				});
		return { ok: true };
	});
}

/** How many of the facts are answered, for the cycle page. */
export async function summary(organisationId: string, c: { id: string; status: string }) {
	const given = await factsOf(organisationId, c.id);
	return {
		answered: factDefinitions.filter((f) => given[f.key] !== undefined).length,
		total: factDefinitions.length,
		editable: factsEditable(c.status)
	};
}
