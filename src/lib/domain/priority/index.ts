/**
 * Which dimensions to work on first (issue 15.6; method: docs/scoring.md §13). An
 * importance–performance reading (Martilla & James 1977) of three things the lead already has:
 *
 * - the **need**: how far the dimension is below its target and below the peer median, whichever is
 *   larger (0 when it is at or above both; null with neither a target nor peers to compare);
 * - the **relation to outcomes**: the key-driver coefficient of the dimension against the rest of
 *   the index (domain/scoring/drivers.ts) — "clear" when its 95% interval lies above 0, and
 *   "stronger" when it is also at least the median coefficient of the cycle's dimensions;
 * - the tier that follows from both, then an order within each tier.
 */
import { m } from '$lib/paraglide/messages';
import { intlLocale } from '$lib/i18n/interface';
import { formatScore } from '$lib/format';
import { SCORE_DECIMALS } from '$lib/domain/scoring/math';
import { roundTo } from '$lib/domain/scoring/benchmark';
import type { DriverResult } from '$lib/domain/scoring/drivers';

export interface PriorityInput {
	key: string;
	title: string;
	/** The dimension's score (1–5), null when withheld or not answered. */
	score: number | null;
	target: number | null;
	/** The peers' median (rounded, as released), null without a peer benchmark for it. */
	peerMedian: number | null;
	/** The key-driver coefficient against the rest of the index. */
	driver: DriverResult | null;
}

export type Relation = 'stronger' | 'clear' | 'unclear' | 'unknown';
export type Tier = 'first' | 'next' | 'keep' | 'later';

// Names and hints in the reader's language (messages/{locale}/dashboard.json).
const tierLabels: Record<Tier, () => string> = {
	first: m.dashboard_tier_first,
	next: m.dashboard_tier_next,
	keep: m.dashboard_tier_keep,
	later: m.dashboard_tier_later
};
const tierHints: Record<Tier, () => string> = {
	first: m.dashboard_tier_first_hint,
	next: m.dashboard_tier_next_hint,
	keep: m.dashboard_tier_keep_hint,
	later: m.dashboard_tier_later_hint
};
const relationLabels: Record<Relation, () => string> = {
	stronger: m.dashboard_relation_stronger,
	clear: m.dashboard_relation_clear,
	unclear: m.dashboard_relation_unclear,
	unknown: m.dashboard_relation_unknown
};
/** A tier's name ("Work on first"). */
export const tierLabel = (tier: Tier): string => tierLabels[tier]();
/** What puts a dimension in a tier. */
export const tierHint = (tier: Tier): string => tierHints[tier]();
/** How a dimension's coefficient compares ("stronger than most"). */
export const relationLabel = (relation: Relation): string => relationLabels[relation]();

export interface Priority {
	key: string;
	title: string;
	score: number | null;
	/** target − score when positive, else 0; null without a target or a score. */
	belowTarget: number | null;
	/** peer median − score (as shown, 2 decimals) when positive, else 0; null without peers or a score. */
	belowPeers: number | null;
	/** The larger of the two; null when neither is known. */
	need: number | null;
	relation: Relation;
	/** The coefficient against the rest of the index, when released. */
	rho: number | null;
	tier: Tier;
}

const tierOrder: Tier[] = ['first', 'next', 'keep', 'later'];

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const coefficientOf = (d: DriverResult | null) => (d && 'rho' in d ? d : null);

/** The priority of every dimension, in the order to work on them. */
export function priorities(dimensions: readonly PriorityInput[]): Priority[] {
	// "Stronger": at least the median of the cycle's released coefficients (halo makes them all
	// positive, so their order says more than their size).
	const cut = median(
		dimensions.map((d) => coefficientOf(d.driver)?.rho).filter((r) => r !== undefined)
	);
	const rows = dimensions.map((d): Priority => {
		const shown = d.score === null ? null : roundTo(d.score, SCORE_DECIMALS);
		const belowTarget =
			shown === null || d.target === null ? null : Math.max(0, roundTo(d.target - shown, 2));
		const belowPeers =
			shown === null || d.peerMedian === null
				? null
				: Math.max(0, roundTo(d.peerMedian - shown, 2));
		const known = [belowTarget, belowPeers].filter((v) => v !== null);
		const need = known.length ? Math.max(...known) : null;
		const c = coefficientOf(d.driver);
		const relation: Relation =
			c === null
				? 'unknown'
				: c.low <= 0
					? 'unclear'
					: cut !== null && c.rho >= cut
						? 'stronger'
						: 'clear';
		const tier: Tier =
			need !== null && need > 0
				? relation === 'stronger'
					? 'first'
					: 'next'
				: need === 0 && relation === 'stronger'
					? 'keep'
					: 'later';
		return {
			key: d.key,
			title: d.title,
			score: d.score,
			belowTarget,
			belowPeers,
			need,
			relation,
			rho: c?.rho ?? null,
			tier
		};
	});
	return rows.sort(
		(a, b) =>
			tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) ||
			withinTier(a, b) ||
			a.key.localeCompare(b.key)
	);
}

/** First and next: the larger need first, then the stronger relation; keep: the stronger relation; later: the lower score. */
function withinTier(a: Priority, b: Priority): number {
	if (a.tier === 'first' || a.tier === 'next')
		return (b.need ?? 0) - (a.need ?? 0) || (b.rho ?? -2) - (a.rho ?? -2);
	if (a.tier === 'keep') return (b.rho ?? 0) - (a.rho ?? 0);
	return (a.score ?? 6) - (b.score ?? 6);
}

/** A title for the action the lead adds from a priority ("Raise Vision to its target of 3.5"). */
export function opportunityTitle(p: Priority, target: number | null): string {
	return target !== null && (p.belowTarget ?? 0) > 0
		? m.dashboard_opportunity_to_target({
				dimension: p.title,
				target: formatScore(target, 1, intlLocale())
			})
		: m.dashboard_opportunity({ dimension: p.title });
}
