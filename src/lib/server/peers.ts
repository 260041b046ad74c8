/**
 * Peer benchmarks: where an organisation's dimension scores sit among the other organisations
 * of this installation that assessed themselves on a compatible instrument (same instrument
 * name, any version; dimensions compared by key). Method: docs/scoring.md §9.
 *
 * Each peer contributes the dimension scores of its latest closed (or reviewed) cycle, computed
 * in SQL (mean of item means over submitted responses; not-applicable dimensions left out). A
 * peer whose latest closed cycle has fewer submitted responses than that cycle's anonymity
 * threshold is left out. Only aggregates leave this module: quantiles, the own percentile rank
 * and peer counts — never a peer's figures, name or id.
 */
import {
	MIN_PEERS,
	MIN_PEERS_FILTERED,
	peerBenchmark,
	type DimensionBenchmark
} from '$lib/domain/scoring';
import { databaseHandle } from './db';
import { loadScoringContext } from './scoring-sql';
import { scoreLoadedCycle, type CycleScores } from './scoring';

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
	/** Peers needed per dimension before figures are shown (5, or 10 when filtered). */
	minPeers: number;
	/** One entry per maturity dimension of the own instrument, then `index` (overall maturity index). */
	dimensions: DimensionBenchmark[];
}

/** Key under which the overall maturity index is benchmarked next to the dimensions. */
export const INDEX_KEY = 'index';

// $1 asking organisation, $2 its cycle, $3 sector filter or null, $4 size band filter or null.
const PEER_SCORES_SQL = `
	WITH own AS (
	  SELECT i.name
	  FROM cycle c JOIN instrument i ON i.id = c.instrument_id
	  WHERE c.id = $2 AND c.organisation_id = $1
	), latest AS (
	  SELECT DISTINCT ON (c.organisation_id)
	         c.id, c.organisation_id, c.instrument_id, c.anonymity_threshold
	  FROM cycle c
	  JOIN instrument i ON i.id = c.instrument_id
	  JOIN organisation o ON o.id = c.organisation_id
	  WHERE i.name = (SELECT name FROM own)
	    AND c.organisation_id <> $1
	    AND (c.status IN ('closed', 'reviewed') OR (c.status = 'open' AND c.closes_at <= now()))
	    AND ($3::text IS NULL OR o.sector = $3::text)
	    AND ($4::text IS NULL OR o.size_band = $4::text)
	  ORDER BY c.organisation_id, coalesce(c.closed_at, c.closes_at) DESC, c.created_at DESC, c.id
	), eligible AS (
	  SELECT l.id, l.organisation_id, l.instrument_id
	  FROM latest l
	  WHERE (SELECT count(*) FROM response r
	         WHERE r.cycle_id = l.id AND r.organisation_id = l.organisation_id AND r.status = 'submitted')
	        >= l.anonymity_threshold
	), item_means AS (
	  SELECT e.id AS cycle_id, s.key AS dimension_key, a.item_id, avg(a.value::float8) AS m
	  FROM eligible e
	  JOIN answer a ON a.cycle_id = e.id
	  JOIN response r ON r.id = a.response_id
	  JOIN instrument_item i ON i.id = a.item_id
	  JOIN instrument_section s ON s.id = i.section_id
	  WHERE r.cycle_id = e.id AND r.organisation_id = e.organisation_id AND r.status = 'submitted'
	    AND i.instrument_id = e.instrument_id AND i.kind = 'maturity'
	    AND s.kind IN ('building_block', 'governance')
	    AND NOT a.dont_know AND a.value IS NOT NULL
	    AND NOT EXISTS (
	      SELECT 1 FROM cycle_dimension cd
	      WHERE cd.cycle_id = e.id AND cd.dimension_key = s.key AND cd.not_applicable)
	  GROUP BY 1, 2, 3
	)
	SELECT cycle_id, dimension_key, avg(m) AS score
	FROM item_means
	GROUP BY 1, 2`;

function clean(value: string | null | undefined): string | null {
	const v = value?.trim();
	return v ? v : null;
}

/**
 * Benchmark of the organisation's cycle against its peers. Null when the cycle is not the
 * organisation's. Own scores are the cycle's dimension scores (null while the cycle is withheld
 * for anonymity or a dimension has no score); a caller that has just scored the cycle passes
 * them in, so a large cycle is not scored twice.
 */
export async function peerBenchmarkForCycle(
	organisationId: string,
	cycleId: string,
	filter: PeerFilter = {},
	ownScores?: CycleScores
): Promise<PeerBenchmarkResult | null> {
	const context = await loadScoringContext(organisationId, cycleId);
	if (!context) return null;
	const sector = clean(filter.sector);
	const sizeBand = clean(filter.sizeBand);
	const filtered = sector !== null || sizeBand !== null;

	const [scores, rows] = await Promise.all([
		ownScores ?? scoreLoadedCycle(context),
		databaseHandle().rows<{ cycle_id: string; dimension_key: string; score: number }>(PEER_SCORES_SQL, [
			organisationId,
			cycleId,
			sector,
			sizeBand
		])
	]);

	const own: Record<string, number | null> = {};
	for (const section of context.instrument.sections) {
		if (section.kind === 'building_block' || section.kind === 'governance') own[section.key] = null;
	}
	own[INDEX_KEY] = null;
	if (scores.status === 'scored') {
		for (const d of scores.dimensions) if (d.key in own) own[d.key] = d.score;
		own[INDEX_KEY] = scores.overall.index;
	}

	// Group by peer cycle only to assemble each peer's record; the ids go no further.
	const byPeer = new Map<string, Record<string, number>>();
	for (const row of rows) {
		const score = Number(row.score);
		if (!Number.isFinite(score)) continue;
		let peer = byPeer.get(row.cycle_id);
		if (!peer) byPeer.set(row.cycle_id, (peer = {}));
		peer[row.dimension_key] = score;
	}
	const peers = [...byPeer.values()].map((p) => {
		const values = Object.values(p);
		const index = values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : undefined;
		return index === undefined ? p : { ...p, [INDEX_KEY]: index };
	});

	const minPeers = filtered ? MIN_PEERS_FILTERED : MIN_PEERS;
	return {
		instrument: context.instrument.name,
		filter: { sector, sizeBand },
		minPeers,
		dimensions: peerBenchmark(own, peers, { minPeers, filtered })
	};
}
