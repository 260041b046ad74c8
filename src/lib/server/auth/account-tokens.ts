/**
 * The single-use links mailed to an account (table account_token, owned here). A link's token is
 * 256 bits of HMAC-SHA256 over the row's id under the installation key (secrets.ts, never in the
 * database), as invitation links are: the mail queue carries the id and the worker derives the
 * link when it sends, so no token waits in the queue; the table keeps only the token's SHA-256.
 * When a link may be used: src/lib/domain/account/tokens.ts.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { createHmac } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { db, type Executor } from '../platform/db';
import { accountToken, user } from '../platform/db/schema';
import { invitationSecret } from '../platform/secrets';
import { hashToken } from './session';
import {
	tokenExpiresAt,
	tokenState,
	type AccountTokenPurpose,
	type TokenState
} from '$lib/domain/account/tokens';

export async function deriveToken(tokenId: string): Promise<string> {
	const mac = createHmac('sha256', await invitationSecret())
		.update(`account-token:${tokenId}`)
		.digest();
	return encodeBase32LowerCaseNoPadding(mac);
}

/**
 * Makes a link for the account and returns its row id (the mail job carries it). Earlier unused
 * links of the same purpose stop working: only the newest one mailed is valid.
 */
export async function issue(
	userId: string,
	purpose: AccountTokenPurpose,
	email: string,
	now = new Date()
): Promise<string> {
	const id = crypto.randomUUID();
	const tokenHash = hashToken(await deriveToken(id));
	await db().transaction(async (tx) => {
		await tx
			.update(accountToken)
			.set({ usedAt: now })
			.where(
				and(
					eq(accountToken.userId, userId),
					eq(accountToken.purpose, purpose),
					isNull(accountToken.usedAt)
				)
			);
		await tx.insert(accountToken).values({
			id,
			userId,
			purpose,
			tokenHash,
			email,
			createdAt: now,
			expiresAt: tokenExpiresAt(purpose, now)
		});
	});
	return id;
}

export interface FoundToken {
	id: string;
	userId: string;
	purpose: AccountTokenPurpose;
	/** The address the link was mailed to. */
	email: string;
	/** The account's name and current address. */
	account: { name: string; email: string };
	state: TokenState;
}

const foundColumns = {
	id: accountToken.id,
	userId: accountToken.userId,
	purpose: accountToken.purpose,
	email: accountToken.email,
	expiresAt: accountToken.expiresAt,
	usedAt: accountToken.usedAt,
	account: { name: user.name, email: user.email }
};

/** The link a token opens, and whether it may be used now; null for a token that never existed. */
export async function find(
	token: string,
	now = new Date(),
	tx: Executor = db()
): Promise<FoundToken | null> {
	if (!/^[a-z2-7]{1,128}$/.test(token)) return null;
	const [row] = await tx
		.select(foundColumns)
		.from(accountToken)
		.innerJoin(user, eq(accountToken.userId, user.id))
		.where(eq(accountToken.tokenHash, hashToken(token)));
	if (!row) return null;
	return {
		id: row.id,
		userId: row.userId,
		purpose: row.purpose,
		email: row.email,
		account: row.account,
		state: tokenState(row, row.account, now)
	};
}

/** The row a mail job names, for the worker; null once it cannot be used any more. */
export async function forMail(
	tokenId: string,
	now = new Date()
): Promise<{ purpose: AccountTokenPurpose; email: string; userId: string } | null> {
	const [row] = await db()
		.select(foundColumns)
		.from(accountToken)
		.innerJoin(user, eq(accountToken.userId, user.id))
		.where(eq(accountToken.id, tokenId));
	if (!row || tokenState(row, row.account, now) !== 'usable') return null;
	return { purpose: row.purpose, email: row.email, userId: row.userId };
}

/**
 * Uses a link up inside the caller's transaction: one conditional update, so of two requests
 * with the same link exactly one gets `true` (on PostgreSQL the second waits for the first's row
 * lock, then finds it used). The caller has checked its state with `find` in the same transaction.
 */
export async function consume(tx: Executor, tokenId: string, now = new Date()): Promise<boolean> {
	const used = await tx
		.update(accountToken)
		.set({ usedAt: now })
		.where(
			and(
				eq(accountToken.id, tokenId),
				isNull(accountToken.usedAt),
				sql`${accountToken.expiresAt} > ${now.toISOString()}`
			)
		)
		.returning({ id: accountToken.id });
	return used.length > 0;
}

/** Ends every unused link of the account (after a password reset or an address change). */
export async function endAll(tx: Executor, userId: string, now = new Date()): Promise<void> {
	await tx
		.update(accountToken)
		.set({ usedAt: now })
		.where(and(eq(accountToken.userId, userId), isNull(accountToken.usedAt)));
}
