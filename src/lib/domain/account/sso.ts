import { accountEmail, accountName } from './schema';

/**
 * What an identity provider said about the person, as OpenID Connect names it: from the ID token,
 * or from the UserInfo response when the ID token carries no e-mail. Values are untrusted shapes
 * until read here.
 */
export interface IdentityClaims {
	email?: unknown;
	email_verified?: unknown;
	name?: unknown;
}

export type SsoIdentity =
	{ ok: true; email: string; name: string } | { ok: false; reason: 'no-email' | 'unverified' };

/**
 * The verified e-mail address an account is bound to, and a display name. Only `email_verified`
 * exactly `true` counts: a provider that does not say the address is its holder's (absent, false,
 * or the string "true") is refused, since the address is what decides which account opens.
 */
export function identityFromClaims(claims: IdentityClaims): SsoIdentity {
	const email = accountEmail.safeParse(claims.email);
	if (!email.success) return { ok: false, reason: 'no-email' };
	if (claims.email_verified !== true) return { ok: false, reason: 'unverified' };
	const name = accountName.safeParse(claims.name);
	return {
		ok: true,
		email: email.data,
		name: name.success ? name.data : email.data.slice(0, email.data.indexOf('@'))
	};
}

export type ExistingAccount = { id: string; emailVerified: boolean } | null;

export type SsoAccountDecision =
	| { action: 'create' }
	| { action: 'link'; userId: string }
	| { action: 'refuse'; reason: 'unconfirmed-account' };

/**
 * Which account a verified address opens: a new one (just in time), the account with that
 * address if its owner confirmed the address, and never an account whose address was not
 * confirmed — whoever signed it up may not own the address, and would share the account with its
 * real owner (account pre-hijacking).
 */
export function accountForIdentity(existing: ExistingAccount): SsoAccountDecision {
	if (!existing) return { action: 'create' };
	if (!existing.emailVerified) return { action: 'refuse', reason: 'unconfirmed-account' };
	return { action: 'link', userId: existing.id };
}
