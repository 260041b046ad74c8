/**
 * INTERNAL — the SQL path of scoring: a cycle's sufficient statistics (docs/scoring.md §10)
 * from one scan of its answers in PostgreSQL / PGlite, which hands Node each published response's
 * answers as a few packed words; response-tally.ts turns them into per-group figures.
 *
 * The statistics returned here are RAW: they hold per-group figures of groups of any size and
 * are not anonymity-safe. Only `scoring.ts` (the scoring service), the tests and the benchmark
 * may import this module; routes and other services use `scoreCycleForOrganisation` from
 * `index.ts`, which applies the anonymity rules. A test (tests/db/scoring-sql.test.ts)
 * fails if anything else under src/ imports this file.
 *
 * Every query is scoped by organisation id and cycle id, and only published responses count
 * (`response.published_in IS NOT NULL`: submitted and part of a results snapshot, see
 * publication.ts) — a submission that is not yet published is in no figure.
 * Arithmetic is float8 with the same operations as `statsFromResponses` (respondent mean =
 * sum(value)::float8 / count(*)), so the two paths agree up to the order of summation.
 */
import { and, eq, sql } from 'drizzle-orm';
import { onDatabaseSwitch, readDb, readHandle } from '../platform/db';
import { cycle, cycleDimension } from '../platform/db/schema';
import * as instruments from '../instruments';
import type { StoredInstrument } from '../instruments';
import {
	dimensionItems,
	isMaturitySection,
	itemScale,
	normaliseStats,
	type AlphaStats,
	type CommentRow,
	type CycleStats,
	type DimensionGroupStats,
	type ItemGroupStats,
	type ResponseCountByGroup
} from '$lib/domain/scoring';
import {
	DONT_KNOW_CODE,
	ITEMS_PER_WORD,
	NOT_MY_AREA_CODE,
	VALUE_OFFSET,
	tallyChunk,
	type Chunk,
	type ResponseRow
} from './response-tally';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everything the scoring service needs about a cycle, loaded with the organisation scope. */
export interface ScoringContext {
	organisationId: string;
	cycleId: string;
	instrument: StoredInstrument;
	anonymityThreshold: number;
	commentThreshold: number;
	targets: Record<string, number>;
	notApplicable: string[];
	answersErased: boolean; // erased under the retention setting: the results are frozen
}

/**
 * Loaded questionnaire versions by id. Versions never change (instruments.createVersion makes a new
 * one), and an id is only looked up here after the organisation's own cycle named it, so a version
 * is read from the database once per process rather than on every scoring (three queries).
 */
const instrumentCache = new Map<string, StoredInstrument>();
onDatabaseSwitch(() => instrumentCache.clear());

async function instrumentOf(
	organisationId: string,
	instrumentId: string
): Promise<StoredInstrument | null> {
	const cached = instrumentCache.get(instrumentId);
	if (cached) return cached;
	const loaded = await instruments.get(organisationId, instrumentId);
	if (!loaded) return null;
	if (instrumentCache.size > 50) instrumentCache.clear();
	instrumentCache.set(instrumentId, loaded);
	return loaded;
}

/** The cycle, its instrument and its per-dimension settings; null unless the cycle is the organisation's. */
export async function loadScoringContext(
	organisationId: string,
	cycleId: string
): Promise<ScoringContext | null> {
	if (!UUID.test(organisationId) || !UUID.test(cycleId)) return null;
	const [row] = await readDb()
		.select({
			instrumentId: cycle.instrumentId,
			anonymityThreshold: cycle.anonymityThreshold,
			commentThreshold: cycle.commentThreshold,
			answersErased: sql<boolean>`${cycle.answersErasedAt} is not null`
		})
		.from(cycle)
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
	if (!row) return null;
	const { instrumentId, ...settings } = row;
	const [instrument, dims] = await Promise.all([
		instrumentOf(organisationId, instrumentId),
		readDb()
			.select({
				dimensionKey: cycleDimension.dimensionKey,
				target: cycleDimension.target,
				notApplicable: cycleDimension.notApplicable
			})
			.from(cycleDimension)
			.where(eq(cycleDimension.cycleId, cycleId))
	]);
	if (!instrument) return null;
	const targets: Record<string, number> = {};
	const notApplicable: string[] = [];
	for (const d of dims) {
		if (d.target !== null && Number.isFinite(d.target)) targets[d.dimensionKey] = d.target;
		if (d.notApplicable) notApplicable.push(d.dimensionKey);
	}
	return {
		organisationId,
		cycleId,
		instrument,
		...settings,
		targets,
		notApplicable
	};
}

/**
 * INTERNAL: raw statistics of a cycle (not anonymity-safe), for the scoring service, tests and
 * the benchmark. Null when the cycle is not the organisation's.
 */
export async function cycleStatsFromSql(
	organisationId: string,
	cycleId: string
): Promise<CycleStats | null> {
	const context = await loadScoringContext(organisationId, cycleId);
	if (!context) return null;
	return queryCycleStats(context);
}

/*
 * How the statistics are computed — one scan of the cycle's answers:
 *
 * 1. `per`: answers grouped by response (a few thousand groups, so the hash table stays small
 *    and never spills). Each answer becomes a 3-bit code — 0 not answered, 1 don't know (a row
 *    with dont_know, whatever its value), value + 2 for a valid value (values are 0..5), and 2 for
 *    "not my area", which only maturity items (values 1..5, so code 2 is free) accept
 *    — packed with bit_or into bigints, 21 items per word. The response's whole questionnaire
 *    is then a handful of bigints. Out-of-scale values are counted (`bad`) and make Node throw,
 *    as statsFromResponses does.
 * 2. Join to `response` (published, organisation, cycle) on those few thousand rows only; each
 *    row is the response's group and its words (no response id).
 * 3. In Node (response-tally.ts): unpack each item's code and tally per stakeholder group the item
 *    × code counts, per dimension n / Σm / Σm² of the respondent means m = total / answered (the
 *    same division as the TypeScript path), and, over respondents who answered every item of the
 *    dimension, their count, Σ and Σ² of totals and Σ / Σ² per item (Cronbach's alpha).
 *
 * Step 3 was a GROUP BY over ~400 generated columns. PostgreSQL ran it in one process after the
 * parallel scan, and it cost more than the scan: scoring took 2.2–2.5× one aggregate pass over
 * the same answers (issue 18's budget is 2×). The rows it now sends are ~40 bytes per response.
 *
 * Items are not joined to instrument_item: Node passes the loaded (already scoped) instrument's
 * item ids as an array; the join to it maps ids to positions and drops answers to items of any
 * other instrument. $1 = organisation, $2 = cycle, in every WHERE clause.
 */

/** Items per statement: keeps the generated SELECT well below PostgreSQL's 1,664 columns. */
const ITEMS_PER_STATEMENT = 120;

/** The loaded instrument in the shape the statements take. */
interface Layout {
	chunks: Chunk[];
	/** Every maturity dimension with its maturity item keys, in instrument order (for alpha). */
	dimensions: Array<{ key: string; itemKeys: string[] }>;
}

/** StoredInstrument's items carry their id (the intersection type hides it from .map). */
function idOf(item: object): string {
	return (item as { id: string }).id;
}

function layoutOf(instrument: StoredInstrument): Layout {
	const chunks: Chunk[] = [];
	let current: Chunk = { items: [], dimensions: [] };
	for (const section of instrument.sections) {
		if (
			current.items.length > 0 &&
			current.items.length + section.items.length > ITEMS_PER_STATEMENT
		) {
			chunks.push(current);
			current = { items: [], dimensions: [] };
		}
		const offset = current.items.length;
		current.items.push(...section.items.map((i) => ({ id: idOf(i), key: i.key, kind: i.kind })));
		if (isMaturitySection(section)) {
			const items: number[] = [];
			section.items.forEach((item, j) => {
				if (item.kind === 'maturity') items.push(offset + j);
			});
			current.dimensions.push({ key: section.key, items });
		}
	}
	if (current.items.length > 0) chunks.push(current);
	const dimensions = instrument.sections
		.filter(isMaturitySection)
		.map((s) => ({ key: s.key, itemKeys: dimensionItems(s).map((i) => i.key) }));
	return { chunks, dimensions };
}

/**
 * The statement for one chunk; $3..$7 = item ids, words, shifts, scale minimum and maximum. One
 * row per published response: its stakeholder group, its count of out-of-scale values and its
 * answers as packed 3-bit codes (text: int8 words, read as BigInt). No response id is selected.
 */
function chunkSql(chunk: Chunk): string {
	const words = Math.ceil(chunk.items.length / ITEMS_PER_WORD);
	const packed: string[] = [];
	for (let w = 0; w < words; w++) {
		packed.push(`coalesce(bit_or(code << m.shift) FILTER (WHERE m.word = ${w}), 0) AS w${w}`);
	}
	const selected = packed.map((_, w) => `per.w${w}::text AS w${w}`);
	const list = (xs: string[]) => xs.map((e) => `,\n\t\t       ${e}`).join('');
	return `
	WITH m AS (
	  SELECT * FROM unnest($3::uuid[], $4::int[], $5::int[], $6::int[], $7::int[]) AS m(item_id, word, shift, lo, hi)
	), per AS (
	  SELECT a.response_id,
	         (count(*) FILTER (WHERE NOT a.dont_know AND (a.value < m.lo OR a.value > m.hi
	                                                      OR (a.not_my_area AND m.lo < 1))))::int AS bad
	         ${list(packed)}
	  FROM answer a
	  JOIN m ON m.item_id = a.item_id
	  CROSS JOIN LATERAL (
	    SELECT (CASE WHEN a.dont_know THEN ${DONT_KNOW_CODE}
	                 WHEN a.not_my_area AND m.lo >= 1 THEN ${NOT_MY_AREA_CODE}
	                 WHEN a.value BETWEEN m.lo AND m.hi THEN a.value + ${VALUE_OFFSET}
	                 ELSE 0 END)::int8 AS code
	  ) k
	  WHERE a.cycle_id = $2 AND (a.dont_know OR a.not_my_area OR a.value IS NOT NULL)
	  GROUP BY a.response_id
	)
	SELECT r.group_key, per.bad${list(selected)}
	FROM per
	JOIN response r ON r.id = per.response_id
	WHERE r.cycle_id = $2 AND r.organisation_id = $1 AND r.published_in IS NOT NULL`;
}

function chunkParams(chunk: Chunk): string[] {
	const literal = (xs: ReadonlyArray<string | number>) => `{${xs.join(',')}}`;
	return [
		literal(chunk.items.map((i) => i.id)),
		literal(chunk.items.map((_, i) => Math.floor(i / ITEMS_PER_WORD))),
		literal(chunk.items.map((_, i) => 3 * (i % ITEMS_PER_WORD))),
		literal(chunk.items.map((i) => itemScale[i.kind].min)),
		literal(chunk.items.map((i) => itemScale[i.kind].max))
	];
}

const RESPONSES_SQL = `
	SELECT group_key, count(*)::int AS n
	FROM response
	WHERE organisation_id = $1 AND cycle_id = $2 AND published_in IS NOT NULL
	GROUP BY 1`;

/** $3 = the instrument's id: comments on sections of another instrument are dropped. */
const COMMENTS_SQL = `
	SELECT s.key AS section_key, r.group_key, sc.text
	FROM section_comment sc
	JOIN response r ON r.id = sc.response_id
	JOIN instrument_section s ON s.id = sc.section_id
	WHERE sc.cycle_id = $2 AND r.cycle_id = $2 AND r.organisation_id = $1
	  AND r.published_in IS NOT NULL AND s.instrument_id = $3`;

/** The statistics of an already-loaded (and therefore already scoped) cycle. */
export async function queryCycleStats(context: ScoringContext): Promise<CycleStats> {
	const handle = readHandle();
	const layout = layoutOf(context.instrument);
	const scope = [context.organisationId, context.cycleId];
	// On PostgreSQL the statements run on separate pooled connections at once; PGlite
	// serialises them.
	const [responseRows, commentRows, ...chunkRows] = await Promise.all([
		handle.rows<{ group_key: string; n: number }>(RESPONSES_SQL, scope),
		handle.rows<{ section_key: string; group_key: string; text: string }>(COMMENTS_SQL, [
			...scope,
			context.instrument.id
		]),
		...layout.chunks.map((chunk) =>
			handle.rows<ResponseRow>(chunkSql(chunk), [...scope, ...chunkParams(chunk)])
		)
	]);
	return assembleStats(layout, chunkRows, responseRows, commentRows);
}

function emptyAlpha(layout: Layout): Map<string, AlphaStats> {
	return new Map(
		layout.dimensions.map((d) => {
			const zeros = () =>
				Object.fromEntries(d.itemKeys.map((k) => [k, 0])) as Record<string, number>;
			return [
				d.key,
				{
					dimensionKey: d.key,
					k: d.itemKeys.length,
					nComplete: 0,
					itemSums: zeros(),
					itemSumSqs: zeros(),
					totalSum: 0,
					totalSumSq: 0
				}
			];
		})
	);
}

function assembleStats(
	layout: Layout,
	chunkRows: ResponseRow[][],
	responseRows: Array<{ group_key: string; n: number }>,
	commentRows: Array<{ section_key: string; group_key: string; text: string }>
): CycleStats {
	const items: ItemGroupStats[] = [];
	const dimensions: DimensionGroupStats[] = [];
	const alpha = emptyAlpha(layout);
	layout.chunks.forEach((chunk, ci) =>
		tallyChunk(chunk, chunkRows[ci] ?? [], items, dimensions, alpha)
	);
	const responses: ResponseCountByGroup[] = responseRows.map((r) => ({
		group: r.group_key,
		n: Number(r.n)
	}));
	const comments: CommentRow[] = [];
	for (const row of commentRows) {
		// Trimmed in JavaScript (not btrim): the same whitespace as statsFromResponses removes.
		const text = row.text.trim();
		if (text !== '') comments.push({ dimensionKey: row.section_key, group: row.group_key, text });
	}
	return normaliseStats({ items, dimensions, alpha: [...alpha.values()], responses, comments });
}
