import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisations';

/**
 * The organisation's audit log: who did what and when (server/audit). Append-only: a trigger
 * refuses UPDATE, and DELETE unless the organisation itself is gone (its deletion cascades here).
 * The actor is a snapshot (id, address, name at the time), not a foreign key, so neither a
 * changed nor a deleted account rewrites the log. Never an answer, never an invitee
 * (docs/threat-model.md).
 */
export const auditEvent = pgTable(
	'audit_event',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		id: uuid().notNull().defaultRandom(),
		occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Null when Touchstone itself acted (a closing date passed, the retention job, a report made). */
		actorUserId: uuid(),
		actorEmail: text(),
		actorName: text(),
		kind: text().notNull(),
		subjectType: text().notNull(),
		subjectId: uuid(),
		details: jsonb().$type<Record<string, unknown>>().notNull().default({})
	},
	(t) => [
		primaryKey({ columns: [t.organisationId, t.id] }),
		index().on(t.organisationId, t.occurredAt)
	]
);

export type AuditEventRow = typeof auditEvent.$inferSelect;
