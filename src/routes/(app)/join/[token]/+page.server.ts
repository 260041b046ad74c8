import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import * as organisations from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const invitation = await organisations.findInvitation(event.params.token);
	if (!invitation)
		error(404, 'This invitation link is not valid: it may have been used, revoked or expired.');
	return { organisationName: invitation.organisation.name, role: invitation.role };
};

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const joined = await organisations.acceptInvitation(event.params.token, user.id);
		if (!joined)
			error(404, 'This invitation link is not valid: it may have been used, revoked or expired.');
		redirect(303, `/o/${joined.id}`);
	}
} satisfies Actions;
