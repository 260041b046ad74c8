import type { Database, DatabaseHandle } from './client';

export type { Database, DatabaseHandle } from './client';
export * as schema from './schema';

let current: DatabaseHandle | undefined;

/** Installs the process-wide database (at start-up, or per test file). */
export function useDatabase(handle: DatabaseHandle): void {
	current = handle;
	for (const listener of switchListeners) listener();
}

const switchListeners: Array<() => void> = [];
/** Lets caches tied to one database (e.g. secrets) reset when tests switch databases. */
export function onDatabaseSwitch(listener: () => void): void {
	switchListeners.push(listener);
}

export function databaseHandle(): DatabaseHandle {
	if (!current) throw new Error('The database is not open yet.');
	return current;
}

export function db(): Database {
	return databaseHandle().db;
}

/** A transaction or the database: repositories accept either so they can run inside a transaction. */
export type Executor = Parameters<Parameters<Database['transaction']>[0]>[0] | Database;

/** drizzle's execute returns an array on postgres.js and { rows } on PGlite. */
export function resultRows<T>(result: unknown): T[] {
	if (Array.isArray(result)) return result as T[];
	return (result as { rows: T[] }).rows;
}
