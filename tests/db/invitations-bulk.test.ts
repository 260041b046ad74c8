import { describe, it, expect, beforeAll } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { useTestDatabase, testDatabaseUrl } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import { db } from '../../src/lib/server/platform/db';
import { invitation } from '../../src/lib/server/platform/db/schema';
import * as cycles from '../../src/lib/server/cycles';
import * as instruments from '../../src/lib/server/instruments';
import * as invitations from '../../src/lib/server/survey/invitations';
import { parseInvitees } from '../../src/lib/domain/invitation/csv';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';

/** Large imports (issue 10.6a): PostgreSQL takes at most 65,535 parameters in one statement. */
let orgId: string;
let cycleId: string;

beforeAll(async () => {
	await useTestDatabase();
	const lead = await createUser();
	orgId = (await createOrganisation(lead.id)).id;
	cycleId = (await cycles.create(orgId, lead.id, {
		name: 'Everyone',
		instrumentId: await instruments.ensureBuiltIn(touchstoneV1),
		opensAt: new Date(Date.now() - 1000),
		closesAt: new Date(Date.now() + 86_400_000),
		anonymityThreshold: 5,
		groups: ['sales', 'service'],
		targets: {}
	}))!;
});

const csv = (from: number, to: number) =>
	Array.from(
		{ length: to - from },
		(_, i) =>
			`person${from + i}@example.org, Person ${from + i}, ${(from + i) % 2 ? 'sales' : 'service'}`
	).join('\n');

const count = async () =>
	(
		await db()
			.select({ n: sql<number>`count(*)::int` })
			.from(invitation)
			.where(and(eq(invitation.organisationId, orgId), eq(invitation.cycleId, cycleId)))
	)[0]!.n;

describe('a large invitee list', () => {
	it('imports 20,000 rows', async () => {
		const parsed = parseInvitees(csv(0, 20_000), ['sales', 'service']);
		expect(parsed.accepted).toHaveLength(20_000);
		const started = performance.now();
		const added = await invitations.addPersonal(orgId, cycleId, parsed.accepted, null);
		const ms = performance.now() - started;
		console.log(
			`20,000-row import on ${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'}: ${Math.round(ms)} ms`
		);
		expect(added.issued).toHaveLength(20_000);
		expect(added.alreadyInvited).toHaveLength(0);
		expect(await count()).toBe(20_000);
	}, 180_000);

	it('finds the 20,000 already invited when the list comes again with new people', async () => {
		const parsed = parseInvitees(csv(0, 20_500), ['sales', 'service']);
		const added = await invitations.addPersonal(orgId, cycleId, parsed.accepted, null);
		expect(added.issued).toHaveLength(500);
		expect(added.alreadyInvited).toHaveLength(20_000);
		expect(await count()).toBe(20_500);
	}, 180_000);

	it('creates anonymous links in batches too', async () => {
		const issued = await invitations.addAnonymous(orgId, cycleId, 'sales', 12_000, null);
		expect(issued).toHaveLength(12_000);
		expect(await count()).toBe(32_500);
	}, 180_000);
});
