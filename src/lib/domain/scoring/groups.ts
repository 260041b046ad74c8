/**
 * Group figures of a dimension (docs/scoring.md §8.2, §8.3): one cell per stakeholder group, each
 * shown only on enough people of the group and withheld too where the whole-cycle figures minus
 * the shown cells would reveal a few people (complementary suppression); and the perception gap
 * between the shown cells (§3).
 */
import type { GroupDisclosure } from './anonymity';
import { mean, sampleSdFromSums, tQuantile975 } from './math';
import { cellComplementaryReason, fewDimensionPeopleReason } from './options';
import { compareKeys } from './stats';
import { tallyMean, type ItemTallies } from './tally';
import type { GroupDimensionScore, PerceptionGap } from './types';

/** Cell of one group in one dimension while the group figures are decided. */
interface CellDraft {
	group: string;
	/** Respondents of the group with ≥ 1 level in the dimension. */
	n: number;
	/** The dimension's items entering the cell: ≥ threshold levels in the group. */
	items: Map<string, { n: number; mean: number }>;
	withheld: string | null;
}

/** What the group cells of one dimension rest on. */
export interface DimensionGroupInput {
	groups: readonly GroupDisclosure[];
	/** The dimension's maturity item keys. */
	itemKeys: readonly string[];
	/** Shown items of the dimension (whole cycle) and how many people gave them a level. */
	shownItemN: ReadonlyMap<string, number>;
	tallies: ItemTallies;
	/** Respondents of a group with ≥ 1 level in the dimension. */
	groupN: (group: string) => number;
	/** Σ and Σ² of the group's respondent means in the dimension (for the gap's margin). */
	groupSums: (group: string) => { n: number; sum: number; sumSq: number } | undefined;
	threshold: number;
}

/**
 * Group cells of one dimension (docs/scoring.md §8, "Every figure"). A cell of a shown group is
 * shown when at least `threshold` of the group's respondents gave a level in the dimension and
 * at least one item has `threshold` levels in the group; its mean is over those items only.
 * Complementary suppression per item: whole-cycle item minus the shown cells that include it
 * must leave 0 or at least `threshold` people, else the smallest shown cell including the item
 * is withheld too (ties by group key), until that holds for every shown item.
 */
function groupCells(input: DimensionGroupInput): CellDraft[] {
	const { itemKeys, shownItemN, tallies, groupN, threshold } = input;
	const cells: CellDraft[] = input.groups.map((g) => {
		const items = new Map<string, { n: number; mean: number }>();
		if (g.withheld !== null) return { group: g.group, n: 0, items, withheld: g.withheld };
		for (const key of itemKeys) {
			if (!shownItemN.has(key)) continue;
			const t = tallies.ofGroup(g.group, key);
			if (!t) continue;
			const s = tallyMean('maturity', t.counts);
			if (s.mean !== null && s.n >= threshold) items.set(key, { n: s.n, mean: s.mean });
		}
		const n = groupN(g.group);
		const withheld = n < threshold || items.size === 0 ? fewDimensionPeopleReason(threshold) : null;
		return { group: g.group, n, items, withheld };
	});
	suppressComplementaryCells(cells, itemKeys, shownItemN, threshold);
	return cells;
}

/** A shown item whose people outside the shown cells number between 1 and threshold − 1. */
function differencedItem(
	cells: readonly CellDraft[],
	itemKeys: readonly string[],
	shownItemN: ReadonlyMap<string, number>,
	threshold: number
): string | null {
	for (const key of itemKeys) {
		const whole = shownItemN.get(key);
		if (whole === undefined) continue;
		let covered = 0;
		for (const c of cells) if (c.withheld === null) covered += c.items.get(key)?.n ?? 0;
		const residual = whole - covered;
		if (residual > 0 && residual < threshold) return key;
	}
	return null;
}

/** Withhold the smallest shown cell of a differenced item until no item is differenced (§8.3). */
function suppressComplementaryCells(
	cells: CellDraft[],
	itemKeys: readonly string[],
	shownItemN: ReadonlyMap<string, number>,
	threshold: number
): void {
	for (;;) {
		const key = differencedItem(cells, itemKeys, shownItemN, threshold);
		if (key === null) return;
		const next = cells
			.filter((c) => c.withheld === null && c.items.has(key))
			.sort(
				(a, b) =>
					(a.items.get(key)?.n ?? 0) - (b.items.get(key)?.n ?? 0) || compareKeys(a.group, b.group)
			)[0];
		// Cannot happen: a shown item has ≥ threshold levels, so a residual below the threshold
		// means some shown cell includes it. Withhold every cell rather than loop.
		if (!next) {
			for (const c of cells)
				if (c.withheld === null) c.withheld = cellComplementaryReason(threshold);
			return;
		}
		next.withheld = cellComplementaryReason(threshold);
	}
}

/** A shown group's score and the half-width of its 95% interval (null when it cannot be shown). */
interface ShownGroup {
	group: string;
	mean: number;
	half: number | null;
}

/**
 * Half-width of a group's 95% interval, t(0.975, n − 1) · sd / √n of its respondent means — only
 * when every item the group gave a level to is in its cell: a respondent mean carries all of a
 * respondent's answers, and an item with fewer than `threshold` levels in the group must not
 * leak through its spread (the same rule as the whole cycle's interval, §3).
 */
function groupHalfWidth(input: DimensionGroupInput, cell: CellDraft): number | null {
	for (const key of input.itemKeys) {
		const t = input.tallies.ofGroup(cell.group, key);
		const levels = t ? tallyMean('maturity', t.counts).n : 0;
		if (levels > 0 && !cell.items.has(key)) return null;
	}
	const sums = input.groupSums(cell.group);
	if (!sums || sums.n < 2) return null;
	const sd = sampleSdFromSums(sums.n, sums.sum, sums.sumSq);
	return sd === null ? null : (tQuantile975(sums.n - 1) * sd) / Math.sqrt(sums.n);
}

/**
 * Largest minus smallest shown group score, the two groups named (ties by group key), with the
 * margin √(h_high² + h_low²) of the two groups' half-widths: the gap "stands out" when it is larger.
 */
function perceptionGap(shownMeans: ShownGroup[], threshold: number): PerceptionGap {
	if (shownMeans.length < 2) {
		return {
			withheld: `fewer than two stakeholder groups with figures shown (each needs at least ${threshold} people giving a level)`
		};
	}
	shownMeans.sort((a, b) => b.mean - a.mean || compareKeys(a.group, b.group));
	const high = shownMeans[0] as ShownGroup;
	const low = shownMeans[shownMeans.length - 1] as ShownGroup;
	const value = high.mean - low.mean;
	const margin =
		high.half !== null && low.half !== null ? Math.sqrt(high.half ** 2 + low.half ** 2) : null;
	return {
		value,
		highGroup: high.group,
		lowGroup: low.group,
		margin,
		standsOut: margin === null ? null : value > margin
	};
}

/**
 * The group figures of one dimension. Per group: the same item-mean formula as the whole, on the
 * group's answers only, over the items with at least `threshold` levels in the group;
 * complementary suppression. A withheld dimension withholds every cell, with its reason.
 */
export function scoreDimensionGroups(
	input: DimensionGroupInput,
	dimension: { shown: boolean; withheld: string | null }
): { groups: GroupDimensionScore[]; perceptionGap: PerceptionGap } {
	const cells = dimension.shown
		? groupCells(input)
		: input.groups.map((g) => ({
				group: g.group,
				n: 0,
				items: new Map<string, { n: number; mean: number }>(),
				withheld: g.withheld ?? dimension.withheld ?? 'no answers in this dimension'
			}));
	const groups: GroupDimensionScore[] = [];
	const shownMeans: ShownGroup[] = [];
	for (const c of cells) {
		if (c.withheld !== null) {
			groups.push({ group: c.group, withheld: c.withheld });
			continue;
		}
		const gMean = mean([...c.items.values()].map((x) => x.mean));
		groups.push({ group: c.group, mean: gMean, n: c.n });
		if (gMean !== null)
			shownMeans.push({ group: c.group, mean: gMean, half: groupHalfWidth(input, c) });
	}
	return { groups, perceptionGap: perceptionGap(shownMeans, input.threshold) };
}
