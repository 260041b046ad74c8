import { z } from 'zod';

const optionalText = z
	.string()
	.trim()
	.transform((v) => (v === '' ? undefined : v))
	.optional();

const envSchema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	DATABASE_URL: optionalText,
	DATA_DIR: z.string().default('./data'),
	MIGRATIONS_DIR: z.string().default('./drizzle'),
	ORIGIN: optionalText,
	SEED_DEMO: z.enum(['true', 'false']).default('true'),
	SMTP_URL: optionalText,
	INVITATION_SECRET: optionalText.pipe(z.string().min(32, 'INVITATION_SECRET must be at least 32 characters.').optional()),
	MAIL_FROM: z.string().default('Touchstone <touchstone@localhost>')
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
