import {
	pgTable,
	text,
	timestamp,
	uuid,
	pgEnum,
	index,
	primaryKey,
	boolean,
	smallint
} from 'drizzle-orm/pg-core';
import { organisation } from './organisations';
import { cycle } from './cycles';
import { instrumentItem, instrumentSection } from './instruments';

export const invitationKind = pgEnum('invitation_kind', ['personal', 'anonymous']);

/**
 * Who was asked. Deliberately no link to `response`: the respondent's answers are found
 * from their token (a second hash, see responses.ts in server), never from this row.
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
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true }),
		remindedAt: timestamp({ withTimezone: true }),
		respondedAt: timestamp({ withTimezone: true }),
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
		/** Day only: a finer time would let a lead match it to an invitation's respondedAt. */
		submittedOn: timestamp({ withTimezone: true }),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.cycleId, t.status, t.groupKey)]
);

/** value: 1–5 maturity, 0–3 integration, 0/1 yes-no; null with dontKnow = "don't know". */
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
