import { eq } from 'drizzle-orm';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { db, onDatabaseSwitch } from './db';
import { appSetting } from './db/schema';
import { env } from './env';
import { logger } from './log';

/** The row in which versions before the threat model kept the key (moved out at start-up). */
const LEGACY_SETTING = 'invitation-secret';
let cached: Uint8Array | undefined;

/**
 * Where the link key lives when INVITATION_SECRET is not set: a file beside, never inside, the
 * embedded data folder, so a copy of the database (or of the data folder) cannot re-derive links.
 */
export function keyFilePath(): string {
	return resolve(env.KEY_FILE ?? `${resolve(env.DATA_DIR)}.key`);
}

function readKeyFile(path: string): string | null {
	if (!existsSync(path)) return null;
	const text = readFileSync(path, 'utf8').trim();
	if (text.length < 32) throw new Error(`The key file ${path} is shorter than 32 characters.`);
	return text;
}

/** Writes the key file unless another process was faster; either way returns the file's key. */
function createKeyFile(path: string, key: string): string {
	try {
		writeFileSync(path, `${key}\n`, { flag: 'wx', mode: 0o600 });
		logger.warn(
			{ keyFile: path },
			'created the invitation-link key file: back it up apart from the database (docs/threat-model.md)'
		);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	return readKeyFile(path)!;
}

/**
 * The key invitation links, response keys and resume codes are derived from. It is never in the
 * database: from INVITATION_SECRET, else from the key file. A key left in the database by an
 * earlier version is moved to the key file (unless INVITATION_SECRET is set) and deleted from it.
 */
export async function invitationSecret(): Promise<Uint8Array> {
	if (cached) return cached;
	const [legacy] = await db().select().from(appSetting).where(eq(appSetting.key, LEGACY_SETTING));
	let key: string;
	if (env.INVITATION_SECRET) key = env.INVITATION_SECRET;
	else {
		const path = keyFilePath();
		key =
			readKeyFile(path) ??
			createKeyFile(
				path,
				legacy?.value ?? encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(32)))
			);
	}
	if (legacy) await db().delete(appSetting).where(eq(appSetting.key, LEGACY_SETTING));
	cached = keyBytes(key);
	return cached;
}

/** Generated keys (and keys an earlier version kept in the database) are hex; others are used as typed. */
function keyBytes(key: string): Uint8Array {
	if (!env.INVITATION_SECRET && /^[0-9a-f]{64}$/.test(key))
		return Uint8Array.from(key.match(/../g)!.map((b) => parseInt(b, 16)));
	return new TextEncoder().encode(key);
}

onDatabaseSwitch(() => {
	cached = undefined;
});
