import {
	boolean,
	pgTable,
	text,
	timestamp,
	uuid,
	integer,
	jsonb,
	pgEnum,
	index,
	unique
} from 'drizzle-orm/pg-core';
import { organisation } from './organisations';
import { user } from './auth';

export const sectionKind = pgEnum('section_kind', [
	'building_block',
	'governance',
	'integration',
	'reference',
	'stakeholder_map'
]);
export const itemKind = pgEnum('item_kind', [
	'maturity',
	'integration',
	'yes_no',
	'stakeholder_map'
]);

/**
 * A questionnaire version. organisationId null = shipped with Touchstone (shared by all);
 * otherwise a version a lead derived for their organisation. Immutable once a cycle uses it.
 */
export const instrument = pgTable(
	'instrument',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid().references(() => organisation.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		version: integer().notNull(),
		basedOnId: uuid(),
		/** Maturity items offer "not my area" beside "don't know" (version 2 on). */
		offersNotMyArea: boolean().notNull().default(false),
		/**
		 * The languages this version is complete in, its source language (the texts in the section
		 * and item columns) first; the others' texts are in the rows' translations.
		 */
		languages: text().array().notNull().default(['en']),
		createdBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.organisationId, t.name, t.version).nullsNotDistinct()]
);

export const instrumentSection = pgTable(
	'instrument_section',
	{
		id: uuid().primaryKey().defaultRandom(),
		instrumentId: uuid()
			.notNull()
			.references(() => instrument.id, { onDelete: 'cascade' }),
		key: text().notNull(),
		kind: sectionKind().notNull(),
		title: text().notNull(),
		description: text().notNull(),
		position: integer().notNull(),
		/** The stakeholder groups asked this section by default; null = everyone (routing.ts). */
		groups: text().array(),
		/** Title and description per further language, e.g. { es: { title, description } }. */
		translations: jsonb().$type<Record<string, { title: string; description: string }>>()
	},
	(t) => [unique().on(t.instrumentId, t.key)]
);

export const instrumentItem = pgTable(
	'instrument_item',
	{
		id: uuid().primaryKey().defaultRandom(),
		instrumentId: uuid()
			.notNull()
			.references(() => instrument.id, { onDelete: 'cascade' }),
		sectionId: uuid()
			.notNull()
			.references(() => instrumentSection.id, { onDelete: 'cascade' }),
		key: text().notNull(),
		kind: itemKind().notNull(),
		text: text().notNull(),
		anchors: jsonb().$type<string[]>(),
		/** Question and level descriptions per further language, e.g. { es: { text, anchors } }. */
		translations: jsonb().$type<Record<string, { text: string; anchors?: string[] }>>(),
		position: integer().notNull()
	},
	(t) => [unique().on(t.instrumentId, t.key), index().on(t.sectionId)]
);

/**
 * A translation in progress for one version and language (issue 17.3), built up from XLIFF imports
 * and edits: unit id → text (domain/instrument/translation.ts), and the units whose source text
 * changed since their file was made (stale). Publishing a complete draft writes the translation
 * into a version and deletes the draft. Per organisation, so built-in versions can be translated.
 */
export const instrumentTranslationDraft = pgTable(
	'instrument_translation_draft',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		instrumentId: uuid()
			.notNull()
			.references(() => instrument.id, { onDelete: 'cascade' }),
		language: text().notNull(),
		texts: jsonb().$type<Record<string, string>>().notNull(),
		stale: text().array().notNull().default([]),
		updatedBy: uuid().references(() => user.id, { onDelete: 'set null' }),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.organisationId, t.instrumentId, t.language)]
);

export type Instrument = typeof instrument.$inferSelect;
export type InstrumentSection = typeof instrumentSection.$inferSelect;
export type InstrumentItem = typeof instrumentItem.$inferSelect;
