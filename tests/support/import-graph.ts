/**
 * The import graph of the browser's modules, read from the sources: which project files and
 * packages a page reaches, with one import chain to each (for the message a failing test prints).
 * Relative and `$lib` imports are followed through .ts, .js and .svelte files; server files
 * (+page.server.ts, *.server.ts) never reach the browser and are not walked.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const root = process.cwd();
export const lib = join(root, 'src/lib');

/** Module specifiers a source file imports (static imports, re-exports and dynamic imports). */
export function importsOf(source: string): string[] {
	const specifiers: string[] = [];
	const patterns = [
		/\bimport\s+(?!type\b)(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
		/\bexport\s+(?!type\b)[\w*{}\s,$]+?\s+from\s+['"]([^'"]+)['"]/g,
		/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g
	];
	for (const pattern of patterns)
		for (const match of source.matchAll(pattern)) specifiers.push(match[1]!);
	return specifiers;
}

function resolveFile(base: string): string | null {
	for (const candidate of [
		base,
		`${base}.ts`,
		`${base}.js`,
		`${base}.svelte.ts`,
		join(base, 'index.ts'),
		join(base, 'index.js')
	])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

/** A file inside the project for a specifier, the package name for a bare one, or null for virtual modules. */
function resolveSpecifier(from: string, specifier: string): { file: string } | { pkg: string } {
	if (specifier.startsWith('.')) {
		const file = resolveFile(resolve(dirname(from), specifier));
		if (!file) throw new Error(`${relative(root, from)}: cannot resolve ${specifier}`);
		return { file };
	}
	if (specifier === '$lib' || specifier.startsWith('$lib/')) {
		const file = resolveFile(join(lib, specifier.slice('$lib'.length)));
		// The compiled catalogue may not exist in a fresh checkout; the name alone is what counts.
		if (!file) return { pkg: specifier };
		return { file };
	}
	return { pkg: specifier };
}

/** Every project file and package the given entries reach, with one import chain to each. */
export function importGraph(entries: string[]) {
	const chain = new Map<string, string[]>();
	const packages = new Map<string, string[]>();
	const queue = entries.map((file) => ({ file, path: [relative(root, file)] }));
	for (const entry of queue) chain.set(entry.file, entry.path);
	while (queue.length > 0) {
		const { file, path } = queue.shift()!;
		if (/\.server\.(ts|js)$/.test(file)) continue;
		const source = readFileSync(file, 'utf8');
		for (const specifier of importsOf(source)) {
			if (specifier.startsWith('./$types')) continue;
			const target = resolveSpecifier(file, specifier);
			if ('pkg' in target) {
				if (!packages.has(target.pkg)) packages.set(target.pkg, [...path, target.pkg]);
				continue;
			}
			if (chain.has(target.file)) continue;
			const next = [...path, relative(root, target.file)];
			chain.set(target.file, next);
			queue.push({ file: target.file, path: next });
		}
	}
	return { chain, packages };
}
