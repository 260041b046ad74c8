/**
 * The interface's messages (issue 17.4): every key exists in every built-in language, with the
 * same placeholders, in the file of its area; the compiled catalogue is paraglide's
 * (messages/{locale}/{area}.json → src/lib/paraglide).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import settings from '../../project.inlang/settings.json';

type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Catalogue = Record<string, string | Variant[]>;

const locales = settings.locales;
const areas = readdirSync('messages/en').filter((f) => f.endsWith('.json'));
const read = (locale: string, area: string): Catalogue => {
	const { $schema: _schema, ...messages } = JSON.parse(
		readFileSync(`messages/${locale}/${area}`, 'utf8')
	) as Catalogue & { $schema?: string };
	return messages;
};

/** The placeholders a message uses, whatever its wording: `{name}` in every text of it. */
function placeholders(message: string | Variant[]): string[] {
	const texts =
		typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
	const found = new Set<string>();
	for (const text of texts)
		for (const [, name] of text.matchAll(/(?<!\\)\{(\w+)\}/g)) found.add(name!);
	return [...found].sort();
}

describe('interface messages', () => {
	it('has the three built-in languages, English first', () => {
		expect(locales).toEqual(['en', 'es', 'de']);
		expect(settings.baseLocale).toBe('en');
	});

	it('reads every area file the project lists, and lists every area file there is', () => {
		const listed = settings['plugin.inlang.messageFormat'].pathPattern.map((p) =>
			p.replace('./messages/{locale}/', '')
		);
		expect([...listed].sort()).toEqual([...areas].sort());
		for (const locale of locales)
			expect(readdirSync(`messages/${locale}`).sort()).toEqual([...areas].sort());
	});

	for (const area of areas) {
		const prefix = `${area.replace('.json', '')}_`;
		const english = read('en', area);
		it(`${area}: every key is named for its area`, () => {
			expect(Object.keys(english).filter((k) => !k.startsWith(prefix))).toEqual([]);
		});
		for (const locale of locales.slice(1)) {
			it(`${area}: ${locale} has every English key with the same placeholders, and no other`, () => {
				const translated = read(locale, area);
				expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
				for (const [key, message] of Object.entries(english)) {
					expect({ key, placeholders: placeholders(translated[key]!) }).toEqual({
						key,
						placeholders: placeholders(message)
					});
					if (typeof translated[key] === 'string')
						expect({ key, empty: translated[key].trim() === '' }).toEqual({ key, empty: false });
				}
			});
		}
	}

	it('keeps a key in one area only', () => {
		const seen = new Map<string, string>();
		for (const area of areas)
			for (const key of Object.keys(read('en', area))) {
				expect({ key, also: seen.get(key) }).toEqual({ key, also: undefined });
				seen.set(key, area);
			}
	});
});
