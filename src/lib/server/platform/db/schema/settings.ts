import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Installation-wide settings shared by every app instance (e.g. the invitation-link secret). */
export const appSetting = pgTable('app_setting', {
	key: text().primaryKey(),
	value: text().notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
