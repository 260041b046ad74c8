import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { execFileSync } from 'node:child_process';
import { paraglideVitePlugin } from '@inlang/paraglide-js';

// Under vitest the plugin (and the compiler in-process) would keep the run from ending:
// compile once in a child process instead, with the same settings (scripts/compile-messages.js).
if (process.env.VITEST) execFileSync(process.execPath, ['scripts/compile-messages.js']);

export default defineConfig({
	plugins: [
		sveltekit(),
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
