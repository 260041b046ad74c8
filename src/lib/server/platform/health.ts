import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { env } from './env';
import { databaseHandle, type DatabaseHandle } from './db';
import { logger } from './log';

/**
 * Readiness for load balancers and orchestrators: the database answers and every migration this
 * build ships is applied. A probe runs every few seconds, so it must be cheap and must not hang:
 * each query gets a short deadline (a stopped PostgreSQL can otherwise keep a query waiting for
 * the driver's 10 s connect timeout), and once the migrations were seen applied that fact is kept —
 * migrations only ever get added by a newer build, which is a new process.
 */
export interface ReadinessCheck {
	(handle?: DatabaseHandle): Promise<boolean>;
}

class Timeout extends Error {
	constructor(ms: number) {
		super(`no answer within ${ms} ms`);
	}
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Timeout(ms)), ms);
	});
	// A late answer or failure of the abandoned query must not become an unhandled rejection.
	promise.catch(() => {});
	return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** How many migrations this build ships, from drizzle-kit's journal. */
export function shippedMigrations(migrationsDir: string): number {
	const journal = JSON.parse(
		readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')
	) as { entries: unknown[] };
	return journal.entries.length;
}

export function createReadinessCheck(options: {
	migrationsDir: string;
	timeoutMs: number;
}): ReadinessCheck {
	let migrationsApplied = false;
	return async (handle = databaseHandle()) => {
		try {
			await within(handle.rows('select 1'), options.timeoutMs);
			if (!migrationsApplied) {
				const [row] = await within(
					handle.rows<{ applied: number }>(
						'select count(*)::int as applied from drizzle.__drizzle_migrations'
					),
					options.timeoutMs
				);
				migrationsApplied = (row?.applied ?? 0) >= shippedMigrations(options.migrationsDir);
				if (!migrationsApplied) logger.warn('readiness: migrations not applied yet');
			}
			return migrationsApplied;
		} catch (error) {
			logger.warn({ err: error }, 'readiness: database not answering');
			return false;
		}
	};
}

export const READINESS_TIMEOUT_MS = 2000;

export const isReady: ReadinessCheck = createReadinessCheck({
	migrationsDir: resolve(env.MIGRATIONS_DIR),
	timeoutMs: READINESS_TIMEOUT_MS
});
