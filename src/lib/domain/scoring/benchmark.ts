/**
 * Peer benchmark: where an organisation's dimension scores sit among other organisations in the
 * same installation. Shown per dimension only when enough peers have a score for it, so that no
 * single peer's score can be inferred.
 */
import { percentileRank, quantileType7 } from './math';

/** Minimum peers for an unfiltered benchmark. */
export const MIN_PEERS = 5;
/** Minimum peers when the peer set is filtered (sector, size band): smaller cells, more caution. */
export const MIN_PEERS_FILTERED = 10;

export interface PeerBenchmarkOptions {
	/** Overrides the default (5, or 10 when `filtered`). */
	minPeers?: number;
	/** The peer set was narrowed by sector or size band. */
	filtered?: boolean;
}

export type DimensionBenchmark =
	| {
			key: string;
			peers: number;
			own: number | null;
			median: number;
			/** 75th percentile. */
			topQuartile: number;
			/** 90th percentile. */
			topDecile: number;
			/** Mid-rank percentile (0–100) of the own score among peers; null without an own score. */
			percentileRank: number | null;
	  }
	| { key: string; peers: number; own: number | null; withheld: string };

/**
 * Benchmark per dimension. `peers` must not include the organisation itself. Dimensions are
 * the keys of `ownScores` in order; a peer counts for a dimension when its score there is finite
 * (not-applicable dimensions are simply absent). Quantiles: Hyndman & Fan type 7.
 */
export function peerBenchmark(
	ownScores: Record<string, number | null | undefined>,
	peers: ReadonlyArray<Record<string, number | null | undefined>>,
	options: PeerBenchmarkOptions = {}
): DimensionBenchmark[] {
	const minPeers = options.minPeers ?? (options.filtered ? MIN_PEERS_FILTERED : MIN_PEERS);
	return Object.keys(ownScores).map((key) => {
		const rawOwn = ownScores[key];
		const own = typeof rawOwn === 'number' && Number.isFinite(rawOwn) ? rawOwn : null;
		const values: number[] = [];
		for (const p of peers) {
			const v = p[key];
			if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
		}
		if (values.length < minPeers) {
			return {
				key,
				peers: values.length,
				own,
				withheld: `fewer than ${minPeers} peer organisations`
			};
		}
		return {
			key,
			peers: values.length,
			own,
			median: quantileType7(values, 0.5) as number,
			topQuartile: quantileType7(values, 0.75) as number,
			topDecile: quantileType7(values, 0.9) as number,
			percentileRank: own === null ? null : percentileRank(own, values)
		};
	});
}
