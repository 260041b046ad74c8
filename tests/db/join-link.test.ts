import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import { eq } from 'drizzle-orm';
import * as organisations from '../../src/lib/server/organisations';
import { db } from '../../src/lib/server/platform/db';
import { memberInvitation, user } from '../../src/lib/server/platform/db/schema';

beforeAll(async () => {
	await useTestDatabase();
});

describe('a single-use join link', () => {
	it('admits the invited account exactly once when it accepts several times at the same moment', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		for (let round = 0; round < 5; round++) {
			const invitee = await createUser();
			const { token } = await organisations.inviteMember(org.id, lead.id, 'lead', invitee.email);
			const joined = await Promise.all(
				[1, 2, 3].map(() => organisations.acceptInvitation(token, invitee.id))
			);
			expect(joined.filter(Boolean), `round ${round}`).toHaveLength(1);
			expect((await organisations.membershipOf(invitee.id, org.id))?.role).toBe('lead');
		}
	});

	it('is accepted only by the account with the address it names, once that address is verified', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const other = await createUser();
		const unverified = await createUser('Una Verified', { verified: false });
		const forOther = await organisations.inviteMember(org.id, lead.id, 'lead', unverified.email);
		// Someone else holding the link gets nothing, nor does the invitee before verifying.
		expect(await organisations.acceptInvitation(forOther.token, other.id)).toBeNull();
		expect(await organisations.acceptInvitation(forOther.token, unverified.id)).toBeNull();
		expect(await organisations.membershipOf(other.id, org.id)).toBeNull();
		expect(await organisations.membershipOf(unverified.id, org.id)).toBeNull();
		// The refusals did not use the link up: once verified, the invitee gets in.
		await db().update(user).set({ emailVerifiedAt: new Date() }).where(eq(user.id, unverified.id));
		expect((await organisations.acceptInvitation(forOther.token, unverified.id))?.id).toBe(org.id);
	});

	it('refuses a link made before links named an address', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const person = await createUser();
		const { token } = await organisations.inviteMember(org.id, lead.id, 'board', person.email);
		await db()
			.update(memberInvitation)
			.set({ email: null })
			.where(eq(memberInvitation.organisationId, org.id));
		expect(await organisations.acceptInvitation(token, person.id)).toBeNull();
	});

	it('still lets an existing board member be raised to lead, once', async () => {
		const lead = await createUser();
		const board = await createUser();
		const org = await createOrganisation(lead.id);
		const first = await organisations.inviteMember(org.id, lead.id, 'board', board.email);
		expect(await organisations.acceptInvitation(first.token, board.id)).not.toBeNull();
		const raise = await organisations.inviteMember(org.id, lead.id, 'lead', board.email);
		const [a, b] = await Promise.all([
			organisations.acceptInvitation(raise.token, board.id),
			organisations.acceptInvitation(raise.token, board.id)
		]);
		expect([a, b].filter(Boolean)).toHaveLength(1);
		expect((await organisations.membershipOf(board.id, org.id))?.role).toBe('lead');
	});
});
