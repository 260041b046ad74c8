import { eq } from 'drizzle-orm';
import { db } from '../platform/db';
import { user } from '../platform/db/schema';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import * as rateLimit from './rate-limit';
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

/**
 * Signs in, within three limits (rate-limit.ts): per account and client address, per client
 * address, and an exponential back-off per account over all addresses. An attempt is counted
 * against the first two before the password is checked (so parallel guesses cannot slip past),
 * and given back to the client address when it succeeds; only failures feed the back-off.
 */
export async function signIn(
	input: SignInInput,
	clientAddress: string,
	now = new Date()
): Promise<SignInResult> {
	const accountAndClient = `${input.email} ${clientAddress}`;
	const perAccountAndClient = await rateLimit.hit(
		rateLimit.signInPerAccountAndClient,
		accountAndClient,
		now
	);
	const perClient = await rateLimit.hit(rateLimit.signInPerClient, clientAddress, now);
	const perAccount = await rateLimit.backoff(rateLimit.signInPerAccount, input.email, now);
	const refused = [perAccountAndClient, perClient, perAccount].filter((r) => !r.allowed);
	if (refused.length > 0) {
		return {
			ok: false,
			reason: 'rate-limited',
			retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds))
		};
	}
	const [found] = await db()
		.select({ id: user.id, passwordHash: user.passwordHash })
		.from(user)
		.where(eq(user.email, input.email));
	const valid = found
		? await verifyPassword(found.passwordHash, input.password)
		: await verifyAgainstDummy(input.password).then(() => false);
	if (!found || !valid) {
		await rateLimit.recordFailure(rateLimit.signInPerAccount, input.email, now);
		return { ok: false, reason: 'invalid' };
	}
	await rateLimit.reset(rateLimit.signInPerAccountAndClient, accountAndClient);
	await rateLimit.refund(rateLimit.signInPerClient, clientAddress);
	return { ok: true, userId: found.id };
}
