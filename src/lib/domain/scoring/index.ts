/** Public API of scoring. Method: docs/scoring.md. */
export {
	statsFromResponses,
	NOT_MY_AREA_ANSWER,
	mergeStats,
	normaliseStats,
	itemScale,
	countsLength,
	isMaturitySection,
	dimensionItems,
	type ItemGroupStats,
	type DimensionGroupStats,
	type AlphaStats,
	type ResponseCountByGroup,
	type CommentRow,
	type CycleStats,
	type ScoringResponse
} from './stats';
export {
	scoreCycle,
	isWithheld,
	DEFAULT_ANONYMITY_THRESHOLD,
	DEFAULT_COMMENT_THRESHOLD,
	MIN_ANONYMITY_THRESHOLD,
	MIN_COMMENT_THRESHOLD,
	effectiveThresholds,
	fewPeopleReason,
	fewDimensionPeopleReason,
	cellComplementaryReason,
	ALPHA_MIN_COMPLETE,
	ALPHA_EXPLAINED,
	RANKED_ITEMS,
	type ScoreOptions,
	type Withheld,
	type CycleScores,
	type CycleScoresScored,
	type CycleScoresWithheld,
	type DimensionScore,
	type ItemScore,
	type GroupDimensionScore,
	type AlphaResult,
	type PerceptionGap,
	type IntegrationFunctionScore,
	type BinaryItemScore,
	type RankedItem,
	type DimensionComments,
	type ShownComment,
	type OverallScore,
	type DistributionEntry
} from './score';
export {
	decideDisclosure,
	belowThresholdReason,
	cycleBelowThresholdReason,
	complementaryReason,
	type Disclosure,
	type GroupDisclosure
} from './anonymity';
export {
	peerBenchmark,
	peerBand,
	roundTo,
	fewPeersReason,
	MIN_PEERS,
	MIN_PEERS_DECILE,
	PEER_DECIMALS,
	type PeerBand,
	type PeerBenchmarkOptions,
	type DimensionBenchmark
} from './benchmark';
export {
	consensus,
	tQuantile975,
	normalTwoSidedP,
	Z975,
	quantileType7,
	percentileRank,
	maturityLevelOf,
	levelUncertainOf,
	to100,
	sampleSdFromSums,
	summariseCounts
} from './math';
export { overallInterval } from './overall';
