/**
 * Rules of the single-use links mailed to an account (OWASP ASVS 5.0, V6.3/V6.4): what each is
 * for, how long it lives, and when it stops working. Pure: the server stores the token's hash and
 * asks these rules whether a row may still be used.
 */
import { m } from '$lib/paraglide/messages';

export const accountTokenPurposes = ['verify-email', 'reset-password', 'change-email'] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

const MINUTE_MS = 60_000;

/**
 * How long a link works after it was made. A reset link is a credential that replaces the
 * password, so it is short-lived; a verification link only proves the address and may wait a day.
 */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
	'reset-password': 30 * MINUTE_MS,
	'verify-email': 24 * 60 * MINUTE_MS,
	'change-email': 24 * 60 * MINUTE_MS
};

export function tokenExpiresAt(purpose: AccountTokenPurpose, issuedAt: Date): Date {
	return new Date(issuedAt.getTime() + TOKEN_LIFETIME_MS[purpose]);
}

export interface TokenRecord {
	purpose: AccountTokenPurpose;
	/** The address the link was mailed to. */
	email: string;
	expiresAt: Date;
	/** Set when used, superseded by a newer link of the same purpose, or ended by a reset. */
	usedAt: Date | null;
}

export type TokenState = 'usable' | 'used' | 'expired' | 'address-changed';

/**
 * Whether a link may be used now by the account it belongs to.
 * - A link works once: `usedAt` set means used (or superseded, or ended by a password reset).
 * - It works strictly before `expiresAt`.
 * - A verification or reset link was mailed to the account's address at the time: once the
 *   address has changed it proves nothing about the new one (and a reset mailed to an address the
 *   owner gave up must not open the account), so it stops working.
 * - A change-email link names the new address itself; it needs no such check.
 */
export function tokenState(
	token: TokenRecord,
	account: { email: string },
	now: Date = new Date()
): TokenState {
	if (token.usedAt !== null) return 'used';
	if (now.getTime() >= token.expiresAt.getTime()) return 'expired';
	if (token.purpose !== 'change-email' && token.email !== account.email) return 'address-changed';
	return 'usable';
}

/** What the page says when a link does not work (the same words whether it never existed or not). */
export function tokenRefusal(state: Exclude<TokenState, 'usable'> | 'unknown'): string {
	if (state === 'expired') return m.common_link_expired();
	if (state === 'address-changed') return m.common_link_address_changed();
	// An unknown token gets the answer of a used one, so a guess learns nothing.
	return m.common_link_used();
}

/**
 * An address shown where the whole address need not be, e.g. in the operator's log line without
 * SMTP: the first two characters of the local part and the domain (`da…@example.org`).
 */
export function maskEmail(email: string): string {
	const at = email.lastIndexOf('@');
	if (at < 1) return '…';
	return `${email.slice(0, Math.min(2, at))}…${email.slice(at)}`;
}
