// Lint rules: the SvelteKit CLI's defaults (JS, typescript-eslint, eslint-plugin-svelte, Prettier),
// plus the architecture's rules (docs/architecture.md) as rules rather than hopes.
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

const serverCode = {
	group: ['$lib/server', '$lib/server/**', '**/server', '**/server/**'],
	message:
		'Only server code (src/lib/server, +page.server.ts, +server.ts, hooks) may import $lib/server.'
};
const database = {
	group: [
		'drizzle-orm',
		'drizzle-orm/**',
		'postgres',
		'@electric-sql/pglite',
		'$lib/server/platform/db',
		'$lib/server/platform/db/**'
	],
	message: 'Database access lives in src/lib/server: call a service.'
};
// Data leaves scoring only through the anonymity-safe service (docs/threat-model.md): the raw
// per-group statistics and the respondent profiles are private to src/lib/server/scoring.
const rawStatistics = {
	group: [
		'$lib/server/scoring/sql',
		'**/scoring/sql',
		'$lib/server/scoring/respondents',
		'**/scoring/respondents',
		'$lib/server/scoring/response-tally',
		'**/scoring/response-tally'
	],
	message: 'Raw statistics are private to the scoring service: import $lib/server/scoring.'
};
const framework = {
	group: ['@sveltejs/kit', '@sveltejs/kit/**', '$app/**', 'svelte', 'svelte/**'],
	message: 'The domain is plain TypeScript: no SvelteKit or Svelte.'
};

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	// bench/bare is the benches' floor: a separate minimal SvelteKit app with its own config.
	{ ignores: ['drizzle/', 'patches/', 'static/', 'bench/bare/', 'src/lib/paraglide/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint: TypeScript itself checks undefined names.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// The app is served at the root (no paths.base) and builds links from typed ids, so
			// resolve() on every href would add noise without catching anything here.
			'svelte/no-navigation-without-resolve': 'off',
			// The app uses runes, not svelte/store (no import of it anywhere), and this rule alone
			// asked for a TypeScript program over every Svelte file: 9.5 of lint's 45 s cold.
			'svelte/require-store-reactive-access': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// No slabs: short functions and files in the application's source (the instrument's data aside).
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/domain/instrument/touchstone-v*.ts'],
		rules: {
			'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
			'max-lines': ['error', { max: 500 }]
		}
	},
	// The domain is pure: no server, framework or database.
	{
		files: ['src/lib/domain/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [serverCode, framework, database] }] }
	},
	// Client code (components, pages, client modules) never reaches the server's modules.
	// (One block per file kind: in a flat config the last no-restricted-imports for a file wins.)
	{
		files: [
			'src/lib/components/**',
			'src/lib/ui/**',
			'src/routes/**/*.svelte',
			'src/routes/**/+page.ts',
			'src/routes/**/+layout.ts',
			'src/lib/*.ts'
		],
		rules: { 'no-restricted-imports': ['error', { patterns: [serverCode, database] }] }
	},
	// Routes' server code stays thin: load, validate, call a service; never the database.
	{
		files: ['src/routes/**/*.server.ts', 'src/routes/**/+server.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [database, rawStatistics] }] }
	},
	// Server modules outside scoring reach scores only through the scoring service.
	{
		files: ['src/lib/server/**', 'src/hooks.server.ts'],
		ignores: ['src/lib/server/scoring/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [rawStatistics] }] }
	}
);
