import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import type { DatabaseHandle } from '../../src/lib/server/platform/db';
import { db } from '../../src/lib/server/platform/db';
import * as audit from '../../src/lib/server/audit';

let handle: DatabaseHandle;
beforeAll(async () => {
	handle = await useTestDatabase();
});

async function count(organisationId: string): Promise<number> {
	const [row] = await handle.rows<{ n: number }>(
		'select count(*)::int as n from audit_event where organisation_id = $1',
		[organisationId]
	);
	return Number(row!.n);
}

describe('the audit log table', () => {
	it('refuses to change or delete an event, one row or all', async () => {
		const lead = await createUser('Ada Lead');
		const org = await createOrganisation(lead.id);
		await audit.record(db(), org.id, lead.id, {
			kind: 'cycle.opened',
			subjectId: crypto.randomUUID(),
			details: { cycle: 'Spring' }
		});
		const before = await count(org.id);
		expect(before).toBeGreaterThan(0);
		await expect(
			handle.rows(`update audit_event set kind = 'cycle.closed' where organisation_id = $1`, [
				org.id
			])
		).rejects.toThrow(/append-only/);
		await expect(
			handle.rows(`update audit_event set actor_name = null where organisation_id = $1`, [org.id])
		).rejects.toThrow(/append-only/);
		await expect(
			handle.rows(`delete from audit_event where organisation_id = $1 and kind = 'cycle.opened'`, [
				org.id
			])
		).rejects.toThrow(/append-only/);
		await expect(handle.rows('truncate audit_event')).rejects.toThrow(/append-only/);
		expect(await count(org.id)).toBe(before);
		const [kept] = await handle.rows<{ kind: string }>(
			`select kind from audit_event where organisation_id = $1 and kind = 'cycle.opened'`,
			[org.id]
		);
		expect(kept?.kind).toBe('cycle.opened');
	});

	it('goes with its organisation when the organisation is deleted, and only then', async () => {
		const leadA = await createUser('Lead A');
		const leadB = await createUser('Lead B');
		const orgA = await createOrganisation(leadA.id, 'A');
		const orgB = await createOrganisation(leadB.id, 'B');
		for (const [org, lead] of [
			[orgA, leadA],
			[orgB, leadB]
		] as const)
			await audit.record(db(), org.id, lead.id, {
				kind: 'cycle.opened',
				subjectId: crypto.randomUUID(),
				details: { cycle: 'Spring' }
			});
		const keptB = await count(orgB.id);
		expect(await count(orgA.id)).toBeGreaterThan(0);
		await handle.rows('delete from organisation where id = $1', [orgA.id]);
		expect(await count(orgA.id)).toBe(0);
		expect(await count(orgB.id)).toBe(keptB);
	});

	it('records the actor as they were named, or Touchstone itself', async () => {
		const lead = await createUser('Grace Lead');
		const org = await createOrganisation(lead.id);
		const cycleId = crypto.randomUUID();
		await audit.record(db(), org.id, lead.id, {
			kind: 'cycle.opened',
			subjectId: cycleId,
			details: { cycle: 'Spring' }
		});
		await audit.record(db(), org.id, null, {
			kind: 'cycle.closed',
			subjectId: cycleId,
			details: { cycle: 'Spring', by: 'its closing date' }
		});
		const { events } = await audit.page(org.id, {}, 1);
		const opened = events.find((e) => e.kind === 'cycle.opened');
		expect(opened).toMatchObject({
			actor: { id: lead.id, email: lead.email, name: 'Grace Lead' },
			subjectType: 'cycle',
			subjectId: cycleId,
			details: { cycle: 'Spring' }
		});
		expect(events.find((e) => e.kind === 'cycle.closed')?.actor).toBeNull();
	});
});

describe('reading the log', () => {
	it('lists newest first, filters by kind, actor and time, pages by 50, and keeps to the organisation', async () => {
		const ada = await createUser('Ada');
		const bob = await createUser('Bob');
		const org = await createOrganisation(ada.id, 'Filters');
		const other = await createOrganisation(bob.id, 'Other');
		await audit.record(db(), other.id, bob.id, {
			kind: 'cycle.opened',
			subjectId: null,
			details: { cycle: 'Elsewhere' }
		});
		// 55 events by Ada a minute apart (the newest last), then one by Bob and one by Touchstone.
		const start = Date.parse('2026-03-01T09:00:00Z');
		for (let i = 0; i < 55; i++)
			await handle.rows(
				`insert into audit_event (organisation_id, occurred_at, actor_user_id, actor_email, actor_name, kind, subject_type, details)
				 values ($1, $2, $3, $4, 'Ada', 'action.created', 'action', $5)`,
				[
					org.id,
					new Date(start + i * 60_000).toISOString(),
					ada.id,
					ada.email,
					JSON.stringify({ action: `A${i}` })
				]
			);
		await audit.record(db(), org.id, bob.id, {
			kind: 'report.downloaded',
			subjectId: crypto.randomUUID(),
			details: { cycle: 'Spring' }
		});
		await audit.record(db(), org.id, null, {
			kind: 'report.ready',
			subjectId: crypto.randomUUID(),
			details: { cycle: 'Spring' }
		});

		const first = await audit.page(org.id, { kind: 'action.created' }, 1);
		expect(first.events).toHaveLength(50);
		expect(first.more).toBe(true);
		expect(first.events[0]!.details).toEqual({ action: 'A54' });
		const second = await audit.page(org.id, { kind: 'action.created' }, 2);
		expect(second.events.map((e) => e.details.action)).toEqual(['A4', 'A3', 'A2', 'A1', 'A0']);
		expect(second.more).toBe(false);

		expect((await audit.page(org.id, { actor: bob.id }, 1)).events.map((e) => e.kind)).toEqual([
			'report.downloaded'
		]);
		expect(
			(await audit.page(org.id, { actor: 'touchstone' }, 1)).events.map((e) => e.kind)
		).toEqual(['report.ready']);
		const window = await audit.page(
			org.id,
			{ from: new Date(start + 10 * 60_000), to: new Date(start + 13 * 60_000) },
			1
		);
		expect(window.events.map((e) => e.details.action)).toEqual(['A12', 'A11', 'A10']);

		const everything = await audit.all(org.id);
		expect(everything.some((e) => e.details.cycle === 'Elsewhere')).toBe(false);
		expect((await audit.actors(org.id)).map((a) => a.name)).toEqual(
			expect.arrayContaining(['Ada', 'Bob'])
		);
		expect((await audit.actors(org.id)).map((a) => a.id)).not.toContain(null);
	});
});
