import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/lib/server/platform/db/client';
import { useDatabase } from '../../src/lib/server/platform/db';
import * as instruments from '../../src/lib/server/instruments';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';

/** Migrates one template per run; every test file clones it (initdb per file would take seconds each). */
export default async function setup(project: TestProject) {
	const url = process.env.TEST_DATABASE_URL || undefined;
	if (url) {
		const name = `touchstone_tpl_${process.pid}`;
		const admin = postgres(url, { max: 1, onnotice: () => {} });
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.unsafe(`create database ${name}`);
		const target = new URL(url);
		target.pathname = `/${name}`;
		const handle = await openDatabase({ databaseUrl: target.toString(), maxConnections: 1 });
		useDatabase(handle);
		await handle.migrate(resolve('drizzle'));
		await instruments.ensureBuiltIn(touchstoneV1);
		await handle.close();
		project.provide('postgresTemplateName', name);
		project.provide('pgliteTemplatePath', '');
		return async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		};
	}
	const dir = await mkdtemp(join(tmpdir(), 'touchstone-tpl-'));
	const handle = await openDatabase({});
	useDatabase(handle);
	await handle.migrate(resolve('drizzle'));
	await instruments.ensureBuiltIn(touchstoneV1);
	const dump = await handle.pglite!.dumpDataDir('none');
	const path = join(dir, 'template.tar');
	await writeFile(path, Buffer.from(await dump.arrayBuffer()));
	await handle.close();
	project.provide('pgliteTemplatePath', path);
	project.provide('postgresTemplateName', '');
	return () => rm(dir, { recursive: true, force: true });
}
