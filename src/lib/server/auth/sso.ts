import * as client from 'openid-client';
import { z } from 'zod';
import { env } from '../platform/env';
import { identityFromClaims, type SsoIdentity } from '$lib/domain/account/sso';
import { notFound } from './guard';

/** The installation's single sign-on, when OIDC_ISSUER and its client are set; null otherwise. */
export const ssoProvider: { name: string } | null = env.OIDC_ISSUER
	? { name: env.OIDC_PROVIDER_NAME }
	: null;

/** Password sign-in, sign-up and reset; switched off by PASSWORD_SIGN_IN=false (with SSO only). */
export const passwordSignIn = env.PASSWORD_SIGN_IN === 'true';

/** Routes of the password way in answer 404 when it is switched off, as if they did not exist. */
export function requirePasswordSignIn(): void {
	if (!passwordSignIn) notFound();
}

export function requireSso(): void {
	if (!ssoProvider) notFound();
}

export const SSO_CALLBACK_PATH = '/sign-in/sso/callback';

let configuration: Promise<client.Configuration> | undefined;

/**
 * The provider's metadata (discovery document), read once per process. A failed read is not
 * kept, so the next sign-in tries again once the provider is back.
 */
function providerConfiguration(): Promise<client.Configuration> {
	if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET)
		throw new Error('Single sign-on is not configured.');
	const issuer = new URL(env.OIDC_ISSUER);
	// env.ts admits plain http only for an issuer on this machine (a local test provider).
	const execute =
		issuer.protocol === 'http:'
			? [client.allowInsecureRequests, client.enableNonRepudiationChecks]
			: [client.enableNonRepudiationChecks];
	configuration ??= client
		.discovery(issuer, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET, undefined, { execute })
		.catch((cause: unknown) => {
			configuration = undefined;
			throw cause;
		});
	return configuration;
}

/**
 * What the browser keeps between leaving for the provider and coming back: the PKCE verifier,
 * `state` (the callback belongs to this browser's sign-in) and `nonce` (the ID token was made for
 * it), and where to go after. Only in an httpOnly cookie; never in the database or a log.
 */
export const ssoFlowSchema = z.object({
	state: z.string().min(32).max(128),
	nonce: z.string().min(32).max(128),
	codeVerifier: z.string().min(43).max(128),
	next: z.string().startsWith('/').max(2000)
});
export type SsoFlow = z.infer<typeof ssoFlowSchema>;

/** The provider's authorization URL for a new sign-in (code flow, PKCE S256), and its flow. */
export async function beginSignIn(
	redirectUri: string,
	next: string
): Promise<{ authorizationUrl: URL; flow: SsoFlow }> {
	const config = await providerConfiguration();
	const flow: SsoFlow = {
		state: client.randomState(),
		nonce: client.randomNonce(),
		codeVerifier: client.randomPKCECodeVerifier(),
		next
	};
	const authorizationUrl = client.buildAuthorizationUrl(config, {
		redirect_uri: redirectUri,
		scope: 'openid email profile',
		response_type: 'code',
		code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
		code_challenge_method: 'S256',
		state: flow.state,
		nonce: flow.nonce
	});
	return { authorizationUrl, flow };
}

/**
 * The provider's answer at the callback: openid-client checks `state`, swaps the code (with the
 * PKCE verifier) for tokens and validates the ID token (signature, issuer, audience, expiry and
 * `nonce`); any failed check throws. The address comes from the ID token, or, when the provider
 * puts it only in UserInfo, from there (UserInfo's `sub` must be the ID token's).
 */
export async function finishSignIn(callbackUrl: URL, flow: SsoFlow): Promise<SsoIdentity> {
	const config = await providerConfiguration();
	const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
		pkceCodeVerifier: flow.codeVerifier,
		expectedState: flow.state,
		expectedNonce: flow.nonce,
		idTokenExpected: true
	});
	const idToken = tokens.claims();
	if (!idToken) throw new Error('The provider sent no ID token.');
	const source =
		idToken.email !== undefined
			? idToken
			: await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
	return identityFromClaims({
		email: source.email,
		email_verified: source.email_verified,
		name: source.name ?? idToken.name
	});
}

/** The OAuth error code a provider answered with (`invalid_grant`, `access_denied`), for the log. */
export function oauthErrorCode(cause: unknown): string | undefined {
	if (
		cause instanceof client.ResponseBodyError ||
		cause instanceof client.AuthorizationResponseError
	)
		return cause.error;
	return undefined;
}
