import { describe, it, expect } from 'vitest';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import { builtInLanguages } from '../../src/lib/domain/instrument/languages';
import { choicesFor } from '../../src/lib/domain/survey/choices';
import { respondentMessages } from '../../src/lib/i18n/respondent';
import { fill } from '../../src/lib/i18n/fill';

/** Every string in a nested message value, with its path. */
function leaves(value: unknown, path = ''): Array<[string, string]> {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
	return [];
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the respondent pages’ texts in every built-in language', () => {
	const english = new Map(leaves(respondentMessages.en));

	it('has every message, none blank, with the same placeholders as English', () => {
		for (const language of builtInLanguages) {
			const messages = new Map(leaves(respondentMessages[language]));
			expect([...messages.keys()].sort(), language).toEqual([...english.keys()].sort());
			for (const [key, text] of messages) {
				expect(text.trim(), `${language} ${key}`).not.toBe('');
				expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(english.get(key)!));
			}
		}
	});

	it('labels the answer choices in the language, the values staying the same', () => {
		const item = touchstoneV2.sections[0]!.items[0]!;
		const en = choicesFor(item, { notMyArea: true, labels: respondentMessages.en.choices });
		const es = choicesFor(item, { notMyArea: true, labels: respondentMessages.es.choices });
		expect(es.map((c) => c.value)).toEqual(en.map((c) => c.value));
		expect(es.find((c) => c.value === 'dk')?.label).toBe('No lo sé');
		expect(es[0]!.label).toBe('1 · Inicial');
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(fill('{a} of {b}', { a: 1, b: 'two' })).toBe('1 of two');
		expect(fill('{a} {missing}', { a: 1 })).toBe('1 {missing}');
	});
});
