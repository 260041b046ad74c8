/**
 * Benchmark of the scoring service on a large cycle: 5,000 submitted respondents × 70 items
 * (the 68 maturity items of the built-in Touchstone v1 instrument plus its first two
 * functional-integration items), ~4% don't know, ~3% not answered, 300 comments.
 *
 * Times `scoreCycleForOrganisation` (one warm-up, then the median of RUNS runs) on PGlite in
 * memory and on PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * a fresh database touchstone_bench_<pid> is created and dropped afterwards).
 *
 *   npm run bench:scoring                       both
 *   BENCH_ONLY=pglite npm run bench:scoring     one of them (pglite | postgres)
 *   BENCH_RESPONDENTS=1000 BENCH_RUNS=9 …       other sizes
 *   BENCH_KEEP=1                                keep the PostgreSQL database (to EXPLAIN)
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../src/lib/server/platform/db/client';
import { useDatabase } from '../src/lib/server/platform/db';
import * as instruments from '../src/lib/server/instruments';
import { scoreCycleForOrganisation } from '../src/lib/server/scoring';
import { touchstoneV1 } from '../src/lib/domain/instrument/touchstone-v1';
import { seedLargeCycle } from './support/seed';

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY;
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A migrated database with one organisation and a closed 5,000-respondent cycle (bench/support/seed.ts). */
async function seed(handle: DatabaseHandle) {
	useDatabase(handle);
	await handle.migrate(resolve('drizzle'));
	await instruments.ensureBuiltIn(touchstoneV1);
	const [org] = await handle.rows<{ id: string }>(
		`INSERT INTO organisation (name, sector, size_band) VALUES ('Bench Org', 'Retail', '1000+') RETURNING id`
	);
	return seedLargeCycle(handle, org!.id, RESPONDENTS);
}

async function time(label: string, handle: DatabaseHandle): Promise<number> {
	const t0 = performance.now();
	const seeded = await seed(handle);
	const seedMs = performance.now() - t0;
	console.log(
		`${label}: seeded ${RESPONDENTS} respondents × ${seeded.items} items = ${seeded.answers} answers in ${(seedMs / 1000).toFixed(1)} s`
	);
	const run = async () => {
		const start = performance.now();
		const scores = await scoreCycleForOrganisation(seeded.organisationId, seeded.cycleId);
		const ms = performance.now() - start;
		if (scores?.status !== 'scored' || scores.respondents !== RESPONDENTS) {
			throw new Error(
				`${label}: unexpected result ${scores?.status} with ${scores?.respondents} respondents`
			);
		}
		return { ms, scores };
	};
	const warm = await run();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) times.push((await run()).ms);
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)]!;
	console.log(
		`${label}: warm-up ${warm.ms.toFixed(0)} ms; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median.toFixed(1)} ms` +
			` (index ${warm.scores.status === 'scored' ? warm.scores.overall.index?.toFixed(3) : '-'})`
	);
	return median;
}

async function benchPglite(): Promise<number> {
	const handle = await openDatabase({});
	try {
		return await time('PGlite (in memory)', handle);
	} finally {
		await handle.close();
	}
}

async function benchPostgres(): Promise<number> {
	const url = process.env.BENCH_DATABASE_URL || DEFAULT_URL;
	const name = `touchstone_bench_${process.pid}`;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await admin.unsafe(`CREATE DATABASE ${name}`);
		const target = new URL(url);
		target.pathname = `/${name}`;
		const handle = await openDatabase({ databaseUrl: target.toString() });
		try {
			return await time(`PostgreSQL (${target.host})`, handle);
		} finally {
			await handle.close();
		}
	} finally {
		if (process.env.BENCH_KEEP) console.log(`kept database ${name}`);
		else await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
		await admin.end();
	}
}

const pg = ONLY === 'postgres' ? undefined : await benchPglite();
const pgsql = ONLY === 'pglite' ? undefined : await benchPostgres();
console.log('');
console.log(
	`scoreCycleForOrganisation, ${RESPONDENTS} respondents, median of ${RUNS}` +
		` (${cpus().length} CPUs, load average ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')} — other work on the machine slows every figure):`
);
if (pg !== undefined) console.log(`  PGlite      ${pg.toFixed(1)} ms`);
if (pgsql !== undefined)
	console.log(
		`  PostgreSQL  ${pgsql.toFixed(1)} ms  (goal < 300 ms: ${pgsql < 300 ? 'met' : 'NOT met'})`
	);
if (pg !== undefined && pgsql !== undefined)
	console.log(`  ratio PGlite / PostgreSQL = ${(pg / pgsql).toFixed(2)}`);
