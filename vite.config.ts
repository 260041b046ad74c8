import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { execFileSync } from 'node:child_process';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';

// Under vitest the plugin (and the compiler in-process) would keep the run from ending:
// compile once in a child process instead, with the same settings (scripts/compile-messages.js).
if (process.env.VITEST) execFileSync(process.execPath, ['scripts/compile-messages.js']);

/**
 * The browser build only, so that a phone makes fewer requests before its first paint (each costs
 * a round trip and its headers; issue 18.4):
 * - `runtime`: Svelte's runtime, SvelteKit's client and three small modules every respondent page
 *   loads (the message filler, the language switch's language names, and the error message of the
 *   root error page, which loads with every page) go out as one chunk instead of a dozen.
 *   `$app/forms` stays out (the landing and thanks pages do without it).
 * - `app`: the lead's and board's own modules (messages, components, labels), which no page outside
 *   (app) loads, go out in a few chunks by the pages that share them instead of one per message or
 *   component (the board's dashboard loaded 42 files, 20 of them under 1 KB).
 * A group takes its modules' imports along (a grouped src/lib/domain/language.ts once brought zod
 * and the whole message catalogue to every page), so `app` only takes a module whose every static
 * import is in one of the two groups too: one that imports zod, chart.js or a module a respondent
 * page loads stays with Rolldown's own chunking.
 */
function fewerChunks(): Plugin {
	const runtime =
		/[\\/]node_modules[\\/](svelte[\\/]src|@sveltejs[\\/]kit[\\/]src[\\/]runtime|devalue|esm-env|clsx)[\\/]|^\0vite[\\/]preload-helper|[\\/]src[\\/]lib[\\/](i18n[\\/]fill\.ts|domain[\\/]instrument[\\/]languages\.ts|components[\\/]ErrorMessage\.svelte)$/;
	const forms = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]app[\\/]forms/;
	const inRuntime = (id: string) => runtime.test(id) && !forms.test(id);
	const appRoute = /[\\/]src[\\/]routes[\\/]\(app\)[\\/]/;
	const library = /[\\/]src[\\/]lib[\\/]/;
	/** Filled once the module graph is known (buildEnd), read while chunking (after it). */
	const appModules = new Set<string>();
	return {
		name: 'touchstone-fewer-chunks',
		buildEnd() {
			if (this.environment.config.build.ssr) return;
			const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
			const ids = [...this.getModuleIds()];
			// Everything a page outside (app) loads at start: the respondent pages, root layout and error page.
			const publicModules = new Set<string>();
			const pending = ids.filter(
				(id) => this.getModuleInfo(id)?.isEntry && !imports(id).some((i) => appRoute.test(i))
			);
			for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
				if (publicModules.has(id)) continue;
				publicModules.add(id);
				pending.push(...imports(id));
			}
			// The lead's and board's library modules, less any that imports what is neither (until none does).
			appModules.clear();
			for (const id of ids) if (library.test(id) && !publicModules.has(id)) appModules.add(id);
			for (let changed = true; changed;) {
				changed = false;
				for (const id of appModules)
					if (!imports(id).every((i) => inRuntime(i) || appModules.has(i)))
						changed = appModules.delete(id);
			}
		},
		config(config) {
			if (config.build?.ssr) return;
			return {
				build: {
					rollupOptions: {
						output: {
							codeSplitting: {
								groups: [
									{ name: 'runtime', priority: 2, test: inRuntime },
									{
										name: 'app',
										priority: 1,
										test: (id: string) => appModules.has(id),
										entriesAware: true,
										// Merging a page set's modules under 8 KB into its neighbour: the board's dashboard went
										// from 37 files to 29 and its LCP from 2.28 s to 2.05 s; 16 or 32 KB gained no more.
										entriesAwareMergeThreshold: 8000
									}
								]
							}
						}
					}
				}
			};
		}
	};
}

export default defineConfig({
	plugins: [
		sveltekit(),
		process.env.VITEST ? null : fewerChunks(),
		// The interface's messages (messages/{locale}/*.json) as typed functions. The server picks the
		// language per request (hooks.server.ts); 'baseLocale' is only the fallback outside one.
		process.env.VITEST
			? null
			: paraglideVitePlugin({
					project: './project.inlang',
					outdir: './src/lib/paraglide',
					strategy: ['baseLocale'],
					emitGitIgnore: false,
					emitPrettierIgnore: false
				})
	],
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'db',
					include: ['tests/db/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/support/global-database.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/support/global-server.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
