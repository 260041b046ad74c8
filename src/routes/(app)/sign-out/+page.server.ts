import { redirect } from '@sveltejs/kit';
import { safeNextPath } from '$lib/domain/account/schema';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(locals.session.id);
		deleteSessionCookie(cookies, url);
		// ?next: signing out to sign in as someone else (an invitation for another address).
		const next = safeNextPath(url.searchParams.get('next'), url.origin, '');
		redirect(303, next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
	}
} satisfies Actions;
