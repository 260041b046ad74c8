import {
	pgTable,
	text,
	timestamp,
	uuid,
	pgEnum,
	index,
	jsonb,
	boolean,
	customType
} from 'drizzle-orm/pg-core';
import { organisation } from './organisations';
import { cycle } from './cycles';
import { user } from './auth';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

export const reportStatus = pgEnum('report_status', ['queued', 'running', 'done', 'failed']);

/** An immutable board report: the PDF bytes, their SHA-256 and the inputs they were made from. */
export const report = pgTable(
	'report',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		status: reportStatus().notNull().default('queued'),
		provisional: boolean().notNull().default(false),
		options: jsonb().$type<Record<string, unknown>>().notNull().default({}),
		inputs: jsonb(),
		inputsSha256: text(),
		pdf: bytea(),
		pdfSha256: text(),
		error: text(),
		requestedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.organisationId, t.cycleId)]
);

export type Report = typeof report.$inferSelect;
