/**
 * INTERNAL — the SQL path of scoring: a cycle's sufficient statistics (docs/scoring.md §10)
 * computed with GROUP BY in PostgreSQL / PGlite, without loading answers into Node.
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
	countsLength,
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
import type { ItemKind } from '$lib/domain/instrument/types';

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
 * 2. Join to `response` (published, organisation, cycle) on those few thousand rows only, unpack
 *    each item's code, and derive per respondent and dimension the valid maturity values, how
 *    many were answered and their total.
 * 3. One aggregate per stakeholder group: item × code counts, per dimension n / Σm / Σm² of the
 *    respondent means m = total::float8 / answered (the same division as the TypeScript path),
 *    and, over respondents who answered every item of the dimension, their count, Σ and Σ² of
 *    totals and Σ / Σ² per item (Cronbach's alpha).
 *
 * Steps 2 and 3 are nested subqueries fenced with OFFSET 0, so each unpacked code and per-dimension
 * sum is computed once per respondent (not inlined into every aggregate that reads it) and flows
 * row by row into the aggregate. They were MATERIALIZED CTEs, whose rows (about 800 bytes per
 * respondent) went through tuplestores that spill past work_mem: a fifth of the statement's time
 * on 5,000 respondents (issue 18).
 *
 * Items are not joined to instrument_item: Node passes the loaded (already scoped) instrument's
 * item ids as an array; the join to it maps ids to positions and drops answers to items of any
 * other instrument. $1 = organisation, $2 = cycle, in every WHERE clause.
 */

const ITEMS_PER_WORD = 21;
/** Items per statement: keeps the generated SELECT well below PostgreSQL's 1,664 columns. */
const ITEMS_PER_STATEMENT = 120;
/**
 * Codes: 0 not answered, 1 don't know, value + 2 for a valid value (values are 0..5); 2 is "not
 * my area" on maturity items, whose values start at 1.
 */
const DONT_KNOW_CODE = 1;
const NOT_MY_AREA_CODE = 2;
const VALUE_OFFSET = 2;

interface ChunkItem {
	id: string;
	key: string;
	kind: ItemKind;
}
interface ChunkDimension {
	key: string;
	/** Indexes into the chunk's items of the dimension's maturity items. */
	items: number[];
}
/** Sections scored together in one statement. */
interface Chunk {
	items: ChunkItem[];
	dimensions: ChunkDimension[];
}

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
 * Codes an item can have besides 0 (not answered): don't know, not my area (maturity items), and
 * its valid values + 2.
 */
function codesOf(kind: ItemKind): number[] {
	const { min, max } = itemScale[kind];
	const codes: number[] =
		kind === 'maturity' ? [DONT_KNOW_CODE, NOT_MY_AREA_CODE] : [DONT_KNOW_CODE];
	for (let v = min; v <= max; v++) codes.push(v + VALUE_OFFSET);
	return codes;
}

/**
 * Item counts are summed as packed one-hot bigints: three codes per sum in 21-bit fields
 * (sum(bigint) is exact: a 128-bit or numeric accumulator, numeric result), so a group may
 * have up to 2,097,151 responses (checked).
 */
const COUNT_FIELD_BITS = 21n;
const COUNT_FIELD_MAX = (1 << 21) - 1;

/** The codes of an item in the triples that are summed together. */
function codeTriples(kind: ItemKind): number[][] {
	const codes = codesOf(kind);
	const triples: number[][] = [];
	for (let i = 0; i < codes.length; i += 3) triples.push(codes.slice(i, i + 3));
	return triples;
}

/** The statement for one chunk; $3..$7 = item ids, words, shifts, scale minimum and maximum. */
function chunkSql(chunk: Chunk): string {
	const words = Math.ceil(chunk.items.length / ITEMS_PER_WORD);
	const packed: string[] = [];
	for (let w = 0; w < words; w++) {
		packed.push(`coalesce(bit_or(code << m.shift) FILTER (WHERE m.word = ${w}), 0) AS w${w}`);
	}
	// Words are never null (coalesced in `per`), so unpacking is a shift and a mask.
	const unpack = chunk.items.map(
		(_, i) =>
			`((per.w${Math.floor(i / ITEMS_PER_WORD)} >> ${3 * (i % ITEMS_PER_WORD)}) & 7) AS c${i}`
	);
	// A valid maturity value v (1..5) has code v + 2 (3..7); don't know and not answered are below 3.
	const minMaturityCode = 1 + VALUE_OFFSET;
	const perDimension: string[] = [];
	const aggregates: string[] = ['coalesce(sum(bad), 0)::int AS bad', 'count(*)::int AS responses'];
	chunk.items.forEach((item, i) => {
		codeTriples(item.kind).forEach((triple, t) => {
			const cases = triple
				.map((code, f) => `WHEN ${code} THEN ${1n << (COUNT_FIELD_BITS * BigInt(f))}::int8`)
				.join(' ');
			aggregates.push(`sum(CASE c${i} ${cases} ELSE 0::int8 END)::text AS n${i}_${t}`);
		});
	});
	chunk.dimensions.forEach((d, di) => {
		if (d.items.length === 0) return;
		perDimension.push(
			`(${d.items.map((i) => `(c${i} >= ${minMaturityCode})::int`).join(' + ')}) AS a${di}`,
			`(${d.items.map((i) => `greatest(c${i} - ${VALUE_OFFSET}, 0)`).join(' + ')})::int AS t${di}`
		);
		const complete = `a${di} = ${d.items.length}`;
		aggregates.push(
			`(count(*) FILTER (WHERE a${di} > 0))::int AS dn${di}`,
			`sum(t${di}::float8 / a${di}) FILTER (WHERE a${di} > 0) AS ds${di}`,
			`sum((t${di}::float8 / a${di}) * (t${di}::float8 / a${di})) FILTER (WHERE a${di} > 0) AS dq${di}`,
			`(count(*) FILTER (WHERE ${complete}))::int AS nc${di}`,
			`(sum(t${di}) FILTER (WHERE ${complete}))::float8 AS ts${di}`,
			`(sum(t${di} * t${di}) FILTER (WHERE ${complete}))::float8 AS tq${di}`
		);
		// Over the complete respondents (every code ≥ 3): Σx in the low 32 bits, Σx² above.
		for (const i of d.items) {
			const x = `(c${i} - ${VALUE_OFFSET})`;
			aggregates.push(
				`sum(CASE WHEN ${complete} THEN ${x} + ((${x} * ${x}) << 32) END)::text AS sq${i}`
			);
		}
	});
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
	SELECT group_key${list(aggregates)}
	FROM (
	  SELECT c.*${list(perDimension)}
	  FROM (
	    SELECT r.group_key, per.bad${list(unpack)}
	    FROM per
	    JOIN response r ON r.id = per.response_id
	    WHERE r.cycle_id = $2 AND r.organisation_id = $1 AND r.published_in IS NOT NULL
	    OFFSET 0
	  ) c
	  OFFSET 0
	) d
	GROUP BY group_key`;
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

type GroupRow = { group_key: string } & Record<string, number | string | null>;

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
			handle.rows<GroupRow>(chunkSql(chunk), [...scope, ...chunkParams(chunk)])
		)
	]);
	return assembleStats(layout, chunkRows, responseRows, commentRows);
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

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

function checkRow(row: GroupRow): void {
	if (num(row.bad) > 0) {
		throw new RangeError(`the cycle has ${num(row.bad)} stored values outside their item's scale`);
	}
	if (num(row.responses) > COUNT_FIELD_MAX) {
		throw new RangeError(`group ${row.group_key} has more than ${COUNT_FIELD_MAX} responses`);
	}
}

/** Unpacks one group row's bit-packed answer counts into per-item tallies. */
function itemStatsOfRow(chunk: Layout['chunks'][number], row: GroupRow, out: ItemGroupStats[]) {
	chunk.items.forEach((item, i) => {
		const counts = new Array<number>(countsLength(item.kind)).fill(0);
		let dontKnow = 0;
		let notMyArea = 0;
		let any = 0;
		codeTriples(item.kind).forEach((triple, t) => {
			const packedCounts = BigInt((row[`n${i}_${t}`] as string | null) ?? '0');
			triple.forEach((code, f) => {
				const c = Number(
					(packedCounts >> (COUNT_FIELD_BITS * BigInt(f))) & BigInt(COUNT_FIELD_MAX)
				);
				any += c;
				if (code === DONT_KNOW_CODE) dontKnow = c;
				else if (item.kind === 'maturity' && code === NOT_MY_AREA_CODE) notMyArea = c;
				else counts[code - VALUE_OFFSET] = c;
			});
		});
		if (any > 0) out.push({ itemKey: item.key, group: row.group_key, counts, dontKnow, notMyArea });
	});
}

/** One group row's dimension sums, and its share of each dimension's alpha sums. */
function dimensionStatsOfRow(
	chunk: Layout['chunks'][number],
	row: GroupRow,
	out: DimensionGroupStats[],
	alpha: Map<string, AlphaStats>
) {
	chunk.dimensions.forEach((d, di) => {
		if (d.items.length === 0) return;
		const n = num(row[`dn${di}`]);
		if (n > 0)
			out.push({
				dimensionKey: d.key,
				group: row.group_key,
				n,
				sum: num(row[`ds${di}`]),
				sumSq: num(row[`dq${di}`])
			});
		const a = alpha.get(d.key);
		if (!a) return;
		// Alpha sums are sums of integers, exact in float8: adding the groups' partial
		// sums in any order gives what the in-memory path gives.
		a.nComplete += num(row[`nc${di}`]);
		a.totalSum += num(row[`ts${di}`]);
		a.totalSumSq += num(row[`tq${di}`]);
		for (const i of d.items) {
			const key = chunk.items[i]!.key;
			const sq = BigInt((row[`sq${i}`] as string | null) ?? '0');
			a.itemSums[key] = (a.itemSums[key] ?? 0) + Number(sq & 0xffffffffn);
			a.itemSumSqs[key] = (a.itemSumSqs[key] ?? 0) + Number(sq >> 32n);
		}
	});
}

function assembleStats(
	layout: Layout,
	chunkRows: GroupRow[][],
	responseRows: Array<{ group_key: string; n: number }>,
	commentRows: Array<{ section_key: string; group_key: string; text: string }>
): CycleStats {
	const items: ItemGroupStats[] = [];
	const dimensions: DimensionGroupStats[] = [];
	const alpha = emptyAlpha(layout);
	layout.chunks.forEach((chunk, ci) => {
		for (const row of chunkRows[ci] ?? []) {
			checkRow(row);
			itemStatsOfRow(chunk, row, items);
			dimensionStatsOfRow(chunk, row, dimensions, alpha);
		}
	});
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
