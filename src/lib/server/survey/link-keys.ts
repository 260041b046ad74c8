/** Link tokens and response keys derived from the installation key (see tokenFor in invitations.ts). */
import { createHash, createHmac } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** tokenFor with the installation key already read (loops over many links). */
export function tokenWith(secret: Uint8Array, invitationId: string, linkVersion: number): string {
	const message =
		linkVersion === 1 ? `invitation:${invitationId}` : `invitation:${invitationId}:v${linkVersion}`;
	const mac = createHmac('sha512', secret).update(message).digest();
	return encodeBase32LowerCaseNoPadding(mac).slice(0, 64);
}

/**
 * The key under which a respondent's answers are stored. A second, differently salted hash
 * of the token, so the database alone cannot join answers to the invitation row.
 */
export function responseKey(token: string): string {
	return createHash('sha256').update(`touchstone-response:${token}`).digest('hex');
}

/**
 * Response keys already derived, per installation key (a new key, as tests switch databases,
 * starts afresh) and link (id and version): the dashboard's response rates derive one per
 * invitation on every view, 5,000 HMACs for a large cycle. Holding them adds nothing to what the
 * process can do anyway with the key it holds; nothing of them is stored or logged. Bounded.
 */
const derivedKeys = new WeakMap<Uint8Array, Map<string, string>>();
const DERIVED_KEYS_MAX = 100_000;

export function linkResponseKey(
	secret: Uint8Array,
	invitationId: string,
	linkVersion: number
): string {
	let memo = derivedKeys.get(secret);
	if (!memo) derivedKeys.set(secret, (memo = new Map()));
	const id = `${invitationId}:${linkVersion}`;
	let key = memo.get(id);
	if (key === undefined) {
		key = responseKey(tokenWith(secret, invitationId, linkVersion));
		if (memo.size >= DERIVED_KEYS_MAX) memo.clear();
		memo.set(id, key);
	}
	return key;
}
