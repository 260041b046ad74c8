import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { useTestDatabase, useTestQueue } from '../support/database';
import { db, resultRows } from '../../src/lib/server/platform/db';
import { cycle, organisation, user } from '../../src/lib/server/platform/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/organisations/demo';
import * as organisations from '../../src/lib/server/organisations';
import * as reports from '../../src/lib/server/reports';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

interface StoredRow {
	table: string;
	id: string | null;
	ids: string[];
}

/** Every row of every table of the application and of the job queue, with the ids it names. */
async function everyRow(): Promise<StoredRow[]> {
	const tables = resultRows<{ schema: string; name: string }>(
		await db().execute(sql`
			select table_schema as schema, table_name as name from information_schema.tables
			where table_schema in ('public', 'pgboss') and table_type = 'BASE TABLE'`)
	);
	const rows: StoredRow[] = [];
	for (const t of tables) {
		const found = resultRows<{ row: string; id: string | null }>(
			await db().execute(
				sql.raw(`select t::text as row, to_jsonb(t)->>'id' as id from "${t.schema}"."${t.name}" t`)
			)
		);
		for (const r of found)
			rows.push({
				table: `${t.schema}.${t.name}`,
				id: r.id,
				ids: (r.row.match(UUID) ?? []).map((u) => u.toLowerCase())
			});
	}
	return rows;
}

/**
 * The organisation's rows: those naming its id, then (to a fixed point) those naming the id of a
 * row already found — a cycle's responses, a response's answers, a report's queued job.
 */
function rowsOf(
	organisationId: string,
	rows: StoredRow[]
): { ids: Set<string>; rows: Set<StoredRow> } {
	const ids = new Set([organisationId]);
	const owned = new Set<StoredRow>();
	let grew = true;
	while (grew) {
		grew = false;
		for (const row of rows) {
			if (owned.has(row) || !row.ids.some((id) => ids.has(id))) continue;
			owned.add(row);
			grew = true;
			if (row.id) ids.add(row.id.toLowerCase());
		}
	}
	return { ids, rows: owned };
}

const countByTable = (rows: Iterable<StoredRow>) => {
	const counts: Record<string, number> = {};
	for (const r of rows) counts[r.table] = (counts[r.table] ?? 0) + 1;
	return counts;
};

let orgId: string;
let leadId: string;

beforeAll(async () => {
	const handle = await useTestDatabase();
	await seedDemoIfEmpty();
	const [org] = await db()
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.name, 'Northwind Mutual (demo)'));
	orgId = org!.id;
	const [lead] = await db()
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, 'lead@demo.touchstone.test'));
	leadId = lead!.id;
	await useTestQueue(handle);
	await reports.startWorker();
}, 180_000);

describe('deleting an organisation', () => {
	it('removes every row that is the organisation’s, in every table, and nothing else', async () => {
		const [closed] = await db()
			.select({ id: cycle.id })
			.from(cycle)
			.where(and(eq(cycle.organisationId, orgId), eq(cycle.name, 'Spring 2026')));
		// A report, so the report table, its PDF and its queued job are among what must go.
		const reportId = (await reports.request(orgId, closed!.id, leadId, {}))!;
		await reports.madeWithin(reportId, 60_000);
		await organisations.inviteMember(orgId, leadId, 'board', 'incoming@example.org');

		const before = await everyRow();
		const owned = rowsOf(orgId, before);
		const ownedTables = new Set([...owned.rows].map((r) => r.table));
		for (const table of [
			'public.organisation',
			'public.cycle',
			'public.response',
			'public.answer',
			'public.invitation',
			'public.report',
			'public.action',
			'public.membership',
			'public.member_invitation'
		])
			expect(ownedTables, table).toContain(table);
		expect([...ownedTables].some((t) => t.startsWith('pgboss.'))).toBe(true);

		expect(await organisations.deleteOrganisation(orgId)).toBe(true);

		const after = await everyRow();
		const survivors = after.filter((r) => r.ids.some((id) => owned.ids.has(id)));
		expect(survivors.map((r) => r.table)).toEqual([]);
		// Everything else is still there, row for row: the peers, the accounts, the built-in questionnaire.
		const untouched = countByTable(before.filter((r) => !owned.rows.has(r)));
		expect(countByTable(after)).toEqual(untouched);
		const [lead] = await db().select({ id: user.id }).from(user).where(eq(user.id, leadId));
		expect(lead?.id).toBe(leadId);
	}, 180_000);

	it('answers false for an organisation that is not there', async () => {
		expect(await organisations.deleteOrganisation(orgId)).toBe(false);
		expect(await organisations.deleteOrganisation('not-an-id')).toBe(false);
	});
});
