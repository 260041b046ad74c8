/**
 * From sufficient statistics (stats.ts) to the scores shown on the dashboard and in reports.
 * Pure and deterministic: the same statistics always give the same scores, whichever path
 * (in-memory or SQL) produced them. Anonymity is enforced here, so no caller can forget it.
 * Method and formulas: docs/scoring.md; each step below is one of its sections.
 */
import type { InstrumentDefinition } from '../instrument/types';
import { discloseCycle } from './anonymity';
import { showComments } from './comments';
import { overallIndex, scoreDimensions } from './dimensions';
import { scoreBinaryItems, scoreIntegration } from './integration';
import { rankItems } from './items';
import { effectiveThresholds, type ScoreOptions } from './options';
import type { CycleStats } from './stats';
import { tallyItems } from './tally';
import type { CycleScores, CycleScoresBase } from './types';

export {
	DEFAULT_ANONYMITY_THRESHOLD,
	MIN_ANONYMITY_THRESHOLD,
	DEFAULT_COMMENT_THRESHOLD,
	MIN_COMMENT_THRESHOLD,
	ALPHA_MIN_COMPLETE,
	ALPHA_EXPLAINED,
	RANKED_ITEMS,
	effectiveThresholds,
	fewPeopleReason,
	fewDimensionPeopleReason,
	cellComplementaryReason,
	type ScoreOptions
} from './options';
export {
	isWithheld,
	type Withheld,
	type DistributionEntry,
	type ItemScore,
	type GroupDimensionScore,
	type AlphaResult,
	type PerceptionGap,
	type DimensionScore,
	type IntegrationFunctionScore,
	type BinaryItemScore,
	type RankedItem,
	type ShownComment,
	type DimensionComments,
	type OverallScore,
	type CycleScoresWithheld,
	type CycleScoresScored,
	type CycleScores
} from './types';

/** Score a cycle from its statistics. See docs/scoring.md for every formula. */
export function scoreCycle(
	instrument: InstrumentDefinition,
	stats: CycleStats,
	options: ScoreOptions = {}
): CycleScores {
	// Clamped: no stored value below 3 (or a comment threshold below 5) can weaken the rules.
	const { anonymityThreshold: threshold, commentThreshold } = effectiveThresholds(options);
	const notApplicable = new Set(options.notApplicable ?? []);

	// §8.1: published responses per group decide which groups, and whether the cycle, are shown.
	const disclosure = discloseCycle(stats, threshold);
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

	// §3: item tallies, whole cycle and per group.
	const tallies = tallyItems(instrument, stats.items);
	// §3, §4, §8.2, §8.3: item scores with thresholds, dimension scores, group figures with
	// complementary suppression; then the overall index over the scored dimensions.
	const { dimensions, items } = scoreDimensions(instrument, stats, {
		threshold,
		targets: options.targets ?? {},
		notApplicable,
		tallies,
		groups: disclosure.groups,
		...(options.population ? { population: options.population } : {})
	});
	const overall = overallIndex(dimensions, disclosure.total);
	// §3: integration, reference yes/no and stakeholder map, per item wherever it sits.
	const integration = scoreIntegration(instrument, tallies, threshold);
	const reference = scoreBinaryItems(instrument, tallies, 'yes_no', threshold);
	const stakeholderMap = scoreBinaryItems(instrument, tallies, 'stakeholder_map', threshold);
	// §5: comments, only from sections with enough of them.
	const comments = showComments(
		instrument,
		stats.comments,
		disclosure.groups,
		notApplicable,
		commentThreshold
	);
	// §3: strongest / weakest, from shown items only.
	const { strongest, weakest } = rankItems(items);

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
