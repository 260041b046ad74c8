import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import * as organisations from '../../src/lib/server/organisations';

beforeAll(async () => {
	await useTestDatabase();
});

describe('a single-use join link', () => {
	it('admits exactly one account when two accept it at the same moment', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		for (let round = 0; round < 5; round++) {
			const { token } = await organisations.inviteMember(org.id, lead.id, 'lead', undefined);
			const people = await Promise.all([createUser(), createUser(), createUser()]);
			const joined = await Promise.all(
				people.map((p) => organisations.acceptInvitation(token, p.id))
			);
			expect(joined.filter(Boolean), `round ${round}`).toHaveLength(1);
			const members = await Promise.all(
				people.map((p) => organisations.membershipOf(p.id, org.id))
			);
			expect(members.filter(Boolean), `round ${round}: memberships`).toHaveLength(1);
			expect(members.find(Boolean)?.role).toBe('lead');
		}
	});

	it('still lets an existing board member be raised to lead, once', async () => {
		const lead = await createUser();
		const board = await createUser();
		const org = await createOrganisation(lead.id);
		const first = await organisations.inviteMember(org.id, lead.id, 'board', undefined);
		expect(await organisations.acceptInvitation(first.token, board.id)).not.toBeNull();
		const raise = await organisations.inviteMember(org.id, lead.id, 'lead', undefined);
		const [a, b] = await Promise.all([
			organisations.acceptInvitation(raise.token, board.id),
			organisations.acceptInvitation(raise.token, board.id)
		]);
		expect([a, b].filter(Boolean)).toHaveLength(1);
		expect((await organisations.membershipOf(board.id, org.id))?.role).toBe('lead');
	});
});
