/**
 * Peer benchmarks: where an organisation's dimension scores sit among other organisations of
 * this installation that assessed themselves on a compatible instrument (same instrument name,
 * any version; dimensions compared by key). Method and rules: docs/scoring.md §9.
 *
 * Who is a peer — all four, checked in one statement:
 * (a) admitted to the benchmark panel by the installation's operator (`organisation.benchmark_panel`,
 *     set only on /operator — an organisation cannot admit itself);
 * (b) not a demo organisation — unless the viewer is one: demo organisations see only demo peers;
 * (c) independent of the viewer: no user was ever a member of both (`membership_history`, kept
 *     by a trigger when memberships end, plus current memberships);
 * (d) with a closed cycle of at least `PEER_MIN_RESPONSES` published responses; its latest such
 *     cycle is used.
 * A peer's dimension score follows the peer's own anonymity rules: mean of the item means of
 * items with at least its threshold (≥ 3) of levels, and only when at least that many of its
 * respondents gave a level in the dimension.
 *
 * Only aggregates leave this module, rounded by `peerBenchmark` to one decimal: median and top
 * quartile from 10 peers, top decile from 20, a coarse band for the own score and peer counts —
 * never a peer's figures, name or id.
 */
import { peerBenchmark, MIN_PEERS, MIN_PEERS_DECILE } from '$lib/domain/scoring';
import type { PeerBenchmarkResult, PeerFilter } from '$lib/domain/scoring/benchmark';
import { readHandle } from '../platform/db';
import { loadScoringContext } from './sql';
import { scoreLoadedCycle, type ScoredCycle } from './';

/** Published responses a peer's closed cycle needs before it takes part. */
export const PEER_MIN_RESPONSES = 10;

export type { PeerBenchmarkResult, PeerFilter };

/** Key under which the overall maturity index is benchmarked next to the dimensions. */
export const INDEX_KEY = 'index';

// $1 asking organisation, $2 its cycle, $3 sector filter or null, $4 size band filter or null,
// $5 minimum published responses of a peer cycle.
const PEER_SCORES_SQL = `
	WITH viewer AS (
	  SELECT o.id, o.demo FROM organisation o WHERE o.id = $1
	), own AS (
	  SELECT i.name
	  FROM cycle c JOIN instrument i ON i.id = c.instrument_id
	  WHERE c.id = $2 AND c.organisation_id = $1
	), members AS (
	  SELECT organisation_id, user_id FROM membership_history
	  UNION
	  SELECT organisation_id, user_id FROM membership
	), candidates AS (
	  SELECT o.id
	  FROM organisation o CROSS JOIN viewer v
	  WHERE o.id <> v.id
	    AND o.benchmark_panel
	    AND o.demo = v.demo
	    AND NOT EXISTS (
	      SELECT 1 FROM members mine JOIN members theirs ON theirs.user_id = mine.user_id
	      WHERE mine.organisation_id = v.id AND theirs.organisation_id = o.id)
	    AND ($3::text IS NULL OR o.sector = $3::text)
	    AND ($4::text IS NULL OR o.size_band = $4::text)
	), latest AS (
	  SELECT DISTINCT ON (c.organisation_id)
	         c.id, c.organisation_id, c.instrument_id, greatest(c.anonymity_threshold, 3) AS threshold
	  FROM cycle c
	  JOIN candidates p ON p.id = c.organisation_id
	  JOIN instrument i ON i.id = c.instrument_id
	  WHERE i.name = (SELECT name FROM own)
	    AND (c.status IN ('closed', 'reviewed') OR (c.status = 'open' AND c.closes_at <= now()))
	    AND (SELECT count(*) FROM response r
	         WHERE r.cycle_id = c.id AND r.organisation_id = c.organisation_id AND r.published_in IS NOT NULL) >= $5::int
	  ORDER BY c.organisation_id, coalesce(c.closed_at, c.closes_at) DESC, c.created_at DESC, c.id
	), levels AS (
	  SELECT l.id AS cycle_id, l.threshold, s.key AS dimension_key, a.item_id, a.response_id, a.value
	  FROM latest l
	  JOIN answer a ON a.cycle_id = l.id
	  JOIN response r ON r.id = a.response_id
	  JOIN instrument_item i ON i.id = a.item_id
	  JOIN instrument_section s ON s.id = i.section_id
	  WHERE r.cycle_id = l.id AND r.organisation_id = l.organisation_id AND r.published_in IS NOT NULL
	    AND i.instrument_id = l.instrument_id AND i.kind = 'maturity'
	    AND s.kind IN ('building_block', 'governance')
	    AND NOT a.dont_know AND a.value IS NOT NULL
	    AND NOT EXISTS (
	      SELECT 1 FROM cycle_dimension cd
	      WHERE cd.cycle_id = l.id AND cd.dimension_key = s.key AND cd.not_applicable)
	), grouped AS (
	  -- Items and dimensions in one pass (grouping sets), their people side by side (a window),
	  -- rather than two aggregates of 'levels' joined: with few rows estimated, the planner joined
	  -- them by aggregating one again for every row of the other (~180 ms of ~300 on the demo).
	  SELECT cycle_id, dimension_key, item_id, threshold, grouping(item_id) AS whole_dimension,
	         avg(value::float8) AS m, count(*) AS n, count(DISTINCT response_id) AS people
	  FROM levels
	  GROUP BY GROUPING SETS ((cycle_id, dimension_key, threshold, item_id),
	                          (cycle_id, dimension_key, threshold))
	), sided AS (
	  SELECT grouped.*,
	         max(people) FILTER (WHERE whole_dimension = 1)
	           OVER (PARTITION BY cycle_id, dimension_key) AS dimension_people
	  FROM grouped
	)
	SELECT cycle_id, dimension_key, avg(m) AS score
	FROM sided
	WHERE whole_dimension = 0 AND n >= threshold AND dimension_people >= threshold
	GROUP BY 1, 2`;

function clean(value: string | null | undefined): string | null {
	const v = value?.trim();
	return v ? v : null;
}

/**
 * Benchmark of the organisation's cycle against its peers. Null when the cycle is not the
 * organisation's. Own scores are the cycle's dimension scores (null while the cycle is withheld
 * for anonymity or a dimension has no score); a caller that scores the cycle anyway passes its
 * ScoredCycle in — or the promise of it, so that the peers' query runs while the cycle is scored
 * (the dashboard) — and neither the scores nor their context are loaded twice. The peers' query
 * is scoped by itself: for a cycle that is not the organisation's it finds no peers.
 */
export async function peerBenchmarkForCycle(
	organisationId: string,
	cycleId: string,
	filter: PeerFilter = {},
	scoring?: ScoredCycle | Promise<ScoredCycle | null>
): Promise<PeerBenchmarkResult | null> {
	const sector = clean(filter.sector);
	const sizeBand = clean(filter.sizeBand);
	const [given, rows] = await Promise.all([
		scoring,
		readHandle().rows<{ cycle_id: string; dimension_key: string; score: number }>(PEER_SCORES_SQL, [
			organisationId,
			cycleId,
			sector,
			sizeBand,
			PEER_MIN_RESPONSES
		])
	]);
	const scored =
		given && given.context.organisationId === organisationId && given.context.cycleId === cycleId
			? given
			: null;
	const context = scored ? scored.context : await loadScoringContext(organisationId, cycleId);
	if (!context) return null;
	const scores = scored ? scored.scores : await scoreLoadedCycle(context);

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

	return {
		instrument: context.instrument.name,
		filter: { sector, sizeBand },
		minPeers: MIN_PEERS,
		minPeersDecile: MIN_PEERS_DECILE,
		dimensions: peerBenchmark(own, peers)
	};
}
