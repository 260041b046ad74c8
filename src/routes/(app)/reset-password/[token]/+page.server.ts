import { error, redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/forms';
import { resetPasswordSchema } from '$lib/domain/account/schema';
import { tokenRefusal } from '$lib/domain/account/tokens';
import * as accounts from '$lib/server/auth/accounts';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { requirePasswordSignIn } from '$lib/server/auth/sso';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

function refusal(reason: Exclude<accounts.LinkResult, { ok: true }>['reason']): string {
	if (reason === 'rate-limited') return m.common_links_too_many();
	return tokenRefusal(reason === 'taken' ? 'unknown' : reason);
}

/** The page a reset link opens: the link is a credential, so the page is never cached. */
export const load: PageServerLoad = async ({ params, getClientAddress, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	requirePasswordSignIn();
	const link = await accounts.openLink(params.token, getClientAddress());
	if (!link.ok) error(link.reason === 'rate-limited' ? 429 : 404, refusal(link.reason));
	if (link.purpose !== 'reset-password') error(404, tokenRefusal('unknown'));
	return { email: link.email };
};

export const actions = {
	default: async ({ request, params, getClientAddress, cookies, url }) => {
		requirePasswordSignIn();
		const form = parseForm(resetPasswordSchema, await request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await accounts.resetPassword(
			params.token,
			form.data.password,
			getClientAddress()
		);
		if (!result.ok)
			return invalid(result.reason === 'rate-limited' ? 429 : 404, form.values, {
				form: refusal(result.reason)
			});
		// Every session of the account ended, this browser's too if it was signed in to it.
		deleteSessionCookie(cookies, url);
		redirect(303, '/sign-in?reset');
	}
} satisfies Actions;
