import type { TestProject } from 'vitest/node';
import { freshDatabase, startServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		serverDatabaseUrl: string;
	}
}

/** One built server with the demo organisation for the browser and HTTP tests (see clientAddress). */
export default async function setup(project: TestProject) {
	const database = await freshDatabase();
	// Each test client names its own address (X-Forwarded-For, as behind a proxy), so per-client
	// rate limits apply per test client rather than to the whole suite on 127.0.0.1.
	const server = await startServer({
		...database.env,
		SEED_DEMO: 'true',
		ADDRESS_HEADER: 'x-forwarded-for'
	});
	project.provide('baseUrl', server.baseUrl);
	project.provide('serverDatabaseUrl', database.databaseUrl ?? '');
	return async () => {
		await server.stop();
		await database.cleanup();
	};
}
