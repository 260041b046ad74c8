import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/forms';
import { safeNextPath, signUpSchema } from '$lib/domain/account/schema';
import * as accounts from '$lib/server/auth/accounts';
import * as rateLimit from '$lib/server/auth/rate-limit';
import { requirePasswordSignIn } from '$lib/server/auth/sso';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requirePasswordSignIn();
	if (locals.user) redirect(303, safeNextPath(url.searchParams.get('next'), url.origin));
};

export const actions = {
	/**
	 * The same answer whether or not the address has an account: "check your e-mail". A new
	 * address gets a verification link, one with an account a notice (accounts.register).
	 */
	default: async ({ request, url, getClientAddress }) => {
		requirePasswordSignIn();
		const form = parseForm(signUpSchema, await request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const limit = await rateLimit.hit(rateLimit.signUpPerClient, getClientAddress());
		if (!limit.allowed) {
			return invalid(429, form.values, {
				form: m.common_sign_ups_too_many({
					wait: m.common_wait_minutes({ count: Math.ceil(limit.retryAfterSeconds / 60) })
				})
			});
		}
		await accounts.register(form.data, url.origin);
		return { sent: form.data.email };
	}
} satisfies Actions;
