import { AsyncLocalStorage } from 'node:async_hooks';
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

/*
 * Reads from a streaming replica (issue 18.5, docs/deployment.md "Beyond one database server").
 * Dashboards, trends, peers and exports read through `readHandle()`: the replica when one is
 * configured and the request runs under `withReadRouting` with replica reads allowed, else the
 * primary. Everything else — writes, the job queue, sessions, and any read outside a request
 * (report and mail workers act on what was just written) — uses the primary.
 */
let replica: DatabaseHandle | undefined;

/** Installs (or, with undefined, removes) the replica that lag-tolerant reads may use. */
export function useReplica(handle: DatabaseHandle | undefined): void {
	replica = handle;
}

export function replicaHandle(): DatabaseHandle | undefined {
	return replica;
}

interface ReadRouting {
	/** Reads of this request go to the primary: its person wrote something the replica may lack. */
	primaryOnly: boolean;
	/** This request wrote something its person will read next (see noteWrite). */
	wrote: boolean;
}

const readRouting = new AsyncLocalStorage<ReadRouting>();

/** Runs one request with its lag-tolerant reads on the replica, unless `primaryOnly`. */
export function withReadRouting<T>(primaryOnly: boolean, run: () => T): T {
	return readRouting.run({ primaryOnly, wrote: false }, run);
}

/** The database a lag-tolerant read (dashboard, trends, peers, exports) goes to. */
export function readHandle(): DatabaseHandle {
	const routing = readRouting.getStore();
	return replica && routing && !routing.primaryOnly ? replica : databaseHandle();
}

export function readDb(): Database {
	return readHandle().db;
}

/**
 * Records that this request wrote something on the primary that the same person reads next
 * (e.g. scoring cut a results snapshot): the rest of the request reads the primary, and the
 * request's answer pins that person's reads to it until the replica has replayed the write.
 */
export function noteWrite(): void {
	const routing = readRouting.getStore();
	if (routing) {
		routing.primaryOnly = true;
		routing.wrote = true;
	}
}

/** Whether the current request called noteWrite. */
export function wroteInRequest(): boolean {
	return readRouting.getStore()?.wrote ?? false;
}
