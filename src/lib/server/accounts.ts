import { eq } from 'drizzle-orm';
import { db } from './db';
import { user } from './db/schema';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './auth/password';
import * as rateLimit from './auth/rate-limit';
import type { SignInInput, SignUpInput } from '$lib/domain/account/schema';

export type SignUpResult = { ok: true; userId: string } | { ok: false; reason: 'email-taken' };

export async function signUp(input: SignUpInput): Promise<SignUpResult> {
	const passwordHash = await hashPassword(input.password);
	const [created] = await db()
		.insert(user)
		.values({ email: input.email, name: input.name, passwordHash })
		.onConflictDoNothing({ target: user.email })
		.returning({ id: user.id });
	return created ? { ok: true, userId: created.id } : { ok: false, reason: 'email-taken' };
}

export type SignInResult =
	| { ok: true; userId: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

/** Counts every attempt, per account and per client, before checking the password. */
export async function signIn(input: SignInInput, clientAddress: string): Promise<SignInResult> {
	const perClient = await rateLimit.hit(rateLimit.signInPerClient, clientAddress);
	const perAccount = await rateLimit.hit(rateLimit.signInPerAccount, input.email);
	if (!perClient.allowed || !perAccount.allowed) {
		return {
			ok: false,
			reason: 'rate-limited',
			retryAfterSeconds: Math.max(
				perClient.allowed ? 0 : perClient.retryAfterSeconds,
				perAccount.allowed ? 0 : perAccount.retryAfterSeconds
			)
		};
	}
	const [found] = await db()
		.select({ id: user.id, passwordHash: user.passwordHash })
		.from(user)
		.where(eq(user.email, input.email));
	if (!found) {
		await verifyAgainstDummy(input.password);
		return { ok: false, reason: 'invalid' };
	}
	if (!(await verifyPassword(found.passwordHash, input.password))) return { ok: false, reason: 'invalid' };
	await rateLimit.reset(rateLimit.signInPerAccount, input.email);
	return { ok: true, userId: found.id };
}
