import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { databaseUrlFor, testDatabaseUrl, useTestDatabase } from '../support/database';
import { createUser } from '../support/fixtures';
import { useLocalSmtpServer } from '../support/smtp';
import { db, resultRows } from '../../src/lib/server/platform/db';
import { accountToken, user } from '../../src/lib/server/platform/db/schema';
import * as accounts from '../../src/lib/server/auth/accounts';
import { OPERATOR_LINE_PREFIX } from '../../src/lib/server/auth/account-mail';
import {
	activeSessions,
	createSession,
	generateToken,
	invalidateOwnSession,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import * as jobs from '../../src/lib/server/platform/jobs';
import { createMailer, useMailer } from '../../src/lib/server/platform/mail';
import * as outbox from '../../src/lib/server/outbox';

/** Account recovery and hygiene (issue 14.1): links by e-mail through the mail queue, sessions. */
const ORIGIN = 'https://touchstone.example.org';
const smtp = useLocalSmtpServer();
let clientCounter = 0;
/** A distinct client address per call site, so per-client limits do not spill between tests. */
const client = () => `10.14.${Math.floor(++clientCounter / 250)}.${clientCounter % 250}`;

beforeAll(async () => {
	const handle = await useTestDatabase();
	let connectionString: string | undefined;
	if (testDatabaseUrl) {
		const [{ name }] = (await handle.rows<{ name: string }>(
			'select current_database() as name'
		)) as [{ name: string }];
		connectionString = databaseUrlFor(name);
	}
	await jobs.start({ handle, connectionString });
	await outbox.startWorker();
	useMailer(createMailer(smtp.url(), 'Touchstone <t@example.org>'));
}, 120_000);

afterAll(async () => {
	useMailer(null);
	await jobs.stop(5_000);
});

const decoded = (body: string) => body.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
const mailsTo = (address: string) =>
	smtp.received.filter((m) => m.to === address).map((m) => decoded(m.body));

/** Waits for the `n`-th mail to `address` and returns its body. */
async function mailTo(address: string, n = 1): Promise<string> {
	await expect.poll(() => mailsTo(address).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(n);
	return mailsTo(address)[n - 1]!;
}

function linkIn(body: string, path: string): string {
	const match = new RegExp(`${ORIGIN}${path}([a-z2-7]+)`).exec(body);
	if (!match) throw new Error(`no ${path} link in:\n${body}`);
	return match[1]!;
}

const uniqueAddress = (tag: string) =>
	`${tag}-${Math.random().toString(36).slice(2, 8)}@example.test`;
const accountOf = async (email: string) =>
	(await db().select().from(user).where(eq(user.email, email)))[0];
/** Lets queued mails settle, to assert that nothing more arrives. */
const settle = () => new Promise((r) => setTimeout(r, 2_500));

describe('sign-up', () => {
	it('gives a new address an unverified account and a verification link; the link verifies it once', async () => {
		const email = uniqueAddress('new');
		await accounts.register({ name: 'Nia New', email, password: 'a long enough password' }, ORIGIN);
		expect((await accountOf(email))!.emailVerifiedAt).toBeNull();
		const body = await mailTo(email);
		expect(body).toContain('Confirm your e-mail address');
		const token = linkIn(body, '/verify-email/');
		// Only the token's hash is stored, and the queue never held the link.
		const stored = JSON.stringify(await db().select().from(accountToken));
		expect(stored).not.toContain(token);
		const queued = JSON.stringify(
			resultRows(await db().execute(sql`select data from pgboss.job where name = 'mail-send'`))
		);
		expect(queued).not.toContain(token);
		expect(queued).not.toContain(email);

		expect(await accounts.openLink(token, client())).toMatchObject({
			ok: true,
			purpose: 'verify-email',
			email
		});
		// Opening the page changed nothing (a mail scanner may fetch links).
		expect((await accountOf(email))!.emailVerifiedAt).toBeNull();
		expect(await accounts.confirmEmail(token, client())).toMatchObject({ ok: true });
		expect((await accountOf(email))!.emailVerifiedAt).not.toBeNull();
		expect(await accounts.confirmEmail(token, client())).toEqual({ ok: false, reason: 'used' });
	});

	it('answers the same for an address with an account, which gets a notice and no second account', async () => {
		const existing = await createUser('Ed Existing');
		const before = await accountOf(existing.email);
		const fresh = await accounts.register(
			{ name: 'Nell New', email: uniqueAddress('fresh'), password: 'another long password' },
			ORIGIN
		);
		const answer = await accounts.register(
			{ name: 'Mallory', email: existing.email, password: 'another long password' },
			ORIGIN
		);
		// The same answer, the mails made after it (their work differs, so it is not waited for).
		expect(Object.keys(answer)).toEqual(Object.keys(fresh));
		await answer.done;
		const body = await mailTo(existing.email);
		expect(body).toContain('Someone tried to create a Touchstone account with this address');
		expect(body).toContain(`${ORIGIN}/forgot-password`);
		expect(body).not.toMatch(/verify-email|reset-password\//);
		const after = await accountOf(existing.email);
		expect(after).toEqual(before);
		const same = await db().select().from(user).where(eq(user.email, existing.email));
		expect(same).toHaveLength(1);
	});

	it('a newer verification link replaces the older one', async () => {
		const person = await createUser('Vic Unverified', { verified: false });
		await accounts.resendVerification(person, client(), ORIGIN);
		const first = linkIn(await mailTo(person.email, 1), '/verify-email/');
		await accounts.resendVerification(person, client(), ORIGIN);
		const second = linkIn(await mailTo(person.email, 2), '/verify-email/');
		expect(second).not.toBe(first);
		expect(await accounts.confirmEmail(first, client())).toEqual({ ok: false, reason: 'used' });
		expect(await accounts.confirmEmail(second, client())).toMatchObject({ ok: true });
		expect(await accounts.resendVerification(person, client(), ORIGIN)).toEqual({
			ok: false,
			reason: 'verified'
		});
	});
});

describe('password reset', () => {
	it('answers the same for an unknown address, and mails nothing', async () => {
		const unknown = uniqueAddress('nobody');
		const result = await accounts.requestPasswordReset(unknown, client(), ORIGIN);
		expect(result.ok).toBe(true);
		if (result.ok) await result.done;
		await settle();
		expect(mailsTo(unknown)).toHaveLength(0);
	});

	it('mails a single-use link; the new password replaces the old, every session ends, other links die', async () => {
		const person = await createUser('Rita Reset');
		const phone = generateToken();
		const laptop = generateToken();
		await createSession(phone, person.id, 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)');
		await createSession(laptop, person.id, 'Mozilla/5.0 (Windows NT 10.0) Firefox/133.0');
		const request = await accounts.requestPasswordReset(person.email, client(), ORIGIN);
		if (request.ok) await request.done;
		const body = await mailTo(person.email);
		expect(body).toContain('within 30 minutes');
		const token = linkIn(body, '/reset-password/');
		// A reset link is not a verification link, and the reverse.
		expect(await accounts.confirmEmail(token, client())).toEqual({ ok: false, reason: 'unknown' });

		expect(await accounts.resetPassword(token, 'a brand new password', client())).toMatchObject({
			ok: true
		});
		expect((await validateSessionToken(phone)).session).toBeNull();
		expect((await validateSessionToken(laptop)).session).toBeNull();
		expect(await activeSessions(person.id)).toEqual([]);
		expect(
			await accounts.signIn({ email: person.email, password: person.password }, client())
		).toEqual({ ok: false, reason: 'invalid' });
		expect(
			await accounts.signIn({ email: person.email, password: 'a brand new password' }, client())
		).toMatchObject({ ok: true });
		// Single use.
		expect(await accounts.resetPassword(token, 'yet another password', client())).toEqual({
			ok: false,
			reason: 'used'
		});
	});

	it('a link expires after 30 minutes, and a newer one replaces it', async () => {
		const person = await createUser('Ed Expired');
		const t0 = new Date();
		const first = await accounts.requestPasswordReset(person.email, client(), ORIGIN, t0);
		if (first.ok) await first.done;
		const old = linkIn(await mailTo(person.email, 1), '/reset-password/');
		const later = new Date(t0.getTime() + 30 * 60_000);
		expect(await accounts.openLink(old, client(), later)).toEqual({ ok: false, reason: 'expired' });
		expect(await accounts.resetPassword(old, 'too late a password', client(), later)).toEqual({
			ok: false,
			reason: 'expired'
		});
		const second = await accounts.requestPasswordReset(person.email, client(), ORIGIN);
		if (second.ok) await second.done;
		const fresh = linkIn(await mailTo(person.email, 2), '/reset-password/');
		expect(await accounts.openLink(old, client())).toEqual({ ok: false, reason: 'used' });
		expect(await accounts.openLink(fresh, client())).toMatchObject({ ok: true });
	});

	it('a reset of an unverified account verifies its address (the link came to it)', async () => {
		const person = await createUser('Una Unverified', { verified: false });
		const request = await accounts.requestPasswordReset(person.email, client(), ORIGIN);
		if (request.ok) await request.done;
		const token = linkIn(await mailTo(person.email), '/reset-password/');
		expect((await accountOf(person.email))!.emailVerifiedAt).toBeNull();
		expect(await accounts.resetPassword(token, 'a brand new password', client())).toMatchObject({
			ok: true
		});
		expect((await accountOf(person.email))!.emailVerifiedAt).not.toBeNull();
	});

	it('two requests with the same link at the same moment: exactly one sets its password', async () => {
		const person = await createUser('Cory Concurrent');
		const request = await accounts.requestPasswordReset(person.email, client(), ORIGIN);
		if (request.ok) await request.done;
		const token = linkIn(await mailTo(person.email), '/reset-password/');
		const results = await Promise.all([
			accounts.resetPassword(token, 'first new password', client()),
			accounts.resetPassword(token, 'second new password', client())
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});

	it('mails one address at most 3 times an hour, and refuses an 11th request from one client in 15 minutes', async () => {
		const person = await createUser('Flo Flooded');
		const from = client();
		for (let i = 0; i < 5; i++) {
			const r = await accounts.requestPasswordReset(person.email, from, ORIGIN);
			expect(r.ok).toBe(true);
			if (r.ok) await r.done;
		}
		await settle();
		// Three links made (each replacing the one before: the worker skips a replaced one), no more.
		const links = await db().select().from(accountToken).where(eq(accountToken.userId, person.id));
		expect(links).toHaveLength(3);
		expect(mailsTo(person.email).length).toBeGreaterThanOrEqual(1);
		expect(mailsTo(person.email).length).toBeLessThanOrEqual(3);
		const newest = linkIn(mailsTo(person.email).at(-1)!, '/reset-password/');
		expect(await accounts.openLink(newest, client())).toMatchObject({ ok: true });
		for (let i = 0; i < 5; i++)
			expect((await accounts.requestPasswordReset(uniqueAddress('x'), from, ORIGIN)).ok).toBe(true);
		const refused = await accounts.requestPasswordReset(uniqueAddress('x'), from, ORIGIN);
		expect(refused).toMatchObject({ ok: false, reason: 'rate-limited' });
	});

	it('refuses unknown links beyond 30 a client in 10 minutes, even a valid one then', async () => {
		const person = await createUser('Gus Guess');
		const request = await accounts.requestPasswordReset(person.email, client(), ORIGIN);
		if (request.ok) await request.done;
		const token = linkIn(await mailTo(person.email), '/reset-password/');
		const guesser = client();
		for (let i = 0; i < 30; i++)
			expect(await accounts.openLink('a'.repeat(52), guesser)).toEqual({
				ok: false,
				reason: 'unknown'
			});
		expect(await accounts.openLink(token, guesser)).toEqual({ ok: false, reason: 'rate-limited' });
		expect(await accounts.openLink(token, client())).toMatchObject({ ok: true });
	});
});

describe('signed in', () => {
	it('changes the password only with the current one, ends the other sessions and sends a notice', async () => {
		const person = await createUser('Cam Change');
		const here = generateToken();
		const elsewhere = generateToken();
		const current = await createSession(here, person.id);
		await createSession(elsewhere, person.id);
		expect(
			await accounts.changePassword(
				person,
				current.id,
				{ currentPassword: 'not my password', password: 'a new password here' },
				client(),
				ORIGIN
			)
		).toEqual({ ok: false, reason: 'wrong-password' });
		expect((await validateSessionToken(elsewhere)).session).not.toBeNull();
		expect(
			await accounts.changePassword(
				person,
				current.id,
				{ currentPassword: person.password, password: 'a new password here' },
				client(),
				ORIGIN
			)
		).toEqual({ ok: true });
		expect((await validateSessionToken(here)).session).not.toBeNull();
		expect((await validateSessionToken(elsewhere)).session).toBeNull();
		expect(await mailTo(person.email)).toContain('Your Touchstone password was changed');
	});

	it('changes the address through a link to the new one; links to the old address stop working', async () => {
		const person = await createUser('Eve Email');
		const reset = await accounts.requestPasswordReset(person.email, client(), ORIGIN);
		if (reset.ok) await reset.done;
		const resetToken = linkIn(await mailTo(person.email), '/reset-password/');
		const next = uniqueAddress('eve-new');
		expect(
			await accounts.requestEmailChange(
				person,
				{ email: next, currentPassword: person.password },
				client(),
				ORIGIN
			)
		).toEqual({ ok: true });
		expect(await mailTo(person.email, 2)).toContain('asked to sign in with another address');
		const token = linkIn(await mailTo(next), '/verify-email/');
		// Nothing changed until the link is opened and confirmed.
		expect((await accountOf(person.email))?.id).toBe(person.id);
		expect(await accounts.confirmEmail(token, client())).toMatchObject({ ok: true });
		const moved = (await db().select().from(user).where(eq(user.id, person.id)))[0]!;
		expect(moved.email).toBe(next);
		expect(moved.emailVerifiedAt).not.toBeNull();
		expect(await accounts.openLink(resetToken, client())).toEqual({
			ok: false,
			reason: 'address-changed'
		});
	});

	it('never moves an account to an address that has one: its owner gets a notice, the asker the same answer', async () => {
		const person = await createUser('Ira Intruder');
		const owner = await createUser('Olga Owner');
		expect(
			await accounts.requestEmailChange(
				person,
				{ email: owner.email, currentPassword: person.password },
				client(),
				ORIGIN
			)
		).toEqual({ ok: true });
		const body = await mailTo(owner.email);
		expect(body).toContain('already yours');
		expect(body).not.toContain('/verify-email/');
		expect(
			await accounts.requestEmailChange(
				person,
				{ email: owner.email, currentPassword: 'wrong password' },
				client(),
				ORIGIN
			)
		).toEqual({ ok: false, reason: 'wrong-password' });
	});

	it('lists only the account’s own sessions, with a coarse device, and ends only its own', async () => {
		const person = await createUser('Sam Sessions');
		const stranger = await createUser('Stan Stranger');
		const mine = await createSession(
			generateToken(),
			person.id,
			'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
		);
		const theirs = await createSession(generateToken(), stranger.id);
		const list = await activeSessions(person.id);
		expect(list.map((s) => [s.id, s.device])).toEqual([[mine.id, 'Chrome on Android']]);
		expect(await invalidateOwnSession(person.id, theirs.id)).toBe(false);
		expect(await activeSessions(stranger.id)).toHaveLength(1);
		expect(await invalidateOwnSession(person.id, mine.id)).toBe(true);
		expect(await activeSessions(person.id)).toEqual([]);
	});
});

describe('without SMTP', () => {
	it('prints the link in the operator’s line, with the address masked', async () => {
		useMailer(null);
		const write = vi.spyOn(process.stdout, 'write');
		try {
			const email = uniqueAddress('opline');
			await accounts.register(
				{ name: 'Op Line', email, password: 'a long enough password' },
				ORIGIN
			);
			await expect
				.poll(
					() =>
						write.mock.calls
							.map((c) => String(c[0]))
							.filter((l) => l.startsWith(OPERATOR_LINE_PREFIX)).length,
					{ timeout: 20_000 }
				)
				.toBeGreaterThan(0);
			const line = write.mock.calls
				.map((c) => String(c[0]))
				.find((l) => l.startsWith(OPERATOR_LINE_PREFIX))!;
			expect(line).toContain('op…@example.test');
			expect(line).not.toContain(email);
			const token = /\/verify-email\/([a-z2-7]+)/.exec(line)![1]!;
			expect(await accounts.confirmEmail(token, client())).toMatchObject({ ok: true });
		} finally {
			write.mockRestore();
			useMailer(createMailer(smtp.url(), 'Touchstone <t@example.org>'));
		}
	});
});
