/**
 * Background jobs on pg-boss 10, kept in the application's own PostgreSQL database (schema
 * `pgboss`), so several app instances share one queue and each job is worked once
 * (SELECT … FOR UPDATE SKIP LOCKED). On the embedded PGlite database pg-boss runs through an
 * adapter on the one PGlite client; on PostgreSQL it gets its own connection pool.
 */
import PgBoss from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import type { DatabaseHandle } from './db';

export interface QueueSource {
	handle: DatabaseHandle;
	/** PostgreSQL connection string for pg-boss's own pool; required when the handle is PostgreSQL. */
	connectionString?: string;
}

/** pg-boss's `db` option over PGlite: multi-statement SQL without parameters must use `exec`. */
function pgliteAdapter(client: PGlite): PgBoss.Db {
	return {
		async executeSql(text: string, values?: unknown[]) {
			if (!values || values.length === 0) {
				const results = await client.exec(text);
				return { rows: results.at(-1)?.rows ?? [] };
			}
			return { rows: (await client.query(text, values)).rows };
		}
	};
}

let boss: PgBoss | null = null;
const workerIds = new Map<string, string>();

/** Starts pg-boss (creating or migrating its schema). Idempotent. */
export async function start(source: QueueSource): Promise<void> {
	if (boss) return;
	const common = { application_name: 'touchstone-jobs', schedule: false };
	let instance: PgBoss;
	if (source.handle.pglite) {
		instance = new PgBoss({ ...common, db: pgliteAdapter(source.handle.pglite) });
	} else if (source.connectionString) {
		instance = new PgBoss({ ...common, connectionString: source.connectionString, max: 4 });
	} else {
		throw new Error('The job queue needs a PostgreSQL connection string.');
	}
	instance.on('error', (error) => console.error('job queue:', error));
	await instance.start();
	boss = instance;
}

function running(): PgBoss {
	if (!boss) throw new Error('The job queue is not running.');
	return boss;
}

export const isRunning = (): boolean => boss !== null;

export interface QueueOptions {
	/** pg-boss's queue policy; `short` keeps at most one job waiting (a daily run). */
	policy?: 'standard' | 'short' | 'singleton' | 'stately';
	/** Seconds a job may run before pg-boss takes it back for a retry. */
	expireInSeconds: number;
	retryLimit: number;
	retryDelay?: number;
}

/** Creates the queue if it does not exist (pg-boss 10 sends only to existing queues). */
export async function createQueue(name: string, options: QueueOptions): Promise<void> {
	await running().createQueue(name, { name, ...options });
}

export interface JobOptions {
	retryLimit?: number;
	/** Seconds before the first retry. */
	retryDelay?: number;
	/** Exponential back-off: each retry waits about twice as long as the one before (with jitter). */
	retryBackoff?: boolean;
	expireInSeconds?: number;
}

/** Queues many jobs in one statement; the worker of this instance is woken at once. */
export async function sendMany<T extends object>(
	name: string,
	items: readonly T[],
	options: JobOptions = {}
): Promise<void> {
	if (items.length === 0) return;
	await running().insert(items.map((data) => ({ name, data, ...options })));
	const workerId = workerIds.get(name);
	if (workerId) running().notifyWorker(workerId);
}

/**
 * Queues a job; the worker of this instance is woken at once, others find it when they poll.
 * With `startAfterSeconds` no worker may take it before then (the job is a safety net for work the
 * caller starts itself), and none is woken.
 */
export async function send<T extends object>(
	name: string,
	data: T,
	options: { startAfterSeconds?: number } = {}
): Promise<string> {
	const delayed = (options.startAfterSeconds ?? 0) > 0;
	const id = await running().send(
		name,
		data,
		delayed ? { startAfter: options.startAfterSeconds } : {}
	);
	if (!id) throw new Error(`The job could not be queued on ${name}.`);
	const workerId = workerIds.get(name);
	if (workerId && !delayed) running().notifyWorker(workerId);
	return id;
}

/**
 * Queues a job on a queue whose policy allows one waiting job (`short`), unless one is already
 * waiting; true when this one was queued.
 */
export async function sendUnlessWaiting<T extends object>(
	name: string,
	data: T,
	options: { startAfterSeconds: number }
): Promise<boolean> {
	const id = await running().send(name, data, { startAfter: options.startAfterSeconds });
	return id !== null;
}

/** Works jobs of one queue, one at a time per instance, polling every `pollingIntervalSeconds`. */
export async function work<T extends object>(
	name: string,
	handler: (data: T, jobId: string) => Promise<unknown>,
	pollingIntervalSeconds = 2
): Promise<void> {
	const id = await running().work<T>(
		name,
		{ batchSize: 1, pollingIntervalSeconds },
		async ([job]) => {
			if (job) return handler(job.data, job.id);
		}
	);
	workerIds.set(name, id);
}

export interface BatchJob<T> {
	id: string;
	data: T;
	/** Retries so far (0 on the first attempt) and the job's limit. */
	retryCount: number;
	retryLimit: number;
}

/**
 * Works up to `batchSize` jobs of a queue at a time. The handler settles each job itself: those it
 * passes to `retry` go back to the queue (pg-boss retries them after their delay, with back-off);
 * the others are completed.
 */
export async function workBatch<T extends object>(
	name: string,
	handler: (
		jobs: BatchJob<T>[],
		retry: (jobId: string, reason: string) => Promise<void>
	) => Promise<void>,
	options: { batchSize: number; pollingIntervalSeconds: number }
): Promise<void> {
	const id = await running().work<T>(name, { ...options, includeMetadata: true }, async (batch) => {
		const jobs = batch.map((job) => ({
			id: job.id,
			data: job.data,
			retryCount: job.retryCount,
			retryLimit: job.retryLimit
		}));
		// A failed job leaves the active state, so pg-boss's completion of the batch skips it.
		await handler(jobs, (jobId, reason) => running().fail(name, jobId, { message: reason }));
	});
	workerIds.set(name, id);
}

/** Stops fetching new jobs, waits (up to `timeoutMs`) for running ones, and closes pg-boss's pool. */
export async function stop(timeoutMs = 20_000): Promise<void> {
	const current = boss;
	if (!current) return;
	boss = null;
	workerIds.clear();
	// Jobs still running after the timeout are failed, and retried by another instance.
	await current.stop({ graceful: true, timeout: timeoutMs });
}
