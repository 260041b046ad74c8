import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freshDatabase, startServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		serverDatabaseUrl: string;
		/** The shared server's output, where it prints account links without SMTP (account-links.ts). */
		serverLogFile: string;
	}
}

/** One built server with the demo organisation for the browser and HTTP tests (see clientAddress). */
export default async function setup(project: TestProject) {
	const database = await freshDatabase();
	const logDir = mkdtempSync(join(tmpdir(), 'touchstone-e2e-log-'));
	const logFile = join(logDir, 'server.log');
	// Each test client names its own address (X-Forwarded-For, as behind a proxy), so per-client
	// rate limits apply per test client rather than to the whole suite on 127.0.0.1.
	const server = await startServer(
		{
			...database.env,
			SEED_DEMO: 'true',
			ADDRESS_HEADER: 'x-forwarded-for'
		},
		{ logFile }
	);
	project.provide('baseUrl', server.baseUrl);
	project.provide('serverLogFile', logFile);
	project.provide('serverDatabaseUrl', database.databaseUrl ?? '');
	return async () => {
		await server.stop();
		await database.cleanup();
		rmSync(logDir, { recursive: true, force: true });
	};
}
