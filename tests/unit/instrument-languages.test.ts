import { describe, it, expect } from 'vitest';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import {
	acceptedLanguages,
	builtInLanguages,
	inLanguage,
	languagesOf,
	missingTexts,
	pickLanguage,
	SOURCE_LANGUAGE
} from '../../src/lib/domain/instrument/languages';

describe('the built-in questionnaire in every built-in language', () => {
	const translated = builtInLanguages.filter((l) => l !== SOURCE_LANGUAGE);

	it('has every section and item text, with all five level descriptions, in every language', () => {
		expect(translated.length).toBeGreaterThan(0);
		for (const language of translated) {
			const translation = touchstoneV2.translations?.[language];
			expect(translation, language).toBeDefined();
			expect(missingTexts(touchstoneV2, translation!), language).toEqual([]);
		}
		expect(languagesOf(touchstoneV2)).toEqual([...builtInLanguages]);
	});

	it('translates nothing the version does not have, and keeps each item’s kind of answer', () => {
		const sectionKeys = new Set(touchstoneV2.sections.map((s) => s.key));
		const items = new Map(touchstoneV2.sections.flatMap((s) => s.items.map((i) => [i.key, i])));
		for (const language of translated) {
			const translation = touchstoneV2.translations![language]!;
			expect(Object.keys(translation.sections).filter((k) => !sectionKeys.has(k))).toEqual([]);
			for (const [key, texts] of Object.entries(translation.items)) {
				const source = items.get(key);
				expect(source, `${language} ${key}`).toBeDefined();
				expect(texts.anchors?.length ?? 0, `${language} ${key}`).toBe(source!.anchors?.length ?? 0);
				// A translation that is the English text unchanged was forgotten, not translated.
				if (source!.kind === 'maturity') expect(texts.text).not.toBe(source!.text);
			}
		}
	});

	it('lists what a translation lacks: a blank level description counts as missing', () => {
		const translation = touchstoneV2.translations!.es!;
		const firstItem = touchstoneV2.sections[0]!.items[0]!;
		const anchors = [...translation.items[firstItem.key]!.anchors!] as [
			string,
			string,
			string,
			string,
			string
		];
		anchors[4] = ' ';
		const { [touchstoneV2.sections[1]!.key]: _dropped, ...sections } = translation.sections;
		expect(
			missingTexts(touchstoneV2, {
				sections,
				items: { ...translation.items, [firstItem.key]: { text: 'x', anchors } }
			})
		).toEqual([`item:${firstItem.key}`, `section:${touchstoneV2.sections[1]!.key}`]);
	});

	it('gives the questionnaire in a language, keeping ids and keys so answers pool', () => {
		const withIds = {
			sections: touchstoneV2.sections.map((s, i) => ({
				...s,
				id: `s${i}`,
				items: s.items.map((item, j) => ({ ...item, id: `s${i}i${j}` }))
			}))
		};
		const spanish = inLanguage(withIds, touchstoneV2.translations!.es);
		expect(spanish.sections.map((s) => s.id)).toEqual(withIds.sections.map((s) => s.id));
		expect(spanish.sections[0]!.title).toBe(touchstoneV2.translations!.es!.sections.vision!.title);
		expect(spanish.sections[0]!.items[0]!.id).toBe('s0i0');
		expect(spanish.sections[0]!.items[0]!.kind).toBe('maturity');
		expect(spanish.sections[0]!.items[0]!.anchors).not.toEqual(
			withIds.sections[0]!.items[0]!.anchors
		);
		expect(inLanguage(withIds, undefined)).toBe(withIds);
	});
});

describe('choosing the language', () => {
	it('reads Accept-Language by preference, as primary languages, ignoring q=0', () => {
		expect(acceptedLanguages('es-ES,es;q=0.9,en;q=0.8')).toEqual(['es', 'en']);
		expect(acceptedLanguages('en;q=0.5, es-MX')).toEqual(['es', 'en']);
		expect(acceptedLanguages('de;q=0, fr')).toEqual(['fr']);
		expect(acceptedLanguages('*')).toEqual([]);
		expect(acceptedLanguages(undefined)).toEqual([]);
	});

	it('takes the first wanted language the version has, else its source language', () => {
		expect(pickLanguage(['en', 'es'], ['es', 'en'])).toBe('es');
		expect(pickLanguage(['en', 'es'], [null, 'fr', 'en'])).toBe('en');
		expect(pickLanguage(['en'], ['es'])).toBe('en');
	});
});
