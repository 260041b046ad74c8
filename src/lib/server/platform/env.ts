import { z } from 'zod';

const optionalText = z
	.string()
	.trim()
	.transform((v) => (v === '' ? undefined : v))
	.optional();

/**
 * A comma-separated list of e-mail addresses (blank: none), lower-cased like account e-mails.
 * Each entry must be an address, so a typo stops the start rather than silently locking the
 * operator out.
 */
const emailList = z
	.string()
	.optional()
	.transform((v) =>
		(v ?? '')
			.split(',')
			.map((e) => e.trim().toLowerCase())
			.filter((e) => e !== '')
	)
	.pipe(z.array(z.email('OPERATOR_EMAILS must be a comma-separated list of e-mail addresses.')));

/** An issuer is reached over https; plain http only on this machine (a local test provider). */
function isAllowedIssuer(url: URL): boolean {
	return (
		url.protocol === 'https:' ||
		(url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
	);
}

const issuerUrl = optionalText.pipe(
	z
		.url("OIDC_ISSUER must be the identity provider's issuer URL.")
		.refine(
			(v) => isAllowedIssuer(new URL(v)),
			'OIDC_ISSUER must be an https URL (http only on 127.0.0.1 or localhost).'
		)
		.optional()
);

const envSchema = z
	.object({
		NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
		DATABASE_URL: optionalText,
		/**
		 * A streaming replica of DATABASE_URL's database: dashboards, trends, peers and exports read
		 * from it (docs/deployment.md, "Beyond one database server"). Unset: everything reads the primary.
		 */
		DATABASE_REPLICA_URL: optionalText,
		DATA_DIR: z.string().default('./data'),
		MIGRATIONS_DIR: z.string().default('./drizzle'),
		ORIGIN: optionalText,
		/** Unset: the demo is seeded on the embedded database only, never on a PostgreSQL deployment. */
		SEED_DEMO: z.enum(['true', 'false']).optional(),
		SMTP_URL: optionalText,
		INVITATION_SECRET: optionalText.pipe(
			z.string().min(32, 'INVITATION_SECRET must be at least 32 characters.').optional()
		),
		/** File holding the invitation-link key when INVITATION_SECRET is not set (default: beside DATA_DIR). */
		KEY_FILE: optionalText,
		MAIL_FROM: z.string().default('Touchstone <touchstone@localhost>'),
		/**
		 * Accounts (by sign-in e-mail) of the installation's operator, who admits organisations to the
		 * peer-benchmark panel on /operator.
		 */
		OPERATOR_EMAILS: emailList,
		/** Milliseconds each SMTP step (connect, greeting, any socket silence) may take before the attempt fails. */
		MAIL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
		/** Retries of a message after its first attempt failed, before it is marked failed. */
		MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(4),
		/** Seconds before the first retry; each further retry waits about twice as long (exponential back-off). */
		MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
		/** pino level of the JSON logs on stdout; `debug` adds a line per health probe. */
		LOG_LEVEL: z
			.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
			.default('info'),
		/**
		 * Single sign-on (OpenID Connect): the identity provider's issuer URL (its discovery document
		 * is read from <issuer>/.well-known/openid-configuration), and this installation's client
		 * there. All three set, or none.
		 */
		OIDC_ISSUER: issuerUrl,
		OIDC_CLIENT_ID: optionalText,
		OIDC_CLIENT_SECRET: optionalText,
		/** What the sign-in button calls the provider: "Sign in with <name>". */
		OIDC_PROVIDER_NAME: z.string().trim().min(1).max(60).default('single sign-on'),
		/** `false` (only with single sign-on set up): no password sign-in, sign-up or password reset. */
		PASSWORD_SIGN_IN: z.enum(['true', 'false']).default('true')
	})
	.refine((e) => !e.DATABASE_REPLICA_URL || e.DATABASE_URL, {
		path: ['DATABASE_REPLICA_URL'],
		message: 'DATABASE_REPLICA_URL is a replica of DATABASE_URL: set DATABASE_URL too.'
	})
	// Single sign-on is configured whole, and password sign-in is never switched off without it.
	.superRefine((e, ctx) => {
		const sso = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
		if (sso.some((v) => v !== undefined) && sso.some((v) => v === undefined))
			ctx.addIssue({
				code: 'custom',
				path: ['OIDC_ISSUER'],
				message:
					'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set together, or none of them.'
			});
		if (e.PASSWORD_SIGN_IN === 'false' && e.OIDC_ISSUER === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['PASSWORD_SIGN_IN'],
				message:
					'PASSWORD_SIGN_IN=false needs single sign-on (OIDC_ISSUER …): nobody could sign in.'
			});
	});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
	const parsed = envSchema.safeParse(process.env);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		throw new Error(`Invalid environment settings:\n  ${problems.join('\n  ')}`);
	}
	return parsed.data;
}

/** The one place that reads environment variables, validated at start-up. */
export const env: Env = readEnv();
