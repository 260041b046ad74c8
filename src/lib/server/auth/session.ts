import { and, desc, eq, gt, ne } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { db } from '../platform/db';
import { session, user, type Session, type User } from '../platform/db/schema';
import { deviceLabel } from '$lib/domain/account/device';
import { isInterfaceLanguage, type InterfaceLanguage } from '$lib/domain/language';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** Sliding expiry: a session used in its last 15 days is extended to a full 30. */
const RENEW_WITHIN_MS = 15 * DAY_MS;
/** `last_used_at` is written at most this often, so a busy session costs one write per 5 minutes. */
export const LAST_USED_PRECISION_MS = 5 * 60 * 1000;
export const SESSION_COOKIE = 'touchstone_session';

export function generateToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(20));
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** SHA-256 hex of a token (node:crypto: every survey request hashes its link, issue 18). */
export function hashToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new session; `userAgent` is reduced to a coarse label (deviceLabel) before it is stored. */
export async function createSession(
	token: string,
	userId: string,
	userAgent?: string | null
): Promise<Session> {
	const now = new Date();
	const row = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
		createdAt: now,
		lastUsedAt: now,
		device: deviceLabel(userAgent)
	};
	await db().insert(session).values(row);
	return row;
}

export type SessionUser = Pick<User, 'id' | 'email' | 'name'> & {
	/** The account's address was confirmed through a link mailed to it. */
	emailVerified: boolean;
	/** The interface language the person chose (account page); null: the browser's, then the organisation's. */
	language: InterfaceLanguage | null;
};
export type SessionValidationResult =
	{ session: Session; user: SessionUser } | { session: null; user: null };

export async function validateSessionToken(token: string): Promise<SessionValidationResult> {
	const sessionId = hashToken(token);
	const [found] = await db()
		.select({
			session,
			user: {
				id: user.id,
				email: user.email,
				name: user.name,
				verifiedAt: user.emailVerifiedAt,
				language: user.language
			}
		})
		.from(session)
		.innerJoin(user, eq(session.userId, user.id))
		.where(eq(session.id, sessionId));
	if (!found) return { session: null, user: null };
	const { verifiedAt, language, ...account } = found.user;
	const row = {
		session: found.session,
		user: {
			...account,
			emailVerified: verifiedAt !== null,
			language: isInterfaceLanguage(language) ? language : null
		}
	};
	const now = Date.now();
	if (now >= row.session.expiresAt.getTime()) {
		await db().delete(session).where(eq(session.id, sessionId));
		return { session: null, user: null };
	}
	const renew = now >= row.session.expiresAt.getTime() - RENEW_WITHIN_MS;
	const touch = now >= row.session.lastUsedAt.getTime() + LAST_USED_PRECISION_MS;
	if (renew || touch) {
		if (renew) row.session.expiresAt = new Date(now + SESSION_LIFETIME_MS);
		row.session.lastUsedAt = new Date(now);
		await db()
			.update(session)
			.set({ expiresAt: row.session.expiresAt, lastUsedAt: row.session.lastUsedAt })
			.where(eq(session.id, sessionId));
	}
	return row;
}

export async function invalidateSession(sessionId: string): Promise<void> {
	await db().delete(session).where(eq(session.id, sessionId));
}

/** Ends every session of the account ("sign out everywhere", a password reset). */
export async function invalidateUserSessions(userId: string): Promise<void> {
	await db().delete(session).where(eq(session.userId, userId));
}

/** Ends every session of the account but `keepSessionId` (after a password change on this device). */
export async function invalidateOtherSessions(
	userId: string,
	keepSessionId: string
): Promise<void> {
	await db()
		.delete(session)
		.where(and(eq(session.userId, userId), ne(session.id, keepSessionId)));
}

/** Ends one session of the account; false when it is not one of theirs (or already ended). */
export async function invalidateOwnSession(userId: string, sessionId: string): Promise<boolean> {
	const ended = await db()
		.delete(session)
		.where(and(eq(session.userId, userId), eq(session.id, sessionId)))
		.returning({ id: session.id });
	return ended.length > 0;
}

export interface SessionSummary {
	id: string;
	device: string;
	createdAt: Date;
	lastUsedAt: Date;
}

/** The account's sessions that have not expired, most recently used first. */
export async function activeSessions(userId: string, now = new Date()): Promise<SessionSummary[]> {
	const rows = await db()
		.select({
			id: session.id,
			device: session.device,
			createdAt: session.createdAt,
			lastUsedAt: session.lastUsedAt
		})
		.from(session)
		.where(and(eq(session.userId, userId), gt(session.expiresAt, now)))
		.orderBy(desc(session.lastUsedAt), desc(session.createdAt));
	return rows.map((r) => ({ ...r, device: r.device ?? 'Unknown browser' }));
}
