/**
 * The CRM lead's improvement tools (issue 15): the CRM activity inventory and its review per cycle
 * (IESE, seed 004), the roadmap per cycle (seed 003), Carlson's implementation checklist (seed 000)
 * and the notes on improvement actions. Every table carries the organisation and goes with it.
 */
import {
	date,
	index,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { organisation } from './organisations';
import { user } from './auth';
import { action, cycle } from './cycles';

/** One CRM activity of the organisation (loyalty programme, service desk, newsletter…), as IESE takes stock of it. */
export const crmActivity = pgTable(
	'crm_activity',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		/** What the activity offers: its content. */
		content: text().notNull().default(''),
		targetCustomers: text().notNull().default(''),
		accessConditions: text().notNull().default(''),
		customerBenefit: text().notNull().default(''),
		customerCost: text().notNull().default(''),
		companyBenefit: text().notNull().default(''),
		companyCost: text().notNull().default(''),
		/** The part of the mission the activity addresses. */
		missionPart: text().notNull().default(''),
		/** The part of the CRM strategy (the strategic objective) it fulfils; empty: none. */
		strategyPart: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.organisationId)]
);

/** A CRM activity as reviewed in one cycle: what customers know, do, think and feel about it, and the decision. */
export const activityReview = pgTable(
	'activity_review',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		activityId: uuid()
			.notNull()
			.references(() => crmActivity.id, { onDelete: 'cascade' }),
		/** 1–5 each, entered by the lead; null: not assessed. */
		knowledge: smallint(),
		participation: smallint(),
		perception: smallint(),
		attitude: smallint(),
		/** Where the evidence came from (a customer panel, complaint data, usage figures…). */
		evidence: text().notNull().default(''),
		/** One of IESE's decisions (domain/activity); null: not decided yet. */
		decision: text(),
		decisionNotes: text().notNull().default(''),
		/** The improvement action the decision created or updated. */
		actionId: uuid().references(() => action.id, { onDelete: 'set null' }),
		updatedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.cycleId, t.activityId] }), index().on(t.organisationId)]
);

/** The roadmap's discovery phase for a cycle: goals and objectives, the assets and data we have. */
export const roadmapDiscovery = pgTable('roadmap_discovery', {
	organisationId: uuid()
		.notNull()
		.references(() => organisation.id, { onDelete: 'cascade' }),
	cycleId: uuid()
		.primaryKey()
		.references(() => cycle.id, { onDelete: 'cascade' }),
	goals: text().notNull().default(''),
	assets: text().notNull().default(''),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** A stakeholder interview held during discovery: who and when, and its topic — never survey answers. */
export const roadmapInterview = pgTable(
	'roadmap_interview',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		who: text().notNull(),
		heldOn: date().notNull(),
		topic: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.organisationId, t.cycleId)]
);

/** The written future state of one dimension in a cycle's roadmap, beside its target number. */
export const futureState = pgTable(
	'future_state',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		dimensionKey: text().notNull(),
		description: text().notNull(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.cycleId, t.dimensionKey] }), index().on(t.organisationId)]
);

/** A phase of a cycle's plan for closing the gaps, with its dates. */
export const roadmapPhase = pgTable(
	'roadmap_phase',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		position: smallint().notNull(),
		startsOn: date(),
		endsOn: date(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.organisationId, t.cycleId)]
);

/** Which phase of a cycle's plan an action is in: at most one phase per action and cycle. */
export const roadmapPhaseAction = pgTable(
	'roadmap_phase_action',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cycleId: uuid()
			.notNull()
			.references(() => cycle.id, { onDelete: 'cascade' }),
		phaseId: uuid()
			.notNull()
			.references(() => roadmapPhase.id, { onDelete: 'cascade' }),
		actionId: uuid()
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.cycleId, t.actionId] }), index().on(t.organisationId)]
);

/** One of Carlson's eight implementation steps for the organisation (step 1–8). */
export const implementationStep = pgTable(
	'implementation_step',
	{
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		step: smallint().notNull(),
		/** not_started | in_progress | done (domain/implementation). */
		state: text().notNull().default('not_started'),
		owner: text().notNull().default(''),
		evidence: text().notNull().default(''),
		doneOn: date(),
		updatedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.step] })]
);

/** A note or progress update on an improvement action. */
export const actionUpdate = pgTable(
	'action_update',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		actionId: uuid()
			.notNull()
			.references(() => action.id, { onDelete: 'cascade' }),
		note: text().notNull(),
		/** The progress (0–100 %) the update reports; null: a note only. */
		progress: smallint(),
		authorId: uuid().references(() => user.id, { onDelete: 'set null' }),
		authorName: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.organisationId, t.actionId)]
);

export type CrmActivity = typeof crmActivity.$inferSelect;
export type ActivityReview = typeof activityReview.$inferSelect;
export type RoadmapPhase = typeof roadmapPhase.$inferSelect;
export type ImplementationStep = typeof implementationStep.$inferSelect;
export type ActionUpdate = typeof actionUpdate.$inferSelect;
