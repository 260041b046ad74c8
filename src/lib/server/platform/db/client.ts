import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	/**
	 * Runs raw SQL and returns plain rows on either driver. `prepare`: on PostgreSQL, a named
	 * statement parsed and planned once per connection — for the hottest, fixed statements (a
	 * saved tap: issue 18). Off for the whole client with `?prepare=false` in DATABASE_URL (e.g.
	 * behind PgBouncer in transaction mode before 1.21, which cannot keep prepared statements).
	 */
	rows<T>(query: string, params?: unknown[], options?: { prepare?: boolean }): Promise<T[]>;
	migrate(migrationsFolder: string): Promise<void>;
	close(): Promise<void>;
	/** The PGlite instance, for tools that need the raw client (job queue, backups). */
	pglite?: PGlite;
	/** The postgres.js client, when on PostgreSQL. */
	sql?: postgres.Sql;
}

export interface OpenOptions {
	databaseUrl?: string;
	/** PGlite data folder; undefined means in memory. */
	dataDir?: string;
	/** Loads a PGlite data folder dump (used to clone a migrated template in tests). */
	loadDataDir?: Blob;
	maxConnections?: number;
}

const LOCK_FILE = 'touchstone.lock';

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** PGlite has no lock of its own and two processes on one folder corrupt it. */
function lockDataDir(dir: string): () => void {
	mkdirSync(dir, { recursive: true });
	const lockPath = join(dir, LOCK_FILE);
	if (existsSync(lockPath)) {
		const pid = Number(readFileSync(lockPath, 'utf8').trim());
		if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
			throw new Error(
				`The embedded database folder ${resolve(dir)} is in use by another Touchstone process (pid ${pid}). ` +
					'Stop that process, or set DATA_DIR to another folder, or DATABASE_URL to use PostgreSQL.'
			);
		}
	}
	writeFileSync(lockPath, String(process.pid));
	return () => rmSync(lockPath, { force: true });
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
	if (options.databaseUrl) {
		const sql = postgres(options.databaseUrl, {
			max: options.maxConnections ?? 10,
			onnotice: () => {},
			connect_timeout: 10,
			// Reconnect within 2 s after a restart; the default backoff grows to 20 s and leaves requests waiting.
			backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 2)
		});
		const db = drizzlePostgres(sql, { schema, casing: 'snake_case' }) as unknown as Database;
		return {
			db,
			kind: 'postgres',
			sql,
			rows: async <T>(
				query: string,
				params: unknown[] = [],
				rowOptions: { prepare?: boolean } = {}
			) =>
				(await sql.unsafe(query, params as postgres.ParameterOrJSON<never>[], {
					prepare: rowOptions.prepare === true
				})) as unknown as T[],
			migrate: async (migrationsFolder) => {
				await migratePostgres(db as never, { migrationsFolder });
			},
			close: () => sql.end({ timeout: 5 })
		};
	}

	const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
	let client: PGlite;
	try {
		client = await PGlite.create({
			dataDir: options.dataDir,
			loadDataDir: options.loadDataDir
		});
	} catch (error) {
		unlock();
		throw error;
	}
	const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Database;
	return {
		db,
		kind: 'pglite',
		pglite: client,
		rows: async <T>(query: string, params: unknown[] = []) =>
			(await client.query<T>(query, params)).rows,
		migrate: async (migrationsFolder) => {
			await migratePglite(db as never, { migrationsFolder });
		},
		close: async () => {
			if (!client.closed) {
				await client.exec('CHECKPOINT');
				await client.close();
			}
			unlock();
		}
	};
}
