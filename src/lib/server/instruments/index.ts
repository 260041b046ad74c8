import { estimateMinutes } from '$lib/domain/survey/progress';
import { and, asc, eq, isNull, or, sql, count } from 'drizzle-orm';
import { db, type Executor } from '../platform/db';
import * as audit from '../audit';
import {
	cycle,
	instrument,
	instrumentItem,
	instrumentSection,
	type Instrument
} from '../platform/db/schema';
import type {
	InstrumentDefinition,
	SectionKind,
	ItemKind,
	LevelAnchors,
	StakeholderGroupKey
} from '$lib/domain/instrument/types';
import { deriveVersion, type InstrumentEdits } from '$lib/domain/instrument/versioning';
import {
	builtInLanguages,
	languagesOf,
	type InstrumentTranslation
} from '$lib/domain/instrument/languages';

export interface StoredInstrument extends InstrumentDefinition {
	id: string;
	organisationId: string | null;
	/** The languages the version can be answered in, source first (languagesOf). */
	languages: string[];
	sections: Array<
		InstrumentDefinition['sections'][number] & {
			id: string;
			items: Array<InstrumentDefinition['sections'][number]['items'][number] & { id: string }>;
		}
	>;
}

/** Writes an instrument definition as a new version row with its sections and items. */
export async function insertDefinition(
	executor: Executor,
	definition: InstrumentDefinition,
	organisationId: string | null,
	extra: { basedOnId?: string; createdBy?: string } = {}
): Promise<string> {
	const [created] = await executor
		.insert(instrument)
		.values({
			organisationId,
			name: definition.name,
			version: definition.version,
			offersNotMyArea: definition.offersNotMyArea ?? false,
			languages: languagesOf(definition),
			basedOnId: extra.basedOnId,
			createdBy: extra.createdBy
		})
		.returning({ id: instrument.id });
	const instrumentId = created!.id;
	for (const [sectionIndex, section] of definition.sections.entries()) {
		const [storedSection] = await executor
			.insert(instrumentSection)
			.values({
				instrumentId,
				key: section.key,
				kind: section.kind,
				title: section.title,
				description: section.description,
				position: sectionIndex,
				groups: definition.routing?.[section.key] ? [...definition.routing[section.key]!] : null,
				translations: sectionTranslations(definition, section.key)
			})
			.returning({ id: instrumentSection.id });
		if (section.items.length === 0) continue;
		await executor.insert(instrumentItem).values(
			section.items.map((item, itemIndex) => ({
				instrumentId,
				sectionId: storedSection!.id,
				key: item.key,
				kind: item.kind,
				text: item.text,
				anchors: item.anchors ? [...item.anchors] : null,
				translations: itemTranslations(definition, item.key),
				position: itemIndex
			}))
		);
	}
	return instrumentId;
}

/** A section's texts in each translated language, as stored in its row; null when none. */
function sectionTranslations(definition: InstrumentDefinition, key: string) {
	const entries = Object.entries(definition.translations ?? {}).flatMap(([language, t]) =>
		t.sections[key] ? [[language, { ...t.sections[key] }] as const] : []
	);
	return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/** An item's texts in each translated language, as stored in its row; null when none. */
function itemTranslations(definition: InstrumentDefinition, key: string) {
	const entries = Object.entries(definition.translations ?? {}).flatMap(([language, t]) => {
		const texts = t.items[key];
		if (!texts) return [];
		return [
			[
				language,
				{ text: texts.text, ...(texts.anchors ? { anchors: [...texts.anchors] } : {}) }
			] as const
		];
	});
	return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/**
 * Writes a version's translations into its rows: those of a built-in version installed before
 * they shipped (or before a language was added), or a language a lead publishes (translations.ts).
 * The source texts, keys and items stay as they are, so answers already given keep their meaning.
 */
export async function writeTranslations(
	executor: Executor,
	instrumentId: string,
	definition: InstrumentDefinition
): Promise<void> {
	for (const section of definition.sections) {
		await executor
			.update(instrumentSection)
			.set({ translations: sectionTranslations(definition, section.key) })
			.where(
				and(
					eq(instrumentSection.instrumentId, instrumentId),
					eq(instrumentSection.key, section.key)
				)
			);
		for (const item of section.items)
			await executor
				.update(instrumentItem)
				.set({ translations: itemTranslations(definition, item.key) })
				.where(
					and(eq(instrumentItem.instrumentId, instrumentId), eq(instrumentItem.key, item.key))
				);
	}
	await executor
		.update(instrument)
		.set({ languages: languagesOf(definition) })
		.where(eq(instrument.id, instrumentId));
}

/**
 * Installs a built-in instrument version once; later starts find it and leave its questions
 * alone, adding only the languages shipped since it was installed.
 */
export async function ensureBuiltIn(definition: InstrumentDefinition): Promise<string> {
	return db().transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: instrument.id, languages: instrument.languages })
			.from(instrument)
			.where(
				and(
					isNull(instrument.organisationId),
					eq(instrument.name, definition.name),
					eq(instrument.version, definition.version)
				)
			);
		if (existing) {
			if (existing.languages.join() !== languagesOf(definition).join())
				await writeTranslations(tx, existing.id, definition);
			return existing.id;
		}
		return insertDefinition(tx, definition, null);
	});
}

/** Instruments an organisation may use: the built-in ones and its own versions. */
export async function listAvailable(organisationId: string) {
	return db()
		.select({
			id: instrument.id,
			name: instrument.name,
			version: instrument.version,
			organisationId: instrument.organisationId,
			createdAt: instrument.createdAt,
			// Qualified by hand: drizzle leaves columns in a raw subquery unqualified.
			cycles: sql<number>`(select count(*)::int from "cycle" c where c.instrument_id = "instrument"."id" and c.organisation_id = ${organisationId})`
		})
		.from(instrument)
		.where(or(isNull(instrument.organisationId), eq(instrument.organisationId, organisationId)))
		.orderBy(asc(instrument.name), asc(instrument.version));
}

/** Loads a full instrument if the organisation may see it. */
export async function get(
	organisationId: string,
	instrumentId: string
): Promise<StoredInstrument | null> {
	const [head] = await db()
		.select()
		.from(instrument)
		.where(
			and(
				eq(instrument.id, instrumentId),
				or(isNull(instrument.organisationId), eq(instrument.organisationId, organisationId))
			)
		);
	if (!head) return null;
	return load(head);
}

/** How long the questionnaire takes, as its landing page says it (estimateMinutes). */
export async function minutesToAnswer(
	organisationId: string,
	instrumentId: string
): Promise<number> {
	const questionnaire = await get(organisationId, instrumentId);
	return estimateMinutes(questionnaire?.sections ?? []);
}

/**
 * The languages a version's survey can be answered in (issue 17): its complete languages among
 * those the respondent pages speak (as the survey opens it); the source language when unknown.
 */
export async function surveyLanguages(
	organisationId: string,
	instrumentId: string
): Promise<string[]> {
	const [row] = await db()
		.select({ languages: instrument.languages })
		.from(instrument)
		.where(
			and(
				eq(instrument.id, instrumentId),
				or(isNull(instrument.organisationId), eq(instrument.organisationId, organisationId))
			)
		);
	const offered = builtInLanguages.filter((l) => row?.languages.includes(l));
	return offered.length > 0 ? offered : ['en'];
}

async function load(head: Instrument): Promise<StoredInstrument> {
	const sections = await db()
		.select()
		.from(instrumentSection)
		.where(eq(instrumentSection.instrumentId, head.id))
		.orderBy(asc(instrumentSection.position));
	const items = await db()
		.select()
		.from(instrumentItem)
		.where(eq(instrumentItem.instrumentId, head.id))
		.orderBy(asc(instrumentItem.position));
	const routed = sections.filter((s) => s.groups !== null);
	const translations: Record<string, InstrumentTranslation> = Object.fromEntries(
		head.languages.slice(1).map((language) => [
			language,
			{
				sections: Object.fromEntries(
					sections.flatMap((s) =>
						s.translations?.[language] ? [[s.key, s.translations[language]]] : []
					)
				),
				items: Object.fromEntries(
					items.flatMap((i) => {
						const texts = i.translations?.[language];
						return texts
							? [
									[
										i.key,
										{
											text: texts.text,
											...(texts.anchors
												? { anchors: texts.anchors as unknown as LevelAnchors }
												: {})
										}
									]
								]
							: [];
					})
				)
			}
		])
	);
	return {
		id: head.id,
		organisationId: head.organisationId,
		name: head.name,
		version: head.version,
		languages: head.languages,
		...(head.languages.length > 1 ? { translations } : {}),
		...(head.offersNotMyArea ? { offersNotMyArea: true } : {}),
		...(routed.length > 0
			? {
					routing: Object.fromEntries(routed.map((s) => [s.key, s.groups as StakeholderGroupKey[]]))
				}
			: {}),
		sections: sections.map((s) => ({
			id: s.id,
			key: s.key,
			kind: s.kind as SectionKind,
			title: s.title,
			description: s.description,
			items: items
				.filter((i) => i.sectionId === s.id)
				.map((i) => ({
					id: i.id,
					key: i.key,
					kind: i.kind as ItemKind,
					text: i.text,
					...(i.anchors ? { anchors: i.anchors as unknown as LevelAnchors } : {})
				}))
		}))
	};
}

export async function usageCount(instrumentId: string): Promise<number> {
	const [row] = await db()
		.select({ n: count() })
		.from(cycle)
		.where(eq(cycle.instrumentId, instrumentId));
	return row?.n ?? 0;
}

export type CreateVersionResult =
	| { ok: true; instrumentId: string; version: number }
	| { ok: false; errors: Record<string, string> }
	| null;

/** The number a new version of the questionnaire `name` gets in the organisation. */
export async function nextVersion(organisationId: string, name: string): Promise<number> {
	const [{ latest } = { latest: 0 }] = await db()
		.select({ latest: sql<number>`coalesce(max(${instrument.version}), 0)::int` })
		.from(instrument)
		.where(
			and(
				eq(instrument.name, name),
				or(isNull(instrument.organisationId), eq(instrument.organisationId, organisationId))
			)
		);
	return latest + 1;
}

/** Versions are immutable: changes always make a new version owned by the organisation. */
export async function createVersion(
	organisationId: string,
	userId: string,
	baseId: string,
	edits: InstrumentEdits
): Promise<CreateVersionResult> {
	const base = await get(organisationId, baseId);
	if (!base) return null;
	const derived = deriveVersion(base, edits, await nextVersion(organisationId, base.name));
	if (!derived.ok) return derived;
	const instrumentId = await db().transaction(async (tx) => {
		const id = await insertDefinition(tx, derived.definition, organisationId, {
			basedOnId: base.id,
			createdBy: userId
		});
		// A version is usable as soon as it exists: creating it is publishing it.
		await audit.record(tx, organisationId, userId, {
			kind: 'questionnaire.version_created',
			subjectId: id,
			details: {
				name: derived.definition.name,
				version: derived.definition.version,
				basedOnVersion: base.version
			}
		});
		return id;
	});
	return { ok: true, instrumentId, version: derived.definition.version };
}
