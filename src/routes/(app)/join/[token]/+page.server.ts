import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import * as organisations from '$lib/server/organisations';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

type Standing = 'ok' | 'unverified' | 'other-address';

/** Whether the signed-in account may accept: the link names one address, which must be theirs and confirmed. */
function standing(
	invitation: { email: string | null },
	user: { email: string; emailVerified: boolean }
): Standing {
	if (invitation.email !== user.email) return 'other-address';
	return user.emailVerified ? 'ok' : 'unverified';
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const invitation = await organisations.findInvitation(event.params.token);
	if (!invitation) error(404, m.common_join_not_valid());
	return {
		organisationName: invitation.organisation.name,
		role: invitation.role,
		invitee: invitation.email,
		signedInAs: user.email,
		standing: standing(invitation, user)
	};
};

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const joined = await organisations.acceptInvitation(event.params.token, user.id);
		if (joined) redirect(303, `/o/${joined.id}`);
		const invitation = await organisations.findInvitation(event.params.token);
		if (!invitation) error(404, m.common_join_not_valid());
		// The page says why and what to do: sign in with the invited address, or confirm it first.
		error(
			403,
			standing(invitation, user) === 'unverified'
				? m.common_join_refused_unverified()
				: m.common_join_refused_other_address()
		);
	}
} satisfies Actions;
