import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import { and, eq } from 'drizzle-orm';
import * as organisations from '../../src/lib/server/organisations';
import { db } from '../../src/lib/server/platform/db';
import { membershipHistory } from '../../src/lib/server/platform/db/schema';

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
		const { token } = await organisations.inviteMember(org.id, lead.id, 'board', colleague.email);
		expect((await organisations.acceptInvitation(token, colleague.id))?.id).toBe(org.id);
		expect((await organisations.membershipOf(colleague.id, org.id))?.role).toBe('board');
		expect(await organisations.acceptInvitation(token, colleague.id)).toBeNull();
		expect(await organisations.acceptInvitation(token, late.id)).toBeNull();
	});

	it('refuses a revoked invitation', async () => {
		const lead = await createUser();
		const colleague = await createUser();
		const org = await createOrganisation(lead.id);
		const { token } = await organisations.inviteMember(org.id, lead.id, 'lead', colleague.email);
		const [pending] = await organisations.pendingInvitations(org.id);
		await organisations.revokeInvitation(org.id, pending!.id);
		expect(await organisations.acceptInvitation(token, colleague.id)).toBeNull();
	});

	it('does not revoke another organisation’s invitation', async () => {
		const leadA = await createUser();
		const leadB = await createUser();
		const orgA = await createOrganisation(leadA.id, 'A');
		const orgB = await createOrganisation(leadB.id, 'B');
		await organisations.inviteMember(orgB.id, leadB.id, 'board', 'b-colleague@example.test');
		const [pendingB] = await organisations.pendingInvitations(orgB.id);
		await organisations.revokeInvitation(orgA.id, pendingB!.id);
		expect(await organisations.pendingInvitations(orgB.id)).toHaveLength(1);
	});

	it('lists every organisation a person belongs to, for switching', async () => {
		const person = await createUser();
		const other = await createUser();
		await createOrganisation(person.id, 'Alpha');
		const beta = await createOrganisation(other.id, 'Beta');
		const { token } = await organisations.inviteMember(beta.id, other.id, 'board', person.email);
		await organisations.acceptInvitation(token, person.id);
		const list = await organisations.listForUser(person.id);
		expect(list.map((o) => [o.name, o.role])).toEqual([
			['Alpha', 'lead'],
			['Beta', 'board']
		]);
	});
});

/** A lead's organisation with a board member and a second lead, each joined by an invitation. */
async function organisationOfThree() {
	const lead = await createUser('Lena Lead');
	const board = await createUser('Bo Board');
	const colead = await createUser('Cole Colead');
	const org = await createOrganisation(lead.id);
	for (const [person, role] of [
		[board, 'board'],
		[colead, 'lead']
	] as const) {
		const { token } = await organisations.inviteMember(org.id, lead.id, role, person.email);
		await organisations.acceptInvitation(token, person.id);
	}
	return { lead, board, colead, org };
}

const remembered = async (organisationId: string, userId: string) =>
	(
		await db()
			.select()
			.from(membershipHistory)
			.where(
				and(
					eq(membershipHistory.organisationId, organisationId),
					eq(membershipHistory.userId, userId)
				)
			)
	).length;

const roleOf = async (userId: string, organisationId: string) =>
	(await organisations.membershipOf(userId, organisationId))?.role ?? null;

describe('membership changes', () => {
	it('removes a member: no membership from then on, the history row kept', async () => {
		const { lead, board, org } = await organisationOfThree();
		expect(await remembered(org.id, board.id)).toBe(1);
		expect(await organisations.removeMember(org.id, board.id, lead.id)).toEqual({
			ok: true,
			name: 'Bo Board'
		});
		expect(await organisations.membershipOf(board.id, org.id)).toBeNull();
		expect(await organisations.listForUser(board.id)).toEqual([]);
		expect((await organisations.members(org.id)).map((m) => m.userId)).not.toContain(board.id);
		expect(await remembered(org.id, board.id)).toBe(1);
		expect(await roleOf(lead.id, org.id)).toBe('lead');
		// Removing again finds nobody.
		expect(await organisations.removeMember(org.id, board.id, lead.id)).toEqual({
			ok: false,
			reason: 'notMember'
		});
	});

	it('changes a role both ways; the history keeps one row per person and organisation', async () => {
		const { lead, board, colead, org } = await organisationOfThree();
		expect(await organisations.setMemberRole(org.id, board.id, 'lead', lead.id)).toEqual({
			ok: true,
			changed: true,
			name: 'Bo Board'
		});
		expect(await roleOf(board.id, org.id)).toBe('lead');
		expect(await organisations.setMemberRole(org.id, colead.id, 'board', lead.id)).toEqual({
			ok: true,
			changed: true,
			name: 'Cole Colead'
		});
		expect(await roleOf(colead.id, org.id)).toBe('board');
		expect(await organisations.setMemberRole(org.id, colead.id, 'board', lead.id)).toMatchObject({
			ok: true,
			changed: false
		});
		expect(await remembered(org.id, board.id)).toBe(1);
		expect(await remembered(org.id, colead.id)).toBe(1);
	});

	it('never leaves an organisation without a lead: the last lead cannot be demoted, removed or leave', async () => {
		const lead = await createUser();
		const board = await createUser();
		const org = await createOrganisation(lead.id);
		const { token } = await organisations.inviteMember(org.id, lead.id, 'board', board.email);
		await organisations.acceptInvitation(token, board.id);
		const lastLead = { ok: false, reason: 'lastLead' };
		expect(await organisations.setMemberRole(org.id, lead.id, 'board', lead.id)).toEqual(lastLead);
		expect(await organisations.removeMember(org.id, lead.id, lead.id)).toEqual(lastLead);
		expect(await organisations.leave(org.id, lead.id)).toEqual(lastLead);
		expect(await roleOf(lead.id, org.id)).toBe('lead');
		// With a second lead, the first may step down, and then the second is the last one.
		expect(await organisations.setMemberRole(org.id, board.id, 'lead', lead.id)).toMatchObject({
			ok: true
		});
		expect(await organisations.setMemberRole(org.id, lead.id, 'board', lead.id)).toMatchObject({
			ok: true
		});
		expect(await organisations.leave(org.id, board.id)).toEqual(lastLead);
		expect(await roleOf(board.id, org.id)).toBe('lead');
	});

	it('keeps one lead when two leads demote or remove each other at the same moment', async () => {
		for (let round = 0; round < 5; round++) {
			const a = await createUser();
			const b = await createUser();
			const org = await createOrganisation(a.id);
			const { token } = await organisations.inviteMember(org.id, a.id, 'lead', b.email);
			await organisations.acceptInvitation(token, b.id);
			const results = await Promise.all(
				round % 2 === 0
					? [
							organisations.setMemberRole(org.id, a.id, 'board', b.id),
							organisations.setMemberRole(org.id, b.id, 'board', a.id)
						]
					: [organisations.removeMember(org.id, a.id, b.id), organisations.leave(org.id, b.id)]
			);
			expect(
				results.filter((r) => r.ok),
				`round ${round}`
			).toHaveLength(1);
			expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'lastLead' }]);
			const leads = (await organisations.members(org.id)).filter((m) => m.role === 'lead');
			expect(leads, `round ${round}: leads left`).toHaveLength(1);
		}
	});

	it('lets a board member leave, and keeps their history row', async () => {
		const { board, org } = await organisationOfThree();
		expect(await organisations.leave(org.id, board.id)).toMatchObject({ ok: true });
		expect(await organisations.membershipOf(board.id, org.id)).toBeNull();
		expect(await remembered(org.id, board.id)).toBe(1);
	});

	it('changes nothing in another organisation, nor for a malformed or unknown id', async () => {
		const a = await organisationOfThree();
		const b = await organisationOfThree();
		const notMember = { ok: false, reason: 'notMember' };
		expect(await organisations.removeMember(a.org.id, b.board.id, a.lead.id)).toEqual(notMember);
		expect(await organisations.setMemberRole(a.org.id, b.board.id, 'lead', a.lead.id)).toEqual(
			notMember
		);
		expect(await organisations.removeMember('not-a-uuid', b.board.id, a.lead.id)).toEqual(
			notMember
		);
		expect(await organisations.setMemberRole(b.org.id, 'not-a-uuid', 'lead', a.lead.id)).toEqual(
			notMember
		);
		expect(await roleOf(b.board.id, b.org.id)).toBe('board');
	});

	it('revokes the open invitation links of someone removed or demoted, and no one else’s', async () => {
		const { lead, board, colead, org } = await organisationOfThree();
		const byColead = await organisations.inviteMember(org.id, colead.id, 'lead', colead.email);
		const byLead = await organisations.inviteMember(org.id, lead.id, 'board', board.email);
		expect(await organisations.setMemberRole(org.id, colead.id, 'board', lead.id)).toMatchObject({
			ok: true
		});
		// A demoted lead cannot make themselves lead again with a link they kept.
		expect(await organisations.acceptInvitation(byColead.token, colead.id)).toBeNull();
		expect(await roleOf(colead.id, org.id)).toBe('board');
		const kept = await organisations.pendingInvitations(org.id);
		expect(kept).toHaveLength(1);
		await organisations.removeMember(org.id, colead.id, lead.id);
		expect(await organisations.acceptInvitation(byLead.token, board.id)).not.toBeNull();
	});
});

describe('organisation details (issue 14.3)', () => {
	it('renames the organisation and changes its sector and size band, and only that one', async () => {
		const lead = await createUser();
		const mine = await createOrganisation(lead.id, 'Before Ltd');
		const other = await createOrganisation(lead.id, 'Other Ltd');
		await organisations.updateDetails(mine.id, {
			name: 'After Ltd',
			sector: 'Healthcare',
			sizeBand: '5,000+'
		});
		expect(await organisations.get(mine.id)).toMatchObject({
			name: 'After Ltd',
			sector: 'Healthcare',
			sizeBand: '5,000+'
		});
		expect((await organisations.get(other.id))?.name).toBe('Other Ltd');
	});
});
