/**
 * The respondent's phone downloads only what the survey needs (issue 18.4: ≤ 42 KB JavaScript in
 * every language). Its pages get their texts as page data from the server, so no module the
 * browser loads for them may reach the interface's message catalogue (`$lib/paraglide`: every
 * message in every language) or chart.js, directly or through any chain of imports.
 *
 * This walks the import graph from the browser's modules of the respondent's pages (the document
 * shell, and every +page/+layout/+error .svelte or universal .ts under src/routes/(respondent)),
 * following relative and `$lib` imports through .ts, .js and .svelte files. Server files
 * (+page.server.ts, *.server.ts) never reach the browser and are not walked.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, importsOf, lib, root } from '../support/import-graph';

function browserEntryFiles(dir: string): string[] {
	const files: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) files.push(...browserEntryFiles(path));
		else if (/^\+(page|layout|error)(@[^.]*)?\.(svelte|ts|js)$/.test(name)) files.push(path);
	}
	return files;
}

const entries = [
	join(root, 'src/routes/+layout.svelte'),
	join(root, 'src/routes/+error.svelte'),
	...browserEntryFiles(join(root, 'src/routes/(respondent)'))
];
const graph = importGraph(entries);

const forbidden = (name: string) =>
	name === 'chart.js' ||
	name.startsWith('chart.js/') ||
	name === '$lib/paraglide' ||
	name.startsWith('$lib/paraglide/') ||
	name.startsWith('@inlang/');

describe("the respondent's pages in the browser", () => {
	it('start from the survey pages and reach their components', () => {
		const reached = [...graph.chain.keys()].map((f) => relative(root, f));
		expect(reached).toContain('src/routes/(respondent)/s/[token]/[step]/+page.svelte');
		expect(reached).toContain('src/routes/(respondent)/s/[token]/review/+page.svelte');
		expect(reached).toContain('src/lib/components/survey/SectionForm.svelte');
		expect(reached).toContain('src/lib/components/survey/ItemQuestion.svelte');
	});

	it('never import the message catalogue or chart.js, directly or transitively', () => {
		const reachedFiles = [...graph.chain.entries()]
			// The first file of the catalogue on each chain (not every message file behind it).
			.filter(
				([file, path]) =>
					file.startsWith(join(lib, 'paraglide')) && !path.at(-2)!.startsWith('src/lib/paraglide')
			)
			.map(([, path]) => path.join(' → '));
		const reachedPackages = [...graph.packages.entries()]
			.filter(([name]) => forbidden(name))
			.map(([, path]) => path.join(' → '));
		expect([...reachedFiles, ...reachedPackages]).toEqual([]);
	});

	it('would be caught importing them (the walker sees every kind of import)', () => {
		expect(importsOf("import { m } from '$lib/paraglide/messages';")).toEqual([
			'$lib/paraglide/messages'
		]);
		expect(importsOf("import Chart from 'chart.js/auto';")).toEqual(['chart.js/auto']);
		expect(importsOf("export { x } from '../lead/texts';")).toEqual(['../lead/texts']);
		expect(importsOf("const c = await import('chart.js');")).toEqual(['chart.js']);
		expect(importsOf("import '../app.css';")).toEqual(['../app.css']);
		expect(importsOf("import type { T } from '$lib/paraglide/runtime';")).toEqual([]);
		// A lead's component that does use them is seen as such.
		const lead = importGraph([join(root, 'src/lib/components/Chart.svelte')]);
		expect([...lead.packages.keys()].some(forbidden)).toBe(true);
	});
});
