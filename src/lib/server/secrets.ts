import { eq } from 'drizzle-orm';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { db, onDatabaseSwitch } from './db';
import { appSetting } from './db/schema';
import { env } from './env';

const INVITATION_SECRET = 'invitation-secret';
let cached: Uint8Array | undefined;

function fromHex(hex: string): Uint8Array {
	return Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));
}

/**
 * The key invitation links are derived from. From INVITATION_SECRET when set (keeps it out of
 * the database); otherwise made once and kept in the database so every instance shares it.
 */
export async function invitationSecret(): Promise<Uint8Array> {
	if (cached) return cached;
	if (env.INVITATION_SECRET) {
		cached = new TextEncoder().encode(env.INVITATION_SECRET);
		return cached;
	}
	const fresh = encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(32)));
	await db().insert(appSetting).values({ key: INVITATION_SECRET, value: fresh }).onConflictDoNothing();
	const [row] = await db().select().from(appSetting).where(eq(appSetting.key, INVITATION_SECRET));
	cached = fromHex(row!.value);
	return cached;
}

onDatabaseSwitch(() => {
	cached = undefined;
});
