import { describe, it, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { createUser } from '../support/fixtures';
import * as accounts from '../../src/lib/server/auth/accounts';
import { db } from '../../src/lib/server/platform/db';
import { session, user } from '../../src/lib/server/platform/db/schema';
import {
	createSession,
	generateToken,
	hashToken,
	validateSessionToken,
	SESSION_LIFETIME_MS
} from '../../src/lib/server/auth/session';
import * as rateLimit from '../../src/lib/server/auth/rate-limit';

beforeAll(async () => {
	await useTestDatabase();
});

describe('accounts', () => {
	it('stores an argon2id hash, never the password', async () => {
		const person = await createUser();
		const [row] = await db().select().from(user).where(eq(user.id, person.id));
		expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
		expect(row!.passwordHash).not.toContain(person.password);
	});

	it('refuses a second account with the same e-mail', async () => {
		const person = await createUser();
		const again = await accounts.signUp({
			name: 'Other',
			email: person.email,
			password: 'another password'
		});
		expect(again).toEqual({ ok: false, reason: 'email-taken' });
	});

	it('gives the same answer for an unknown e-mail and a wrong password', async () => {
		const person = await createUser();
		const wrongPassword = await accounts.signIn(
			{ email: person.email, password: 'not it at all' },
			'10.0.0.1'
		);
		const unknown = await accounts.signIn(
			{ email: 'nobody@example.test', password: 'not it at all' },
			'10.0.0.1'
		);
		expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrongPassword);
		const right = await accounts.signIn(
			{ email: person.email, password: person.password },
			'10.0.0.1'
		);
		expect(right).toEqual({ ok: true, userId: person.id });
	});

	it('stops one client after 5 failed attempts on an account, even with the right password, but not the owner on another client', async () => {
		const person = await createUser();
		for (let i = 0; i < 5; i++) {
			const r = await accounts.signIn(
				{ email: person.email, password: 'wrong password' },
				'10.1.0.1'
			);
			expect(r.ok).toBe(false);
		}
		const locked = await accounts.signIn(
			{ email: person.email, password: person.password },
			'10.1.0.1'
		);
		expect(locked).toMatchObject({ ok: false, reason: 'rate-limited' });
		expect(
			await accounts.signIn({ email: person.email, password: person.password }, '10.1.0.99')
		).toEqual({ ok: true, userId: person.id });
	});

	it('limits one client trying many accounts', async () => {
		for (let i = 0; i < 30; i++) {
			await accounts.signIn({ email: `guess${i}@example.test`, password: 'x' }, '10.2.0.1');
		}
		const person = await createUser();
		const blocked = await accounts.signIn(
			{ email: person.email, password: person.password },
			'10.2.0.1'
		);
		expect(blocked).toMatchObject({ ok: false, reason: 'rate-limited' });
		const otherClient = await accounts.signIn(
			{ email: person.email, password: person.password },
			'10.2.0.2'
		);
		expect(otherClient.ok).toBe(true);
	});

	it('restarts a rate-limit window once it has passed', async () => {
		const rule = { bucket: 'test', limit: 2, windowMs: 1000 };
		const t0 = new Date('2026-01-01T00:00:00Z');
		expect((await rateLimit.hit(rule, 'k', t0)).allowed).toBe(true);
		expect((await rateLimit.hit(rule, 'k', t0)).allowed).toBe(true);
		expect((await rateLimit.hit(rule, 'k', t0)).allowed).toBe(false);
		expect((await rateLimit.hit(rule, 'k', new Date(t0.getTime() + 1500))).allowed).toBe(true);
	});
});

describe('sessions', () => {
	it('stores only the SHA-256 of the token', async () => {
		const person = await createUser();
		const token = generateToken();
		await createSession(token, person.id);
		const rows = await db().select().from(session).where(eq(session.userId, person.id));
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).toBe(hashToken(token));
		expect(rows[0]!.id).not.toContain(token);
	});

	it('validates a token and rejects an unknown one', async () => {
		const person = await createUser();
		const token = generateToken();
		await createSession(token, person.id);
		expect((await validateSessionToken(token)).user?.id).toBe(person.id);
		expect((await validateSessionToken(generateToken())).session).toBeNull();
	});

	it('extends a session used in its last 15 days and deletes an expired one', async () => {
		const person = await createUser();
		const token = generateToken();
		await createSession(token, person.id);
		await db()
			.update(session)
			.set({ expiresAt: new Date(Date.now() + 2 * 86_400_000) })
			.where(eq(session.id, hashToken(token)));
		const renewed = await validateSessionToken(token);
		expect(renewed.session!.expiresAt.getTime()).toBeGreaterThan(
			Date.now() + SESSION_LIFETIME_MS - 60_000
		);
		await db()
			.update(session)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(session.id, hashToken(token)));
		expect((await validateSessionToken(token)).session).toBeNull();
		expect(
			await db()
				.select()
				.from(session)
				.where(eq(session.id, hashToken(token)))
		).toHaveLength(0);
	});
});
