import { describe, it, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { createUser } from '../support/fixtures';
import * as accounts from '../../src/lib/server/auth/accounts';
import { db } from '../../src/lib/server/platform/db';
import { user } from '../../src/lib/server/platform/db/schema';

/** Just-in-time accounts for single sign-on (issue 14.4): bound to the provider-verified address. */
beforeAll(async () => {
	await useTestDatabase();
});

const address = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 8)}@sso.example`;

describe('signInWithIdentity', () => {
	it('makes a verified account for a new address, with a password nobody knows', async () => {
		const email = address('new');
		const result = await accounts.signInWithIdentity({ email, name: 'Nia New' });
		expect(result).toMatchObject({ ok: true, created: true });
		const [row] = await db().select().from(user).where(eq(user.email, email));
		expect(row!.name).toBe('Nia New');
		expect(row!.emailVerifiedAt).toBeInstanceOf(Date);
		expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
		// No guessable password opens it: not its name, its address, or a short one.
		for (const password of ['x', 'Nia New', email])
			expect(await accounts.signIn({ email, password }, '10.44.0.1'), password).toMatchObject({
				ok: false
			});
	});

	it('opens the same account the next time', async () => {
		const email = address('again');
		const first = await accounts.signInWithIdentity({ email, name: 'A' });
		const second = await accounts.signInWithIdentity({ email, name: 'Another Name' });
		expect(second).toEqual({ ok: true, userId: first.ok && first.userId, created: false });
		const [row] = await db().select({ name: user.name }).from(user).where(eq(user.email, email));
		expect(row!.name).toBe('A');
	});

	it('opens an existing account whose address is verified', async () => {
		const owner = await createUser('Vera Verified', { verified: true });
		expect(await accounts.signInWithIdentity({ email: owner.email, name: 'X' })).toEqual({
			ok: true,
			userId: owner.id,
			created: false
		});
	});

	it('refuses an existing account whose address was never confirmed, and leaves it as it was', async () => {
		const squatter = await createUser('Una Unverified', { verified: false });
		expect(await accounts.signInWithIdentity({ email: squatter.email, name: 'X' })).toEqual({
			ok: false,
			reason: 'unconfirmed-account'
		});
		const [row] = await db().select().from(user).where(eq(user.id, squatter.id));
		expect(row!.emailVerifiedAt).toBeNull();
		expect(await accounts.signIn(squatter, '10.44.0.2')).toMatchObject({ ok: true });
	});

	it('makes one account when two first sign-ins race', async () => {
		const email = address('race');
		const results = await Promise.all(
			Array.from({ length: 4 }, () => accounts.signInWithIdentity({ email, name: 'R' }))
		);
		const ids = new Set(results.map((r) => (r.ok ? r.userId : null)));
		expect(ids.size).toBe(1);
		expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
		expect(await db().select().from(user).where(eq(user.email, email))).toHaveLength(1);
	});
});
