import { error, redirect } from '@sveltejs/kit';
import { TOKEN_REFUSED, UNKNOWN_TOKEN } from '$lib/domain/account/tokens';
import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import * as accounts from '$lib/server/auth/accounts';
import type { Actions, PageServerLoad } from './$types';

const TOO_MANY = 'Too many links tried from this network. Try again in a few minutes.';
const TAKEN =
	'Another account signs in with this address now, so it cannot become yours. Nothing changed.';

function refusal(reason: Exclude<accounts.LinkResult, { ok: true }>['reason']): string {
	if (reason === 'rate-limited') return TOO_MANY;
	if (reason === 'taken') return TAKEN;
	if (reason === 'unknown') return UNKNOWN_TOKEN;
	return TOKEN_REFUSED[reason];
}

/**
 * A verification link, or the link confirming a new address. Opening it changes nothing (a mail
 * scanner may fetch it): the page asks, and the button confirms.
 */
export const load: PageServerLoad = async ({ params, getClientAddress, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const link = await accounts.openLink(params.token, getClientAddress());
	if (!link.ok) error(link.reason === 'rate-limited' ? 429 : 404, refusal(link.reason));
	if (link.purpose === 'reset-password') error(404, UNKNOWN_TOKEN);
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
