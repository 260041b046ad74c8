import { error, redirect } from '@sveltejs/kit';
import { tokenRefusal } from '$lib/domain/account/tokens';
import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import * as accounts from '$lib/server/auth/accounts';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

function refusal(reason: Exclude<accounts.LinkResult, { ok: true }>['reason']): string {
	if (reason === 'rate-limited') return m.common_links_too_many();
	if (reason === 'taken') return m.common_link_address_taken();
	return tokenRefusal(reason);
}

/**
 * A verification link, or the link confirming a new address. Opening it changes nothing (a mail
 * scanner may fetch it): the page asks, and the button confirms.
 */
export const load: PageServerLoad = async ({ params, getClientAddress, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const link = await accounts.openLink(params.token, getClientAddress());
	if (!link.ok) error(link.reason === 'rate-limited' ? 429 : 404, refusal(link.reason));
	if (link.purpose === 'reset-password') error(404, tokenRefusal('unknown'));
	return { email: link.email, change: link.purpose === 'change-email' };
};

export const actions = {
	default: async ({ request, params, getClientAddress, locals }) => {
		// Nothing to type: a button. Whatever else is posted is checked like every form (NUL).
		const form = parseForm(z.object({}), await request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await accounts.confirmEmail(params.token, getClientAddress());
		if (!result.ok)
			return invalid(
				result.reason === 'rate-limited' ? 429 : result.reason === 'taken' ? 409 : 404,
				form.values,
				{ form: refusal(result.reason) }
			);
		// Signed in to that account here: its page; otherwise sign in (the link never signs anyone in).
		redirect(303, locals.user?.id === result.userId ? '/account?verified' : '/sign-in?verified');
	}
} satisfies Actions;
