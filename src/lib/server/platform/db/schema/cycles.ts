import {
	jsonb,
	pgTable,
	text,
	timestamp,
	uuid,
	integer,
	pgEnum,
	index,
	primaryKey,
	boolean,
	real,
	smallint,
	date,
	check
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisation } from './organisations';
import { instrument } from './instruments';
import { user } from './auth';

export const cycleStatus = pgEnum('cycle_status', ['draft', 'open', 'closed', 'reviewed']);

/** An assessment round of one organisation on one instrument version. */
export const cycle = pgTable(
	'cycle',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		instrumentId: uuid()
			.notNull()
			.references(() => instrument.id),
		name: text().notNull(),
		status: cycleStatus().notNull().default('draft'),
		opensAt: timestamp({ withTimezone: true }).notNull(),
		closesAt: timestamp({ withTimezone: true }).notNull(),
		openedAt: timestamp({ withTimezone: true }),
		closedAt: timestamp({ withTimezone: true }),
		reviewedAt: timestamp({ withTimezone: true }),
		/** Put away by a lead: kept, hidden from the cycle list, left out of trends and comparisons. */
		archivedAt: timestamp({ withTimezone: true }),
		/** What respondents are told on the thank-you page: when and how results will be shared. */
		resultsSharing: text(),
		anonymityThreshold: integer().notNull().default(5),
		/** Comments identify more easily than numbers: a higher default (docs/scoring.md §5). */
		commentThreshold: integer().notNull().default(8),
		groups: text().array().notNull(),
		/** The lead's routing for this cycle: section key → groups asked, over the version's default. */
		routing: jsonb().$type<Record<string, string[]>>(),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** When the retention job (or nothing yet) erased the invitees' addresses and names. */
		addressesErasedAt: timestamp({ withTimezone: true }),
		/** When the raw answers were erased; the results were frozen in cycle_result first. */
		answersErasedAt: timestamp({ withTimezone: true })
	},
	(t) => [
		index().on(t.organisationId, t.createdAt),
		// No figure may rest on fewer than 3 people, whatever a form or a script stores.
		check('cycle_anonymity_threshold_at_least_3', sql`${t.anonymityThreshold} >= 3`)
	]
);

/** Per-dimension settings of a cycle: the target level and whether the dimension applies. */
export const cycleDimension = pgTable(
	'cycle_dimension',
	{
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		dimensionKey: text().notNull(),
		target: real(),
		notApplicable: boolean().notNull().default(false),
		notApplicableReason: text()
	},
	(t) => [primaryKey({ columns: [t.cycleId, t.dimensionKey] })]
);

/**
 * The organisation's facts for a cycle, answered once by a lead instead of by every respondent
 * (version 2 on; domain/cycle/facts.ts): the reference questions (0/1), the stakeholder map (0/1)
 * and the organisation-level functional-integration grid (0–3).
 */
export const cycleFact = pgTable(
	'cycle_fact',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		key: text().notNull(),
		value: smallint().notNull(),
		updatedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.cycleId, t.key] })]
);

/** The four review steps that close a cycle (step 1–4). */
export const reviewStep = pgTable(
	'review_step',
	{
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		step: smallint().notNull(),
		notes: text().notNull().default(''),
		/** Notes per structured prompt of the step (domain/cycle/review-prompts): prompt key → text. */
		answers: jsonb().$type<Record<string, string>>().notNull().default({}),
		doneAt: timestamp({ withTimezone: true }),
		doneBy: uuid().references(() => user.id, { onDelete: 'set null' })
	},
	(t) => [primaryKey({ columns: [t.cycleId, t.step] })]
);

export const actionStatus = pgEnum('action_status', ['planned', 'in_progress', 'done', 'dropped']);

/** An improvement action; it lives from the cycle it came from until done or dropped. */
export const action = pgTable(
	'action',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		originCycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		dimensionKeys: text().array().notNull(),
		/** The owner's name: a member's name when ownerUserId is set, else a named outsider. */
		owner: text().notNull(),
		ownerUserId: uuid().references(() => user.id, { onDelete: 'set null' }),
		impact: smallint().notNull(),
		complexity: smallint().notNull(),
		dueDate: date(),
		/**
		 * The due date the owner was reminded of as near, and as passed (improvement/reminders.ts):
		 * each reminder goes once per due date, and a new due date gets its own.
		 */
		dueSoonRemindedFor: date(),
		overdueRemindedFor: date(),
		status: actionStatus().notNull().default('planned'),
		/** 0–100 %, from the latest progress update. */
		progress: smallint().notNull().default(0),
		/** Budget asked for and what was approved, in whole units of the organisation's currency. */
		budget: integer(),
		approvedAmount: integer(),
		approvedBy: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp({ withTimezone: true })
	},
	(t) => [index().on(t.organisationId)]
);

export type Cycle = typeof cycle.$inferSelect;
export type CycleStatus = (typeof cycleStatus.enumValues)[number];
export type CycleDimension = typeof cycleDimension.$inferSelect;
export type ReviewStep = typeof reviewStep.$inferSelect;
export type Action = typeof action.$inferSelect;

/**
 * A cycle's results as the scoring service showed them (anonymity-safe CycleScores), frozen when
 * its raw answers are erased under the organisation's retention setting, so the dashboard, trends
 * and new reports of the cycle still show them.
 */
export const cycleResult = pgTable(
	'cycle_result',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		scores: jsonb().notNull(),
		frozenAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.cycleId] })]
);
