import { describe, it, expect } from 'vitest';
import {
	maskEmail,
	TOKEN_LIFETIME_MS,
	tokenExpiresAt,
	tokenState,
	type TokenRecord
} from '../../src/lib/domain/account/tokens';
import { deviceLabel, lastUsedLabel } from '../../src/lib/domain/account/device';

const issued = new Date('2026-12-01T10:00:00Z');
const minutes = (n: number) => new Date(issued.getTime() + n * 60_000);
const account = { email: 'dana@example.org' };

function token(overrides: Partial<TokenRecord> = {}): TokenRecord {
	const purpose = overrides.purpose ?? 'reset-password';
	return {
		purpose,
		email: 'dana@example.org',
		expiresAt: tokenExpiresAt(purpose, issued),
		usedAt: null,
		...overrides
	};
}

describe('account link rules', () => {
	it('a reset link lives 30 minutes; verification and new-address links a day', () => {
		expect(TOKEN_LIFETIME_MS['reset-password']).toBe(30 * 60_000);
		expect(TOKEN_LIFETIME_MS['verify-email']).toBe(24 * 60 * 60_000);
		expect(TOKEN_LIFETIME_MS['change-email']).toBe(24 * 60 * 60_000);
		expect(tokenExpiresAt('reset-password', issued)).toEqual(minutes(30));
	});

	it('works strictly before it expires, and not at or after that instant', () => {
		expect(tokenState(token(), account, minutes(0))).toBe('usable');
		expect(tokenState(token(), account, new Date(minutes(30).getTime() - 1))).toBe('usable');
		expect(tokenState(token(), account, minutes(30))).toBe('expired');
		expect(tokenState(token(), account, minutes(31))).toBe('expired');
		expect(tokenState(token({ purpose: 'verify-email' }), account, minutes(31))).toBe('usable');
		expect(tokenState(token({ purpose: 'verify-email' }), account, minutes(24 * 60))).toBe(
			'expired'
		);
	});

	it('works once: a used (or superseded) link is refused, even before it expires', () => {
		expect(tokenState(token({ usedAt: minutes(1) }), account, minutes(2))).toBe('used');
		// Used beats expired: the page says "used", not "expired", for a link that was used.
		expect(tokenState(token({ usedAt: minutes(1) }), account, minutes(60))).toBe('used');
	});

	it('a reset or verification link stops working once the account uses another address', () => {
		const moved = { email: 'dana@new.example.org' };
		expect(tokenState(token(), moved, minutes(1))).toBe('address-changed');
		expect(tokenState(token({ purpose: 'verify-email' }), moved, minutes(1))).toBe(
			'address-changed'
		);
		// A new-address link names the new address itself: the account's current one differs by design.
		expect(
			tokenState(
				token({ purpose: 'change-email', email: 'dana@new.example.org' }),
				account,
				minutes(1)
			)
		).toBe('usable');
	});

	it('masks an address for the operator line: two characters and the domain', () => {
		expect(maskEmail('dana.lead@example.org')).toBe('da…@example.org');
		expect(maskEmail('d@example.org')).toBe('d…@example.org');
		expect(maskEmail('not-an-address')).toBe('…');
		expect(maskEmail('dana.lead@example.org')).not.toContain('dana');
	});
});

describe('sessions on the account page', () => {
	it('names the browser and system coarsely, never versions', () => {
		const cases: Array<[string | null, string]> = [
			[
				'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
				'Chrome on Windows'
			],
			[
				'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
				'Edge on Windows'
			],
			[
				'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
				'Safari on iPhone'
			],
			[
				'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
				'Chrome on Android'
			],
			[
				'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0',
				'Firefox on macOS'
			],
			[
				'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
				'Chrome on Linux'
			],
			['Mozilla/5.0 (X11; Linux x86_64)', 'A browser on Linux'],
			['', 'Unknown browser'],
			[null, 'Unknown browser']
		];
		for (const [ua, label] of cases) expect(deviceLabel(ua), String(ua)).toBe(label);
		expect(deviceLabel(cases[0]![0])).not.toMatch(/\d/);
	});

	it('says when a session was last used as coarsely as it is recorded', () => {
		const now = new Date('2026-12-01T12:00:00Z');
		const ago = (ms: number) => new Date(now.getTime() - ms);
		expect(lastUsedLabel(ago(0), now)).toBe('in the last few minutes');
		expect(lastUsedLabel(ago(9 * 60_000), now)).toBe('in the last few minutes');
		expect(lastUsedLabel(ago(25 * 60_000), now)).toBe('25 minutes ago');
		expect(lastUsedLabel(ago(61 * 60_000), now)).toBe('an hour ago');
		expect(lastUsedLabel(ago(5 * 3_600_000), now)).toBe('5 hours ago');
		expect(lastUsedLabel(ago(30 * 3_600_000), now)).toBe('yesterday');
		expect(lastUsedLabel(ago(12 * 86_400_000), now)).toBe('12 days ago');
	});
});
