/**
 * A questionnaire in several languages (issue 17.2). A version's texts are written in its source
 * language; a translation gives the same texts in another language, keyed by section and item key.
 * Answers store item ids and values only, so they mean the same in every language and scores pool
 * across languages.
 */
import type { InstrumentDefinition, LevelAnchors } from './types';

/** The languages Touchstone ships its questionnaire and respondent pages in; source first. */
export const builtInLanguages = ['en', 'es', 'de'] as const;
export type BuiltInLanguage = (typeof builtInLanguages)[number];

/** Each language's name in itself, as a respondent looks for it in the language switch. */
export const languageNames: Record<BuiltInLanguage, string> = {
	en: 'English',
	es: 'Español',
	de: 'Deutsch'
};

export const isBuiltInLanguage = (value: string): value is BuiltInLanguage =>
	(builtInLanguages as readonly string[]).includes(value);

/** The language every version's own texts are written in. */
export const SOURCE_LANGUAGE = 'en';

/** The languages a version can be answered in: its source language, then each complete translation. */
export const languagesOf = (
	definition: Pick<InstrumentDefinition, 'sections' | 'translations'>
) => [
	SOURCE_LANGUAGE,
	...Object.entries(definition.translations ?? {})
		.filter(([, translation]) => missingTexts(definition, translation).length === 0)
		.map(([language]) => language)
];

export interface SectionTexts {
	title: string;
	description: string;
}

export interface ItemTexts {
	text: string;
	/** Maturity items: the five level descriptions, in order. */
	anchors?: LevelAnchors;
}

export interface InstrumentTranslation {
	sections: Record<string, SectionTexts>;
	items: Record<string, ItemTexts>;
}

/**
 * The texts a translation lacks for a definition, as `section:<key>` and `item:<key>` (an item's
 * level descriptions count as missing unless all five are there and none is blank).
 */
export function missingTexts(
	definition: Pick<InstrumentDefinition, 'sections'>,
	translation: InstrumentTranslation
): string[] {
	const missing: string[] = [];
	const filled = (value: string | undefined) => typeof value === 'string' && value.trim() !== '';
	for (const section of definition.sections) {
		const texts = translation.sections[section.key];
		if (!texts || !filled(texts.title) || !filled(texts.description))
			missing.push(`section:${section.key}`);
		for (const item of section.items) {
			const itemTexts = translation.items[item.key];
			const anchorsComplete =
				!item.anchors ||
				(itemTexts?.anchors?.length === item.anchors.length && itemTexts.anchors.every(filled));
			if (!itemTexts || !filled(itemTexts.text) || !anchorsComplete)
				missing.push(`item:${item.key}`);
		}
	}
	return missing;
}

/**
 * The first of the wanted languages the version is complete in, else its source language.
 * `wanted` is in order of preference (the respondent's choice, then the browser's languages).
 */
export function pickLanguage(
	available: readonly string[],
	wanted: readonly (string | null | undefined)[]
): string {
	for (const language of wanted) if (language && available.includes(language)) return language;
	return available[0] ?? 'en';
}

/**
 * The languages of an Accept-Language header, most preferred first, as primary subtags
 * (`es-MX` → `es`); `q=0` means "not this one".
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
	if (!header) return [];
	const ranked = header
		.split(',')
		.slice(0, 20)
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const weight = q ? Number(q.slice(2)) : 1;
			return {
				language: tag.trim().toLowerCase().split('-')[0] ?? '',
				weight: Number.isFinite(weight) ? weight : 0,
				index
			};
		})
		.filter((l) => /^[a-z]{2,3}$/.test(l.language) && l.weight > 0)
		.sort((a, b) => b.weight - a.weight || a.index - b.index);
	return [...new Set(ranked.map((l) => l.language))];
}

/** A questionnaire with its texts in the given language (the source texts where none is given). */
export function inLanguage<
	T extends {
		sections: ReadonlyArray<{
			key: string;
			title: string;
			description: string;
			items: ReadonlyArray<{ key: string; text: string; anchors?: LevelAnchors }>;
		}>;
	}
>(instrument: T, translation: InstrumentTranslation | undefined): T {
	if (!translation) return instrument;
	return {
		...instrument,
		sections: instrument.sections.map((section) => ({
			...section,
			...translation.sections[section.key],
			items: section.items.map((item) => {
				const texts = translation.items[item.key];
				return texts
					? { ...item, text: texts.text, ...(texts.anchors ? { anchors: texts.anchors } : {}) }
					: item;
			})
		}))
	};
}
