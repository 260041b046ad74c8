/**
 * Dimension scores (docs/scoring.md §3, §4, §8.2): per maturity section, its items scored, the
 * dimension's score from its shown items, the respondent-level figures, Cronbach's alpha and the
 * group figures; and the overall maturity index over the scored dimensions.
 */
import type { InstrumentDefinition, SectionDefinition } from '../instrument/types';
import { maturityLevels } from '../instrument/types';
import type { GroupDisclosure } from './anonymity';
import { scoreDimensionGroups } from './groups';
import { scoreDimensionItems, type DimensionItems } from './items';
import {
	levelUncertainOf,
	maturityLevelOf,
	mean,
	sampleSdFromSums,
	sampleVarianceFromSums,
	tQuantile975,
	to100
} from './math';
import { ALPHA_MIN_COMPLETE, fewDimensionPeopleReason } from './options';
import {
	dimensionItems,
	isMaturitySection,
	type AlphaStats,
	type CycleStats,
	type DimensionGroupStats
} from './stats';
import { dontKnowShare, type ItemTallies } from './tally';
import type { AlphaResult, DimensionScore, ItemScore, OverallScore } from './types';

/** Respondent-level dimension means summed over the groups. */
interface DimensionSums {
	n: number;
	sum: number;
	sumSq: number;
}

/** Everything a dimension's figures are computed from, besides the section itself. */
export interface DimensionContext {
	threshold: number;
	targets: Record<string, number>;
	notApplicable: ReadonlySet<string>;
	tallies: ItemTallies;
	/** The cycle's groups as disclosed (§8.1). */
	groups: readonly GroupDisclosure[];
	/** Dimension key → people invited in the groups asked it (ScoreOptions.population). */
	population?: Readonly<Record<string, number>>;
}

interface DimensionStats {
	whole: Map<string, DimensionSums>;
	/** Keyed by dimension key and group. */
	groupN: Map<string, number>;
	/** Keyed by dimension key and group: respondent-mean sums. */
	groupSums: Map<string, DimensionSums>;
	alpha: Map<string, AlphaStats>;
}

function sumDimensions(rows: readonly DimensionGroupStats[], alpha: readonly AlphaStats[]) {
	const out: DimensionStats = {
		whole: new Map(),
		groupN: new Map(),
		groupSums: new Map(),
		alpha: new Map(alpha.map((a) => [a.dimensionKey, a]))
	};
	for (const d of rows) {
		const acc = out.whole.get(d.dimensionKey) ?? { n: 0, sum: 0, sumSq: 0 };
		acc.n += d.n;
		acc.sum += d.sum;
		acc.sumSq += d.sumSq;
		out.whole.set(d.dimensionKey, acc);
		const gk = `${d.dimensionKey}\u0000${d.group}`;
		out.groupN.set(gk, (out.groupN.get(gk) ?? 0) + d.n);
		const gs = out.groupSums.get(gk) ?? { n: 0, sum: 0, sumSq: 0 };
		gs.n += d.n;
		gs.sum += d.sum;
		gs.sumSq += d.sumSq;
		out.groupSums.set(gk, gs);
	}
	return out;
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

/** A dimension left out of this cycle (§4): no figures, the reason on alpha and perception gap. */
function notApplicableDimension(section: SectionDefinition, target: number | null): DimensionScore {
	const reason = 'not applicable in this cycle';
	return {
		key: section.key,
		kind: section.kind as DimensionScore['kind'],
		title: section.title,
		notApplicable: true,
		withheld: null,
		itemsScored: 0,
		score: null,
		score100: null,
		level: null,
		levelUncertain: null,
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
	};
}

/**
 * Respondent-level figures: mean and SD of respondent dimension means, and the 95% interval.
 * They include every answer of a respondent in the dimension, so only when every answered item
 * is shown (`respondentLevel`). The interval is centred on the score shown (`score`, the mean of
 * the item means) with the half-width of the respondent-mean t-interval, t(0.975, n − 1) · sd / √n:
 * that half-width stands in for the score's uncertainty, an approximation (docs/scoring.md §3).
 */
function respondentFigures(
	ds: DimensionSums,
	respondentLevel: boolean,
	score: number | null,
	population: number | undefined
) {
	const sd = respondentLevel ? sampleSdFromSums(ds.n, ds.sum, ds.sumSq) : null;
	const respondentMean = respondentLevel && ds.n > 0 ? ds.sum / ds.n : null;
	const ci95 =
		score !== null && respondentMean !== null && sd !== null && ds.n >= 2
			? (() => {
					const half =
						((tQuantile975(ds.n - 1) * sd) / Math.sqrt(ds.n)) *
						finitePopulationFactor(ds.n, population);
					return { low: score - half, high: score + half };
				})()
			: null;
	return { respondentMean, sd, ci95 };
}

/**
 * √((N − n)/(N − 1)): the respondents are a sample without replacement from the N people invited.
 * 1 without a population, or when it is not larger than the sample (a population that cannot be
 * right: nothing is corrected on it). 0 when everyone invited answered: no sampling error is left,
 * only the measurement itself.
 */
export function finitePopulationFactor(n: number, population: number | undefined): number {
	if (population === undefined || !Number.isFinite(population) || population < n || population < 2)
		return 1;
	return Math.sqrt((population - n) / (population - 1));
}

/** One applicable dimension, from its scored items. */
function scoreDimension(
	section: SectionDefinition,
	di: DimensionItems,
	stats: DimensionStats,
	ctx: DimensionContext
): DimensionScore {
	const { threshold } = ctx;
	const itemKeys = dimensionItems(section).map((i) => i.key);
	const target = ctx.targets[section.key] ?? null;
	const ds = stats.whole.get(section.key) ?? { n: 0, sum: 0, sumSq: 0 };
	// The dimension: at least `threshold` people with a level in it, and a shown item.
	const dimensionShown = ds.n >= threshold && di.means.length > 0;
	const withheld = !dimensionShown && ds.n > 0 ? fewDimensionPeopleReason(threshold) : null;
	const score = dimensionShown ? mean(di.means) : null;
	const respondent = respondentFigures(
		ds,
		dimensionShown && di.shownN.size === di.answered,
		score,
		ctx.population?.[section.key]
	);
	const { groups, perceptionGap } = scoreDimensionGroups(
		{
			groups: ctx.groups,
			itemKeys,
			shownItemN: di.shownN,
			tallies: ctx.tallies,
			groupN: (group) => stats.groupN.get(`${section.key}\u0000${group}`) ?? 0,
			groupSums: (group) => stats.groupSums.get(`${section.key}\u0000${group}`),
			threshold
		},
		{ shown: dimensionShown, withheld }
	);
	return {
		key: section.key,
		kind: section.kind as DimensionScore['kind'],
		title: section.title,
		notApplicable: false,
		withheld,
		itemsScored: dimensionShown ? di.means.length : 0,
		score,
		score100: score === null ? null : to100(score),
		level: score === null ? null : maturityLevelOf(score),
		levelUncertain: score === null ? null : levelUncertainOf(respondent.ci95),
		n: ds.n,
		respondentMean: respondent.respondentMean,
		sd: respondent.sd,
		agreement: dimensionShown ? mean(di.agreements) : null,
		dontKnowShare: dontKnowShare(di.valid, di.dontKnow),
		ci95: respondent.ci95,
		alpha:
			withheld === null ? alphaOf(stats.alpha.get(section.key), itemKeys, threshold) : { withheld },
		target,
		gapToTarget: target !== null && score !== null ? target - score : null,
		perceptionGap,
		groups
	};
}

/**
 * Every maturity dimension in instrument order, and the items of the applicable ones (a
 * not-applicable dimension has no items in the output).
 */
export function scoreDimensions(
	instrument: InstrumentDefinition,
	stats: Pick<CycleStats, 'dimensions' | 'alpha'>,
	ctx: DimensionContext
): { dimensions: DimensionScore[]; items: ItemScore[] } {
	const sums = sumDimensions(stats.dimensions, stats.alpha);
	const dimensions: DimensionScore[] = [];
	const items: ItemScore[] = [];
	for (const section of instrument.sections) {
		if (!isMaturitySection(section)) continue;
		if (ctx.notApplicable.has(section.key)) {
			dimensions.push(notApplicableDimension(section, ctx.targets[section.key] ?? null));
			continue;
		}
		const di = scoreDimensionItems(section, ctx.tallies, ctx.threshold);
		items.push(...di.items);
		dimensions.push(scoreDimension(section, di, sums, ctx));
	}
	return { dimensions, items };
}

/** Overall maturity index: the mean of the scored dimensions' scores, and its level. */
export function overallIndex(
	dimensions: readonly DimensionScore[],
	respondents: number
): OverallScore {
	const scored = dimensions.filter((d) => d.score !== null).map((d) => d.score as number);
	const index = mean(scored);
	const level = index === null ? null : maturityLevelOf(index);
	return {
		index,
		index100: index === null ? null : to100(index),
		level,
		levelName: level === null ? null : (maturityLevels[level - 1]?.name ?? null),
		respondents,
		dimensionsScored: scored.length
	};
}
