import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import {
	leaveSchema,
	memberInvitationSchema,
	memberRemovalSchema,
	memberRoleSchema,
	memberRoles,
	organisationDetailsSchema,
	timeZoneSchema
} from '$lib/domain/organisation/schema';
import { timeZones } from '$lib/domain/time-zone';
import { organisationLanguageSchema } from '$lib/domain/language-schema';
import { requireLead, requireMember } from '$lib/server/auth/guard';
import * as organisations from '$lib/server/organisations';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

type Role = (typeof memberRoles)[number];

/** Why the last lead cannot go: shown on the confirmation step, and if the server refuses anyway. */
const onlyLead = {
	self: () => m.org_members_only_lead_self(),
	other: (name: string) => m.org_members_only_lead_other({ name }),
	thisMember: () => m.org_members_only_lead_this_member()
};
const notAMember = () => m.org_members_not_a_member();

/**
 * The confirmation step of a destructive change (?remove=<userId>, ?role=<userId>&to=<role>,
 * ?leave): what will happen, before anything does. `blocked` says why it cannot be done.
 */
type Confirmation =
	| { kind: 'remove'; member: organisations.Member; blocked: string | null }
	| { kind: 'role'; member: organisations.Member; to: Role; blocked: string | null }
	| { kind: 'leave'; blocked: string | null };

function confirmation(
	query: URLSearchParams,
	members: organisations.Member[],
	self: string
): Confirmation | null {
	const onlyLeadIs = (userId: string) =>
		members.filter((x) => x.role === 'lead').length === 1 &&
		members.some((x) => x.userId === userId && x.role === 'lead');
	const blockedFor = (member: organisations.Member) =>
		onlyLeadIs(member.userId)
			? member.userId === self
				? onlyLead.self()
				: onlyLead.other(member.name)
			: null;
	if (query.has('leave'))
		return { kind: 'leave', blocked: onlyLeadIs(self) ? onlyLead.self() : null };
	const removing = members.find((x) => x.userId === query.get('remove'));
	if (removing) return { kind: 'remove', member: removing, blocked: blockedFor(removing) };
	const changing = members.find((x) => x.userId === query.get('role'));
	const to = memberRoles.find((r) => r === query.get('to'));
	// Nothing to confirm once the member has that role (also right after the change).
	if (changing && to && changing.role !== to)
		return {
			kind: 'role',
			member: changing,
			to,
			blocked: to === 'board' ? blockedFor(changing) : null
		};
	return null;
}

export const load: PageServerLoad = async (event) => {
	const { organisation, role, user } = await requireMember(event);
	if (role !== 'lead') {
		// A board member sees their own membership only, and may leave.
		const leaving = event.url.searchParams.has('leave');
		return {
			self: user.id,
			members: [],
			invitations: [],
			zones: [],
			confirming: leaving ? ({ kind: 'leave', blocked: null } as Confirmation) : null
		};
	}
	const members = await organisations.members(organisation.id);
	return {
		self: user.id,
		members,
		invitations: await organisations.pendingInvitations(organisation.id),
		zones: timeZones(),
		confirming: confirmation(event.url.searchParams, members, user.id)
	};
};

export const actions = {
	invite: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(memberInvitationSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const { token, expiresAt } = await organisations.inviteMember(
			organisation.id,
			user.id,
			form.data.role,
			form.data.email
		);
		return {
			invitationLink: `${event.url.origin}/join/${token}`,
			role: form.data.role,
			email: form.data.email,
			expiresAt
		};
	},
	revoke: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(z.object({ invitationId: z.uuid() }), await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await organisations.revokeInvitation(organisation.id, form.data.invitationId);
		return { revoked: true };
	},
	details: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(organisationDetailsSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await organisations.updateDetails(organisation.id, form.data);
		return { detailsSaved: true };
	},
	timeZone: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(timeZoneSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await organisations.setTimeZone(organisation.id, form.data.timeZone);
		return { timeZoneSaved: form.data.timeZone };
	},
	/** The organisation's default language (issue 17): board reports, and members who chose none. */
	language: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(organisationLanguageSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await organisations.setLanguage(organisation.id, form.data.language, user.id);
		return { languageSaved: form.data.language };
	},
	/** A lead removes a member (removing oneself is leaving). Confirmed on ?remove=<userId> first. */
	remove: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(memberRemovalSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const self = form.data.userId === user.id;
		const result = await organisations.removeMember(organisation.id, form.data.userId, user.id);
		if (!result.ok && result.reason === 'notMember')
			return invalid(404, form.values, { form: notAMember() });
		if (!result.ok)
			return invalid(409, form.values, {
				form: self ? onlyLead.self() : onlyLead.thisMember()
			});
		if (self) redirect(303, '/?all');
		return { removed: result.name };
	},
	/** A lead makes a member a lead or a board member. Confirmed on ?role=<userId>&to=<role> first. */
	role: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(memberRoleSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await organisations.setMemberRole(
			organisation.id,
			form.data.userId,
			form.data.role,
			user.id
		);
		if (!result.ok && result.reason === 'notMember')
			return invalid(404, form.values, { form: notAMember() });
		if (!result.ok)
			return invalid(409, form.values, {
				form: form.data.userId === user.id ? onlyLead.self() : onlyLead.thisMember()
			});
		return {
			roleChanged: { name: result.name, role: form.data.role, self: form.data.userId === user.id }
		};
	},
	/** Any member leaves the organisation (the last lead cannot). Confirmed on ?leave first. */
	leave: async (event) => {
		const { organisation, user } = await requireMember(event);
		const form = parseForm(leaveSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await organisations.leave(organisation.id, user.id);
		if (!result.ok) return invalid(409, form.values, { form: onlyLead.self() });
		redirect(303, '/?all');
	}
} satisfies Actions;
