import { and, asc, eq } from 'drizzle-orm';
import { db } from './db';
import { answer, cycle, instrument, instrumentItem, response } from './db/schema';
import { anonymisedAnswers, shuffledIndices, type AnswerExport } from '$lib/domain/export/answers';

const cryptoRandom = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/** A cycle's submitted answers, anonymised (see anonymisedAnswers). Null when not the organisation's. */
export async function cycleAnswers(organisationId: string, cycleId: string): Promise<AnswerExport | null> {
	const [head] = await db()
		.select({ name: cycle.name, threshold: cycle.anonymityThreshold, instrumentId: cycle.instrumentId, instrumentName: instrument.name, version: instrument.version })
		.from(cycle)
		.innerJoin(instrument, eq(instrument.id, cycle.instrumentId))
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
	if (!head) return null;
	const items = await db()
		.select({ id: instrumentItem.id, key: instrumentItem.key })
		.from(instrumentItem)
		.where(eq(instrumentItem.instrumentId, head.instrumentId))
		.orderBy(asc(instrumentItem.sectionId), asc(instrumentItem.position));
	const keyById = new Map(items.map((i) => [i.id, i.key]));
	const rows = await db()
		.select({ responseId: response.id, group: response.groupKey, itemId: answer.itemId, value: answer.value, dontKnow: answer.dontKnow })
		.from(response)
		.leftJoin(answer, eq(answer.responseId, response.id))
		.where(and(eq(response.organisationId, organisationId), eq(response.cycleId, cycleId), eq(response.status, 'submitted')));
	const byResponse = new Map<string, { group: string; answers: Record<string, number | 'dont_know' | null> }>();
	for (const r of rows) {
		const entry = byResponse.get(r.responseId) ?? { group: r.group, answers: {} };
		if (r.itemId) entry.answers[keyById.get(r.itemId) ?? r.itemId] = r.dontKnow ? 'dont_know' : r.value;
		byResponse.set(r.responseId, entry);
	}
	return anonymisedAnswers(
		{ name: head.name, instrument: `${head.instrumentName} v${head.version}`, anonymityThreshold: head.threshold },
		items.map((i) => i.key),
		[...byResponse.values()],
		(n) => shuffledIndices(n, cryptoRandom)
	);
}
