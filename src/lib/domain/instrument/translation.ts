/**
 * The translator's workflow for a questionnaire version (issue 17.3), as pure functions: the
 * version's texts as translation units with stable ids, a translation draft built up from XLIFF
 * imports and edits, what it still lacks (missing) or must be checked again (stale: the English
 * text it was translated from is not this version's), and the complete translation it becomes.
 *
 * Unit ids are stable across versions because they are made from section and item keys, which
 * are (types.ts): `section:<key>:title`, `section:<key>:description`, `item:<key>:text` and
 * `item:<key>:level-<1–5>` for a maturity item's level descriptions.
 */
import type { InstrumentDefinition, LevelAnchors } from './types';
import { maturityLevels } from './types';
import type { InstrumentTranslation } from './languages';

export interface TranslationUnit {
	id: string;
	/** The version's own (source-language) text. */
	source: string;
	/** Where the text appears, for the translator: section, question, level. */
	note: string;
}

/** A translation in progress: unit id → target text, and the units whose source has changed. */
export interface TranslationDraft {
	texts: Record<string, string>;
	stale: string[];
}

type Texts = Pick<InstrumentDefinition, 'sections'>;

const shorten = (text: string, max = 60) =>
	text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** Every text of a version, in the order a respondent meets them. */
export function translationUnits(definition: Texts): TranslationUnit[] {
	const units: TranslationUnit[] = [];
	for (const section of definition.sections) {
		units.push(
			{
				id: `section:${section.key}:title`,
				source: section.title,
				note: `Title of the section “${section.title}”.`
			},
			{
				id: `section:${section.key}:description`,
				source: section.description,
				note: `Introduction shown above the questions of “${section.title}”.`
			}
		);
		for (const item of section.items) {
			units.push({
				id: `item:${item.key}:text`,
				source: item.text,
				note:
					item.kind === 'maturity'
						? `A question of “${section.title}”, answered on the five maturity levels.`
						: `A function rated in “${section.title}” (not involved, informed, consulted, integrated).`
			});
			item.anchors?.forEach((anchor, index) => {
				const level = maturityLevels[index]!;
				units.push({
					id: `item:${item.key}:level-${index + 1}`,
					source: anchor,
					note: `What level ${level.level} of 5 (${level.name}: ${level.summary}) looks like for “${shorten(item.text)}”. Keep its one observable condition and its place on the ladder.`
				});
			});
		}
	}
	return units;
}

/** A translation's texts as units (the ids of translationUnits); blank texts are left out. */
export function unitsOfTranslation(
	definition: Texts,
	translation: InstrumentTranslation | undefined
): Record<string, string> {
	const texts: Record<string, string> = {};
	if (!translation) return texts;
	const put = (id: string, value: string | undefined) => {
		if (typeof value === 'string' && value.trim() !== '') texts[id] = value;
	};
	for (const section of definition.sections) {
		const s = translation.sections[section.key];
		put(`section:${section.key}:title`, s?.title);
		put(`section:${section.key}:description`, s?.description);
		for (const item of section.items) {
			const i = translation.items[item.key];
			put(`item:${item.key}:text`, i?.text);
			item.anchors?.forEach((_, index) =>
				put(`item:${item.key}:level-${index + 1}`, i?.anchors?.[index])
			);
		}
	}
	return texts;
}

/** The units a draft has no text for, in the version's order. */
export function missingUnits(definition: Texts, draft: TranslationDraft): TranslationUnit[] {
	return translationUnits(definition).filter((u) => !(draft.texts[u.id] ?? '').trim());
}

/** A draft can be published when every unit has a text and none is stale. */
export function isComplete(definition: Texts, draft: TranslationDraft): boolean {
	const ids = new Set(translationUnits(definition).map((u) => u.id));
	return missingUnits(definition, draft).length === 0 && !draft.stale.some((id) => ids.has(id));
}

/** The draft as a translation of the version (complete or not; languagesOf decides). */
export function translationFromDraft(
	definition: Texts,
	draft: TranslationDraft
): InstrumentTranslation {
	const text = (id: string) => (draft.texts[id] ?? '').trim();
	const translation: InstrumentTranslation = { sections: {}, items: {} };
	for (const section of definition.sections) {
		translation.sections[section.key] = {
			title: text(`section:${section.key}:title`),
			description: text(`section:${section.key}:description`)
		};
		for (const item of section.items)
			translation.items[item.key] = {
				text: text(`item:${item.key}:text`),
				...(item.anchors
					? {
							anchors: item.anchors.map((_, index) =>
								text(`item:${item.key}:level-${index + 1}`)
							) as unknown as LevelAnchors
						}
					: {})
			};
	}
	return translation;
}

/** One unit as a translation file carries it. */
export interface ImportedUnit {
	id: string;
	source: string;
	target?: string;
}

export interface ImportReview {
	draft: TranslationDraft;
	/** Units of the file whose target was taken. */
	taken: number;
	/** Units of the file whose source is not this version's text: taken, to be checked (stale). */
	stale: string[];
	/** Units of the file this version does not have: ignored. */
	unknown: string[];
}

/** Texts compare as a reader sees them: runs of white space are one space. */
const sameText = (a: string, b: string) =>
	a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Merges an imported file into a draft. A unit with a target replaces the draft's text; if the
 * file's source differs from the version's text (the file was made from another version, or the
 * text was reworded since), the target is kept but marked stale until a person checks it. Units
 * without a target leave the draft's text alone; unknown units are ignored and listed.
 */
export function mergeImport(
	definition: Texts,
	draft: TranslationDraft,
	units: readonly ImportedUnit[]
): ImportReview {
	const expected = new Map(translationUnits(definition).map((u) => [u.id, u]));
	const texts = { ...draft.texts };
	const stale = new Set(draft.stale.filter((id) => expected.has(id)));
	const newlyStale: string[] = [];
	const unknown: string[] = [];
	let taken = 0;
	for (const unit of units) {
		const known = expected.get(unit.id);
		if (!known) {
			unknown.push(unit.id);
			continue;
		}
		const target = unit.target?.trim() ?? '';
		if (!target) continue;
		texts[unit.id] = target;
		taken += 1;
		if (sameText(unit.source, known.source)) stale.delete(unit.id);
		else {
			stale.add(unit.id);
			newlyStale.push(unit.id);
		}
	}
	return { draft: { texts, stale: [...stale] }, taken, stale: newlyStale, unknown };
}

/** A person's edits of units (id → text): a text given clears its stale mark; blank removes it. */
export function applyEdits(
	definition: Texts,
	draft: TranslationDraft,
	edits: Record<string, string>
): TranslationDraft {
	const ids = new Set(translationUnits(definition).map((u) => u.id));
	const texts = { ...draft.texts };
	const stale = new Set(draft.stale);
	for (const [id, value] of Object.entries(edits)) {
		if (!ids.has(id)) continue;
		const text = value.trim();
		if (text) texts[id] = text;
		else delete texts[id];
		stale.delete(id);
	}
	return { texts, stale: [...stale] };
}
