import {
	pgTable,
	text,
	timestamp,
	uuid,
	integer,
	primaryKey,
	pgEnum,
	index
} from 'drizzle-orm/pg-core';

export const user = pgTable('user', {
	id: uuid().primaryKey().defaultRandom(),
	email: text().notNull().unique(),
	name: text().notNull(),
	passwordHash: text().notNull(),
	/** When the owner of `email` opened the link mailed to it; null until then (and after a change, until the new one is confirmed). */
	emailVerifiedAt: timestamp({ withTimezone: true }),
	/** The language this person chose on the account page (issue 17); null: their browser's, then the organisation's. */
	language: text(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Session id is the SHA-256 of the cookie token (Lucia guide), never the token itself. */
export const session = pgTable(
	'session',
	{
		id: text().primaryKey(),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Updated at most every few minutes (session.ts), for the account page's list of sessions. */
		lastUsedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** A coarse label of the browser and system that signed in ("Firefox on Windows"), never the raw user agent. */
		device: text()
	},
	(t) => [index().on(t.userId)]
);

export const accountTokenPurpose = pgEnum('account_token_purpose', [
	'verify-email',
	'reset-password',
	'change-email'
]);

/**
 * A single-use link mailed to an account: e-mail verification, password reset, a new address to
 * confirm. The link's token is derived by HMAC from the row's id and the installation key (as
 * invitation links are), so the mail queue holds ids only; this table holds the token's SHA-256.
 * Rules (lifetimes, when a token stops working): src/lib/domain/account/tokens.ts.
 */
export const accountToken = pgTable(
	'account_token',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		purpose: accountTokenPurpose().notNull(),
		tokenHash: text().notNull().unique(),
		/** The address the link is mailed to: the account's for verify/reset, the new one for change-email. */
		email: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		/** Used, or superseded by a newer link of the same purpose, or ended by a password reset. */
		usedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.userId, t.purpose)]
);

/** Fixed-window counters shared by every app instance (sign-in, token guessing). */
export const rateLimit = pgTable(
	'rate_limit',
	{
		bucket: text().notNull(),
		key: text().notNull(),
		windowStart: timestamp({ withTimezone: true }).notNull(),
		hits: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.bucket, t.key] })]
);

export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
export type AccountToken = typeof accountToken.$inferSelect;
export type AccountTokenPurpose = (typeof accountTokenPurpose.enumValues)[number];
