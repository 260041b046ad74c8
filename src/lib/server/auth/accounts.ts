import { and, eq, isNull } from 'drizzle-orm';
import { db } from '../platform/db';
import { user } from '../platform/db/schema';
import { logger } from '../platform/log';
import * as outbox from '../outbox';
import type { AccountMail } from './account-mail';
import * as tokens from './account-tokens';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import * as rateLimit from './rate-limit';
import { invalidateOtherSessions, invalidateUserSessions } from './session';
import type { SignInInput, SignUpInput } from '$lib/domain/account/schema';
import type { TokenState } from '$lib/domain/account/tokens';
import { accountForIdentity } from '$lib/domain/account/sso';
import { isInterfaceLanguage, type InterfaceLanguage } from '$lib/domain/language';
import { encodeBase64 } from '@oslojs/encoding';
import { getLocale } from '$lib/paraglide/runtime';

export type SignUpResult = { ok: true; userId: string } | { ok: false; reason: 'email-taken' };

/**
 * Creates an account, unverified unless `verified` (the demo's fixtures). People sign up through
 * `register`, which never says whether the address had an account.
 */
export async function signUp(
	input: SignUpInput,
	options: { verified?: boolean } = {}
): Promise<SignUpResult> {
	const passwordHash = await hashPassword(input.password);
	const [created] = await db()
		.insert(user)
		.values({
			email: input.email,
			name: input.name,
			passwordHash,
			emailVerifiedAt: options.verified ? new Date() : null
		})
		.onConflictDoNothing({ target: user.email })
		.returning({ id: user.id });
	return created ? { ok: true, userId: created.id } : { ok: false, reason: 'email-taken' };
}

/**
 * Queues an account e-mail unless this address had its share this hour (accountMailPerAddress):
 * the caller answers the same either way, so the limit says nothing about the address. A mail
 * with a link makes the link (`link`) only once the mail may go, so a refused request does not
 * supersede the link mailed before.
 */
async function mailAccount(
	address: string,
	job: { mail: AccountMail; userId: string; origin: string },
	now: Date,
	link?: () => Promise<string>
): Promise<boolean> {
	const limit = await rateLimit.hit(rateLimit.accountMailPerAddress, address, now);
	if (!limit.allowed) {
		logger.warn({ mail: job.mail }, 'account mail refused: too many for this address');
		return false;
	}
	// The language of the request that asks for the mail, for an account that chose none.
	const language = getLocale();
	await outbox.queueAccountMail(
		link ? { ...job, language, tokenId: await link() } : { ...job, language }
	);
	return true;
}

/**
 * Sign-up as people see it: the same answer whether or not the address has an account (OWASP
 * ASVS 5.0 V6.3.7). A new address gets an unverified account and a verification link; an address
 * that has an account gets a notice that someone tried (with links to sign in or reset). Both
 * spend the password hash's time. Nobody is signed in here: the person confirms the address, then
 * signs in.
 */
export async function register(
	input: SignUpInput,
	origin: string,
	now = new Date()
): Promise<{ done: Promise<void> }> {
	const created = await signUp(input);
	// What differs between the two cases (a link made, or an account looked up) runs after the
	// answer: measured on PGlite, awaiting it made a new address's sign-up 63 ms against 35 ms.
	const done = (async () => {
		if (created.ok) {
			await mailAccount(
				input.email,
				{ mail: 'verify-email', userId: created.userId, origin },
				now,
				() => tokens.issue(created.userId, 'verify-email', input.email, now)
			);
			return;
		}
		const [existing] = await db()
			.select({ id: user.id })
			.from(user)
			.where(eq(user.email, input.email));
		if (existing)
			await mailAccount(input.email, { mail: 'sign-up-attempt', userId: existing.id, origin }, now);
	})().catch((error: unknown) => logger.error({ err: error }, 'sign-up mail failed'));
	return { done };
}

export type MailRequestResult =
	| { ok: true; done: Promise<void> }
	| { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

/**
 * "Forgot your password?": within the per-client limit (429 beyond it), the answer is the same
 * whether the address has an account or not. What follows — the link made and queued, or nothing
 * — runs in `done`, which the page does not wait for, so the answer's timing says nothing either.
 */
export async function requestPasswordReset(
	email: string,
	clientAddress: string,
	origin: string,
	now = new Date()
): Promise<MailRequestResult> {
	const perClient = await rateLimit.hit(rateLimit.accountMailPerClient, clientAddress, now);
	if (!perClient.allowed)
		return { ok: false, reason: 'rate-limited', retryAfterSeconds: perClient.retryAfterSeconds };
	const done = (async () => {
		const [found] = await db().select({ id: user.id }).from(user).where(eq(user.email, email));
		if (!found) {
			// Counted all the same, so a flood of requests for one address behaves alike either way.
			await rateLimit.hit(rateLimit.accountMailPerAddress, email, now);
			return;
		}
		await mailAccount(email, { mail: 'reset-password', userId: found.id, origin }, now, () =>
			tokens.issue(found.id, 'reset-password', email, now)
		);
	})().catch((error: unknown) => logger.error({ err: error }, 'password reset request failed'));
	return { ok: true, done };
}

/** Sends the verification link again (the account page and the banner), within both limits. */
export async function resendVerification(
	account: { id: string; email: string },
	clientAddress: string,
	origin: string,
	now = new Date()
): Promise<MailRequestResult | { ok: false; reason: 'verified' }> {
	const [row] = await db()
		.select({ verifiedAt: user.emailVerifiedAt })
		.from(user)
		.where(eq(user.id, account.id));
	if (row?.verifiedAt) return { ok: false, reason: 'verified' };
	const perClient = await rateLimit.hit(rateLimit.accountMailPerClient, clientAddress, now);
	if (!perClient.allowed)
		return { ok: false, reason: 'rate-limited', retryAfterSeconds: perClient.retryAfterSeconds };
	await mailAccount(account.email, { mail: 'verify-email', userId: account.id, origin }, now, () =>
		tokens.issue(account.id, 'verify-email', account.email, now)
	);
	return { ok: true, done: Promise.resolve() };
}

export type LinkView =
	| {
			ok: true;
			purpose: tokens.FoundToken['purpose'];
			/** The address the link confirms (verify, change) or the account's (reset). */
			email: string;
			userId: string;
	  }
	| { ok: false; reason: Exclude<TokenState, 'usable'> | 'unknown' | 'rate-limited' };

/**
 * What a mailed link opens, without using it up (a mail scanner fetching the link changes
 * nothing: the page asks first). Unknown and dead links count against the client's limit.
 */
export async function openLink(
	token: string,
	clientAddress: string,
	now = new Date()
): Promise<LinkView> {
	const limit = await rateLimit.peek(rateLimit.accountTokenPerClient, clientAddress, now);
	if (!limit.allowed) return { ok: false, reason: 'rate-limited' };
	const found = await tokens.find(token, now);
	if (!found || found.state !== 'usable') {
		await rateLimit.hit(rateLimit.accountTokenPerClient, clientAddress, now);
		return {
			ok: false,
			reason: found ? (found.state as Exclude<TokenState, 'usable'>) : 'unknown'
		};
	}
	return { ok: true, purpose: found.purpose, email: found.email, userId: found.userId };
}

export type LinkResult =
	| { ok: true; userId: string }
	| { ok: false; reason: Exclude<TokenState, 'usable'> | 'unknown' | 'rate-limited' | 'taken' };

/**
 * A reset link's new password: the link is used up, the password replaced, the address counted
 * as verified (the link came to it), every session of the account ended and every other link
 * of the account made useless (ASVS 5.0 V6.4.1, V7.4.3). All in one transaction.
 */
export async function resetPassword(
	token: string,
	password: string,
	clientAddress: string,
	now = new Date()
): Promise<LinkResult> {
	const opened = await openLink(token, clientAddress, now);
	if (!opened.ok) return opened;
	if (opened.purpose !== 'reset-password') return { ok: false, reason: 'unknown' };
	const passwordHash = await hashPassword(password);
	const done = await db().transaction(async (tx) => {
		const found = await tokens.find(token, now, tx);
		if (!found || found.state !== 'usable' || !(await tokens.consume(tx, found.id, now)))
			return false;
		await tx.update(user).set({ passwordHash }).where(eq(user.id, found.userId));
		await tx
			.update(user)
			.set({ emailVerifiedAt: now })
			.where(and(eq(user.id, found.userId), isNull(user.emailVerifiedAt)));
		await tokens.endAll(tx, found.userId, now);
		return true;
	});
	if (!done) return { ok: false, reason: 'used' };
	await invalidateUserSessions(opened.userId);
	// The owner can sign in again at once, however many wrong guesses came before.
	await rateLimit.reset(rateLimit.signInPerAccount, opened.email);
	return { ok: true, userId: opened.userId };
}

/**
 * A verification or new-address link, confirmed: the address is verified, or becomes the
 * account's sign-in address (verified). A new address someone else took meanwhile is refused.
 */
export async function confirmEmail(
	token: string,
	clientAddress: string,
	now = new Date()
): Promise<LinkResult> {
	const opened = await openLink(token, clientAddress, now);
	if (!opened.ok) return opened;
	if (opened.purpose === 'reset-password') return { ok: false, reason: 'unknown' };
	return db().transaction(async (tx): Promise<LinkResult> => {
		const found = await tokens.find(token, now, tx);
		if (!found || found.state !== 'usable') return { ok: false, reason: 'used' };
		if (found.purpose === 'change-email') {
			const [taken] = await tx
				.select({ id: user.id })
				.from(user)
				.where(eq(user.email, found.email));
			if (taken) return { ok: false, reason: 'taken' };
		}
		if (!(await tokens.consume(tx, found.id, now))) return { ok: false, reason: 'used' };
		await tx
			.update(user)
			.set(
				found.purpose === 'change-email'
					? { email: found.email, emailVerifiedAt: now }
					: { emailVerifiedAt: now }
			)
			.where(eq(user.id, found.userId));
		// Links mailed to the old address (a reset, a verification) no longer work: their address check fails.
		return { ok: true, userId: found.userId };
	});
}

export type CredentialCheck =
	| { ok: true }
	| { ok: false; reason: 'wrong-password' }
	| { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

/** Re-entering the current password counts as a sign-in attempt (the same three limits). */
async function checkCurrentPassword(
	account: { email: string },
	password: string,
	clientAddress: string,
	now: Date
): Promise<CredentialCheck> {
	const result = await signIn({ email: account.email, password }, clientAddress, now);
	if (result.ok) return { ok: true };
	return result.reason === 'rate-limited' ? result : { ok: false, reason: 'wrong-password' };
}

/**
 * Changes the password after the current one was typed again (ASVS 5.0 V6.2.3). Every other
 * session of the account ends; this one stays. A notice goes to the account's address.
 */
export async function changePassword(
	account: { id: string; email: string },
	currentSessionId: string,
	input: { currentPassword: string; password: string },
	clientAddress: string,
	origin: string,
	now = new Date()
): Promise<CredentialCheck> {
	const check = await checkCurrentPassword(account, input.currentPassword, clientAddress, now);
	if (!check.ok) return check;
	await db()
		.update(user)
		.set({ passwordHash: await hashPassword(input.password) })
		.where(eq(user.id, account.id));
	await invalidateOtherSessions(account.id, currentSessionId);
	await mailAccount(account.email, { mail: 'password-changed', userId: account.id, origin }, now);
	return { ok: true };
}

export type EmailChangeResult = CredentialCheck | { ok: false; reason: 'same-address' };

/**
 * Asks to sign in with another address: after the current password, a link goes to the new
 * address and a notice to the current one; nothing changes until the link is opened. An address
 * that has an account gets a notice instead of a link — the answer here is the same, so a
 * signed-in person cannot probe which addresses have accounts.
 */
export async function requestEmailChange(
	account: { id: string; email: string },
	input: { email: string; currentPassword: string },
	clientAddress: string,
	origin: string,
	now = new Date()
): Promise<EmailChangeResult> {
	const check = await checkCurrentPassword(account, input.currentPassword, clientAddress, now);
	if (!check.ok) return check;
	if (input.email === account.email) return { ok: false, reason: 'same-address' };
	const perClient = await rateLimit.hit(rateLimit.accountMailPerClient, clientAddress, now);
	if (!perClient.allowed)
		return { ok: false, reason: 'rate-limited', retryAfterSeconds: perClient.retryAfterSeconds };
	const [owner] = await db().select({ id: user.id }).from(user).where(eq(user.email, input.email));
	if (owner) {
		await mailAccount(input.email, { mail: 'address-in-use', userId: owner.id, origin }, now);
	} else {
		await mailAccount(input.email, { mail: 'change-email', userId: account.id, origin }, now, () =>
			tokens.issue(account.id, 'change-email', input.email, now)
		);
	}
	await mailAccount(
		account.email,
		{ mail: 'email-change-requested', userId: account.id, origin },
		now
	);
	return { ok: true };
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

export type SsoSignInResult =
	{ ok: true; userId: string; created: boolean } | { ok: false; reason: 'unconfirmed-account' };

/**
 * The account a provider-verified address opens (accountForIdentity): the confirmed account with
 * that address, or a new one made just in time — verified, since the provider vouched for the
 * address, and with a password nobody knows (the owner may set one through "Forgot your
 * password?" when password sign-in is on). An account made meanwhile by a simultaneous sign-in is
 * looked up again rather than duplicated.
 */
export async function signInWithIdentity(
	identity: { email: string; name: string },
	now = new Date()
): Promise<SsoSignInResult> {
	for (let attempt = 0; attempt < 2; attempt++) {
		const [existing] = await db()
			.select({ id: user.id, verifiedAt: user.emailVerifiedAt })
			.from(user)
			.where(eq(user.email, identity.email));
		const decision = accountForIdentity(
			existing ? { id: existing.id, emailVerified: existing.verifiedAt !== null } : null
		);
		if (decision.action === 'refuse') return { ok: false, reason: decision.reason };
		if (decision.action === 'link') return { ok: true, userId: decision.userId, created: false };
		const [created] = await db()
			.insert(user)
			.values({
				email: identity.email,
				name: identity.name,
				passwordHash: await hashPassword(encodeBase64(crypto.getRandomValues(new Uint8Array(32)))),
				emailVerifiedAt: now
			})
			.onConflictDoNothing({ target: user.email })
			.returning({ id: user.id });
		if (created) return { ok: true, userId: created.id, created: true };
	}
	throw new Error('An account for this address was neither found nor made.');
}

/** The language the person chose on the account page (issue 17); null: none chosen. */
export async function languageOf(userId: string): Promise<InterfaceLanguage | null> {
	const [row] = await db()
		.select({ language: user.language })
		.from(user)
		.where(eq(user.id, userId));
	return isInterfaceLanguage(row?.language) ? row.language : null;
}

/** Saves the person's language; null goes back to the browser's, then the organisation's. */
export async function setLanguage(
	userId: string,
	language: InterfaceLanguage | null
): Promise<void> {
	await db().update(user).set({ language }).where(eq(user.id, userId));
}
