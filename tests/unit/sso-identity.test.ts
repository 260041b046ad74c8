import { describe, it, expect } from 'vitest';
import { accountForIdentity, identityFromClaims } from '../../src/lib/domain/account/sso';

describe('identityFromClaims', () => {
	it('takes a verified address, lower-cased, and the name', () => {
		expect(
			identityFromClaims({ email: ' Ada@Example.ORG ', email_verified: true, name: ' Ada L ' })
		).toEqual({ ok: true, email: 'ada@example.org', name: 'Ada L' });
	});

	it('names the person after the address when the provider sends no usable name', () => {
		expect(identityFromClaims({ email: 'ada@example.org', email_verified: true })).toEqual({
			ok: true,
			email: 'ada@example.org',
			name: 'ada'
		});
		expect(
			identityFromClaims({ email: 'ada@example.org', email_verified: true, name: 'x'.repeat(101) })
		).toMatchObject({ name: 'ada' });
	});

	it('refuses an address the provider does not call verified', () => {
		for (const email_verified of [false, undefined, 'true', 1, null])
			expect(identityFromClaims({ email: 'ada@example.org', email_verified })).toEqual({
				ok: false,
				reason: 'unverified'
			});
	});

	it('refuses a missing or malformed address', () => {
		for (const email of [undefined, '', 'not-an-address', 42, ['ada@example.org']])
			expect(identityFromClaims({ email, email_verified: true })).toEqual({
				ok: false,
				reason: 'no-email'
			});
	});
});

describe('accountForIdentity', () => {
	it('creates an account for a new address', () => {
		expect(accountForIdentity(null)).toEqual({ action: 'create' });
	});

	it('opens the account whose owner confirmed the address', () => {
		expect(accountForIdentity({ id: 'u1', emailVerified: true })).toEqual({
			action: 'link',
			userId: 'u1'
		});
	});

	it('never opens an account whose address was not confirmed', () => {
		expect(accountForIdentity({ id: 'u1', emailVerified: false })).toEqual({
			action: 'refuse',
			reason: 'unconfirmed-account'
		});
	});
});
