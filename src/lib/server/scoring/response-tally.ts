/**
 * INTERNAL — tallies the per-response rows of sql.ts into a cycle's per-group statistics.
 * The rows hold each published respondent's coded answers (no response id): they are
 * respondent-level, exist only while one scoring runs, and leave this module only as per-group
 * counts and sums, which the scoring service then makes anonymity-safe (docs/threat-model.md,
 * docs/scoring.md §10). Only sql.ts imports this module (an eslint rule).
 *
 * Tallying here rather than in one SQL aggregate: the aggregate over ~400 columns ran in one
 * PostgreSQL process after the parallel scan and cost more than the scan (issue 18: scoring at
 * 2.2–2.5× one aggregate pass); unpacking 3-bit codes in Node costs a few milliseconds.
 */
import {
	countsLength,
	itemScale,
	type AlphaStats,
	type DimensionGroupStats,
	type ItemGroupStats
} from '$lib/domain/scoring';
import type { ItemKind } from '$lib/domain/instrument/types';

export const ITEMS_PER_WORD = 21;
/**
 * Codes: 0 not answered, 1 don't know, value + 2 for a valid value (values are 0..5); 2 is "not
 * my area" on maturity items, whose values start at 1.
 */
export const DONT_KNOW_CODE = 1;
export const NOT_MY_AREA_CODE = 2;
export const VALUE_OFFSET = 2;

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
export interface Chunk {
	items: ChunkItem[];
	dimensions: ChunkDimension[];
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

export type ResponseRow = { group_key: string; bad: number | string } & Record<string, unknown>;

/** Codes per item (3 bits: 0..7). */
const CODES = 8;
const ITEMS_PER_PART = 7;
const PART_MASK = (1n << 21n) - 1n;

/** One stakeholder group's tallies for one chunk. */
interface GroupTally {
	/** Per item, how many responses have each code. */
	codes: Int32Array;
	/** Per dimension of the chunk: respondents with a mean, Σ and Σ² of their means. */
	n: Float64Array;
	sum: Float64Array;
	sumSq: Float64Array;
}

/** What a code counts as for an item: -1 nothing (not answered, or a code the kind cannot have). */
const DONT_KNOW = -2;
const NOT_MY_AREA = -3;
function codeMeaning(kind: ItemKind): number[] {
	const meaning = new Array<number>(CODES).fill(-1);
	for (const code of codesOf(kind))
		meaning[code] =
			code === DONT_KNOW_CODE
				? DONT_KNOW
				: kind === 'maturity' && code === NOT_MY_AREA_CODE
					? NOT_MY_AREA
					: code - VALUE_OFFSET;
	return meaning;
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** Unpacks a row's words into `codes` (3 bits per item, 21 items per int8 word). */
function readCodes(row: ResponseRow, words: number, codes: Int32Array): void {
	for (let w = 0; w < words; w++) {
		const word = BigInt((row[`w${w}`] as string | null) ?? '0');
		for (let p = 0; p < 3; p++) {
			let part = Number((word >> BigInt(21 * p)) & PART_MASK);
			const base = w * ITEMS_PER_WORD + p * ITEMS_PER_PART;
			for (let k = 0; k < ITEMS_PER_PART; k++, part >>>= 3) codes[base + k] = part & 7;
		}
	}
}

/**
 * Adds one respondent's dimension mean to their group, and, when they answered every item of
 * the dimension, their values to its alpha sums — the arithmetic the SQL aggregate had: a valid
 * maturity value v has code v + 2 (3..7); the mean is total / answered in float8.
 */
function tallyDimensions(
	chunk: Chunk,
	codes: Int32Array,
	group: GroupTally,
	alphaOf: Array<AlphaStats | undefined>
): void {
	chunk.dimensions.forEach((d, di) => {
		if (d.items.length === 0) return;
		let answered = 0;
		let total = 0;
		for (const i of d.items) {
			const code = codes[i]!;
			if (code > NOT_MY_AREA_CODE) {
				answered++;
				total += code - VALUE_OFFSET;
			}
		}
		if (answered > 0) {
			const mean = total / answered;
			group.n[di]!++;
			group.sum[di]! += mean;
			group.sumSq[di]! += mean * mean;
		}
		const a = alphaOf[di];
		if (!a || answered !== d.items.length) return;
		// Integers only: exact in float8, so the order of addition does not matter.
		a.nComplete += 1;
		a.totalSum += total;
		a.totalSumSq += total * total;
		for (const i of d.items) {
			const key = chunk.items[i]!.key;
			const x = codes[i]! - VALUE_OFFSET;
			a.itemSums[key] = (a.itemSums[key] ?? 0) + x;
			a.itemSumSqs[key] = (a.itemSumSqs[key] ?? 0) + x * x;
		}
	});
}

/** A group's item counts and dimension sums in the shapes the domain's statistics take. */
function groupStats(
	chunk: Chunk,
	groupKey: string,
	group: GroupTally,
	items: ItemGroupStats[],
	dimensions: DimensionGroupStats[]
): void {
	chunk.items.forEach((item, i) => {
		const meaning = codeMeaning(item.kind);
		const counts = new Array<number>(countsLength(item.kind)).fill(0);
		let dontKnow = 0;
		let notMyArea = 0;
		let any = 0;
		for (let code = 1; code < CODES; code++) {
			const c = group.codes[i * CODES + code]!;
			const what = meaning[code]!;
			if (c === 0 || what === -1) continue;
			any += c;
			if (what === DONT_KNOW) dontKnow = c;
			else if (what === NOT_MY_AREA) notMyArea = c;
			else counts[what] = c;
		}
		if (any > 0) items.push({ itemKey: item.key, group: groupKey, counts, dontKnow, notMyArea });
	});
	chunk.dimensions.forEach((d, di) => {
		if (group.n[di]! > 0)
			dimensions.push({
				dimensionKey: d.key,
				group: groupKey,
				n: group.n[di]!,
				sum: group.sum[di]!,
				sumSq: group.sumSq[di]!
			});
	});
}

/** Tallies one chunk's per-response rows into per-group statistics and the alpha sums. */
export function tallyChunk(
	chunk: Chunk,
	rows: ResponseRow[],
	items: ItemGroupStats[],
	dimensions: DimensionGroupStats[],
	alpha: Map<string, AlphaStats>
): void {
	const count = chunk.items.length;
	const words = Math.ceil(count / ITEMS_PER_WORD);
	const alphaOf = chunk.dimensions.map((d) => alpha.get(d.key));
	const groups = new Map<string, GroupTally>();
	const codes = new Int32Array(words * ITEMS_PER_WORD);
	const dims = chunk.dimensions.length;
	let bad = 0;
	for (const row of rows) {
		bad += num(row.bad);
		readCodes(row, words, codes);
		let group = groups.get(row.group_key);
		if (!group) {
			group = {
				codes: new Int32Array(count * CODES),
				n: new Float64Array(dims),
				sum: new Float64Array(dims),
				sumSq: new Float64Array(dims)
			};
			groups.set(row.group_key, group);
		}
		for (let i = 0; i < count; i++) group.codes[i * CODES + codes[i]!]!++;
		tallyDimensions(chunk, codes, group, alphaOf);
	}
	if (bad > 0)
		throw new RangeError(`the cycle has ${bad} stored values outside their item's scale`);
	for (const [groupKey, group] of groups) groupStats(chunk, groupKey, group, items, dimensions);
}
