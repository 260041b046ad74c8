import { afterAll } from 'vitest';
import { inject } from 'vitest';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/platform/db/client';
import { useDatabase } from '../../src/lib/server/platform/db';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplatePath: string;
		postgresTemplateName: string;
	}
}

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

export function databaseUrlFor(name: string): string {
	const url = new URL(testDatabaseUrl!);
	url.pathname = `/${name}`;
	return url.toString();
}

/**
 * A fresh, migrated database for one test file: PGlite cloned from a migrated template,
 * or, with TEST_DATABASE_URL, a new PostgreSQL database created from a template database.
 */
export async function useTestDatabase(): Promise<DatabaseHandle> {
	let handle: DatabaseHandle;
	let drop: (() => Promise<void>) | undefined;
	if (testDatabaseUrl) {
		const name = `touchstone_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
		const admin = postgres(testDatabaseUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name} template ${inject('postgresTemplateName')}`);
		handle = await openDatabase({ databaseUrl: databaseUrlFor(name), maxConnections: 4 });
		drop = async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		};
	} else {
		const { readFile } = await import('node:fs/promises');
		const dump = new Blob([await readFile(inject('pgliteTemplatePath'))]);
		handle = await openDatabase({ loadDataDir: dump });
	}
	useDatabase(handle);
	afterAll(async () => {
		await handle.close();
		await drop?.();
	});
	return handle;
}

/**
 * Starts the job queue (pg-boss) on this test database, as the server runs it: on PGlite through
 * the handle, on PostgreSQL with its own pool. Stopped before the database closes.
 */
export async function useTestQueue(handle: DatabaseHandle): Promise<void> {
	const jobs = await import('../../src/lib/server/platform/jobs');
	let connectionString: string | undefined;
	if (testDatabaseUrl) {
		const [{ name }] = (await handle.rows<{ name: string }>(
			'select current_database() as name'
		)) as [{ name: string }];
		connectionString = databaseUrlFor(name);
	}
	await jobs.start({ handle, connectionString });
	// Registered after the database's own afterAll, so it runs before the database closes.
	afterAll(() => jobs.stop(5_000));
}
