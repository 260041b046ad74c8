/**
 * What a caller may set for a cycle, and the floors no stored value can go below
 * (docs/scoring.md §7), with the plain-words reasons given when a figure is withheld.
 */
import { MIN_ANONYMITY_THRESHOLD } from './anonymity';

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
	/**
	 * Dimension key → the people invited in the groups asked it (the finite population the
	 * respondents come from). With it, the 95% interval carries the finite-population correction
	 * √((N − n)/(N − 1)); without it (or when N < n) the interval is the infinite-population one.
	 */
	population?: Readonly<Record<string, number>>;
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

/**
 * What Cronbach's alpha says about this instrument, in one sentence for wherever alpha is shown
 * (docs/scoring.md §3): its items are a checklist of different practices, not one trait.
 */
export const ALPHA_EXPLAINED =
	'Cronbach’s alpha checks whether a dimension’s questions hang together. They are a checklist of different practices (a formative scale), so a low value is expected: it is no verdict on the questionnaire.';
