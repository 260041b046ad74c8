/**
 * Benchmark of the scoring service on a large cycle: 5,000 submitted respondents × 70 items
 * (the 68 maturity items of the built-in Touchstone v1 instrument plus its first two
 * functional-integration items), ~4% don't know, ~3% not answered, 300 comments.
 *
 * Times `scoreCycleForOrganisation` (one warm-up, then the median of RUNS runs) on PGlite in
 * memory and on PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * a fresh database touchstone_bench_scoring_<pid>_<random> is created and dropped afterwards).
 *
 * The floor, in the same run on the same database: one aggregate pass over the same answers —
 * the published answers counted per stakeholder group, item and answer (FLOOR_SQL), timed the same
 * way (warm-up, median of RUNS). Budgets (issue 18): scoring ≤ 2× the floor on PostgreSQL, ≤ 3× on
 * PGlite. The steps of one scoring (context, snapshot check, statistics, scoreCycle) are timed too.
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
import { publishPending } from '../src/lib/server/scoring/publication';
import { loadScoringContext, queryCycleStats } from '../src/lib/server/scoring/sql';
import { scoreCycle } from '../src/lib/domain/scoring';
import { touchstoneV1 } from '../src/lib/domain/instrument/touchstone-v1';
import { freshDatabase } from '../tests/support/server';
import { ADMIN_URL, main, onCleanup } from './support/app';
import { load, median, result } from './support/results';
import { seedLargeCycle } from './support/seed';

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY;
const GOAL_MS = 300;
/** Issue 18: scoring within this many times one aggregate pass over the same answers. */
const FLOOR_BUDGET = { postgres: 2, pglite: 3 };

/** One aggregate pass over the cycle's published answers: per group, item and answer. */
const FLOOR_SQL = `
	SELECT r.group_key, a.item_id, a.value, a.dont_know, a.not_my_area, count(*)::int AS n
	FROM answer a
	JOIN response r ON r.id = a.response_id
	WHERE a.cycle_id = $2 AND r.organisation_id = $1 AND r.cycle_id = $2 AND r.published_in IS NOT NULL
	GROUP BY 1, 2, 3, 4, 5`;

interface Timed {
	scoring: number;
	floor: number;
	steps: Record<string, number>;
}

/** Warm-up, then the median of RUNS calls of fn. */
async function medianOf(fn: () => Promise<unknown>): Promise<{ median: number; runs: number[] }> {
	await fn();
	const runs: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		await fn();
		runs.push(performance.now() - t0);
	}
	return { median: median(runs), runs };
}

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

async function time(label: string, handle: DatabaseHandle): Promise<Timed> {
	const t0 = performance.now();
	const seeded = await seed(handle);
	const seedMs = performance.now() - t0;
	console.log(
		`${label}: seeded ${RESPONDENTS} respondents × ${seeded.items} items = ${seeded.answers} answers in ${(seedMs / 1000).toFixed(1)} s`
	);
	const { organisationId: org, cycleId } = seeded;
	let last: Awaited<ReturnType<typeof scoreCycleForOrganisation>> = null;
	const run = async () => {
		last = await scoreCycleForOrganisation(org, cycleId);
		if (last?.status !== 'scored' || last.respondents !== RESPONDENTS) {
			throw new Error(
				`${label}: unexpected result ${last?.status} with ${last?.respondents} respondents`
			);
		}
	};
	// Floor and scoring alternate run by run, so that both see the same machine.
	const floorRuns: number[] = [];
	const scoringRuns: number[] = [];
	await handle.rows(FLOOR_SQL, [org, cycleId]);
	await run();
	for (let i = 0; i < RUNS; i++) {
		let s = performance.now();
		const rows = await handle.rows(FLOOR_SQL, [org, cycleId]);
		floorRuns.push(performance.now() - s);
		if (rows.length === 0) throw new Error(`${label}: the floor query found no answers`);
		s = performance.now();
		await run();
		scoringRuns.push(performance.now() - s);
	}
	const floor = median(floorRuns);
	const scoring = median(scoringRuns);
	const context = (await loadScoringContext(org, cycleId))!;
	const stats = await queryCycleStats(context);
	const steps = {
		'load context': (await medianOf(() => loadScoringContext(org, cycleId))).median,
		'snapshot check (publishPending)': (await medianOf(() => publishPending(org, cycleId))).median,
		'statistics (queryCycleStats)': (await medianOf(() => queryCycleStats(context))).median,
		'scoreCycle (Node)': (
			await medianOf(async () =>
				scoreCycle(context.instrument, stats, {
					targets: context.targets,
					notApplicable: context.notApplicable,
					anonymityThreshold: context.anonymityThreshold,
					commentThreshold: context.commentThreshold
				})
			)
		).median
	};
	const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b).map((t) => t.toFixed(0));
	const scores = last as Awaited<ReturnType<typeof scoreCycleForOrganisation>>;
	console.log(
		`${label}: scoring runs ${sorted(scoringRuns).join(', ')} ms, median ${scoring.toFixed(1)} ms` +
			` (index ${scores?.status === 'scored' ? scores.overall.index?.toFixed(3) : '-'})`
	);
	console.log(
		`${label}: floor (one aggregate pass) runs ${sorted(floorRuns).join(', ')} ms, median ${floor.toFixed(1)} ms` +
			` → scoring = ${(scoring / floor).toFixed(2)}× the floor`
	);
	console.log(
		`${label}: steps (medians) ` +
			Object.entries(steps)
				.map(([k, v]) => `${k} ${v.toFixed(1)} ms`)
				.join(', ')
	);
	return { scoring, floor, steps };
}

async function benchPglite(): Promise<Timed> {
	const handle = await openDatabase({});
	try {
		return await time('PGlite (in memory)', handle);
	} finally {
		await handle.close();
	}
}

/** A fresh database on BENCH_DATABASE_URL (tests/support/server.ts), dropped at the end unless BENCH_KEEP. */
async function benchPostgres(): Promise<Timed> {
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
	for (const [kind, label, t] of [
		['postgres', 'PostgreSQL', pgsql],
		['pglite', 'PGlite', pg]
	] as const) {
		if (!t) continue;
		const ratio = t.scoring / t.floor;
		const budget = FLOOR_BUDGET[kind];
		console.log(
			`  ${label.padEnd(10)}  ${t.scoring.toFixed(1)} ms; floor ${t.floor.toFixed(1)} ms; ${ratio.toFixed(2)}× the floor (budget ≤ ${budget}×: ${ratio <= budget ? 'PASS' : 'FAIL'})`
		);
		result({
			bench: 'scoring',
			figure: `floor: one aggregate pass over the ${size} answers, ${label}`,
			value: Number(t.floor.toFixed(1)),
			unit: 'ms'
		});
		result({
			bench: 'scoring',
			figure: `scoreCycleForOrganisation ${size}, ${label}`,
			value: Number(t.scoring.toFixed(1)),
			unit: 'ms',
			floor: `${t.floor.toFixed(1)} ms`,
			ratio: Number(ratio.toFixed(2)),
			...(kind === 'postgres' ? { budget: `(was < ${GOAL_MS} ms)` } : {})
		});
		result({
			bench: 'scoring',
			figure: `scoring / floor, ${label}`,
			value: Number(ratio.toFixed(2)),
			unit: '×',
			floor: `${t.floor.toFixed(1)} ms`,
			ratio: Number(ratio.toFixed(2)),
			budget: `<= ${budget}×`,
			pass: ratio <= budget
		});
		if (ratio > budget) process.exitCode = 1;
	}
	if (pg !== undefined && pgsql !== undefined) {
		console.log(`  ratio PGlite / PostgreSQL = ${(pg.scoring / pgsql.scoring).toFixed(2)}`);
		result({
			bench: 'scoring',
			figure: 'scoring ratio PGlite / PostgreSQL',
			value: Number((pg.scoring / pgsql.scoring).toFixed(2)),
			unit: '×'
		});
	}
});
