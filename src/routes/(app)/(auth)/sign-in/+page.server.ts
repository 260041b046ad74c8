import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/forms';
import { safeNextPath, signInSchema } from '$lib/domain/account/schema';
import * as accounts from '$lib/server/auth/accounts';
import { startBrowserSession } from '$lib/server/auth/cookies';
import { requirePasswordSignIn } from '$lib/server/auth/sso';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNextPath(url.searchParams.get('next'), url.origin));
};

const waitFor = (seconds: number) =>
	seconds < 60
		? m.common_wait_seconds({ count: seconds })
		: m.common_wait_minutes({ count: Math.ceil(seconds / 60) });

export const actions = {
	default: async (event) => {
		requirePasswordSignIn();
		const { request, url, getClientAddress } = event;
		const form = parseForm(signInSchema, await request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await accounts.signIn(form.data, getClientAddress());
		if (!result.ok) {
			const message =
				result.reason === 'rate-limited'
					? m.common_sign_in_too_many({ wait: waitFor(result.retryAfterSeconds) })
					: m.common_wrong_credentials();
			return invalid(result.reason === 'rate-limited' ? 429 : 400, form.values, { form: message });
		}
		await startBrowserSession(event, result.userId);
		redirect(303, safeNextPath(url.searchParams.get('next'), url.origin));
	}
} satisfies Actions;
