import { describe, it, expect } from 'vitest';
import { safeNextPath } from '../../src/lib/domain/account/schema';

const origin = 'http://127.0.0.1:3000';

/** What a browser does with a Location header: resolve it against the page's URL. */
const landsOn = (location: string) => new URL(location, `${origin}/sign-in`).origin;

/** Values as the server reads them from `?next=` (already percent-decoded once by URLSearchParams). */
const tricks = [
	'//evil.example',
	'///evil.example',
	'/\\evil.example',
	'\\\\evil.example',
	'\\/evil.example',
	'/\t/evil.example',
	'/\n/evil.example',
	'/\r/evil.example',
	'\t//evil.example',
	' //evil.example',
	'/ /evil.example',
	'https://evil.example',
	'http://evil.example/o/1',
	'HTTPS://evil.example',
	'https:evil.example',
	'http:/evil.example',
	'//evil.example@127.0.0.1:3000',
	'/.//evil.example',
	'/a/..//evil.example',
	'/%2e%2e//evil.example',
	'javascript:alert(1)',
	'JavaScript:alert(1)',
	'data:text/html,hi',
	'\u0000//evil.example',
	'/\u0009/evil.example',
	'\u3000//evil.example',
	'http://127.0.0.1:3001/',
	'https://127.0.0.1:3000/'
];

describe('the path a person is sent to after signing in', () => {
	it('keeps a path, query and fragment of this site', () => {
		expect(safeNextPath('/o/123/cycles?x=1#top', origin)).toBe('/o/123/cycles?x=1#top');
		expect(safeNextPath('/orgs/new', origin)).toBe('/orgs/new');
		expect(safeNextPath(`${origin}/o/1`, origin)).toBe('/o/1');
	});

	it('falls back when there is nothing', () => {
		expect(safeNextPath(null, origin)).toBe('/');
		expect(safeNextPath('', origin, '/orgs/new')).toBe('/orgs/new');
	});

	for (const trick of tricks) {
		it(`stays on the app's origin for ${JSON.stringify(trick)}`, () => {
			const result = safeNextPath(trick, origin);
			expect(result.startsWith('/')).toBe(true);
			expect(result.startsWith('//')).toBe(false);
			expect(result).not.toMatch(/[\\\s]/);
			expect(landsOn(result)).toBe(origin);
		});
	}

	it('also for the tricks as they arrive percent-encoded once more', () => {
		for (const trick of tricks) {
			const twice = new URLSearchParams(
				`next=${encodeURIComponent(encodeURIComponent(trick))}`
			).get('next');
			const result = safeNextPath(twice, origin);
			expect(landsOn(result), JSON.stringify(trick)).toBe(origin);
			expect(result.startsWith('//')).toBe(false);
		}
	});
});
