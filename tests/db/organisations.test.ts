import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import * as organisations from '../../src/lib/server/organisations';

beforeAll(async () => {
	await useTestDatabase();
});

describe('organisations', () => {
	it('makes the creator its lead', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		expect(await organisations.membershipOf(lead.id, org.id)).toMatchObject({
			role: 'lead',
			organisation: { id: org.id }
		});
	});

	it('gives no membership to someone outside, nor for a malformed id', async () => {
		const lead = await createUser();
		const stranger = await createUser();
		const org = await createOrganisation(lead.id);
		expect(await organisations.membershipOf(stranger.id, org.id)).toBeNull();
		expect(await organisations.membershipOf(lead.id, 'not-a-uuid')).toBeNull();
	});

	it('lets an invited colleague join once with the invited role', async () => {
		const lead = await createUser();
		const colleague = await createUser();
		const late = await createUser();
		const org = await createOrganisation(lead.id);
		const { token } = await organisations.inviteMember(org.id, lead.id, 'board', undefined);
		expect((await organisations.acceptInvitation(token, colleague.id))?.id).toBe(org.id);
		expect((await organisations.membershipOf(colleague.id, org.id))?.role).toBe('board');
		expect(await organisations.acceptInvitation(token, late.id)).toBeNull();
	});

	it('refuses a revoked invitation', async () => {
		const lead = await createUser();
		const colleague = await createUser();
		const org = await createOrganisation(lead.id);
		const { token } = await organisations.inviteMember(org.id, lead.id, 'lead', 'x@example.test');
		const [pending] = await organisations.pendingInvitations(org.id);
		await organisations.revokeInvitation(org.id, pending!.id);
		expect(await organisations.acceptInvitation(token, colleague.id)).toBeNull();
	});

	it('does not revoke another organisation’s invitation', async () => {
		const leadA = await createUser();
		const leadB = await createUser();
		const orgA = await createOrganisation(leadA.id, 'A');
		const orgB = await createOrganisation(leadB.id, 'B');
		await organisations.inviteMember(orgB.id, leadB.id, 'board', undefined);
		const [pendingB] = await organisations.pendingInvitations(orgB.id);
		await organisations.revokeInvitation(orgA.id, pendingB!.id);
		expect(await organisations.pendingInvitations(orgB.id)).toHaveLength(1);
	});

	it('lists every organisation a person belongs to, for switching', async () => {
		const person = await createUser();
		const other = await createUser();
		await createOrganisation(person.id, 'Alpha');
		const beta = await createOrganisation(other.id, 'Beta');
		const { token } = await organisations.inviteMember(beta.id, other.id, 'board', undefined);
		await organisations.acceptInvitation(token, person.id);
		const list = await organisations.listForUser(person.id);
		expect(list.map((o) => [o.name, o.role])).toEqual([
			['Alpha', 'lead'],
			['Beta', 'board']
		]);
	});
});
