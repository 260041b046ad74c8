import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { publishPending } from './publication';
import { readDb } from '../platform/db';
import { answer, cycle, instrument, instrumentItem, response } from '../platform/db/schema';
import {
	anonymisedAnswers,
	shuffledIndices,
	type AnswerExport,
	type ExportedAnswer
} from '$lib/domain/export/answers';

const cryptoRandom = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

export type AnswersResult =
	{ ok: true; export: AnswerExport } | { ok: false; reason: 'not-found' | 'not-closed' };

/**
 * A closed cycle's published answers, anonymised (see anonymisedAnswers). Only closed cycles:
 * two exports of an open cycle would differ by the rows of whoever answered in between.
 */
export async function cycleAnswers(
	organisationId: string,
	cycleId: string
): Promise<AnswersResult> {
	const [head] = await readDb()
		.select({
			status: cycle.status,
			name: cycle.name,
			threshold: cycle.anonymityThreshold,
			instrumentId: cycle.instrumentId,
			instrumentName: instrument.name,
			version: instrument.version
		})
		.from(cycle)
		.innerJoin(instrument, eq(instrument.id, cycle.instrumentId))
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
	if (!head) return { ok: false, reason: 'not-found' };
	if (head.status !== 'closed' && head.status !== 'reviewed')
		return { ok: false, reason: 'not-closed' };
	await publishPending(organisationId, cycleId);
	const items = await readDb()
		.select({ id: instrumentItem.id, key: instrumentItem.key })
		.from(instrumentItem)
		.where(eq(instrumentItem.instrumentId, head.instrumentId))
		.orderBy(asc(instrumentItem.sectionId), asc(instrumentItem.position));
	const keyById = new Map(items.map((i) => [i.id, i.key]));
	const rows = await readDb()
		.select({
			responseId: response.id,
			group: response.groupKey,
			itemId: answer.itemId,
			value: answer.value,
			dontKnow: answer.dontKnow,
			notMyArea: answer.notMyArea
		})
		.from(response)
		.leftJoin(answer, eq(answer.responseId, response.id))
		.where(
			and(
				eq(response.organisationId, organisationId),
				eq(response.cycleId, cycleId),
				isNotNull(response.publishedIn)
			)
		);
	const byResponse = new Map<string, { group: string; answers: Record<string, ExportedAnswer> }>();
	for (const r of rows) {
		const entry = byResponse.get(r.responseId) ?? { group: r.group, answers: {} };
		if (r.itemId)
			entry.answers[keyById.get(r.itemId) ?? r.itemId] = r.dontKnow
				? 'dont_know'
				: r.notMyArea
					? 'not_my_area'
					: r.value;
		byResponse.set(r.responseId, entry);
	}
	const data = anonymisedAnswers(
		{
			name: head.name,
			instrument: `${head.instrumentName} v${head.version}`,
			anonymityThreshold: head.threshold
		},
		items.map((i) => i.key),
		[...byResponse.values()],
		(n) => shuffledIndices(n, cryptoRandom)
	);
	return { ok: true, export: data };
}
