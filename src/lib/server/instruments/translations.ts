/**
 * The translator's workflow for a questionnaire version (issue 17.3): export its texts as XLIFF 2,
 * import a translation into a draft, fill in what is missing, publish when complete. The draft
 * table is this module's; the version's rows are written through index.ts.
 *
 * Publishing keeps versions honest: a version in use never changes a text respondents may have
 * read. A new language is added to the lead's own version in place (respondents of the cycles
 * using it can then choose it; no existing text changes — the survey's cache is keyed by the
 * version's languages, so every instance sees it). A corrected translation of a language a version
 * in use already has, and any translation of a built-in version (shared by every organisation),
 * becomes a new version of the organisation's own, as edits do.
 */
import { and, eq } from 'drizzle-orm';
import { db } from '../platform/db';
import { instrumentTranslationDraft } from '../platform/db/schema';
import * as audit from '../audit';
import {
	get,
	insertDefinition,
	nextVersion,
	usageCount,
	writeTranslations,
	type StoredInstrument
} from './index';
import {
	builtInLanguages,
	languageNames,
	SOURCE_LANGUAGE,
	type BuiltInLanguage
} from '$lib/domain/instrument/languages';
import {
	applyEdits,
	isComplete,
	mergeImport,
	missingUnits,
	translationFromDraft,
	translationUnits,
	unitsOfTranslation,
	type TranslationDraft,
	type TranslationUnit
} from '$lib/domain/instrument/translation';
import { buildXliff, parseXliff, primaryLanguage } from '$lib/domain/instrument/xliff';
import type { InstrumentDefinition } from '$lib/domain/instrument/types';
import { m } from '$lib/paraglide/messages';

/**
 * The languages a version can be translated into: those the respondent pages speak (their fixed
 * texts come from a built-in catalogue, $lib/i18n/respondent), other than the source.
 */
export const targetLanguages = builtInLanguages.filter(
	(l): l is Exclude<BuiltInLanguage, 'en'> => l !== SOURCE_LANGUAGE
);
export const isTargetLanguage = (value: string): value is (typeof targetLanguages)[number] =>
	(targetLanguages as readonly string[]).includes(value);

async function readDraft(
	organisationId: string,
	instrumentId: string,
	language: string
): Promise<TranslationDraft | null> {
	const [row] = await db()
		.select({ texts: instrumentTranslationDraft.texts, stale: instrumentTranslationDraft.stale })
		.from(instrumentTranslationDraft)
		.where(
			and(
				eq(instrumentTranslationDraft.organisationId, organisationId),
				eq(instrumentTranslationDraft.instrumentId, instrumentId),
				eq(instrumentTranslationDraft.language, language)
			)
		);
	return row ?? null;
}

async function writeDraft(
	organisationId: string,
	userId: string,
	instrumentId: string,
	language: string,
	draft: TranslationDraft
): Promise<void> {
	const values = {
		texts: draft.texts,
		stale: draft.stale,
		updatedBy: userId,
		updatedAt: new Date()
	};
	await db()
		.insert(instrumentTranslationDraft)
		.values({ organisationId, instrumentId, language, ...values })
		.onConflictDoUpdate({
			target: [
				instrumentTranslationDraft.organisationId,
				instrumentTranslationDraft.instrumentId,
				instrumentTranslationDraft.language
			],
			set: values
		});
}

/** The draft, or a new one starting from the published translation in that language, if any. */
function draftOrPublished(
	stored: StoredInstrument,
	draft: TranslationDraft | null,
	language: string
): TranslationDraft {
	return draft ?? { texts: unitsOfTranslation(stored, stored.translations?.[language]), stale: [] };
}

export interface TranslationState {
	instrument: StoredInstrument;
	language: string;
	languageName: string;
	/** Cycles of this organisation (any, for a built-in version) using the version. */
	inUse: boolean;
	published: boolean;
	hasDraft: boolean;
	total: number;
	translated: number;
	missing: TranslationUnit[];
	stale: Array<TranslationUnit & { target: string }>;
	complete: boolean;
	/** Where publishing will put the translation. */
	publishesAs: 'this-version' | 'new-version';
}

function publishesAsNewVersion(
	stored: StoredInstrument,
	organisationId: string,
	inUse: boolean,
	language: string
) {
	return stored.organisationId !== organisationId || (inUse && stored.languages.includes(language));
}

/** Where a version's translation into `language` stands; null if the lead may not see the version. */
export async function state(
	organisationId: string,
	instrumentId: string,
	language: string
): Promise<TranslationState | null> {
	if (!isTargetLanguage(language)) return null;
	const stored = await get(organisationId, instrumentId);
	if (!stored) return null;
	const saved = await readDraft(organisationId, instrumentId, language);
	const draft = draftOrPublished(stored, saved, language);
	const units = translationUnits(stored);
	const staleIds = new Set(draft.stale);
	const inUse = (await usageCount(instrumentId)) > 0;
	const missing = missingUnits(stored, draft);
	return {
		instrument: stored,
		language,
		languageName: languageNames[language],
		inUse,
		published: stored.languages.includes(language),
		hasDraft: saved !== null,
		total: units.length,
		translated: units.length - missing.length,
		missing,
		stale: units
			.filter((u) => staleIds.has(u.id))
			.map((u) => ({ ...u, target: draft.texts[u.id] ?? '' })),
		complete: isComplete(stored, draft),
		publishesAs: publishesAsNewVersion(stored, organisationId, inUse, language)
			? 'new-version'
			: 'this-version'
	};
}

/** Drafts per language of a version, for its page: how far each has got. */
export async function overview(organisationId: string, stored: StoredInstrument) {
	const drafts = await db()
		.select({
			language: instrumentTranslationDraft.language,
			texts: instrumentTranslationDraft.texts,
			stale: instrumentTranslationDraft.stale
		})
		.from(instrumentTranslationDraft)
		.where(
			and(
				eq(instrumentTranslationDraft.organisationId, organisationId),
				eq(instrumentTranslationDraft.instrumentId, stored.id)
			)
		);
	const total = translationUnits(stored).length;
	return targetLanguages.map((language) => {
		const saved = drafts.find((d) => d.language === language) ?? null;
		const draft = draftOrPublished(stored, saved, language);
		return {
			language,
			name: languageNames[language],
			published: stored.languages.includes(language),
			hasDraft: saved !== null,
			translated: total - missingUnits(stored, draft).length,
			total
		};
	});
}

const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** The version's texts as XLIFF 2.0, with the draft's (or published) texts as targets. */
export async function exportXliff(
	organisationId: string,
	instrumentId: string,
	language: string
): Promise<{ filename: string; xml: string } | null> {
	if (!isTargetLanguage(language)) return null;
	const stored = await get(organisationId, instrumentId);
	if (!stored) return null;
	const draft = draftOrPublished(
		stored,
		await readDraft(organisationId, instrumentId, language),
		language
	);
	const original = `${slug(stored.name)}-v${stored.version}`;
	return {
		filename: `${original}.${language}.xlf`,
		xml: buildXliff({
			srcLang: SOURCE_LANGUAGE,
			trgLang: language,
			original,
			units: translationUnits(stored),
			targets: draft.texts
		})
	};
}

export type ImportResult =
	{ ok: false; error: string } | { ok: true; taken: number; stale: number; unknown: number };

/** Reads a translated XLIFF file into the language's draft. */
export async function importXliff(
	organisationId: string,
	userId: string,
	instrumentId: string,
	language: string,
	xml: string
): Promise<ImportResult | null> {
	if (!isTargetLanguage(language)) return null;
	const stored = await get(organisationId, instrumentId);
	if (!stored) return null;
	const parsed = parseXliff(xml);
	if (!parsed.ok) return parsed;
	if (primaryLanguage(parsed.srcLang) !== SOURCE_LANGUAGE)
		return {
			ok: false,
			error: m.org_translation_error_source({ language: parsed.srcLang })
		};
	if (primaryLanguage(parsed.trgLang) !== language)
		return {
			ok: false,
			error: m.org_translation_error_target({
				found: parsed.trgLang,
				name: languageNames[language],
				code: language
			})
		};
	const draft = draftOrPublished(
		stored,
		await readDraft(organisationId, instrumentId, language),
		language
	);
	const review = mergeImport(stored, draft, parsed.units);
	if (review.taken === 0)
		return {
			ok: false,
			error: m.org_translation_error_no_text()
		};
	await writeDraft(organisationId, userId, instrumentId, language, review.draft);
	return {
		ok: true,
		taken: review.taken,
		stale: review.stale.length,
		unknown: review.unknown.length
	};
}

/** Saves texts typed on the page (unit id → text) into the draft. */
export async function saveEdits(
	organisationId: string,
	userId: string,
	instrumentId: string,
	language: string,
	edits: Record<string, string>
): Promise<boolean> {
	if (!isTargetLanguage(language)) return false;
	const stored = await get(organisationId, instrumentId);
	if (!stored) return false;
	const draft = draftOrPublished(
		stored,
		await readDraft(organisationId, instrumentId, language),
		language
	);
	await writeDraft(
		organisationId,
		userId,
		instrumentId,
		language,
		applyEdits(stored, draft, edits)
	);
	return true;
}

export type PublishResult =
	| { ok: false; error: string }
	| { ok: true; instrumentId: string; version: number; newVersion: boolean };

/** Publishes a complete draft (see the module comment for where it goes). */
export async function publish(
	organisationId: string,
	userId: string,
	instrumentId: string,
	language: string
): Promise<PublishResult | null> {
	if (!isTargetLanguage(language)) return null;
	const stored = await get(organisationId, instrumentId);
	if (!stored) return null;
	const saved = await readDraft(organisationId, instrumentId, language);
	if (!saved) return { ok: false, error: m.org_translation_error_no_draft() };
	if (!isComplete(stored, saved))
		return {
			ok: false,
			error: m.org_translation_error_incomplete()
		};
	const inUse = (await usageCount(instrumentId)) > 0;
	const asNew = publishesAsNewVersion(stored, organisationId, inUse, language);
	const definition: InstrumentDefinition = {
		name: stored.name,
		version: asNew ? await nextVersion(organisationId, stored.name) : stored.version,
		sections: stored.sections,
		translations: { ...stored.translations, [language]: translationFromDraft(stored, saved) },
		...(stored.routing ? { routing: stored.routing } : {}),
		...(stored.offersNotMyArea ? { offersNotMyArea: true } : {})
	};
	const target = await db().transaction(async (tx) => {
		const id = asNew
			? await insertDefinition(tx, definition, organisationId, {
					basedOnId: stored.id,
					createdBy: userId
				})
			: (await writeTranslations(tx, stored.id, definition), stored.id);
		await tx
			.delete(instrumentTranslationDraft)
			.where(
				and(
					eq(instrumentTranslationDraft.organisationId, organisationId),
					eq(instrumentTranslationDraft.instrumentId, instrumentId),
					eq(instrumentTranslationDraft.language, language)
				)
			);
		await audit.record(tx, organisationId, userId, {
			kind: 'questionnaire.translation_published',
			subjectId: id,
			details: { name: stored.name, version: definition.version, language, newVersion: asNew }
		});
		return id;
	});
	return { ok: true, instrumentId: target, version: definition.version, newVersion: asNew };
}
