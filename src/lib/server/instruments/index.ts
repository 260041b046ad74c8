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

export interface StoredInstrument extends InstrumentDefinition {
	id: string;
	organisationId: string | null;
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
				groups: definition.routing?.[section.key] ? [...definition.routing[section.key]!] : null
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
				position: itemIndex
			}))
		);
	}
	return instrumentId;
}

/** Installs a built-in instrument version once; later starts find it and leave it alone. */
export async function ensureBuiltIn(definition: InstrumentDefinition): Promise<string> {
	return db().transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: instrument.id })
			.from(instrument)
			.where(
				and(
					isNull(instrument.organisationId),
					eq(instrument.name, definition.name),
					eq(instrument.version, definition.version)
				)
			);
		if (existing) return existing.id;
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
	return {
		id: head.id,
		organisationId: head.organisationId,
		name: head.name,
		version: head.version,
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

/** Versions are immutable: changes always make a new version owned by the organisation. */
export async function createVersion(
	organisationId: string,
	userId: string,
	baseId: string,
	edits: InstrumentEdits
): Promise<CreateVersionResult> {
	const base = await get(organisationId, baseId);
	if (!base) return null;
	const [{ latest } = { latest: 0 }] = await db()
		.select({ latest: sql<number>`coalesce(max(${instrument.version}), 0)::int` })
		.from(instrument)
		.where(
			and(
				eq(instrument.name, base.name),
				or(isNull(instrument.organisationId), eq(instrument.organisationId, organisationId))
			)
		);
	const derived = deriveVersion(base, edits, latest + 1);
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
