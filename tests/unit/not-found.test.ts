/**
 * A 404 in the request's language (issue 17.1): every hidden or missing page answers through one
 * helper, notFound(), whose message a script reading the JSON gets in its language; a page shows
 * an explanation instead of the bare message, whichever language it was written in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { notFound } from '../../src/lib/server/auth/guard';
import { inLanguage } from '../../src/lib/server/platform/i18n';
import { errorPage } from '../../src/lib/i18n/error-page';

const thrown = (work: () => unknown): unknown => {
	try {
		work();
	} catch (e) {
		return e;
	}
	throw new Error('nothing thrown');
};

describe('a 404', () => {
	it('says "not found" in the request’s language, with the status unchanged', () => {
		for (const [language, message] of [
			['en', 'Not found'],
			['es', 'No encontrado'],
			['de', 'Nicht gefunden']
		] as const) {
			const error = inLanguage(language, () => thrown(notFound));
			expect(isHttpError(error, 404), language).toBe(true);
			expect((error as { body: { message: string } }).body.message).toBe(message);
		}
	});

	it('is explained on the page, in the page’s language, whatever language the message was in', () => {
		const explained = inLanguage('de', () => errorPage(404, 'No encontrado'));
		expect(explained.heading).toBe('Seite nicht gefunden');
		expect(explained.message).toMatch(/^Die Adresse ist vielleicht falsch geschrieben/);
		expect(inLanguage('en', () => errorPage(404, 'Nicht gefunden')).message).toMatch(
			/^The address may be mistyped/
		);
		// Any other 404 message is shown as written (an invitation that is no longer valid).
		expect(inLanguage('en', () => errorPage(404, 'This invitation has expired.')).message).toBe(
			'This invitation has expired.'
		);
	});

	it('is answered one way: no route or service writes its own "Not found"', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory()
					? entry.name === 'paraglide'
						? []
						: files(`${dir}/${entry.name}`)
					: /\.(ts|svelte)$/.test(entry.name)
						? [`${dir}/${entry.name}`]
						: []
			);
		const written = files('src').filter((file) =>
			/error\(\s*404\s*,\s*['"`]Not found/i.test(readFileSync(file, 'utf8'))
		);
		expect(written).toEqual([]);
	});
});
