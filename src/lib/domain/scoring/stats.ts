/**
 * Additive sufficient statistics of a cycle's submitted responses.
 *
 * Scoring is split in two so that PostgreSQL can produce the same results with GROUP BY and
 * without shipping answers to Node: (1) these statistics — counts and sums only, so the
 * statistics of a union of response sets are the element-wise sums — and (2) the pure
 * function `scoreCycle` in score.ts from statistics to scores. docs/scoring.md gives the SQL
 * equivalent of every field.
 */
import type { InstrumentDefinition, ItemKind, SectionDefinition } from '../instrument/types';

/** Lowest and highest valid stored value per item kind. */
export const itemScale: Record<ItemKind, { min: number; max: number }> = {
	maturity: { min: 1, max: 5 },
	integration: { min: 0, max: 3 },
	yes_no: { min: 0, max: 1 },
	stakeholder_map: { min: 0, max: 1 }
};

/** Length of `counts` for an item kind: index = stored value (maturity index 0 unused). */
export function countsLength(kind: ItemKind): number {
	return itemScale[kind].max + 1;
}

/** Answer frequencies of one item within one stakeholder group. */
export interface ItemGroupStats {
	itemKey: string;
	group: string;
	/** index = value; length 6 for maturity (index 0 unused), 4 for integration, 2 for yes/no & stakeholder map. */
	counts: number[];
	/** Answers of "don't know" (stored as null); never part of counts. */
	dontKnow: number;
	/** Answers of "not my area" (maturity items of version 2 on); never part of counts. */
	notMyArea: number;
}

/** Respondent-level dimension means of one group, summed. */
export interface DimensionGroupStats {
	dimensionKey: string;
	group: string;
	/** Respondents with at least one valid (1–5) answer in the dimension. */
	n: number;
	/** Σ over those respondents of their mean valid answer in the dimension. */
	sum: number;
	/** Σ of the squares of those respondent means. */
	sumSq: number;
}

/**
 * Sums for Cronbach's alpha of one dimension over the whole cycle, restricted to respondents
 * who gave a valid value to every maturity item of the dimension (listwise deletion).
 */
export interface AlphaStats {
	dimensionKey: string;
	/** Maturity items in the dimension. */
	k: number;
	nComplete: number;
	itemSums: Record<string, number>;
	itemSumSqs: Record<string, number>;
	/** Σ of respondents' total (sum over the k items). */
	totalSum: number;
	totalSumSq: number;
}

/** Submitted responses per stakeholder group. */
export interface ResponseCountByGroup {
	group: string;
	n: number;
}

export interface CommentRow {
	/** Section key the comment was written on. */
	dimensionKey: string;
	group: string;
	text: string;
}

export interface CycleStats {
	items: ItemGroupStats[];
	dimensions: DimensionGroupStats[];
	alpha: AlphaStats[];
	responses: ResponseCountByGroup[];
	comments: CommentRow[];
}

/** How a scoring response holds a "not my area" answer. */
export const NOT_MY_AREA_ANSWER = 'not_my_area';

/** A submitted response as the scorer sees it. */
export interface ScoringResponse {
	id: string;
	group: string;
	/** null = "don't know"; NOT_MY_AREA_ANSWER = "not my area"; a missing key = not answered. */
	answers: Record<string, number | null | typeof NOT_MY_AREA_ANSWER>;
	/** Free-text comment per section key. */
	comments?: Record<string, string>;
}

/** Sections scored as maturity dimensions. */
export function isMaturitySection(section: SectionDefinition): boolean {
	return section.kind === 'building_block' || section.kind === 'governance';
}

/** The maturity items of a dimension (other kinds in such a section are not part of its score). */
export function dimensionItems(section: SectionDefinition) {
	return section.items.filter((i) => i.kind === 'maturity');
}

/** Plain code-unit comparison, the same as PostgreSQL's COLLATE "C", for reproducible order. */
export function compareKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The statistics being summed while responses are read (stats of one response set). */
interface Accumulator {
	/** Keyed by item key and group. */
	items: Map<string, ItemGroupStats>;
	/** Keyed by dimension key and group. */
	dims: Map<string, DimensionGroupStats>;
	alpha: Map<string, AlphaStats>;
	counts: Map<string, number>;
	comments: CommentRow[];
}

/**
 * Compute the statistics of a set of submitted responses in memory.
 * Answers to keys the instrument does not have are ignored (e.g. from an older version);
 * a value outside the item's scale is a data error and throws.
 */
export function statsFromResponses(
	instrument: InstrumentDefinition,
	responses: readonly ScoringResponse[]
): CycleStats {
	const itemKinds = new Map<string, ItemKind>();
	for (const section of instrument.sections) {
		for (const item of section.items) itemKinds.set(item.key, item.kind);
	}
	const sectionKeys = new Set(instrument.sections.map((s) => s.key));
	const dimensions = instrument.sections.filter(isMaturitySection);

	const acc: Accumulator = {
		items: new Map(),
		dims: new Map(),
		alpha: new Map(),
		counts: new Map(),
		comments: []
	};
	for (const section of dimensions) {
		const keys = dimensionItems(section).map((i) => i.key);
		acc.alpha.set(section.key, emptyAlpha(section.key, keys));
	}

	for (const response of responses) {
		acc.counts.set(response.group, (acc.counts.get(response.group) ?? 0) + 1);
		countAnswers(acc, itemKinds, response);
		for (const section of dimensions) addDimensionMean(acc, section, response);
		addComments(acc, sectionKeys, response);
	}

	return normaliseStats({
		items: [...acc.items.values()],
		dimensions: [...acc.dims.values()],
		alpha: [...acc.alpha.values()],
		responses: [...acc.counts].map(([group, n]) => ({ group, n })),
		comments: acc.comments
	});
}

/**
 * Item frequencies: one count per answer, "don't know" and "not my area" apart; a value off the
 * scale, or "not my area" on an item that is not a maturity item, throws.
 */
function countAnswers(
	acc: Accumulator,
	itemKinds: ReadonlyMap<string, ItemKind>,
	response: ScoringResponse
) {
	const group = response.group;
	for (const [itemKey, value] of Object.entries(response.answers)) {
		const kind = itemKinds.get(itemKey);
		if (kind === undefined) continue;
		const id = `${itemKey}\u0000${group}`;
		let row = acc.items.get(id);
		if (!row) {
			row = {
				itemKey,
				group,
				counts: new Array<number>(countsLength(kind)).fill(0),
				dontKnow: 0,
				notMyArea: 0
			};
			acc.items.set(id, row);
		}
		if (value === null) {
			row.dontKnow++;
			continue;
		}
		if (value === NOT_MY_AREA_ANSWER) {
			if (kind !== 'maturity')
				throw new RangeError(`response ${response.id}: ${itemKey} is not a maturity item`);
			row.notMyArea++;
			continue;
		}
		const { min, max } = itemScale[kind];
		if (!Number.isInteger(value) || value < min || value > max) {
			throw new RangeError(
				`response ${response.id}: ${itemKey} = ${value} is outside ${min}..${max}`
			);
		}
		row.counts[value] = (row.counts[value] ?? 0) + 1;
	}
}

/**
 * The respondent's mean valid answer in one dimension, if they gave any; and, when they answered
 * every item of it, their answers' sums for Cronbach's alpha (listwise deletion).
 */
function addDimensionMean(acc: Accumulator, section: SectionDefinition, response: ScoringResponse) {
	const group = response.group;
	const keys = dimensionItems(section).map((i) => i.key);
	const valid: number[] = [];
	for (const key of keys) {
		const v = response.answers[key];
		if (typeof v === 'number') valid.push(v);
	}
	if (valid.length === 0) return;
	let total = 0;
	for (const v of valid) total += v;
	// total / count: the SQL side uses sum(value)::float8 / count(*) for the same bits.
	const m = total / valid.length;
	const id = `${section.key}\u0000${group}`;
	let row = acc.dims.get(id);
	if (!row) {
		row = { dimensionKey: section.key, group, n: 0, sum: 0, sumSq: 0 };
		acc.dims.set(id, row);
	}
	row.n++;
	row.sum += m;
	row.sumSq += m * m;

	if (valid.length === keys.length) {
		const a = acc.alpha.get(section.key) as AlphaStats;
		a.nComplete++;
		for (const key of keys) {
			const v = response.answers[key] as number;
			a.itemSums[key] = (a.itemSums[key] ?? 0) + v;
			a.itemSumSqs[key] = (a.itemSumSqs[key] ?? 0) + v * v;
		}
		a.totalSum += total;
		a.totalSumSq += total * total;
	}
}

/** Non-blank comments on sections the instrument has. */
function addComments(
	acc: Accumulator,
	sectionKeys: ReadonlySet<string>,
	response: ScoringResponse
) {
	for (const [sectionKey, raw] of Object.entries(response.comments ?? {})) {
		const text = raw.trim();
		if (text === '' || !sectionKeys.has(sectionKey)) continue;
		acc.comments.push({ dimensionKey: sectionKey, group: response.group, text });
	}
}

function emptyAlpha(dimensionKey: string, keys: readonly string[]): AlphaStats {
	const zeros = () => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
	return {
		dimensionKey,
		k: keys.length,
		nComplete: 0,
		itemSums: zeros(),
		itemSumSqs: zeros(),
		totalSum: 0,
		totalSumSq: 0
	};
}

/** Sort every list into a canonical order so two equal statistics compare equal. */
export function normaliseStats(stats: CycleStats): CycleStats {
	const byItem = (a: ItemGroupStats, b: ItemGroupStats) =>
		compareKeys(a.itemKey, b.itemKey) || compareKeys(a.group, b.group);
	const byDim = (a: DimensionGroupStats, b: DimensionGroupStats) =>
		compareKeys(a.dimensionKey, b.dimensionKey) || compareKeys(a.group, b.group);
	return {
		items: [...stats.items].sort(byItem),
		dimensions: [...stats.dimensions].sort(byDim),
		alpha: [...stats.alpha].sort((a, b) => compareKeys(a.dimensionKey, b.dimensionKey)),
		responses: [...stats.responses].sort((a, b) => compareKeys(a.group, b.group)),
		comments: [...stats.comments].sort(
			(a, b) =>
				compareKeys(a.dimensionKey, b.dimensionKey) ||
				compareKeys(a.group, b.group) ||
				compareKeys(a.text, b.text)
		)
	};
}

/**
 * Sum statistics of disjoint response sets (e.g. per-group SQL partials, or two batches).
 * statsFromResponses(i, a ∪ b) equals mergeStats(statsFromResponses(i, a), statsFromResponses(i, b))
 * up to floating-point rounding of the sums.
 */
export function mergeStats(...parts: readonly CycleStats[]): CycleStats {
	const items = new Map<string, ItemGroupStats>();
	const dims = new Map<string, DimensionGroupStats>();
	const alpha = new Map<string, AlphaStats>();
	const counts = new Map<string, number>();
	const comments: CommentRow[] = [];

	for (const part of parts) {
		for (const r of part.items) {
			const id = `${r.itemKey}\u0000${r.group}`;
			const acc = items.get(id);
			if (!acc) {
				items.set(id, { ...r, counts: [...r.counts] });
				continue;
			}
			const len = Math.max(acc.counts.length, r.counts.length);
			for (let i = 0; i < len; i++) acc.counts[i] = (acc.counts[i] ?? 0) + (r.counts[i] ?? 0);
			acc.dontKnow += r.dontKnow;
			acc.notMyArea += r.notMyArea;
		}
		for (const r of part.dimensions) {
			const id = `${r.dimensionKey}\u0000${r.group}`;
			const acc = dims.get(id);
			if (!acc) {
				dims.set(id, { ...r });
				continue;
			}
			acc.n += r.n;
			acc.sum += r.sum;
			acc.sumSq += r.sumSq;
		}
		for (const r of part.alpha) {
			const acc = alpha.get(r.dimensionKey);
			if (!acc) {
				alpha.set(r.dimensionKey, {
					...r,
					itemSums: { ...r.itemSums },
					itemSumSqs: { ...r.itemSumSqs }
				});
				continue;
			}
			if (acc.k !== r.k) {
				throw new Error(`cannot merge alpha statistics of ${r.dimensionKey}: k ${acc.k} vs ${r.k}`);
			}
			acc.nComplete += r.nComplete;
			for (const [k, v] of Object.entries(r.itemSums)) acc.itemSums[k] = (acc.itemSums[k] ?? 0) + v;
			for (const [k, v] of Object.entries(r.itemSumSqs))
				acc.itemSumSqs[k] = (acc.itemSumSqs[k] ?? 0) + v;
			acc.totalSum += r.totalSum;
			acc.totalSumSq += r.totalSumSq;
		}
		for (const r of part.responses) counts.set(r.group, (counts.get(r.group) ?? 0) + r.n);
		comments.push(...part.comments);
	}

	return normaliseStats({
		items: [...items.values()],
		dimensions: [...dims.values()],
		alpha: [...alpha.values()],
		responses: [...counts].map(([group, n]) => ({ group, n })),
		comments
	});
}
