import { pgTable, text, timestamp, uuid, pgEnum, index, integer } from 'drizzle-orm/pg-core';
import { organisation } from './organisations';
import { cycle } from './cycles';
import { invitation } from './responses';
import { report } from './reports';
import { user } from './auth';

export const mailKind = pgEnum('mail_kind', ['invitation', 'reminder', 'report']);
export const mailStatus = pgEnum('mail_status', ['queued', 'sent', 'retrying', 'failed']);

/**
 * One e-mail on the job queue and what became of it, for the lead to see. It holds ids only: the
 * worker derives the survey link, reads the address and loads the report's PDF when it sends, so
 * no link, address or attachment waits in the queue or in this table.
 */
export const mailMessage = pgTable(
	'mail_message',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		kind: mailKind().notNull(),
		/** The invitation mailed (kind invitation or reminder). */
		invitationId: uuid().references(() => invitation.id, { onDelete: 'cascade' }),
		/** The report mailed (kind report), and the board member it goes to. */
		reportId: uuid().references(() => report.id, { onDelete: 'cascade' }),
		recipientUserId: uuid().references(() => user.id, { onDelete: 'cascade' }),
		status: mailStatus().notNull().default('queued'),
		attempts: integer().notNull().default(0),
		/** Why the latest attempt failed, as the SMTP server said it, with addresses removed. */
		lastError: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index().on(t.organisationId, t.cycleId, t.createdAt),
		index().on(t.organisationId, t.invitationId),
		index().on(t.organisationId, t.reportId)
	]
);

export type MailMessageRow = typeof mailMessage.$inferSelect;
