/**
 * Benchmark of survey submissions: respondents' answers posted to the built server, measured with
 * autocannon at 50 and 200 concurrent respondents.
 *
 * Setup through the lead's own routes: sign in as the demo lead, create a cycle, issue TOKENS
 * anonymous links (500 per form post), read the item ids from a section page. Then autocannon
 * POSTs `/s/<token>/autosave` — what the respondent's phone sends on every tap — with
 * {answers:[{itemId, value, dontKnow:false}]} and a same-site Origin header, rotating over the
 * tokens and items (setupRequest), for DURATION seconds per level (and at most MAX_REQUESTS),
 * after a 2-second warm-up. The first post of a token creates its draft response, later ones
 * upsert answers: both paths are in the mix.
 *
 * PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a fresh
 * database is created and dropped) at every level; PGlite at the first level, for the ratio.
 *
 * The floor, measured in the same run at every level just before Touchstone: the bare SvelteKit app
 * (bench/bare, adapter-node) whose POST /s/<token>/autosave checks origin and JSON and does one
 * postgres.js upsert, on the same PostgreSQL server, driven by the same autocannon script. Budgets
 * (issue 18): at 50 connections throughput >= 0.5 x the floor's and p99 <= 100 ms; at 200 no errors
 * and p99 <= 400 ms.
 *
 *   npm run bench:submissions
 *   BENCH_ONLY=postgres | pglite      one database
 *   BENCH_LEVELS=50,200 BENCH_DURATION=10 BENCH_TOKENS=1000
 */
import autocannon from 'autocannon';
import { anonymousLinks } from '../tests/support/respond';
import { deviceCookie, HttpClient } from '../tests/support/http';
import postgres from 'postgres';
import {
	bareBuild,
	benchDatabase,
	createOpenCycle,
	main,
	signInDemoLead,
	startApp,
	startBenchServer,
	type DbKind
} from './support/app';
import { load, percentile, result } from './support/results';

const LEVELS = (process.env.BENCH_LEVELS ?? '50,200').split(',').map(Number);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const TOKENS = Number(process.env.BENCH_TOKENS ?? 1000);
const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 100_000);
const ONLY = process.env.BENCH_ONLY as DbKind | undefined;
const GROUPS = ['sales', 'service', 'marketing', 'it'];
/** Issue 18's budgets. */
const BUDGET = { ratioAt50: 0.5, p99At50: 100, p99At200: 400 };

/** The parts of autocannon's result used here (the package ships no types). */
interface AutocannonResult {
	duration: number;
	requests: { total: number };
	errors: number;
	timeouts: number;
	non2xx: number;
	'2xx': number;
}

interface Level {
	connections: number;
	requests: number;
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	ok: number;
	non2xx: number;
	errors: number;
	timeouts: number;
	statuses: Record<string, number>;
}

async function prepare(kind: DbKind) {
	const db = await benchDatabase(kind, 'subm');
	const server = await startApp(db);
	const { lead, orgId } = await signInDemoLead(server.baseUrl);
	const cycleId = await createOpenCycle(lead, orgId, 'Submissions bench', GROUPS);
	const tokens: string[] = [];
	for (let i = 0; tokens.length < TOKENS && i < Math.ceil(TOKENS / 500) + 2; i++) {
		const links = await anonymousLinks(
			lead,
			orgId,
			cycleId,
			GROUPS[i % GROUPS.length]!,
			Math.min(500, TOKENS - tokens.length)
		);
		if (links.length === 0) throw new Error('no anonymous links were issued');
		tokens.push(...links.map((l) => l.split('/s/')[1]!));
	}
	// Item ids of the first three sections (maturity items: values 1–5), as the respondent's page shows them.
	const respondent = new HttpClient(server.baseUrl);
	const items: string[] = [];
	for (const step of [1, 2, 3]) {
		const page = await respondent.get(`/s/${tokens[0]}/${step}`);
		const html = await page.text();
		if (page.status !== 200) throw new Error(`GET /s/…/${step}: ${page.status}`);
		items.push(...new Set([...html.matchAll(/name="item\.([0-9a-f-]{36})"/g)].map((m) => m[1]!)));
	}
	if (items.length === 0) throw new Error('no items found on the section pages');
	// One post by hand, to fail early and clearly if the endpoint refuses.
	const probe = await fetch(`${server.baseUrl}/s/${tokens[0]}/autosave`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: server.baseUrl },
		body: JSON.stringify({ answers: [{ itemId: items[0], value: 3, dontKnow: false }] })
	});
	if (probe.status !== 200)
		throw new Error(`autosave probe: ${probe.status} ${await probe.text()}`);
	// Drafts open only on the device that made them (issue 11): every simulated phone sends the
	// device cookie the first post received, so later posts to a token reach its draft.
	const device = deviceCookie(probe);
	if (!device) throw new Error('autosave probe: no device cookie was set');
	return {
		server,
		tokens,
		items,
		device,
		floor: kind === 'postgres' ? await floorServer(db) : null
	};
}

/** The bare one-upsert endpoint (bench/bare) on the same PostgreSQL database, in a table of its own. */
async function floorServer(db: { databaseUrl?: string; env: Record<string, string> }) {
	const sql = postgres(db.databaseUrl!, { max: 1, onnotice: () => {} });
	try {
		await sql.unsafe(
			`create table bare_answer (response_key text not null, item_id text not null, value integer,
			 dont_know boolean not null, primary key (response_key, item_id))`
		);
	} finally {
		await sql.end();
	}
	return startBenchServer(
		{ DATABASE_URL: db.databaseUrl! },
		{ entry: await bareBuild(), probe: '/', label: 'bare one-upsert endpoint (floor)' }
	);
}

async function level(
	baseUrl: string,
	tokens: string[],
	items: string[],
	device: string,
	connections: number,
	duration: number,
	record = true
): Promise<Level> {
	let n = 0;
	const latencies: number[] = [];
	const statuses: Record<string, number> = {};
	const instance = autocannon({
		url: baseUrl,
		connections,
		duration,
		maxOverallRequests: MAX_REQUESTS,
		timeout: 10,
		requests: [
			{
				method: 'POST',
				path: `/s/${tokens[0]}/autosave`,
				headers: { 'content-type': 'application/json', origin: baseUrl, cookie: device },
				setupRequest: (req: Record<string, unknown>) => {
					const i = n++;
					const token = tokens[i % tokens.length]!;
					const itemId = items[Math.floor(i / tokens.length + i * 7) % items.length]!;
					return {
						...req,
						path: `/s/${token}/autosave`,
						body: JSON.stringify({ answers: [{ itemId, value: 1 + (i % 5), dontKnow: false }] })
					};
				}
			}
		]
	});
	instance.on(
		'response',
		(_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
			if (!record) return;
			latencies.push(responseTime);
			statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
		}
	);
	const r = (await instance) as unknown as AutocannonResult;
	latencies.sort((a, b) => a - b);
	return {
		connections,
		requests: r.requests.total,
		rps: r.requests.total / r.duration,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		max: latencies[latencies.length - 1] ?? NaN,
		ok: r['2xx'],
		non2xx: r.non2xx,
		errors: r.errors,
		timeouts: r.timeouts,
		statuses
	};
}

function line(kind: DbKind, l: Level): string {
	const f = (x: number) => `${x.toFixed(0)} ms`.padStart(8);
	const codes = Object.entries(l.statuses)
		.map(([k, v]) => `${k}×${v}`)
		.join(' ');
	return `  ${kind.padEnd(10)} ${String(l.connections).padStart(4)}  ${l.rps.toFixed(0).padStart(7)} req/s ${String(l.requests).padStart(7)} req ${f(l.p50)} ${f(l.p95)} ${f(l.p99)} ${f(l.max)}   errors ${l.errors} (timeouts ${l.timeouts}), non-2xx ${l.non2xx}  [${codes}]`;
}

interface Measured {
	app: Level;
	/** The bare endpoint at the same level just before (PostgreSQL only). */
	floor: Level | null;
}

async function run(kind: DbKind, levels: number[]): Promise<Measured[]> {
	const { server, tokens, items, device, floor } = await prepare(kind);
	try {
		console.log(
			`${kind}: ${tokens.length} anonymous links, ${items.length} items; warm-up 2 s at 10 connections (load ${load()})`
		);
		await level(server.baseUrl, tokens, items, device, 10, 2, false);
		if (floor) await level(floor.baseUrl, tokens, items, device, 10, 2, false);
		const out: Measured[] = [];
		const serial = await level(server.baseUrl, tokens, items, device, 1, 3);
		console.log(line(kind, serial) + `   (one respondent at a time, for reference)`);
		for (const c of levels) {
			const bare = floor ? await level(floor.baseUrl, tokens, items, device, c, DURATION) : null;
			if (bare) console.log(line('floor', bare) + `   (bare endpoint, one upsert; load ${load()})`);
			const l = await level(server.baseUrl, tokens, items, device, c, DURATION);
			console.log(
				line(kind, l) +
					(bare ? `   ${(l.rps / bare.rps).toFixed(2)}× the floor` : '') +
					`   (load ${load()})`
			);
			out.push({ app: l, floor: bare });
		}
		if (server.process.exitCode !== null)
			throw new Error(`the server exited during the run:\n${server.output().slice(-2000)}`);
		return out;
	} finally {
		await server.stop();
		await floor?.stop();
	}
}

await main(async () => {
	console.log(
		`submissions bench: POST /s/<token>/autosave, ${DURATION} s per level, levels ${LEVELS.join(', ')} (load ${load()})`
	);
	console.log(`  database  conns   throughput   requests      p50      p95      p99      max`);
	const pgsql = ONLY === 'pglite' ? [] : await run('postgres', LEVELS);
	const pg = ONLY === 'postgres' ? [] : await run('pglite', LEVELS.slice(0, 1));
	console.log('');
	for (const [kind, measured] of [
		['PostgreSQL', pgsql],
		['PGlite', pg]
	] as const) {
		for (const { app: l, floor } of measured) {
			const failures = l.errors + l.non2xx; // autocannon's errors include its timeouts
			const label = `submissions ${kind} ×${l.connections}`;
			const postgresBudgets = kind === 'PostgreSQL';
			if (floor) {
				result({
					bench: 'submissions',
					figure: `floor: bare one-upsert endpoint ×${floor.connections} throughput, p99 ${floor.p99.toFixed(0)} ms`,
					value: Math.round(floor.rps),
					unit: 'req/s'
				});
			}
			result({
				bench: 'submissions',
				figure: `${label} throughput`,
				value: Math.round(l.rps),
				unit: 'req/s',
				...(floor
					? {
							floor: `${Math.round(floor.rps)} req/s`,
							ratio: Number((l.rps / floor.rps).toFixed(2))
						}
					: {})
			});
			if (floor) {
				const ratio = l.rps / floor.rps;
				const budgeted = postgresBudgets && l.connections === 50;
				result({
					bench: 'submissions',
					figure: `${label} throughput / floor`,
					value: Number(ratio.toFixed(2)),
					unit: '×',
					...(budgeted
						? { budget: `>= ${BUDGET.ratioAt50}×`, pass: ratio >= BUDGET.ratioAt50 }
						: {})
				});
			}
			const p99Budget = !postgresBudgets
				? undefined
				: l.connections === 50
					? BUDGET.p99At50
					: l.connections === 200
						? BUDGET.p99At200
						: undefined;
			result({
				bench: 'submissions',
				figure:
					`${label} p50/p95/p99` +
					(floor ? ` (floor p99 ${floor.p99.toFixed(0)}, ×${(l.p99 / floor.p99).toFixed(2)})` : ''),
				value: `${l.p50.toFixed(0)}/${l.p95.toFixed(0)}/${l.p99.toFixed(0)}`,
				unit: 'ms',
				...(floor
					? {
							floor: `p99 ${floor.p99.toFixed(0)} ms`,
							ratio: Number((l.p99 / floor.p99).toFixed(2))
						}
					: {}),
				...(p99Budget !== undefined
					? { budget: `p99 <= ${p99Budget} ms`, pass: l.p99 <= p99Budget }
					: {})
			});
			result({
				bench: 'submissions',
				figure: `${label} errors (incl. timeouts) + non-2xx`,
				value: failures,
				budget: '0',
				pass: failures === 0
			});
		}
	}
	const a = pgsql.find((m) => m.app.connections === pg[0]?.app.connections)?.app;
	const b = pg[0]?.app;
	if (a && b) {
		const ratio = b.rps / a.rps;
		console.log(
			`throughput ratio PGlite / PostgreSQL at ${a.connections} connections = ${ratio.toFixed(2)}; p95 ratio = ${(b.p95 / a.p95).toFixed(2)}`
		);
		result({
			bench: 'submissions',
			figure: `submissions ratio PGlite / PostgreSQL (req/s, ×${a.connections})`,
			value: Number(ratio.toFixed(2)),
			unit: '×'
		});
	}
	if ([...pgsql, ...pg].some((m) => m.app.errors + m.app.non2xx > 0)) process.exitCode = 1;
});
