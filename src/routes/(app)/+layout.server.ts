import { interfaceLanguageOr } from '$lib/domain/language';
import { isOperator } from '$lib/server/organisations/operator';
import { passwordSignIn, ssoProvider } from '$lib/server/auth/sso';
import type { LayoutServerLoad } from './$types';

// Display only: every protected load and action checks the session itself.
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user
		? {
				name: locals.user.name,
				email: locals.user.email,
				emailVerified: locals.user.emailVerified
			}
		: null,
	operator: isOperator(locals.user),
	/** The interface language the server chose for this request (hooks.server.ts). */
	language: interfaceLanguageOr(locals.language),
	/** The ways in this installation offers (env: OIDC_*, PASSWORD_SIGN_IN). */
	signIn: { password: passwordSignIn, sso: ssoProvider?.name ?? null }
});
