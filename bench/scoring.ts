/**
 * Benchmark of the scoring service on a large cycle: 5,000 submitted respondents × 70 items
 * (the 68 maturity items of the built-in Touchstone v1 instrument plus its first two
 * functional-integration items), ~4% don't know, ~3% not answered, 300 comments.
 *
 * Times `scoreCycleForOrganisation` (one warm-up, then the median of RUNS runs) on PGlite in
 * memory and on PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * a fresh database touchstone_bench_scoring_<pid>_<random> is created and dropped afterwards).
 *
 *   npm run bench:scoring                       both
 *   BENCH_ONLY=pglite npm run bench:scoring     one of them (pglite | postgres)
 *   BENCH_RESPONDENTS=1000 BENCH_RUNS=9 …       other sizes
 *   BENCH_KEEP=1                                keep the PostgreSQL database (to EXPLAIN)
 */
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../src/lib/server/platform/db/client';
import { useDatabase } from '../src/lib/server/platform/db';
import * as instruments from '../src/lib/server/instruments';
import { scoreCycleForOrganisation } from '../src/lib/server/scoring';
import { touchstoneV1 } from '../src/lib/domain/instrument/touchstone-v1';
import { freshDatabase } from '../tests/support/server';
import { ADMIN_URL, main, onCleanup } from './support/app';
import { load, median, result } from './support/results';
import { seedLargeCycle } from './support/seed';

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY;
const GOAL_MS = 300;

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
	const m = median(times);
	console.log(
		`${label}: warm-up ${warm.ms.toFixed(0)} ms; runs ${[...times]
			.sort((a, b) => a - b)
			.map((t) => t.toFixed(0))
			.join(', ')} ms; median ${m.toFixed(1)} ms` +
			` (index ${warm.scores.status === 'scored' ? warm.scores.overall.index?.toFixed(3) : '-'})`
	);
	return m;
}

async function benchPglite(): Promise<number> {
	const handle = await openDatabase({});
	try {
		return await time('PGlite (in memory)', handle);
	} finally {
		await handle.close();
	}
}

/** A fresh database on BENCH_DATABASE_URL (tests/support/server.ts), dropped at the end unless BENCH_KEEP. */
async function benchPostgres(): Promise<number> {
	const db = await freshDatabase({ postgresUrl: ADMIN_URL, tag: 'bench-scoring' });
	const target = new URL(db.databaseUrl!);
	if (process.env.BENCH_KEEP) console.log(`keeping database ${target.pathname.slice(1)}`);
	else onCleanup(`database ${target.pathname.slice(1)}`, db.cleanup);
	const handle = await openDatabase({ databaseUrl: db.databaseUrl! });
	try {
		return await time(`PostgreSQL (${target.host})`, handle);
	} finally {
		await handle.close();
	}
}

await main(async () => {
	const pg = ONLY === 'postgres' ? undefined : await benchPglite();
	const pgsql = ONLY === 'pglite' ? undefined : await benchPostgres();
	const size = `${RESPONDENTS.toLocaleString('en')} × 70`;
	console.log('');
	console.log(
		`scoreCycleForOrganisation, ${RESPONDENTS} respondents, median of ${RUNS}` +
			` (${cpus().length} CPUs, load average ${load()} — other work on the machine slows every figure):`
	);
	if (pg !== undefined) console.log(`  PGlite      ${pg.toFixed(1)} ms`);
	if (pgsql !== undefined) {
		console.log(
			`  PostgreSQL  ${pgsql.toFixed(1)} ms  (goal < ${GOAL_MS} ms: ${pgsql < GOAL_MS ? 'met' : 'NOT met'})`
		);
		result({
			bench: 'scoring',
			figure: `scoreCycleForOrganisation ${size}, PostgreSQL`,
			value: Number(pgsql.toFixed(1)),
			unit: 'ms',
			budget: `< ${GOAL_MS} ms`,
			pass: pgsql < GOAL_MS
		});
	}
	if (pg !== undefined)
		result({
			bench: 'scoring',
			figure: `scoreCycleForOrganisation ${size}, PGlite`,
			value: Number(pg.toFixed(1)),
			unit: 'ms'
		});
	if (pg !== undefined && pgsql !== undefined) {
		console.log(`  ratio PGlite / PostgreSQL = ${(pg / pgsql).toFixed(2)}`);
		result({
			bench: 'scoring',
			figure: 'scoring ratio PGlite / PostgreSQL',
			value: Number((pg / pgsql).toFixed(2)),
			unit: '×'
		});
	}
});
