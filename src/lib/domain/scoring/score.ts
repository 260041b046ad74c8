/**
 * From sufficient statistics (stats.ts) to the scores shown on the dashboard and in reports.
 * Pure and deterministic: the same statistics always give the same scores, whichever path
 * (in-memory or SQL) produced them. Anonymity is enforced here, so no caller can forget it.
 * Method and formulas: docs/scoring.md.
 */
import type { InstrumentDefinition, ItemKind, SectionKind } from '../instrument/types';
import { maturityLevels } from '../instrument/types';
import { decideDisclosure, type GroupDisclosure } from './anonymity';
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
export const DEFAULT_COMMENT_THRESHOLD = 5;
/** Cronbach's alpha is reported only on at least this many complete responses. */
export const ALPHA_MIN_COMPLETE = 10;
/** Strongest / weakest list length. */
export const RANKED_ITEMS = 5;

export interface ScoreOptions {
	/** Target score (1–5) per dimension key. */
	targets?: Record<string, number>;
	/** Dimension keys left out of this cycle; excluded from every score, including the index. */
	notApplicable?: readonly string[];
	/** Minimum submitted responses for a group (and the cycle) to be shown; default 5. */
	anonymityThreshold?: number;
	/** Minimum comments on a dimension before any of them is shown; default 5. */
	commentThreshold?: number;
}

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
	/** Valid (1–5) answers. */
	n: number;
	mean: number | null;
	sd: number | null;
	/** don't know / (valid + don't know); null when nobody answered. */
	dontKnowShare: number | null;
	distribution: DistributionEntry[];
	/** Tastle–Wierman consensus, 0–1. */
	agreement: number | null;
}

export type GroupDimensionScore =
	| { group: string; mean: number | null; n: number }
	| { group: string; withheld: string };

export type AlphaResult = { value: number; n: number } | Withheld;
export type PerceptionGap = { value: number; highGroup: string; lowGroup: string } | Withheld;

export interface DimensionScore {
	key: string;
	kind: Extract<SectionKind, 'building_block' | 'governance'>;
	title: string;
	notApplicable: boolean;
	/** Mean of the dimension's item means, 1–5. */
	score: number | null;
	score100: number | null;
	level: number | null;
	/** Respondents with ≥ 1 valid answer in the dimension. */
	n: number;
	/** Mean of respondent-level dimension means; the centre of ci95. */
	respondentMean: number | null;
	/** Sample SD of respondent-level dimension means. */
	sd: number | null;
	/** Mean of the items' consensus. */
	agreement: number | null;
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
	/** Valid (0–3) ratings. */
	n: number;
	/** Share rating it consulted (2) or integrated (3). */
	share: number | null;
	/** Mean rating 0–3. */
	mean: number | null;
	dontKnowShare: number | null;
	distribution: DistributionEntry[];
}

export interface BinaryItemScore {
	key: string;
	sectionKey: string;
	text: string;
	n: number;
	/** Share answering yes (1). */
	share: number | null;
	dontKnowShare: number | null;
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
function tallyMean(kind: ItemKind, counts: readonly number[]): { n: number; mean: number | null; sd: number | null } {
	const { min } = itemScale[kind];
	const trimmed = counts.map((c, v) => (v < min ? 0 : c));
	return summariseCounts(trimmed);
}

function dontKnowShare(n: number, dontKnow: number): number | null {
	return n + dontKnow > 0 ? dontKnow / (n + dontKnow) : null;
}

function alphaOf(a: AlphaStats | undefined, itemKeys: readonly string[]): AlphaResult {
	const k = itemKeys.length;
	if (k < 2) return { withheld: 'needs at least two items' };
	if (!a || a.nComplete < ALPHA_MIN_COMPLETE) {
		return {
			withheld: `fewer than ${ALPHA_MIN_COMPLETE} respondents answered every item (${a?.nComplete ?? 0})`
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

/** Score a cycle from its statistics. See docs/scoring.md for every formula. */
export function scoreCycle(
	instrument: InstrumentDefinition,
	stats: CycleStats,
	options: ScoreOptions = {}
): CycleScores {
	const threshold = options.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD;
	const commentThreshold = options.commentThreshold ?? DEFAULT_COMMENT_THRESHOLD;
	const targets = options.targets ?? {};
	const notApplicable = new Set(options.notApplicable ?? []);

	// A group's size for disclosure is its submitted responses; if the statistics show more
	// respondents than that (inconsistent inputs), trust the larger number so that nobody is
	// shown on a smaller base than the threshold.
	const sizes = new Map<string, number>();
	const bump = (g: string, n: number) => sizes.set(g, Math.max(sizes.get(g) ?? 0, n));
	const responseTotals = new Map<string, number>();
	for (const r of stats.responses) responseTotals.set(r.group, (responseTotals.get(r.group) ?? 0) + r.n);
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
	const shownGroups = new Set(disclosure.groups.filter((g) => g.withheld === null).map((g) => g.group));

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

		const itemMeans: number[] = [];
		const agreements: number[] = [];
		let dValid = 0;
		let dDontKnow = 0;
		for (const item of dItems) {
			const t = tallyOf(item.key);
			const s = tallyMean('maturity', t.counts);
			const agreement = consensus(t.counts, 1, 5);
			items.push({
				key: item.key,
				dimensionKey: section.key,
				text: item.text,
				n: s.n,
				mean: s.mean,
				sd: s.sd,
				dontKnowShare: dontKnowShare(s.n, t.dontKnow),
				distribution: distribution('maturity', t.counts),
				agreement
			});
			if (s.mean !== null) itemMeans.push(s.mean);
			if (agreement !== null) agreements.push(agreement);
			dValid += s.n;
			dDontKnow += t.dontKnow;
		}

		const score = mean(itemMeans);
		const ds = dimStats.get(section.key) ?? { n: 0, sum: 0, sumSq: 0 };
		const sd = sampleSdFromSums(ds.n, ds.sum, ds.sumSq);
		const respondentMean = ds.n > 0 ? ds.sum / ds.n : null;
		const ci95 =
			respondentMean !== null && sd !== null && ds.n >= 2
				? (() => {
						const half = (tQuantile975(ds.n - 1) * sd) / Math.sqrt(ds.n);
						return { low: respondentMean - half, high: respondentMean + half };
					})()
				: null;

		// Per group: the same item-mean formula as the whole, on the group's answers only.
		const groups: GroupDimensionScore[] = [];
		const shownMeans: { group: string; mean: number }[] = [];
		for (const g of disclosure.groups) {
			if (g.withheld !== null) {
				groups.push({ group: g.group, withheld: g.withheld });
				continue;
			}
			const gm = byGroup.get(g.group);
			const means: number[] = [];
			for (const item of dItems) {
				const t = gm?.get(item.key);
				if (!t) continue;
				const m = tallyMean('maturity', t.counts).mean;
				if (m !== null) means.push(m);
			}
			const gMean = mean(means);
			groups.push({ group: g.group, mean: gMean, n: dimGroupN.get(`${section.key}\u0000${g.group}`) ?? 0 });
			if (gMean !== null) shownMeans.push({ group: g.group, mean: gMean });
		}
		let perceptionGap: PerceptionGap;
		if (shownMeans.length < 2) {
			perceptionGap = {
				withheld: `fewer than two stakeholder groups with at least ${threshold} responses`
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
			score,
			score100: score === null ? null : to100(score),
			level: score === null ? null : maturityLevelOf(score),
			n: ds.n,
			respondentMean,
			sd,
			agreement: mean(agreements),
			dontKnowShare: dontKnowShare(dValid, dDontKnow),
			ci95,
			alpha: alphaOf(alphaByDim.get(section.key), dItems.map((i) => i.key)),
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

	// Functional integration, reference yes/no and stakeholder map: per item, wherever it sits.
	const functions: IntegrationFunctionScore[] = [];
	const reference: BinaryItemScore[] = [];
	const stakeholderMap: BinaryItemScore[] = [];
	for (const section of instrument.sections) {
		for (const item of section.items) {
			const t = tallyOf(item.key);
			if (item.kind === 'integration') {
				const s = tallyMean('integration', t.counts);
				const high = (t.counts[2] ?? 0) + (t.counts[3] ?? 0);
				functions.push({
					key: item.key,
					text: item.text,
					n: s.n,
					share: s.n > 0 ? high / s.n : null,
					mean: s.mean,
					dontKnowShare: dontKnowShare(s.n, t.dontKnow),
					distribution: distribution('integration', t.counts)
				});
			} else if (item.kind === 'yes_no' || item.kind === 'stakeholder_map') {
				const n = validCount(item.kind, t.counts);
				const row: BinaryItemScore = {
					key: item.key,
					sectionKey: section.key,
					text: item.text,
					n,
					share: n > 0 ? (t.counts[1] ?? 0) / n : null,
					dontKnowShare: dontKnowShare(n, t.dontKnow)
				};
				(item.kind === 'yes_no' ? reference : stakeholderMap).push(row);
			}
		}
	}
	const rated = functions.filter((f) => f.n > 0);
	const integration = {
		functions,
		overall: {
			share: mean(rated.map((f) => f.share as number)),
			mean: mean(rated.map((f) => f.mean as number)),
			functions: rated.length
		}
	};

	// Comments: per section, only once the section has enough of them; sorted by text so that
	// their order cannot be matched to submission order; labelled only with shown groups.
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
				.map((c) => (shownGroups.has(c.group) ? { text: c.text, group: c.group } : { text: c.text }))
				.sort((a, b) => compareKeys(a.text, b.text) || compareKeys(a.group ?? '', b.group ?? ''));
			comments.push({ dimensionKey: section.key, count: rows.length, comments: shown });
		}
	}

	const ranked: RankedItem[] = items
		.filter((i) => i.mean !== null)
		.map((i) => ({ key: i.key, dimensionKey: i.dimensionKey, text: i.text, mean: i.mean as number, n: i.n }));
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
