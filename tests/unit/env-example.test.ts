import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The variables src/lib/server/platform/env.ts validates: the keys of its envSchema object. */
function appVariables(): string[] {
	const source = read('src/lib/server/platform/env.ts');
	// `z.object({…})`, or `z\n\t.object({…})` followed by cross-variable checks (one tab deeper).
	const schema = source.slice(source.indexOf('const envSchema = z'));
	const end = schema.search(/\n\t?\}\)/);
	return [...schema.slice(0, end).matchAll(/^\t\t?([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!);
}

/** adapter-node's variables, read by server.js and the handler it loads. */
function serverVariables(): string[] {
	return [
		...new Set([...read('server.js').matchAll(/[sS]etting\('([A-Z_]+)'/g)].map((m) => m[1]!))
	];
}

describe('.env.example and the README', () => {
	it('list every variable the app and its server read', () => {
		const example = new Set(
			[...read('.env.example').matchAll(/^# ([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!)
		);
		const readme = read('README.md');
		const variables = [...appVariables(), ...serverVariables()].filter((v) => v !== 'NODE_ENV');
		expect(variables.length).toBeGreaterThan(10);
		expect(
			variables.filter((v) => !example.has(v)),
			'missing from .env.example'
		).toEqual([]);
		expect(
			variables.filter((v) => !readme.includes(`\`${v}\``)),
			"missing from README's table"
		).toEqual([]);
	});
});
