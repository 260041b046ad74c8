import {
	pgTable,
	text,
	timestamp,
	uuid,
	pgEnum,
	index,
	primaryKey,
	boolean,
	smallint,
	integer
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisation } from './organisations';
import { cycle } from './cycles';
import { instrumentItem, instrumentSection } from './instruments';

export const invitationKind = pgEnum('invitation_kind', ['personal', 'anonymous']);

/**
 * Who was asked. Deliberately no link to `response`: nothing here changes when the person
 * answers. Whether they answered is worked out on the server from their link (derived with a
 * key kept outside the database), never stored here. docs/threat-model.md.
 */
export const invitation = pgTable(
	'invitation',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		tokenHash: text().notNull().unique(),
		kind: invitationKind().notNull(),
		email: text(),
		name: text(),
		groupKey: text().notNull(),
		/**
		 * The invitee's language from the invitee list (issue 17): their e-mail's, and their link's
		 * first language. Personal data like the address: erased with it.
		 */
		language: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true }),
		remindedAt: timestamp({ withTimezone: true }),
		/** Bumped when the lead re-issues the link: the old link stops working. */
		linkVersion: integer().notNull().default(1),
		revokedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.cycleId, t.groupKey)]
);

export const responseStatus = pgEnum('response_status', ['draft', 'submitted']);

export const response = pgTable(
	'response',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		/** SHA-256 of a respondent-only derivation of the invitation token. */
		resumeHash: text().notNull().unique(),
		groupKey: text().notNull(),
		status: responseStatus().notNull().default('draft'),
		/** Day only: a finer time could be matched to what else happened that day. */
		submittedOn: timestamp({ withTimezone: true }),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/**
		 * The results snapshot this submitted response was first published in (null: not yet).
		 * Each snapshot adds at least the cycle's threshold of responses (docs/scoring.md).
		 */
		publishedIn: integer(),
		/** SHA-256 of (response key, device key) of each device allowed to read and change the draft. */
		deviceHashes: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Counter of the one-time resume code: using a code moves it on, so each code works once. */
		resumeCounter: integer().notNull().default(0),
		/**
		 * Submitted in under a third of the group's estimated time (a speeding flag, counted for the
		 * lead, never excluding anyone); null when not known (another device, no start mark). Only
		 * this flag is kept, never a time.
		 */
		answeredQuickly: boolean(),
		/**
		 * At submission: at least STRAIGHT_LINE_MIN_ANSWERS maturity levels, all the same (a
		 * straight-lining flag, counted for the lead, never excluding anyone). Kept so the dashboard
		 * counts flags instead of re-reading every answer (issue 18); null for a draft and once the
		 * answers are erased, as it is read from them. Which level is never kept here.
		 */
		straightLined: boolean()
	},
	(t) => [index().on(t.cycleId, t.status, t.groupKey)]
);

/**
 * value: 1–5 maturity, 0–3 integration, 0/1 yes-no; null with dontKnow = "don't know"; null with
 * notMyArea = "not my area" (version 2: the respondent does not see this; excluded from scores and
 * kept apart from "don't know", which counts as a gap in what the organisation shares).
 */
export const answer = pgTable(
	'answer',
	{
		responseId: uuid()
			.notNull()
			.references(() => response.id, { onDelete: 'cascade' }),
		itemId: uuid()
			.notNull()
			.references(() => instrumentItem.id),
		cycleId: uuid().notNull(),
		value: smallint(),
		dontKnow: boolean().notNull().default(false),
		notMyArea: boolean().notNull().default(false),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.responseId, t.itemId] }), index().on(t.cycleId, t.itemId)]
);

export const sectionComment = pgTable(
	'section_comment',
	{
		responseId: uuid()
			.notNull()
			.references(() => response.id, { onDelete: 'cascade' }),
		sectionId: uuid()
			.notNull()
			.references(() => instrumentSection.id),
		cycleId: uuid().notNull(),
		text: text().notNull(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.responseId, t.sectionId] }), index().on(t.cycleId)]
);

export type Invitation = typeof invitation.$inferSelect;
export type Response = typeof response.$inferSelect;
export type Answer = typeof answer.$inferSelect;

/**
 * Submitted responses per language of a cycle (issue 17), counts only — never a row per response,
 * so no answer carries its language. A submission adds to `pending`; publishing a snapshot
 * (scoring/publication.ts) moves `pending` into `published` in the same locked transaction, so the
 * dashboard's per-language counts change only with a snapshot (docs/scoring.md).
 */
export const languageTally = pgTable(
	'language_tally',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		language: text().notNull(),
		pending: integer().notNull().default(0),
		published: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.cycleId, t.language] })]
);
