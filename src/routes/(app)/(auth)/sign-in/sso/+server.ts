import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { safeNextPath } from '$lib/domain/account/schema';
import { setSsoFlowCookie } from '$lib/server/auth/cookies';
import { beginSignIn, requireSso, SSO_CALLBACK_PATH } from '$lib/server/auth/sso';
import { logger } from '$lib/server/platform/log';
import type { RequestHandler } from './$types';

const startSchema = z.object({ next: z.string().max(2000).nullable() });

/**
 * "Sign in with …" is a link, not a form: the page's CSP (`form-action 'self'`) would stop a form
 * post that redirects to the provider. Starting is harmless to force on someone — they can only
 * sign in as themselves at their provider — and the callback accepts only the flow this browser
 * started (state, nonce, PKCE in its cookie), so nobody can be signed in to another's account.
 * Leaves for the provider with a fresh state, nonce and PKCE verifier.
 */
export const GET: RequestHandler = async ({ url, cookies, setHeaders }) => {
	requireSso();
	setHeaders({ 'cache-control': 'no-store' });
	const query = startSchema.safeParse({ next: url.searchParams.get('next') });
	const next = safeNextPath(query.success ? query.data.next : null, url.origin);
	let started: Awaited<ReturnType<typeof beginSignIn>>;
	try {
		started = await beginSignIn(new URL(SSO_CALLBACK_PATH, url.origin).href, next);
	} catch (cause) {
		logger.error({ err: cause }, 'single sign-on: the identity provider could not be reached');
		redirect(303, '/sign-in?sso=unavailable');
	}
	setSsoFlowCookie(cookies, url, started.flow);
	redirect(303, started.authorizationUrl.href);
};
