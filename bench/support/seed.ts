/**
 * Inserts a large closed cycle straight into a migrated database, the way bench/scoring.ts does
 * (same data shape: every maturity item plus the first two integration items, ~4% don't know,
 * ~3% unanswered, 300 comments, deterministic), plus invitations so that the dashboard's
 * response-rate panel has rows: RESPONDENTS answered anonymous links and 10% unanswered ones.
 * Used by bench/scoring.ts and bench/dashboard.ts.
 */
import type { DatabaseHandle } from '../../src/lib/server/platform/db/client';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import { markStraightLines } from '../../src/lib/server/survey/straight-lines';

export const GROUPS = ['executives', 'marketing', 'sales', 'service', 'it', 'finance'];
const EXTRA_ITEMS = 2;

export interface SeededCycle {
	organisationId: string;
	cycleId: string;
	items: number;
	answers: number;
	ms: number;
}

/** The organisation led by `leadEmail` (the demo lead of a freshly started app). */
export async function organisationOf(handle: DatabaseHandle, leadEmail: string): Promise<string> {
	const [row] = await handle.rows<{ id: string }>(
		`SELECT m.organisation_id AS id FROM membership m JOIN "user" u ON u.id = m.user_id
		 WHERE u.email = $1 AND m.role = 'lead' ORDER BY m.created_at LIMIT 1`,
		[leadEmail]
	);
	if (!row) throw new Error(`no organisation led by ${leadEmail}`);
	return row.id;
}

export async function seedLargeCycle(
	handle: DatabaseHandle,
	organisationId: string,
	respondents: number
): Promise<SeededCycle> {
	const t0 = performance.now();
	const [ins] = await handle.rows<{ id: string }>(
		`SELECT id FROM instrument WHERE organisation_id IS NULL AND name = $1 AND version = $2`,
		[touchstoneV1.name, touchstoneV1.version]
	);
	if (!ins)
		throw new Error('the built-in instrument is not in the database (was the app started on it?)');
	const instrumentId = ins.id;
	const groups = `{${GROUPS.join(',')}}`;
	const [cyc] = await handle.rows<{ id: string }>(
		`INSERT INTO cycle (organisation_id, instrument_id, name, status, opens_at, closes_at, opened_at, closed_at, groups)
		 VALUES ($1, $2, 'Bench cycle (${respondents} respondents)', 'closed', now() - interval '30 days', now() - interval '1 day',
		         now() - interval '30 days', now() - interval '1 day', $3::text[])
		 RETURNING id`,
		[organisationId, instrumentId, groups]
	);
	const cycleId = cyc!.id;
	await handle.rows(
		`INSERT INTO cycle_dimension (cycle_id, dimension_key, target)
		 SELECT $1, s.key, 3.5 FROM instrument_section s
		 WHERE s.instrument_id = $2 AND s.kind IN ('building_block', 'governance')`,
		[cycleId, instrumentId]
	);
	// Invitations: one per respondent plus 10% more (who answered is not stored on them).
	await handle.rows(
		`INSERT INTO invitation (organisation_id, cycle_id, token_hash, kind, group_key, created_at)
		 SELECT $1, $2::uuid, 'bench-invitation-' || $2::text || '-' || g, 'anonymous', ($3::text[])[1 + g % ${GROUPS.length}],
		        now() - interval '30 days'
		 FROM generate_series(1, ${Math.ceil(respondents * 1.1)}) g`,
		[organisationId, cycleId, groups]
	);
	await handle.rows(
		`INSERT INTO response (organisation_id, cycle_id, resume_hash, group_key, status, submitted_on, published_in)
		 SELECT $1, $2::uuid, 'bench-' || $2::text || '-' || g, ($3::text[])[1 + g % ${GROUPS.length}], 'submitted', date_trunc('day', now() - interval '2 days'), 1
		 FROM generate_series(1, ${respondents}) g`,
		[organisationId, cycleId, groups]
	);
	const items = await handle.rows<{ id: string; kind: string }>(
		`(SELECT id, kind::text FROM instrument_item WHERE instrument_id = $1 AND kind = 'maturity')
		 UNION ALL
		 (SELECT id, kind::text FROM instrument_item WHERE instrument_id = $1 AND kind = 'integration'
		  ORDER BY position LIMIT ${EXTRA_ITEMS})`,
		[instrumentId]
	);
	await handle.rows(
		`INSERT INTO answer (response_id, item_id, cycle_id, value, dont_know)
		 SELECT r.id, i.id, $1,
		        CASE WHEN x.u < 4 THEN NULL
		             WHEN i.kind = 'maturity' THEN 1 + least(4, greatest(0, x.bias + (x.u % 3) - 1))
		             ELSE x.u % 4 END,
		        x.u < 4
		 FROM response r
		 CROSS JOIN (SELECT unnest($2::uuid[]) AS id, unnest($3::text[]) AS kind) i
		 CROSS JOIN LATERAL (
		   SELECT abs(hashtext(r.resume_hash || i.id::text)) % 100 AS u,
		          abs(hashtext(r.resume_hash)) % 5 AS bias
		 ) x
		 WHERE r.cycle_id = $1 AND x.u < 97`,
		[cycleId, `{${items.map((i) => i.id).join(',')}}`, `{${items.map((i) => i.kind).join(',')}}`]
	);
	await handle.rows(
		`INSERT INTO section_comment (response_id, section_id, cycle_id, text)
		 SELECT r.id, s.id, $1, 'Comment ' || (abs(hashtext(r.resume_hash)) % 40)
		 FROM (SELECT id, resume_hash FROM response WHERE cycle_id = $1 ORDER BY resume_hash LIMIT 300) r
		 CROSS JOIN LATERAL (
		   SELECT id FROM instrument_section
		   WHERE instrument_id = $2 AND kind IN ('building_block', 'governance')
		   ORDER BY abs(hashtext(r.resume_hash || key)) LIMIT 1) s`,
		[cycleId, instrumentId]
	);
	// Submission sets each response's straight-lining flag; these rows skipped it.
	await markStraightLines(handle.db, organisationId, cycleId);
	await handle.rows('VACUUM ANALYZE');
	const [{ n } = { n: 0 }] = await handle.rows<{ n: number }>(
		'SELECT count(*)::int AS n FROM answer WHERE cycle_id = $1',
		[cycleId]
	);
	return { organisationId, cycleId, items: items.length, answers: n, ms: performance.now() - t0 };
}
