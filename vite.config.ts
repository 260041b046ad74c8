import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { execFileSync } from 'node:child_process';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';

// Under vitest the plugin (and the compiler in-process) would keep the run from ending:
// compile once in a child process instead, with the same settings (scripts/compile-messages.js).
if (process.env.VITEST) execFileSync(process.execPath, ['scripts/compile-messages.js']);

/**
 * The browser build only: Svelte's runtime, SvelteKit's client and three small modules every
 * respondent page loads (the message filler, the language switch's language names, and the error
 * message of the root error page, which loads with every page) go out as one chunk instead of a
 * dozen, so a phone makes fewer requests before its first paint (each costs a round trip and its
 * headers; issue 18.4). `$app/forms` stays out (the landing and thanks pages do without it), as does
 * everything else in node_modules (chart.js) and any module that imports more than itself: a group
 * takes its modules' imports along (a grouped src/lib/domain/language.ts once brought zod and the
 * whole message catalogue to every page).
 */
function fewerChunks(): Plugin {
	const runtime =
		/[\\/]node_modules[\\/](svelte[\\/]src|@sveltejs[\\/]kit[\\/]src[\\/]runtime|devalue|esm-env|clsx)[\\/]|^\0vite[\\/]preload-helper|[\\/]src[\\/]lib[\\/](i18n[\\/]fill\.ts|domain[\\/]instrument[\\/]languages\.ts|components[\\/]ErrorMessage\.svelte)$/;
	const forms = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]app[\\/]forms/;
	return {
		name: 'touchstone-fewer-chunks',
		config(config) {
			if (config.build?.ssr) return;
			return {
				build: {
					rollupOptions: {
						output: {
							codeSplitting: {
								groups: [
									{ name: 'runtime', test: (id: string) => runtime.test(id) && !forms.test(id) }
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
