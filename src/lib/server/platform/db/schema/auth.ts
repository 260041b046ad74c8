import { pgTable, text, timestamp, uuid, integer, primaryKey } from 'drizzle-orm/pg-core';

export const user = pgTable('user', {
	id: uuid().primaryKey().defaultRandom(),
	email: text().notNull().unique(),
	name: text().notNull(),
	passwordHash: text().notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Session id is the SHA-256 of the cookie token (Lucia guide), never the token itself. */
export const session = pgTable('session', {
	id: text().primaryKey(),
	userId: uuid()
		.notNull()
		.references(() => user.id, { onDelete: 'cascade' }),
	expiresAt: timestamp({ withTimezone: true }).notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

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
