import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/forms';
import { safeNextPath, signUpSchema } from '$lib/domain/account/schema';
import * as accounts from '$lib/server/auth/accounts';
import * as rateLimit from '$lib/server/auth/rate-limit';
import { createSession, generateToken } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNextPath(url.searchParams.get('next'), url.origin));
};

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = parseForm(signUpSchema, await request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const limit = await rateLimit.hit(rateLimit.signUpPerClient, getClientAddress());
		if (!limit.allowed) {
			return invalid(429, form.values, {
				form: `Too many new accounts from this network. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`
			});
		}
		const result = await accounts.signUp(form.data);
		if (!result.ok) {
			return invalid(400, form.values, {
				email: 'An account with this e-mail address already exists. Sign in instead.'
			});
		}
		const token = generateToken();
		const session = await createSession(token, result.userId);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, safeNextPath(url.searchParams.get('next'), url.origin, '/orgs/new'));
	}
} satisfies Actions;
