/**
 * The keys a respondent's browser holds or is given, all derived rather than stored: the offline
 * storage key, the device hash that binds a draft to its browsers, and the one-time resume code.
 */
import { createHash, createHmac } from 'node:crypto';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32UpperCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { invitationSecret } from '../platform/secrets';

/** Key for answers kept on the phone while offline: derived from the token, not the token. */
export function storageKey(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(`touchstone-local:${token}`))).slice(
		0,
		24
	);
}

/**
 * Binds a draft to the browsers that made it: holding the link is not enough to read it. Salted
 * with the response key, so one browser's drafts in two cycles cannot be linked to each other.
 */
export function deviceHash(key: string, deviceKey: string): string {
	return createHash('sha256').update(`touchstone-device:${key}:${deviceKey}`).digest('hex');
}

/** A new random device key, kept in an http-only cookie on the respondent's browser. */
export function newDeviceKey(): string {
	return encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(24)));
}

/**
 * The one-time code that lets a second device continue a draft: derived from the response key and
 * a counter under the installation key (outside the database), so it is not stored anywhere and a
 * used code never works again.
 */
export async function resumeCode(key: string, counter: number): Promise<string> {
	const mac = createHmac('sha256', await invitationSecret())
		.update(`touchstone-resume:${key}:${counter}`)
		.digest();
	const code = encodeBase32UpperCaseNoPadding(mac).slice(0, 8);
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export const normaliseCode = (code: string) => code.toUpperCase().replace(/[^A-Z2-7]/g, '');
