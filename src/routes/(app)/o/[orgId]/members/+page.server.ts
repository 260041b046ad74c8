import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { memberInvitationSchema, timeZoneSchema } from '$lib/domain/organisation/schema';
import { timeZones } from '$lib/domain/time-zone';
import { requireLead } from '$lib/server/auth/guard';
import * as organisations from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireLead(event);
	return {
		members: await organisations.members(organisation.id),
		invitations: await organisations.pendingInvitations(organisation.id),
		zones: timeZones()
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
		return { invitationLink: `${event.url.origin}/join/${token}`, role: form.data.role, expiresAt };
	},
	revoke: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(z.object({ invitationId: z.uuid() }), await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await organisations.revokeInvitation(organisation.id, form.data.invitationId);
		return { revoked: true };
	},
	timeZone: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(timeZoneSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await organisations.setTimeZone(organisation.id, form.data.timeZone);
		return { timeZoneSaved: form.data.timeZone };
	}
} satisfies Actions;
