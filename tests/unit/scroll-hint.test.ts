/**
 * The cue a wide table shows on a phone ("Scroll sideways for more columns") speaks the reader's
 * language (issue 17.1), and only lead and board pages use it: the respondent pages load no
 * message catalogue.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollable } from '../../src/lib/components/scrollable';
import { inLanguage } from '../../src/lib/server/platform/i18n';

/** The few DOM pieces the action touches: a wrapper whose table is wider than it. */
function wideTable() {
	const prepended: { textContent: string }[] = [];
	const node = {
		firstElementChild: null,
		scrollWidth: 800,
		clientWidth: 390,
		scrollLeft: 0,
		setAttribute: () => {},
		removeAttribute: () => {},
		toggleAttribute: () => {},
		addEventListener: () => {},
		removeEventListener: () => {},
		prepend: (hint: { textContent: string; isConnected: boolean }) => {
			hint.isConnected = true;
			prepended.push(hint);
		}
	};
	return { node: node as unknown as HTMLElement, prepended };
}

const cue = (language: 'en' | 'es' | 'de') =>
	inLanguage(language, () => {
		const { node, prepended } = wideTable();
		scrollable(node, undefined);
		return prepended.map((hint) => hint.textContent);
	});

describe('the sideways-scroll cue', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('is written in the reader’s language', () => {
		vi.stubGlobal('document', {
			createElement: () => ({
				className: '',
				textContent: '',
				isConnected: false,
				setAttribute: () => {},
				remove() {}
			})
		});
		vi.stubGlobal(
			'ResizeObserver',
			class {
				observe() {}
				disconnect() {}
			}
		);
		expect(cue('en')).toEqual(['Scroll sideways for more columns →']);
		expect(cue('de')).toEqual(['Seitwärts scrollen, um weitere Spalten zu sehen →']);
		expect(cue('es')).toEqual(['Desliza hacia el lado para ver más columnas →']);
	});

	it('is used by no respondent page, which carries no message catalogue', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory() ? files(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`]
			);
		const respondent = [...files('src/routes/(respondent)'), ...files('src/lib/components/survey')];
		expect(respondent.length).toBeGreaterThan(5);
		for (const file of respondent) {
			const source = readFileSync(file, 'utf8');
			expect(source, file).not.toContain('scrollable');
			expect(source, file).not.toContain('$lib/paraglide');
		}
	});
});
