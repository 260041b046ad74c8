import { describe, it, expect } from 'vitest';
import { cp, mkdtemp, mkdir, readdir, rm, writeFile, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/platform/db/client';
import { useDatabase } from '../../src/lib/server/platform/db';
import { databaseUrlFor, testDatabaseUrl } from '../support/database';
import * as organisations from '../../src/lib/server/organisations';
import { createUser } from '../support/fixtures';

/** A fresh, empty database of the kind under test, and how to open it again and drop it. */
async function emptyDatabase(): Promise<{
	open: () => Promise<DatabaseHandle>;
	drop: () => Promise<void>;
	url?: string;
	dir?: string;
}> {
	if (testDatabaseUrl) {
		const name = `touchstone_r_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
		const admin = postgres(testDatabaseUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		await admin.end();
		const url = databaseUrlFor(name);
		return {
			url,
			open: () => openDatabase({ databaseUrl: url, maxConnections: 2 }),
			drop: async () => {
				const again = postgres(testDatabaseUrl!, { max: 1, onnotice: () => {} });
				await again.unsafe(`drop database if exists ${name} with (force)`);
				await again.end();
			}
		};
	}
	const dir = await mkdtemp(join(tmpdir(), 'touchstone-resilience-'));
	return {
		dir,
		open: () => openDatabase({ dataDir: dir }),
		drop: () => rm(dir, { recursive: true, force: true })
	};
}

describe('migrations', () => {
	it('leaves a usable database when a migration fails half way', async () => {
		const database = await emptyDatabase();
		const folder = await mkdtemp(join(tmpdir(), 'touchstone-migrations-'));
		try {
			await cp(resolve('drizzle'), folder, { recursive: true });
			const journal = JSON.parse(await readFile(join(folder, 'meta/_journal.json'), 'utf8'));
			const last = journal.entries.at(-1);
			journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_broken' });
			await writeFile(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
			// The first statement would succeed; the second fails, so the first must be rolled back.
			await writeFile(
				join(folder, '9999_broken.sql'),
				'CREATE TABLE "half_done" ("id" integer);\n--> statement-breakpoint\nALTER TABLE "no_such_table" ADD COLUMN "x" integer;'
			);

			const handle = await database.open();
			useDatabase(handle);
			await expect(handle.migrate(folder)).rejects.toThrow();
			const tables = await handle.rows<{ name: string }>(
				"select table_name as name from information_schema.tables where table_schema = 'public'"
			);
			expect(tables.map((t) => t.name)).not.toContain('half_done');
			// The good migrations still apply and the app works.
			await handle.migrate(resolve('drizzle'));
			const lead = await createUser();
			const org = await organisations.create(lead.id, {
				name: 'After failure',
				sector: 'Other',
				sizeBand: '1–49'
			});
			expect((await organisations.membershipOf(lead.id, org.id))?.role).toBe('lead');
			await handle.close();
		} finally {
			await rm(folder, { recursive: true, force: true });
			await database.drop();
		}
	});
});

describe('backup and restore', () => {
	it('restores an organisation from a backup (pg_dump, or a copy of the embedded data folder)', async () => {
		const source = await emptyDatabase();
		const target = await emptyDatabase();
		const work = await mkdtemp(join(tmpdir(), 'touchstone-backup-'));
		try {
			let handle = await source.open();
			useDatabase(handle);
			await handle.migrate(resolve('drizzle'));
			const lead = await createUser();
			const org = await organisations.create(lead.id, {
				name: 'Backed up Ltd',
				sector: 'Other',
				sizeBand: '1–49'
			});
			await handle.close(); // the embedded database checkpoints on close

			if (source.url && target.url) {
				const file = join(work, 'touchstone.dump');
				execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, source.url]);
				execFileSync('pg_restore', ['--no-owner', `--dbname=${target.url}`, file]);
			} else {
				await rm(target.dir!, { recursive: true, force: true });
				await mkdir(target.dir!, { recursive: true });
				await cp(source.dir!, target.dir!, {
					recursive: true,
					filter: (path) => !path.endsWith('touchstone.lock')
				});
				expect((await readdir(target.dir!)).length).toBeGreaterThan(3);
			}

			handle = await target.open();
			useDatabase(handle);
			await handle.migrate(resolve('drizzle'));
			const restored = await organisations.membershipOf(lead.id, org.id);
			expect(restored?.organisation.name).toBe('Backed up Ltd');
			await handle.close();
		} finally {
			await rm(work, { recursive: true, force: true });
			await source.drop();
			await target.drop();
		}
	});
});
