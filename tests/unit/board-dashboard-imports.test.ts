/**
 * The board member's dashboard on a phone (issue 18.4: LCP ≤ 2.5 s on Lighthouse's mobile profile)
 * shows labels but validates nothing, so the modules its browser loads must not reach zod: it was
 * 85 KB of the page's 495 KB of JavaScript, brought in by the sector names, the portfolio's
 * decision names and the interface language's locale, which sat beside their forms' schemas.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, root } from '../support/import-graph';

const app = 'src/routes/(app)';
/** The page and every layout around it, as the browser loads them. */
const boardPages = {
	dashboard: [
		'src/routes/+layout.svelte',
		`${app}/+layout.svelte`,
		`${app}/o/[orgId]/+layout.svelte`,
		`${app}/o/[orgId]/cycles/[cycleId]/+layout.svelte`,
		`${app}/o/[orgId]/cycles/[cycleId]/dashboard/+page.svelte`
	],
	'board home': ['src/routes/+layout.svelte', `${app}/+layout.svelte`, `${app}/+page.svelte`]
};

describe("the board member's pages in the browser", () => {
	for (const [page, files] of Object.entries(boardPages)) {
		it(`${page}: never imports zod, directly or transitively`, () => {
			const graph = importGraph(files.map((f) => join(root, f)));
			expect([...graph.chain.keys()].map((f) => relative(root, f))).toContain(files.at(-1));
			const zod = [...graph.packages.entries()]
				.filter(([name]) => name === 'zod' || name.startsWith('zod/'))
				.map(([, path]) => path.join(' → '));
			expect(zod).toEqual([]);
		});
	}
});
