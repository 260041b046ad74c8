import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';
import { freePort } from './server';

/** What the identity provider says about one of its people. */
export interface IdentityProviderAccount {
	email: string;
	email_verified: boolean;
	name?: string;
}

export interface LocalIdentityProvider {
	issuer: string;
	clientId: string;
	clientSecret: string;
	/** The app's env for this provider (OIDC_*). */
	env: Record<string, string>;
	/**
	 * Who is signed in at the provider: its next login, for any browser, is as this account (no
	 * login form: the test decides who the person is).
	 */
	signInAs(account: IdentityProviderAccount): void;
	stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider, which is certified) on loopback, with
 * one confidential client for Touchstone. Login and consent are granted at once for the account
 * set by `signInAs`; everything else — discovery, PKCE, state, nonce, signed ID tokens, UserInfo,
 * single-use codes — is the provider's own.
 */
export async function startIdentityProvider(options: {
	/** The apps (their base URLs) whose callback the client may be sent back to. */
	apps: string[];
	name?: string;
}): Promise<LocalIdentityProvider> {
	const port = await freePort();
	const issuer = `http://127.0.0.1:${port}`;
	const clientId = 'touchstone';
	const clientSecret = randomBytes(24).toString('hex');
	const accounts = new Map<string, IdentityProviderAccount>();
	let current: string | undefined;
	const redirectUris = options.apps.map((app) => `${app}/sign-in/sso/callback`);

	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: clientId,
				client_secret: clientSecret,
				redirect_uris: redirectUris,
				token_endpoint_auth_method: 'client_secret_post',
				grant_types: ['authorization_code'],
				response_types: ['code']
			}
		],
		jwks: {
			keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }]
		},
		cookies: { keys: [randomBytes(16).toString('hex')] },
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
		features: { devInteractions: { enabled: false } },
		pkce: { required: () => true },
		// Set, so the provider does not print a notice for each default it falls back to.
		ttl: {
			AccessToken: 600,
			AuthorizationCode: 60,
			Grant: 600,
			IdToken: 600,
			Interaction: 600,
			Session: 600
		},
		async findAccount(_ctx, id) {
			const account = accounts.get(id);
			if (!account) return undefined;
			return { accountId: id, claims: async () => ({ sub: id, ...account }) };
		}
	});
	provider.on('server_error', (_ctx, error) => console.error('[oidc-provider]', error));

	const callback = provider.callback();
	/** The interaction (login, then consent) finished at once as the current account. */
	async function interact(req: IncomingMessage, res: ServerResponse) {
		const details = await provider.interactionDetails(req, res);
		if (!current) throw new Error('nobody is signed in at the test identity provider');
		const grant = new provider.Grant({
			accountId: current,
			clientId: String(details.params.client_id)
		});
		grant.addOIDCScope(String(details.params.scope));
		const grantId = await grant.save();
		await provider.interactionFinished(
			req,
			res,
			{ login: { accountId: current }, consent: { grantId } },
			{ mergeWithLastSubmission: false }
		);
	}
	const server = createServer((req, res) => {
		if (req.url?.startsWith('/interaction/')) {
			interact(req, res).catch((error: unknown) => {
				res.statusCode = 500;
				res.end(String(error));
			});
			return;
		}
		void callback(req, res);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

	return {
		issuer,
		clientId,
		clientSecret,
		env: {
			OIDC_ISSUER: issuer,
			OIDC_CLIENT_ID: clientId,
			OIDC_CLIENT_SECRET: clientSecret,
			OIDC_PROVIDER_NAME: options.name ?? 'Test Login'
		},
		signInAs(account) {
			// One subject per address, as a provider keeps one per person.
			current = `person-${Buffer.from(account.email).toString('hex')}`;
			accounts.set(current, account);
		},
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
