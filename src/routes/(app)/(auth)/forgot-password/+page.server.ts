import { invalid, parseForm } from '$lib/forms';
import { forgotPasswordSchema } from '$lib/domain/account/schema';
import * as accounts from '$lib/server/auth/accounts';
import { requirePasswordSignIn } from '$lib/server/auth/sso';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export const load: PageServerLoad = () => requirePasswordSignIn();

export const actions = {
	/**
	 * The same answer whether or not the address has an account (accounts.requestPasswordReset
	 * makes and queues the link afterwards, not waited for here). Only the per-client limit shows.
	 */
	default: async ({ request, url, getClientAddress }) => {
		requirePasswordSignIn();
		const form = parseForm(forgotPasswordSchema, await request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await accounts.requestPasswordReset(
			form.data.email,
			getClientAddress(),
			url.origin
		);
		if (!result.ok)
			return invalid(429, form.values, {
				form: m.common_requests_too_many({
					wait: m.common_wait_minutes({ count: minutes(result.retryAfterSeconds) })
				})
			});
		return { sent: form.data.email };
	}
} satisfies Actions;
