/**
 * From sufficient statistics (stats.ts) to the scores shown on the dashboard and in reports.
 * Pure and deterministic: the same statistics always give the same scores, whichever path
 * (in-memory or SQL) produced them. Anonymity is enforced here, so no caller can forget it.
 * Method and formulas: docs/scoring.md.
 */
import type { InstrumentDefinition, ItemKind, SectionKind } from '../instrument/types';
import { maturityLevels } from '../instrument/types';
import { decideDisclosure, MIN_ANONYMITY_THRESHOLD, type GroupDisclosure } from './anonymity';
import {
	consensus,
	maturityLevelOf,
	mean,
	sampleSdFromSums,
	sampleVarianceFromSums,
	summariseCounts,
	tQuantile975,
	to100
} from './math';
import {
	compareKeys,
	countsLength,
	dimensionItems,
	isMaturitySection,
	itemScale,
	type AlphaStats,
	type CycleStats
} from './stats';

export const DEFAULT_ANONYMITY_THRESHOLD = 5;
export { MIN_ANONYMITY_THRESHOLD };
/** Comments are free text, easier to attribute than a number: a higher default than the numeric one. */
export const DEFAULT_COMMENT_THRESHOLD = 8;
/** The comment threshold is never below this, nor below the cycle's anonymity threshold. */
export const MIN_COMMENT_THRESHOLD = 5;
/** Cronbach's alpha is reported only on at least this many complete responses. */
export const ALPHA_MIN_COMPLETE = 10;
/** Strongest / weakest list length. */
export const RANKED_ITEMS = 5;

export interface ScoreOptions {
	/** Target score (1–5) per dimension key. */
	targets?: Record<string, number>;
	/** Dimension keys left out of this cycle; excluded from every score, including the index. */
	notApplicable?: readonly string[];
	/**
	 * Minimum people behind any figure: responses for a group (and the cycle), people giving a
	 * level for an item, a dimension, a group cell. Default 5; never below 3 (`MIN_ANONYMITY_THRESHOLD`).
	 */
	anonymityThreshold?: number;
	/**
	 * Minimum comments on a section before any of them is shown. Default 8; never below 5 nor
	 * below the anonymity threshold (`effectiveThresholds`).
	 */
	commentThreshold?: number;
}

/**
 * The thresholds `scoreCycle` applies, whatever was stored: the anonymity threshold is at least 3,
 * the comment threshold at least 5 and at least the anonymity threshold. A missing or non-finite
 * value takes the default.
 */
export function effectiveThresholds(
	options: Pick<ScoreOptions, 'anonymityThreshold' | 'commentThreshold'>
): {
	anonymityThreshold: number;
	commentThreshold: number;
} {
	const whole = (x: number | undefined, fallback: number) =>
		typeof x === 'number' && Number.isFinite(x) ? Math.ceil(x) : fallback;
	const anonymityThreshold = Math.max(
		MIN_ANONYMITY_THRESHOLD,
		whole(options.anonymityThreshold, DEFAULT_ANONYMITY_THRESHOLD)
	);
	const commentThreshold = Math.max(
		MIN_COMMENT_THRESHOLD,
		anonymityThreshold,
		whole(options.commentThreshold, DEFAULT_COMMENT_THRESHOLD)
	);
	return { anonymityThreshold, commentThreshold };
}

/** Reason an item, function or yes/no figure is withheld. */
export const fewPeopleReason = (threshold: number) =>
	`fewer than ${threshold} people gave an answer other than “don’t know”`;
/** Reason a dimension (or a group's cell of it) is withheld. */
export const fewDimensionPeopleReason = (threshold: number) =>
	`fewer than ${threshold} people gave an answer other than “don’t know” in this dimension`;
/** Reason a group cell is withheld to stop differencing against the whole-cycle figures. */
export const cellComplementaryReason = (threshold: number) =>
	`withheld so that fewer than ${threshold} people’s answers cannot be worked out from the totals`;

/** A figure that is not shown, with the reason in plain words. */
export interface Withheld {
	withheld: string;
}

export function isWithheld(x: unknown): x is Withheld {
	return typeof x === 'object' && x !== null && typeof (x as Withheld).withheld === 'string';
}

export interface DistributionEntry {
	value: number;
	count: number;
	/** count / valid answers; null when there are none. */
	share: number | null;
}

export interface ItemScore {
	key: string;
	dimensionKey: string;
	text: string;
	/** Valid (1–5) answers: a count, always shown. */
	n: number;
	/** Null when nobody gave a level, or withheld (fewer than the threshold did). */
	mean: number | null;
	sd: number | null;
	/**
	 * don't know / (valid + don't know); null when fewer than the threshold answered the item at
	 * all (valid or don't know).
	 */
	dontKnowShare: number | null;
	/** Empty when withheld. */
	distribution: DistributionEntry[];
	/** Tastle–Wierman consensus, 0–1. */
	agreement: number | null;
	/** Why mean, sd, distribution and agreement are not shown (fewer than the threshold gave a level); null when shown or nobody answered. */
	withheld: string | null;
}

export type GroupDimensionScore =
	{ group: string; mean: number | null; n: number } | { group: string; withheld: string };

export type AlphaResult = { value: number; n: number } | Withheld;
export type PerceptionGap = { value: number; highGroup: string; lowGroup: string } | Withheld;

export interface DimensionScore {
	key: string;
	kind: Extract<SectionKind, 'building_block' | 'governance'>;
	title: string;
	notApplicable: boolean;
	/**
	 * Why the dimension's figures are not shown: fewer than the threshold gave a level in it, or
	 * none of its items is shown. Null when shown, not applicable, or nobody answered it.
	 */
	withheld: string | null;
	/** Maturity items whose mean is shown and enters the score. */
	itemsScored: number;
	/** Mean of the dimension's shown item means, 1–5. */
	score: number | null;
	score100: number | null;
	level: number | null;
	/** Respondents with ≥ 1 valid answer in the dimension. */
	n: number;
	/**
	 * Mean of respondent-level dimension means; the centre of ci95. Shown only when every item of
	 * the dimension that anyone answered is shown (a respondent mean would otherwise carry answers
	 * to a withheld item).
	 */
	respondentMean: number | null;
	/** Sample SD of respondent-level dimension means. */
	sd: number | null;
	/** Mean of the shown items' consensus. */
	agreement: number | null;
	/** Pooled over the items whose own don't-know share is shown. */
	dontKnowShare: number | null;
	ci95: { low: number; high: number } | null;
	alpha: AlphaResult;
	target: number | null;
	gapToTarget: number | null;
	perceptionGap: PerceptionGap;
	groups: GroupDimensionScore[];
}

export interface IntegrationFunctionScore {
	key: string;
	text: string;
	/** Valid (0–3) ratings: a count, always shown. */
	n: number;
	/** Share rating it consulted (2) or integrated (3). */
	share: number | null;
	/** Mean rating 0–3. */
	mean: number | null;
	dontKnowShare: number | null;
	/** Empty when withheld. */
	distribution: DistributionEntry[];
	/** Why share, mean and distribution are not shown; null when shown or nobody rated. */
	withheld: string | null;
}

export interface BinaryItemScore {
	key: string;
	sectionKey: string;
	text: string;
	n: number;
	/** Share answering yes (1). */
	share: number | null;
	dontKnowShare: number | null;
	/** Why the share is not shown; null when shown or nobody answered. */
	withheld: string | null;
}

export interface RankedItem {
	key: string;
	dimensionKey: string;
	text: string;
	mean: number;
	n: number;
}

export interface ShownComment {
	text: string;
	/** Present only when the group's figures are shown. */
	group?: string;
}

export type DimensionComments =
	| { dimensionKey: string; count: number; comments: ShownComment[] }
	| { dimensionKey: string; count: number; withheld: string };

export interface OverallScore {
	/** Mean of the applicable dimensions' scores, 1–5. */
	index: number | null;
	index100: number | null;
	level: number | null;
	levelName: string | null;
	respondents: number;
	dimensionsScored: number;
}

interface CycleScoresBase {
	instrument: { name: string; version: number };
	anonymityThreshold: number;
	commentThreshold: number;
	/** Submitted responses in the cycle. */
	respondents: number;
	groups: GroupDisclosure[];
}

export interface CycleScoresWithheld extends CycleScoresBase {
	status: 'withheld';
	withheld: string;
}

export interface CycleScoresScored extends CycleScoresBase {
	status: 'scored';
	overall: OverallScore;
	dimensions: DimensionScore[];
	items: ItemScore[];
	integration: {
		functions: IntegrationFunctionScore[];
		overall: { share: number | null; mean: number | null; functions: number };
	};
	reference: BinaryItemScore[];
	stakeholderMap: BinaryItemScore[];
	comments: DimensionComments[];
	strongest: RankedItem[];
	weakest: RankedItem[];
}

export type CycleScores = CycleScoresScored | CycleScoresWithheld;

interface Tally {
	counts: number[];
	dontKnow: number;
}

function addTally(into: Tally, counts: readonly number[], dontKnow: number) {
	for (let i = 0; i < counts.length; i++) into.counts[i] = (into.counts[i] ?? 0) + (counts[i] ?? 0);
	into.dontKnow += dontKnow;
}

function distribution(kind: ItemKind, counts: readonly number[]): DistributionEntry[] {
	const { min, max } = itemScale[kind];
	let n = 0;
	for (let v = min; v <= max; v++) n += counts[v] ?? 0;
	const out: DistributionEntry[] = [];
	for (let v = min; v <= max; v++) {
		const count = counts[v] ?? 0;
		out.push({ value: v, count, share: n > 0 ? count / n : null });
	}
	return out;
}

function validCount(kind: ItemKind, counts: readonly number[]): number {
	const { min, max } = itemScale[kind];
	let n = 0;
	for (let v = min; v <= max; v++) n += counts[v] ?? 0;
	return n;
}

/** Mean over the values min..max only (maturity index 0 is never a valid value). */
function tallyMean(
	kind: ItemKind,
	counts: readonly number[]
): { n: number; mean: number | null; sd: number | null } {
	const { min } = itemScale[kind];
	const trimmed = counts.map((c, v) => (v < min ? 0 : c));
	return summariseCounts(trimmed);
}

function dontKnowShare(n: number, dontKnow: number): number | null {
	return n + dontKnow > 0 ? dontKnow / (n + dontKnow) : null;
}

function alphaOf(
	a: AlphaStats | undefined,
	itemKeys: readonly string[],
	threshold: number
): AlphaResult {
	const k = itemKeys.length;
	if (k < 2) return { withheld: 'needs at least two items' };
	const minimum = Math.max(ALPHA_MIN_COMPLETE, threshold);
	if (!a || a.nComplete < minimum) {
		return {
			withheld: `fewer than ${minimum} respondents answered every item (${a?.nComplete ?? 0})`
		};
	}
	const n = a.nComplete;
	let itemVarSum = 0;
	for (const key of itemKeys) {
		itemVarSum += sampleVarianceFromSums(n, a.itemSums[key] ?? 0, a.itemSumSqs[key] ?? 0) ?? 0;
	}
	const totalVar = sampleVarianceFromSums(n, a.totalSum, a.totalSumSq) ?? 0;
	if (totalVar <= 1e-12) return { withheld: 'total scores do not vary' };
	// Cronbach (1951): α = k/(k−1) · (1 − Σ s²_i / s²_total)
	return { value: (k / (k - 1)) * (1 - itemVarSum / totalVar), n };
}

/** Cell of one group in one dimension while the group figures are decided. */
interface CellDraft {
	group: string;
	/** Respondents of the group with ≥ 1 level in the dimension. */
	n: number;
	/** The dimension's items entering the cell: ≥ threshold levels in the group. */
	items: Map<string, { n: number; mean: number }>;
	withheld: string | null;
}

/**
 * Group cells of one dimension (docs/scoring.md §8, "Every figure"). A cell of a shown group is
 * shown when at least `threshold` of the group's respondents gave a level in the dimension and
 * at least one item has `threshold` levels in the group; its mean is over those items only.
 * Complementary suppression per item: whole-cycle item minus the shown cells that include it
 * must leave 0 or at least `threshold` people, else the smallest shown cell including the item
 * is withheld too (ties by group key), until that holds for every shown item.
 */
function groupCells(
	groups: readonly GroupDisclosure[],
	itemKeys: readonly string[],
	shownItemN: ReadonlyMap<string, number>,
	groupTally: (group: string, itemKey: string) => Tally | undefined,
	groupN: (group: string) => number,
	threshold: number
): CellDraft[] {
	const cells: CellDraft[] = groups.map((g) => {
		const items = new Map<string, { n: number; mean: number }>();
		if (g.withheld !== null) return { group: g.group, n: 0, items, withheld: g.withheld };
		for (const key of itemKeys) {
			if (!shownItemN.has(key)) continue;
			const t = groupTally(g.group, key);
			if (!t) continue;
			const s = tallyMean('maturity', t.counts);
			if (s.mean !== null && s.n >= threshold) items.set(key, { n: s.n, mean: s.mean });
		}
		const n = groupN(g.group);
		const withheld = n < threshold || items.size === 0 ? fewDimensionPeopleReason(threshold) : null;
		return { group: g.group, n, items, withheld };
	});
	for (;;) {
		let offending: string | null = null;
		for (const key of itemKeys) {
			const whole = shownItemN.get(key);
			if (whole === undefined) continue;
			let covered = 0;
			for (const c of cells) if (c.withheld === null) covered += c.items.get(key)?.n ?? 0;
			const residual = whole - covered;
			if (residual > 0 && residual < threshold) {
				offending = key;
				break;
			}
		}
		if (offending === null) return cells;
		const key = offending;
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
			return cells;
		}
		next.withheld = cellComplementaryReason(threshold);
	}
}

/** Score a cycle from its statistics. See docs/scoring.md for every formula. */
export function scoreCycle(
	instrument: InstrumentDefinition,
	stats: CycleStats,
	options: ScoreOptions = {}
): CycleScores {
	// Clamped: no stored value below 3 (or a comment threshold below 5) can weaken the rules.
	const { anonymityThreshold: threshold, commentThreshold } = effectiveThresholds(options);
	const targets = options.targets ?? {};
	const notApplicable = new Set(options.notApplicable ?? []);

	// A group's size for disclosure is its submitted responses; if the statistics show more
	// respondents than that (inconsistent inputs), trust the larger number so that nobody is
	// shown on a smaller base than the threshold.
	const sizes = new Map<string, number>();
	const bump = (g: string, n: number) => sizes.set(g, Math.max(sizes.get(g) ?? 0, n));
	const responseTotals = new Map<string, number>();
	for (const r of stats.responses)
		responseTotals.set(r.group, (responseTotals.get(r.group) ?? 0) + r.n);
	for (const [g, n] of responseTotals) bump(g, n);
	for (const d of stats.dimensions) bump(d.group, d.n);
	for (const it of stats.items) bump(it.group, it.counts.reduce((s, c) => s + c, 0) + it.dontKnow);
	const disclosure = decideDisclosure(
		[...sizes].map(([group, n]) => ({ group, n })),
		threshold
	);

	const base: CycleScoresBase = {
		instrument: { name: instrument.name, version: instrument.version },
		anonymityThreshold: threshold,
		commentThreshold,
		respondents: disclosure.total,
		groups: disclosure.groups
	};
	if (disclosure.cycleWithheld !== null) {
		return { ...base, status: 'withheld', withheld: disclosure.cycleWithheld };
	}
	const shownGroups = new Set(
		disclosure.groups.filter((g) => g.withheld === null).map((g) => g.group)
	);

	// Item tallies, whole cycle and per group.
	const kindOf = new Map<string, ItemKind>();
	for (const s of instrument.sections) for (const i of s.items) kindOf.set(i.key, i.kind);
	const whole = new Map<string, Tally>();
	const byGroup = new Map<string, Map<string, Tally>>();
	const fresh = (key: string): Tally => ({
		counts: new Array<number>(countsLength(kindOf.get(key) ?? 'maturity')).fill(0),
		dontKnow: 0
	});
	for (const r of stats.items) {
		if (!kindOf.has(r.itemKey)) continue;
		let w = whole.get(r.itemKey);
		if (!w) whole.set(r.itemKey, (w = fresh(r.itemKey)));
		addTally(w, r.counts, r.dontKnow);
		let gm = byGroup.get(r.group);
		if (!gm) byGroup.set(r.group, (gm = new Map()));
		let g = gm.get(r.itemKey);
		if (!g) gm.set(r.itemKey, (g = fresh(r.itemKey)));
		addTally(g, r.counts, r.dontKnow);
	}
	const tallyOf = (key: string): Tally => whole.get(key) ?? fresh(key);
	/** A don't-know share rests on everyone who answered the item (a level or don't know). */
	const shownDontKnowShare = (n: number, dontKnow: number): number | null =>
		n + dontKnow >= threshold ? dontKnowShare(n, dontKnow) : null;

	const dimStats = new Map<string, { n: number; sum: number; sumSq: number }>();
	const dimGroupN = new Map<string, number>();
	for (const d of stats.dimensions) {
		const acc = dimStats.get(d.dimensionKey) ?? { n: 0, sum: 0, sumSq: 0 };
		acc.n += d.n;
		acc.sum += d.sum;
		acc.sumSq += d.sumSq;
		dimStats.set(d.dimensionKey, acc);
		const gk = `${d.dimensionKey}\u0000${d.group}`;
		dimGroupN.set(gk, (dimGroupN.get(gk) ?? 0) + d.n);
	}
	const alphaByDim = new Map(stats.alpha.map((a) => [a.dimensionKey, a]));

	const items: ItemScore[] = [];
	const dimensions: DimensionScore[] = [];

	for (const section of instrument.sections) {
		if (!isMaturitySection(section)) continue;
		const kind = section.kind as DimensionScore['kind'];
		const dItems = dimensionItems(section);
		const target = targets[section.key] ?? null;

		if (notApplicable.has(section.key)) {
			const reason = 'not applicable in this cycle';
			dimensions.push({
				key: section.key,
				kind,
				title: section.title,
				notApplicable: true,
				withheld: null,
				itemsScored: 0,
				score: null,
				score100: null,
				level: null,
				n: 0,
				respondentMean: null,
				sd: null,
				agreement: null,
				dontKnowShare: null,
				ci95: null,
				alpha: { withheld: reason },
				target,
				gapToTarget: null,
				perceptionGap: { withheld: reason },
				groups: []
			});
			continue;
		}

		// Items: shown only when at least `threshold` people gave a level.
		const itemMeans: number[] = [];
		const agreements: number[] = [];
		/** Shown items and how many people gave them a level. */
		const shownItemN = new Map<string, number>();
		let answeredItems = 0;
		let dValid = 0;
		let dDontKnow = 0;
		for (const item of dItems) {
			const t = tallyOf(item.key);
			const s = tallyMean('maturity', t.counts);
			if (s.n > 0) answeredItems++;
			const shown = s.n >= threshold;
			const agreement = shown ? consensus(t.counts, 1, 5) : null;
			const dk = shownDontKnowShare(s.n, t.dontKnow);
			items.push({
				key: item.key,
				dimensionKey: section.key,
				text: item.text,
				n: s.n,
				mean: shown ? s.mean : null,
				sd: shown ? s.sd : null,
				dontKnowShare: dk,
				distribution: shown ? distribution('maturity', t.counts) : [],
				agreement,
				withheld: s.n > 0 && !shown ? fewPeopleReason(threshold) : null
			});
			if (shown && s.mean !== null) {
				itemMeans.push(s.mean);
				shownItemN.set(item.key, s.n);
			}
			if (agreement !== null) agreements.push(agreement);
			if (dk !== null) {
				dValid += s.n;
				dDontKnow += t.dontKnow;
			}
		}

		const ds = dimStats.get(section.key) ?? { n: 0, sum: 0, sumSq: 0 };
		// The dimension: at least `threshold` people with a level in it, and a shown item.
		const dimensionShown = ds.n >= threshold && itemMeans.length > 0;
		const withheld = !dimensionShown && ds.n > 0 ? fewDimensionPeopleReason(threshold) : null;
		const score = dimensionShown ? mean(itemMeans) : null;
		// Respondent-level figures include every answer of a respondent in the dimension, so only
		// when every answered item is shown.
		const respondentLevel = dimensionShown && shownItemN.size === answeredItems;
		const sd = respondentLevel ? sampleSdFromSums(ds.n, ds.sum, ds.sumSq) : null;
		const respondentMean = respondentLevel && ds.n > 0 ? ds.sum / ds.n : null;
		const ci95 =
			respondentMean !== null && sd !== null && ds.n >= 2
				? (() => {
						const half = (tQuantile975(ds.n - 1) * sd) / Math.sqrt(ds.n);
						return { low: respondentMean - half, high: respondentMean + half };
					})()
				: null;

		// Per group: the same item-mean formula as the whole, on the group's answers only, over
		// the items with at least `threshold` levels in the group; complementary suppression.
		const cells = dimensionShown
			? groupCells(
					disclosure.groups,
					dItems.map((i) => i.key),
					shownItemN,
					(group, key) => byGroup.get(group)?.get(key),
					(group) => dimGroupN.get(`${section.key}\u0000${group}`) ?? 0,
					threshold
				)
			: disclosure.groups.map((g) => ({
					group: g.group,
					n: 0,
					items: new Map<string, { n: number; mean: number }>(),
					withheld: g.withheld ?? withheld ?? 'no answers in this dimension'
				}));
		const groups: GroupDimensionScore[] = [];
		const shownMeans: { group: string; mean: number }[] = [];
		for (const c of cells) {
			if (c.withheld !== null) {
				groups.push({ group: c.group, withheld: c.withheld });
				continue;
			}
			const gMean = mean([...c.items.values()].map((x) => x.mean));
			groups.push({ group: c.group, mean: gMean, n: c.n });
			if (gMean !== null) shownMeans.push({ group: c.group, mean: gMean });
		}
		let perceptionGap: PerceptionGap;
		if (shownMeans.length < 2) {
			perceptionGap = {
				withheld: `fewer than two stakeholder groups with figures shown (each needs at least ${threshold} people giving a level)`
			};
		} else {
			shownMeans.sort((a, b) => b.mean - a.mean || compareKeys(a.group, b.group));
			const high = shownMeans[0] as { group: string; mean: number };
			const low = shownMeans[shownMeans.length - 1] as { group: string; mean: number };
			perceptionGap = { value: high.mean - low.mean, highGroup: high.group, lowGroup: low.group };
		}

		dimensions.push({
			key: section.key,
			kind,
			title: section.title,
			notApplicable: false,
			withheld,
			itemsScored: dimensionShown ? itemMeans.length : 0,
			score,
			score100: score === null ? null : to100(score),
			level: score === null ? null : maturityLevelOf(score),
			n: ds.n,
			respondentMean,
			sd,
			agreement: dimensionShown ? mean(agreements) : null,
			dontKnowShare: dontKnowShare(dValid, dDontKnow),
			ci95,
			alpha:
				withheld === null
					? alphaOf(
							alphaByDim.get(section.key),
							dItems.map((i) => i.key),
							threshold
						)
					: { withheld },
			target,
			gapToTarget: target !== null && score !== null ? target - score : null,
			perceptionGap,
			groups
		});
	}

	const scored = dimensions.filter((d) => d.score !== null).map((d) => d.score as number);
	const index = mean(scored);
	const level = index === null ? null : maturityLevelOf(index);
	const overall: OverallScore = {
		index,
		index100: index === null ? null : to100(index),
		level,
		levelName: level === null ? null : (maturityLevels[level - 1]?.name ?? null),
		respondents: disclosure.total,
		dimensionsScored: scored.length
	};

	// Functional integration, reference yes/no and stakeholder map: per item, wherever it sits;
	// each figure only from at least `threshold` valid answers.
	const functions: IntegrationFunctionScore[] = [];
	const reference: BinaryItemScore[] = [];
	const stakeholderMap: BinaryItemScore[] = [];
	for (const section of instrument.sections) {
		for (const item of section.items) {
			const t = tallyOf(item.key);
			if (item.kind === 'integration') {
				const s = tallyMean('integration', t.counts);
				const shown = s.n >= threshold;
				const high = (t.counts[2] ?? 0) + (t.counts[3] ?? 0);
				functions.push({
					key: item.key,
					text: item.text,
					n: s.n,
					share: shown ? high / s.n : null,
					mean: shown ? s.mean : null,
					dontKnowShare: shownDontKnowShare(s.n, t.dontKnow),
					distribution: shown ? distribution('integration', t.counts) : [],
					withheld: s.n > 0 && !shown ? fewPeopleReason(threshold) : null
				});
			} else if (item.kind === 'yes_no' || item.kind === 'stakeholder_map') {
				const n = validCount(item.kind, t.counts);
				const shown = n >= threshold;
				const row: BinaryItemScore = {
					key: item.key,
					sectionKey: section.key,
					text: item.text,
					n,
					share: shown ? (t.counts[1] ?? 0) / n : null,
					dontKnowShare: shownDontKnowShare(n, t.dontKnow),
					withheld: n > 0 && !shown ? fewPeopleReason(threshold) : null
				};
				(item.kind === 'yes_no' ? reference : stakeholderMap).push(row);
			}
		}
	}
	const rated = functions.filter((f) => f.share !== null);
	const integration = {
		functions,
		overall: {
			share: mean(rated.map((f) => f.share as number)),
			mean: mean(rated.map((f) => f.mean as number)),
			functions: rated.length
		}
	};

	// Comments: per section, only once the section has enough of them (each from a different
	// respondent: one comment per response and section); sorted by text so that their order
	// cannot be matched to submission order; labelled only with shown groups.
	const comments: DimensionComments[] = [];
	for (const section of instrument.sections) {
		if (notApplicable.has(section.key) && isMaturitySection(section)) continue;
		const rows = stats.comments.filter((c) => c.dimensionKey === section.key);
		if (rows.length === 0) {
			comments.push({ dimensionKey: section.key, count: 0, comments: [] });
		} else if (rows.length < commentThreshold) {
			comments.push({
				dimensionKey: section.key,
				count: rows.length,
				withheld: `fewer than ${commentThreshold} comments`
			});
		} else {
			const shown: ShownComment[] = rows
				.map((c) =>
					shownGroups.has(c.group) ? { text: c.text, group: c.group } : { text: c.text }
				)
				.sort((a, b) => compareKeys(a.text, b.text) || compareKeys(a.group ?? '', b.group ?? ''));
			comments.push({ dimensionKey: section.key, count: rows.length, comments: shown });
		}
	}

	// Only shown items (a mean is present only when at least `threshold` gave a level).
	const ranked: RankedItem[] = items
		.filter((i) => i.mean !== null)
		.map((i) => ({
			key: i.key,
			dimensionKey: i.dimensionKey,
			text: i.text,
			mean: i.mean as number,
			n: i.n
		}));
	const strongest = [...ranked]
		.sort((a, b) => b.mean - a.mean || compareKeys(a.key, b.key))
		.slice(0, RANKED_ITEMS);
	const weakest = [...ranked]
		.sort((a, b) => a.mean - b.mean || compareKeys(a.key, b.key))
		.slice(0, RANKED_ITEMS);

	return {
		...base,
		status: 'scored',
		overall,
		dimensions,
		items,
		integration,
		reference,
		stakeholderMap,
		comments,
		strongest,
		weakest
	};
}
