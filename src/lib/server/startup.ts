import { resolve } from 'node:path';
import { env } from './platform/env';
import { openDatabase, type DatabaseHandle } from './platform/db/client';
import { useDatabase, useReplica } from './platform/db';
import * as instruments from './instruments';
import { demoCredentials, seedDemoIfEmpty } from './organisations/demo';
import * as jobs from './platform/jobs';
import * as outbox from './outbox';
import * as reports from './reports';
import * as retention from './retention';
import * as reminders from './improvement/reminders';
import { flushLogs, logger } from './platform/log';
import { touchstoneV1 } from '$lib/domain/instrument/touchstone-v1';
import { touchstoneV2 } from '$lib/domain/instrument/touchstone-v2';

/** Opens, migrates and (when empty) seeds the database. Also used by tests and benchmarks. */
export async function prepareDatabase(
	handle: DatabaseHandle,
	options: { seedDemo: boolean }
): Promise<void> {
	useDatabase(handle);
	await handle.migrate(resolve(env.MIGRATIONS_DIR));
	// Version 1 stays for the cycles that used it; new cycles default to the latest version.
	await instruments.ensureBuiltIn(touchstoneV1);
	await instruments.ensureBuiltIn(touchstoneV2);
	const seeded = options.seedDemo && (await seedDemoIfEmpty());
	// Planner statistics: PGlite has no autovacuum, so it would never have any, and on PostgreSQL
	// the demo's bulk insert would wait for autovacuum's next turn (or forever where it is off).
	// Without them the first dashboards planned the peers' and scoring's joins as nested loops over
	// "1 row": the demo's board dashboard took 350 ms instead of 150 ms (issue 18).
	if (seeded || handle.kind === 'pglite') await handle.rows('ANALYZE');
}

let started: Promise<DatabaseHandle> | undefined;

export function startServer(): Promise<DatabaseHandle> {
	started ??= (async () => {
		const handle = await openDatabase(
			env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: resolve(env.DATA_DIR) }
		);
		// Lag-tolerant reads (dashboards, trends, peers, exports) go to the replica; it is never migrated.
		const replica = env.DATABASE_REPLICA_URL
			? await openDatabase({ databaseUrl: env.DATABASE_REPLICA_URL })
			: undefined;
		try {
			await prepareDatabase(handle, {
				seedDemo: (env.SEED_DEMO ?? (env.DATABASE_URL ? 'false' : 'true')) === 'true'
			});
			// Report generation runs on the shared pg-boss queue; every instance works it.
			await jobs.start({ handle, connectionString: env.DATABASE_URL });
			await reports.startWorker();
			// E-mail (invitations, reminders, reports) goes out from the same queue, never inside a request.
			await outbox.startWorker();
			// Retention (issue 14.6): a daily run erases what each organisation no longer keeps.
			await retention.startWorker();
			// Due-date reminders of improvement actions: a daily job, mailed through the outbox.
			await reminders.startReminders();
			useReplica(replica);
		} catch (error) {
			await jobs.stop();
			await handle.close();
			await replica?.close();
			throw error;
		}
		const shutdown = async () => {
			await jobs.stop();
			useReplica(undefined);
			await replica?.close();
			await handle.close();
			// Log lines are written asynchronously (platform/log.ts): none may wait past the exit.
			flushLogs();
		};
		// adapter-node emits this after SIGINT/SIGTERM once open requests have finished.
		process.once('sveltekit:shutdown' as 'beforeExit', () => void shutdown());
		logger.info(
			handle.kind === 'pglite'
				? { database: 'pglite', dataDir: resolve(env.DATA_DIR) }
				: { database: 'postgres', replica: replica !== undefined },
			'database ready'
		);
		await announceStarted(handle);
		return handle;
	})();
	return started;
}

/** What server.js prints in its start-up banner once the app listens. */
export interface StartedInfo {
	database: 'pglite' | 'postgres';
	/** The demo's public sign-in, when this database holds the demo organisation. */
	demo: { email: string; password: string } | null;
}

/**
 * Tells the entry (server.js, outside the bundle, so it cannot import this module) what to print.
 * A process event, like adapter-node's own `sveltekit:shutdown`.
 */
async function announceStarted(handle: DatabaseHandle): Promise<void> {
	const demo = await handle.rows('select 1 from "user" where email = $1', [
		demoCredentials.lead.email
	]);
	const info: StartedInfo = {
		database: handle.kind,
		demo:
			demo.length > 0
				? { email: demoCredentials.lead.email, password: demoCredentials.lead.password }
				: null
	};
	(process.emit as (event: string, info: StartedInfo) => boolean)('touchstone:started', info);
}
