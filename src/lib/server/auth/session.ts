import { eq } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { db } from '../platform/db';
import { session, user, type Session, type User } from '../platform/db/schema';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** Sliding expiry: a session used in its last 15 days is extended to a full 30. */
const RENEW_WITHIN_MS = 15 * DAY_MS;
export const SESSION_COOKIE = 'touchstone_session';

export function generateToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(20));
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(token: string, userId: string): Promise<Session> {
	const row = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
		createdAt: new Date()
	};
	await db().insert(session).values(row);
	return row;
}

export type SessionUser = Pick<User, 'id' | 'email' | 'name'>;
export type SessionValidationResult =
	{ session: Session; user: SessionUser } | { session: null; user: null };

export async function validateSessionToken(token: string): Promise<SessionValidationResult> {
	const sessionId = hashToken(token);
	const [row] = await db()
		.select({ session, user: { id: user.id, email: user.email, name: user.name } })
		.from(session)
		.innerJoin(user, eq(session.userId, user.id))
		.where(eq(session.id, sessionId));
	if (!row) return { session: null, user: null };
	const now = Date.now();
	if (now >= row.session.expiresAt.getTime()) {
		await db().delete(session).where(eq(session.id, sessionId));
		return { session: null, user: null };
	}
	if (now >= row.session.expiresAt.getTime() - RENEW_WITHIN_MS) {
		row.session.expiresAt = new Date(now + SESSION_LIFETIME_MS);
		await db()
			.update(session)
			.set({ expiresAt: row.session.expiresAt })
			.where(eq(session.id, sessionId));
	}
	return row;
}

export async function invalidateSession(sessionId: string): Promise<void> {
	await db().delete(session).where(eq(session.id, sessionId));
}

export async function invalidateUserSessions(userId: string): Promise<void> {
	await db().delete(session).where(eq(session.userId, userId));
}
