/**
 * What `scoreCycle` returns (docs/scoring.md §6). A figure that is not shown is either an object
 * `{ withheld: reason }` or null next to a `withheld` reason on its row.
 */
import type { SectionKind } from '../instrument/types';
import type { GroupDisclosure } from './anonymity';

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
	/**
	 * Answers of "not my area": a count like n, never part of the mean or of the don't-know
	 * share (0 on versions that do not offer it).
	 */
	notMyArea: number;
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
export type PerceptionGap =
	| {
			value: number;
			highGroup: string;
			lowGroup: string;
			/**
			 * √(h_high² + h_low²) of the two groups' 95% half-widths; null when either group's
			 * interval cannot be shown (docs/scoring.md §3).
			 */
			margin: number | null;
			/** The gap is larger than its margin; null without a margin. */
			standsOut: boolean | null;
	  }
	| Withheld;

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
	/** Floor of the score as shown (a level is reached only when the score reaches it). */
	level: number | null;
	/**
	 * "Between levels": the 95% interval as shown reaches another level than its other end does.
	 * Null without an interval (then the level cannot be qualified either way).
	 */
	levelUncertain: boolean | null;
	/** Respondents with ≥ 1 valid answer in the dimension. */
	n: number;
	/**
	 * Mean of respondent-level dimension means. Shown only when every item of the dimension that
	 * anyone answered is shown (a respondent mean would otherwise carry answers to a withheld item).
	 */
	respondentMean: number | null;
	/** Sample SD of respondent-level dimension means. */
	sd: number | null;
	/** Mean of the shown items' consensus. */
	agreement: number | null;
	/** Pooled over the items whose own don't-know share is shown. */
	dontKnowShare: number | null;
	/**
	 * 95% interval centred on `score`: score ± t(0.975, n − 1) · sd / √n (the half-width of the
	 * respondent-mean t-interval). Null when the respondent-level figures are not shown or n < 2.
	 */
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
	/** Floor of the index as shown. Its cautious interval (scoring/overall.ts) is not used for a "between levels" mark. */
	level: number | null;
	levelName: string | null;
	respondents: number;
	dimensionsScored: number;
}

/** What both outcomes carry: the instrument, the thresholds as applied and the counts. */
export interface CycleScoresBase {
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
