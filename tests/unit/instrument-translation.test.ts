import { describe, it, expect } from 'vitest';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import { missingTexts } from '../../src/lib/domain/instrument/languages';
import {
	applyEdits,
	isComplete,
	mergeImport,
	missingUnits,
	translationFromDraft,
	translationUnits,
	unitsOfTranslation,
	type TranslationDraft
} from '../../src/lib/domain/instrument/translation';
import { buildXliff, parseXliff, MAX_XLIFF_BYTES } from '../../src/lib/domain/instrument/xliff';

const german = touchstoneV2.translations!.de!;
const units = translationUnits(touchstoneV2);
const empty: TranslationDraft = { texts: {}, stale: [] };
const file = (targets: Record<string, string>, srcLang = 'en', trgLang = 'de') =>
	buildXliff({ srcLang, trgLang, original: 'touchstone-v2', units, targets });

describe('a version’s texts as translation units', () => {
	it('has one unit per title, introduction, question and level description, with unique stable ids', () => {
		const items = touchstoneV2.sections.flatMap((s) => s.items);
		const levels = items.reduce((n, i) => n + (i.anchors?.length ?? 0), 0);
		expect(units).toHaveLength(touchstoneV2.sections.length * 2 + items.length + levels);
		expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
		const first = touchstoneV2.sections[0]!.items[0]!;
		expect(units.find((u) => u.id === `item:${first.key}:level-3`)).toMatchObject({
			source: first.anchors![2]
		});
		expect(units.find((u) => u.id === `item:${first.key}:level-3`)!.note).toContain('Defined');
	});

	it('round-trips a complete translation: units → draft → the same translation', () => {
		const draft = { texts: unitsOfTranslation(touchstoneV2, german), stale: [] };
		expect(isComplete(touchstoneV2, draft)).toBe(true);
		expect(translationFromDraft(touchstoneV2, draft)).toEqual(german);
		expect(missingTexts(touchstoneV2, translationFromDraft(touchstoneV2, draft))).toEqual([]);
	});
});

describe('XLIFF 2.0 out and back in', () => {
	it('writes source and target and reads them back, escaping what XML needs', () => {
		const targets = unitsOfTranslation(touchstoneV2, german);
		const tricky = units[0]!.id;
		targets[tricky] = 'Vision & „Ziele“ <heute> "jetzt"';
		const xml = file(targets);
		expect(xml).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"');
		expect(xml).toContain('srcLang="en" trgLang="de"');
		const parsed = parseXliff(xml);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.trgLang).toBe('de');
		expect(parsed.units).toHaveLength(units.length);
		expect(parsed.units[0]).toEqual({
			id: tricky,
			source: units[0]!.source,
			target: targets[tricky]
		});
		expect(parsed.units.map((u) => u.source)).toEqual(units.map((u) => u.source));
	});

	it('leaves a unit without a target untranslated, and joins a unit’s segments in order', () => {
		const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de-DE">
 <file id="f"><unit id="section:vision:title"><segment><source>Vision</source></segment></unit>
 <unit id="section:vision:description"><segment><source>One.</source><target>Eins.</target></segment>
 <ignorable><source> </source></ignorable><segment><source>Two.</source><target><![CDATA[Zwei & drei.]]></target></segment></unit></file></xliff>`;
		const parsed = parseXliff(xml);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.trgLang).toBe('de-DE');
		expect(parsed.units).toEqual([
			{ id: 'section:vision:title', source: 'Vision' },
			{ id: 'section:vision:description', source: 'One. Two.', target: 'Eins. Zwei & drei.' }
		]);
	});

	it.each([
		[
			'a DOCTYPE with an entity',
			`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="a"><segment><source>&e;</source></segment></unit></file></xliff>`,
			'DOCTYPE'
		],
		[
			'an external entity',
			`<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><xliff/>`,
			'DOCTYPE'
		],
		[
			'an undeclared entity',
			`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="a"><segment><source>&nbsp;</source></segment></unit></file></xliff>`,
			'not well-formed'
		],
		[
			'broken XML',
			'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file>',
			'not well-formed'
		],
		[
			'another format',
			'<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
			'not an XLIFF 2 file'
		],
		[
			'XLIFF 1.2',
			'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>',
			'not an XLIFF 2 file'
		],
		[
			'markup inside a text',
			`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="a"><segment><source>a <pc id="1">b</pc></source></segment></unit></file></xliff>`,
			'plain text only'
		],
		[
			'a duplicate unit',
			`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="a"/><unit id="a"/></file></xliff>`,
			'appears twice'
		],
		[
			'no target language',
			`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"/></xliff>`,
			'trgLang'
		],
		[
			'a bad unit id',
			`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="a b"/></file></xliff>`,
			'id is not valid'
		],
		['an empty file', '', 'not well-formed|empty'],
		['a file over the limit', `<x>${'a'.repeat(MAX_XLIFF_BYTES)}</x>`, 'too large']
	])('refuses %s with a sentence', (_, xml, message) => {
		const parsed = parseXliff(xml);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.error).toMatch(new RegExp(message));
	});
});

describe('a translation draft', () => {
	const targets = unitsOfTranslation(touchstoneV2, german);
	const parsed = (xml: string) => {
		const result = parseXliff(xml);
		if (!result.ok) throw new Error(result.error);
		return result.units;
	};

	it('lists the one string a file lacks, and is complete once it is given', () => {
		const lacking = units.find((u) => u.id.endsWith(':level-4'))!.id;
		const { [lacking]: _left, ...rest } = targets;
		const review = mergeImport(touchstoneV2, empty, parsed(file(rest)));
		expect(review.taken).toBe(units.length - 1);
		expect(missingUnits(touchstoneV2, review.draft).map((u) => u.id)).toEqual([lacking]);
		expect(isComplete(touchstoneV2, review.draft)).toBe(false);
		const completed = applyEdits(touchstoneV2, review.draft, { [lacking]: targets[lacking]! });
		expect(isComplete(touchstoneV2, completed)).toBe(true);
		expect(translationFromDraft(touchstoneV2, completed)).toEqual(german);
	});

	it('keeps a target whose source changed since the export, marked stale until a person checks it', () => {
		const id = units[5]!.id;
		const xml = file(targets).replace(
			`<source>${units[5]!.source}</source>`,
			'<source>An older wording.</source>'
		);
		const review = mergeImport(touchstoneV2, empty, parsed(xml));
		expect(review.stale).toEqual([id]);
		expect(review.draft.texts[id]).toBe(targets[id]);
		expect(isComplete(touchstoneV2, review.draft)).toBe(false);
		// A second import from the current version clears it; so does an edit.
		expect(
			isComplete(touchstoneV2, mergeImport(touchstoneV2, review.draft, parsed(file(targets))).draft)
		).toBe(true);
		expect(
			isComplete(touchstoneV2, applyEdits(touchstoneV2, review.draft, { [id]: 'Geprüft.' }))
		).toBe(true);
	});

	it('ignores units the version does not have and white-space differences in the source', () => {
		const xml = file(targets)
			.replace(
				'</file>',
				'<unit id="item:gone:text"><segment><source>Gone</source><target>Weg</target></segment></unit></file>'
			)
			.replace(`<source>${units[0]!.source}</source>`, `<source>  ${units[0]!.source}\n </source>`);
		const review = mergeImport(touchstoneV2, empty, parsed(xml));
		expect(review.unknown).toEqual(['item:gone:text']);
		expect(review.stale).toEqual([]);
		expect(review.draft.texts['item:gone:text']).toBeUndefined();
		expect(isComplete(touchstoneV2, review.draft)).toBe(true);
	});

	it('an empty target leaves the draft’s text; an emptied edit removes it', () => {
		const first = mergeImport(touchstoneV2, empty, parsed(file(targets))).draft;
		const again = mergeImport(touchstoneV2, first, parsed(file({})));
		expect(again.draft.texts).toEqual(first.texts);
		const id = units[0]!.id;
		expect(
			missingUnits(touchstoneV2, applyEdits(touchstoneV2, first, { [id]: '  ' })).map((u) => u.id)
		).toEqual([id]);
		expect(
			applyEdits(touchstoneV2, first, { 'item:unknown:text': 'x' }).texts['item:unknown:text']
		).toBeUndefined();
	});
});
