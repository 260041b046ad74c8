/**
 * Peer benchmark: where an organisation's dimension scores sit among other organisations of the
 * installation. Which organisations are peers (operator-admitted, independent of the viewer,
 * enough published responses) is decided by the peer service (src/lib/server/scoring/peers.ts); this
 * module turns their scores into figures that can leave the server (docs/scoring.md §9):
 *
 * - per dimension only with at least `MIN_PEERS` (10) peers having a score, the top decile only
 *   with at least `MIN_PEERS_DECILE` (20), so no quantile is a short interpolation between a few
 *   organisations;
 * - every peer figure rounded to one decimal here, before it leaves the server;
 * - no percentile rank, only a coarse band read off the rounded figures (so it tells the viewer
 *   nothing those figures do not).
 */
import { SCORE_DECIMALS, quantileType7 } from './math';

/** Peers with a score for a dimension before its median and top quartile are shown. */
export const MIN_PEERS = 10;
/** Peers before the top decile is shown as well. */
export const MIN_PEERS_DECILE = 20;
/** Decimals of every peer figure that leaves the server. */
export const PEER_DECIMALS = 1;

/** Where the own score sits, read off the rounded figures. */
export type PeerBand = 'lower half' | 'upper half' | 'top quartile' | 'top decile';

export interface PeerBenchmarkOptions {
	/** Raises the minimum number of peers (never below `MIN_PEERS`). */
	minPeers?: number;
}

export type DimensionBenchmark =
	| {
			key: string;
			peers: number;
			/** The organisation's own score (its own figure, not rounded here). */
			own: number | null;
			/** 50th percentile, rounded to one decimal. */
			median: number;
			/** 75th percentile, rounded to one decimal. */
			topQuartile: number;
			/** 90th percentile, rounded to one decimal; null with fewer than `MIN_PEERS_DECILE` peers. */
			topDecile: number | null;
			/** Band of the own score (as shown, 2 decimals) against the rounded figures; null without an own score. */
			band: PeerBand | null;
	  }
	| { key: string; peers: number; own: number | null; withheld: string };

/** Round to `decimals` places (halves up; scores are positive). */
export function roundTo(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}

/** The band of `own` among rounded figures: compared as the own score is shown (2 decimals). */
export function peerBand(
	own: number,
	median: number,
	topQuartile: number,
	topDecile: number | null
): PeerBand {
	const shown = roundTo(own, SCORE_DECIMALS);
	if (topDecile !== null && shown >= topDecile) return 'top decile';
	if (shown >= topQuartile) return 'top quartile';
	if (shown >= median) return 'upper half';
	return 'lower half';
}

export const fewPeersReason = (minPeers: number) => `fewer than ${minPeers} peer organisations`;

/**
 * Benchmark per dimension. `peers` must hold only admitted, independent peers, never the
 * organisation itself. Dimensions are the keys of `ownScores` in order; a peer counts for a
 * dimension when its score there is finite (not-applicable dimensions are simply absent).
 * Quantiles: Hyndman & Fan type 7 on the peers' unrounded scores, then rounded.
 */
export function peerBenchmark(
	ownScores: Record<string, number | null | undefined>,
	peers: ReadonlyArray<Record<string, number | null | undefined>>,
	options: PeerBenchmarkOptions = {}
): DimensionBenchmark[] {
	const minPeers = Math.max(MIN_PEERS, options.minPeers ?? MIN_PEERS);
	const minDecile = Math.max(MIN_PEERS_DECILE, minPeers);
	return Object.keys(ownScores).map((key) => {
		const rawOwn = ownScores[key];
		const own = typeof rawOwn === 'number' && Number.isFinite(rawOwn) ? rawOwn : null;
		const values: number[] = [];
		for (const p of peers) {
			const v = p[key];
			if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
		}
		if (values.length < minPeers) {
			return { key, peers: values.length, own, withheld: fewPeersReason(minPeers) };
		}
		const q = (p: number) => roundTo(quantileType7(values, p) as number, PEER_DECIMALS);
		const median = q(0.5);
		const topQuartile = q(0.75);
		const topDecile = values.length >= minDecile ? q(0.9) : null;
		return {
			key,
			peers: values.length,
			own,
			median,
			topQuartile,
			topDecile,
			band: own === null ? null : peerBand(own, median, topQuartile, topDecile)
		};
	});
}

export interface PeerFilter {
	/** Only peers in this sector (organisation.sector). */
	sector?: string | null;
	/** Only peers in this size band (organisation.size_band). */
	sizeBand?: string | null;
}

export interface PeerBenchmarkResult {
	/** Instrument name the peers were matched on. */
	instrument: string;
	filter: { sector: string | null; sizeBand: string | null };
	/** Peers needed per dimension before the median and top quartile are shown. */
	minPeers: number;
	/** Peers needed before the top decile is shown too. */
	minPeersDecile: number;
	/** One entry per maturity dimension of the own instrument, then `index` (overall maturity index). */
	dimensions: DimensionBenchmark[];
}
