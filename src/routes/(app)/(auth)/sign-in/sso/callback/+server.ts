import { redirect } from '@sveltejs/kit';
import * as accounts from '$lib/server/auth/accounts';
import { startBrowserSession, takeSsoFlowCookie } from '$lib/server/auth/cookies';
import { finishSignIn, oauthErrorCode, requireSso } from '$lib/server/auth/sso';
import { logger } from '$lib/server/platform/log';
import type { RequestHandler } from './$types';

/**
 * Where the provider sends the browser back. The flow cookie is used up first, so a callback
 * works once; a missing or foreign flow, a changed state, a wrong nonce, a code used before or
 * a failed token check all end on the sign-in page with one message, and nobody signed in.
 */
export const GET: RequestHandler = async (event) => {
	requireSso();
	const flow = takeSsoFlowCookie(event.cookies, event.url);
	if (!flow) {
		logger.warn('single sign-on refused: no sign-in was started in this browser');
		redirect(303, '/sign-in?sso=failed');
	}
	let identity: Awaited<ReturnType<typeof finishSignIn>>;
	try {
		identity = await finishSignIn(event.url, flow);
	} catch (cause) {
		logger.warn(
			{ err: cause, oauthError: oauthErrorCode(cause) },
			'single sign-on refused: the provider answer failed a check'
		);
		redirect(303, '/sign-in?sso=failed');
	}
	if (!identity.ok) {
		logger.warn({ reason: identity.reason }, 'single sign-on refused: no verified e-mail address');
		redirect(303, '/sign-in?sso=unverified');
	}
	const account = await accounts.signInWithIdentity(identity);
	if (!account.ok) {
		logger.warn('single sign-on refused: an account with this address never confirmed it');
		redirect(303, '/sign-in?sso=unconfirmed');
	}
	if (account.created) logger.info({ userId: account.userId }, 'single sign-on made an account');
	await startBrowserSession(event, account.userId);
	redirect(303, flow.next);
};
