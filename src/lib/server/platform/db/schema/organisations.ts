import {
	pgTable,
	text,
	timestamp,
	uuid,
	primaryKey,
	pgEnum,
	index,
	boolean,
	integer
} from 'drizzle-orm/pg-core';
import { user } from './auth';

export const memberRole = pgEnum('member_role', ['lead', 'board']);

export const organisation = pgTable('organisation', {
	id: uuid().primaryKey().defaultRandom(),
	name: text().notNull(),
	sector: text().notNull(),
	sizeBand: text().notNull(),
	/** IANA zone in which the organisation's leads read and type dates and times. */
	timeZone: text().notNull().default('UTC'),
	/**
	 * The organisation's default language (issue 17): the board report's, and the interface's after
	 * a person's own choice and their browser's languages. One of src/lib/i18n/languages.ts.
	 */
	language: text().notNull().default('en'),
	/** Admitted to the peer-benchmark panel by the installation's operator (never by its own members). */
	benchmarkPanel: boolean().notNull().default(false),
	/** The fictitious demo organisations: never in a real organisation's peer panel. */
	demo: boolean().notNull().default(false),
	/**
	 * Days after a cycle closes that its invitees' addresses and names, and its raw answers, are
	 * kept (null: until the organisation is deleted). The daily retention job applies them
	 * (server/retention); scores stay, frozen in cycle_result, and reports stay.
	 */
	inviteeRetentionDays: integer(),
	answerRetentionDays: integer(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

export const membership = pgTable(
	'membership',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: memberRole().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index().on(t.userId)]
);

/**
 * Everyone who was ever a member of an organisation (kept when a membership ends), so peer
 * benchmarks can leave out organisations that share a member with the viewer, ever.
 */
export const membershipHistory = pgTable(
	'membership_history',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: uuid()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		firstJoinedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index().on(t.userId)]
);

/** An invitation for a colleague to join as lead or board; the link carries the token, the table its hash. */
export const memberInvitation = pgTable(
	'member_invitation',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		tokenHash: text().notNull().unique(),
		role: memberRole().notNull(),
		email: text(),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		acceptedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		acceptedAt: timestamp({ withTimezone: true }),
		revokedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.organisationId)]
);

export type Organisation = typeof organisation.$inferSelect;
export type Membership = typeof membership.$inferSelect;
export type MemberRole = (typeof memberRole.enumValues)[number];
export type MemberInvitation = typeof memberInvitation.$inferSelect;
