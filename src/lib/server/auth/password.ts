import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id minimum (19 MiB, 2 iterations, 1 lane), as the Lucia guide uses.
const options = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	return verify(passwordHash, password).catch(() => false);
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check so a missing account can't be told by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
	dummyHash ??= hashPassword('touchstone-dummy-password');
	await verifyPassword(await dummyHash, password);
}
