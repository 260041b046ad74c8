/**
 * Capacity model from measured per-request CPU (issue 18.5): how much processor time one saved tap,
 * one respondent page, one dashboard and one board report cost, on the app and on PostgreSQL, and
 * what one core therefore carries. docs/deployment.md ("Capacity") quotes these figures.
 *
 * The built app on a fresh PostgreSQL database (BENCH_DATABASE_URL, default the local server) with
 * the demo organisation and a closed 5,000-respondent × 70-item cycle (bench/support/seed.ts). CPU
 * is read from /proc: the app server's process (every thread: the report render threads too) and
 * the sum over every `postgres` process of the local server (backends, WAL writer, checkpointer),
 * before and after each batch; the batch's CPU divided by its requests is the cost of one. The
 * machine must otherwise be quiet (other databases on the same server count as PostgreSQL time):
 * run it under the heavy lock.
 *
 * Batches: SAVES autosave posts (20 at a time, like bench/submissions.ts: one answer each, first
 * posts create drafts), PAGES respondent section pages, DASHBOARDS GETs of the 5,000-respondent
 * dashboard, REPORTS board reports of the demo cycle through the lead's routes (click → ready).
 *
 *   npx tsx bench/capacity.ts          (npm run bench capacity)
 *   BENCH_SAVES=4000 BENCH_DASHBOARDS=20 BENCH_REPORTS=8 …
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { anonymousLinks } from '../tests/support/respond';
import { deviceCookie, HttpClient } from '../tests/support/http';
import { openDatabase } from '../src/lib/server/platform/db/client';
import {
	DEMO_LEAD,
	benchDatabase,
	createOpenCycle,
	main,
	signInDemoLead,
	startApp
} from './support/app';
import { load, result } from './support/results';
import { organisationOf, seedLargeCycle } from './support/seed';

const SAVES = Number(process.env.BENCH_SAVES ?? 3000);
const PAGES = Number(process.env.BENCH_PAGES ?? 300);
const DASHBOARDS = Number(process.env.BENCH_DASHBOARDS ?? 10);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 6);
const CONCURRENCY = 20;
/** A respondent of the 88-item questionnaire: a tap per question, a page per section and the landing, review and thanks pages. */
const RESPONDENT = { saves: 88, pages: 16 };
const TICKS = 100; // USER_HZ: /proc/<pid>/stat counts clock ticks of 10 ms

/** utime + stime of one process (all its threads), in ms; 0 when it is gone. */
function processCpuMs(pid: number): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
	} catch {
		return 0;
	}
}

/** CPU ms of every running `postgres` process (the local server and its backends). */
function postgresCpuMs(): number {
	let total = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
			if (comm === 'postgres') total += processCpuMs(Number(entry));
		} catch {
			// gone meanwhile
		}
	}
	return total;
}

interface Cost {
	what: string;
	n: number;
	wallMs: number;
	appMs: number;
	dbMs: number;
}

/** Runs a batch and charges the CPU the app and PostgreSQL spent meanwhile to its requests. */
async function measure(what: string, n: number, pid: number, batch: () => Promise<void>) {
	const app0 = processCpuMs(pid);
	const db0 = postgresCpuMs();
	const t0 = performance.now();
	await batch();
	const wallMs = performance.now() - t0;
	const cost: Cost = {
		what,
		n,
		wallMs,
		appMs: (processCpuMs(pid) - app0) / n,
		dbMs: (postgresCpuMs() - db0) / n
	};
	console.log(
		`  ${what.padEnd(22)} ${String(n).padStart(5)} in ${(wallMs / 1000).toFixed(1).padStart(5)} s: ` +
			`app ${cost.appMs.toFixed(2)} ms CPU, PostgreSQL ${cost.dbMs.toFixed(2)} ms CPU each   (load ${load()})`
	);
	return cost;
}

/** Runs `count` calls of `one`, `concurrency` at a time. */
async function pool(count: number, concurrency: number, one: (i: number) => Promise<void>) {
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < count) await one(next++);
		})
	);
}

await main(async () => {
	console.log(
		`capacity bench: CPU per request on the app and on PostgreSQL (${cpus().length} cores, load ${load()})`
	);
	const db = await benchDatabase('postgres', 'capacity');
	const first = await startApp(db);
	await first.stop();
	const handle = await openDatabase({ databaseUrl: db.databaseUrl! });
	let large;
	try {
		large = await seedLargeCycle(handle, await organisationOf(handle, DEMO_LEAD.email), 5000);
	} finally {
		await handle.close();
	}
	const server = await startApp(db);
	const pid = server.process.pid!;
	const { lead, orgId } = await signInDemoLead(server.baseUrl);
	const cycleId = await createOpenCycle(lead, orgId, 'Capacity bench', ['sales', 'service']);
	const tokens: string[] = [];
	while (tokens.length < 1000) {
		const links = await anonymousLinks(
			lead,
			orgId,
			cycleId,
			tokens.length < 500 ? 'sales' : 'service',
			500
		);
		tokens.push(...links.map((l) => l.split('/s/')[1]!));
	}
	const respondent = new HttpClient(server.baseUrl);
	const page = await respondent.get(`/s/${tokens[0]}/1`);
	const items = [
		...new Set([...(await page.text()).matchAll(/name="item\.([0-9a-f-]{36})"/g)].map((m) => m[1]!))
	];
	if (items.length === 0) throw new Error('no items on the first section page');
	const probe = await fetch(`${server.baseUrl}/s/${tokens[0]}/autosave`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: server.baseUrl },
		body: JSON.stringify({ answers: [{ itemId: items[0], value: 3, dontKnow: false }] })
	});
	const device = deviceCookie(probe);
	if (probe.status !== 200 || !device) throw new Error(`autosave probe: ${probe.status}`);

	const save = async (i: number) => {
		const res = await fetch(`${server.baseUrl}/s/${tokens[i % tokens.length]}/autosave`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.baseUrl, cookie: device },
			body: JSON.stringify({
				answers: [{ itemId: items[i % items.length], value: 1 + (i % 5), dontKnow: false }]
			})
		});
		await res.arrayBuffer();
		if (res.status !== 200) throw new Error(`autosave answered ${res.status}`);
	};
	const dashboardPath = `/o/${orgId}/cycles/${large.cycleId}/dashboard`;
	const dashboard = async () => {
		const res = await lead.get(dashboardPath);
		await res.arrayBuffer();
		if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
	};
	const cycles = await (await lead.get(`/o/${orgId}/cycles`)).text();
	const demoCycle = new RegExp(`href="/o/${orgId}/cycles/([0-9a-f-]{36})">Spring 2026<`).exec(
		cycles
	)?.[1];
	if (!demoCycle) throw new Error('the demo cycle "Spring 2026" is not listed');
	const reportsPage = `/o/${orgId}/cycles/${demoCycle}/reports`;
	const report = async () => {
		const posted = await lead.post(`${reportsPage}?/generate`, {});
		const html = await posted.text();
		const id = /data-requested="([0-9a-f-]{36})"/.exec(html)?.[1];
		if (posted.status !== 200 || !id) throw new Error(`POST ?/generate: ${posted.status}`);
		for (let t0 = performance.now(); ;) {
			const text = await (await lead.get(reportsPage)).text();
			const status = new RegExp(`data-report="${id}" data-status="(\\w+)"`).exec(text)?.[1];
			if (status === 'done') break;
			if (status === 'failed' || performance.now() - t0 > 60_000)
				throw new Error(`report ${id}: ${status}`);
			await new Promise((r) => setTimeout(r, 200));
		}
	};

	// Warm-ups (JIT, caches, prepared statements, the render threads), not counted.
	await pool(200, CONCURRENCY, save);
	await dashboard();
	await report();
	await new Promise((r) => setTimeout(r, 1000)); // let autovacuum and the WAL writer settle

	console.log(
		`\nper request (CPU of the app process and of every postgres process, divided by the requests):`
	);
	const saves = await measure('saved tap (autosave)', SAVES, pid, () =>
		pool(SAVES, CONCURRENCY, (i) => save(i + 200))
	);
	const pages = await measure('respondent page', PAGES, pid, () =>
		pool(PAGES, CONCURRENCY, async (i) => {
			const res = await fetch(`${server.baseUrl}/s/${tokens[i % tokens.length]}/${1 + (i % 3)}`, {
				headers: { cookie: device }
			});
			await res.arrayBuffer();
			if (res.status !== 200) throw new Error(`section page answered ${res.status}`);
		})
	);
	const dashboards = await measure('dashboard, 5,000 resp.', DASHBOARDS, pid, async () => {
		for (let i = 0; i < DASHBOARDS; i++) await dashboard();
	});
	const reportCost = await measure('board report', REPORTS, pid, async () => {
		for (let i = 0; i < REPORTS; i++) await report();
	});

	// ------------------------------------------------------------ the model
	const total = (c: Cost) => c.appMs + c.dbMs;
	const perCore = (ms: number) => (ms > 0 ? 1000 / ms : Infinity);
	const respondentMs = {
		app: RESPONDENT.saves * saves.appMs + RESPONDENT.pages * pages.appMs,
		db: RESPONDENT.saves * saves.dbMs + RESPONDENT.pages * pages.dbMs
	};
	const respondentsPerHour = (ms: number) => (ms > 0 ? (3600 * 1000) / ms : Infinity);
	const fmt = (x: number) =>
		x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(x >= 10 ? 0 : 1);
	console.log("\ncapacity of one core (CPU only; the rest of the core's time is the I/O wait):");
	console.log(
		`  saves/s:          app ${fmt(perCore(saves.appMs))}, PostgreSQL ${fmt(perCore(saves.dbMs))}, both on one core ${fmt(perCore(total(saves)))}`
	);
	console.log(
		`  respondents/hour (${RESPONDENT.saves} taps + ${RESPONDENT.pages} pages each): app ${fmt(respondentsPerHour(respondentMs.app))}, PostgreSQL ${fmt(respondentsPerHour(respondentMs.db))}, both on one core ${fmt(respondentsPerHour(respondentMs.app + respondentMs.db))}`
	);
	console.log(
		`  dashboards/s (5,000 respondents): app ${fmt(perCore(dashboards.appMs))}, PostgreSQL ${fmt(perCore(dashboards.dbMs))}`
	);
	console.log(
		`  board reports/min: app ${fmt(60 * perCore(reportCost.appMs))}, PostgreSQL ${fmt(60 * perCore(reportCost.dbMs))}`
	);
	for (const c of [saves, pages, dashboards, reportCost]) {
		result({
			bench: 'capacity',
			figure: `CPU per ${c.what}, app`,
			value: Number(c.appMs.toFixed(2)),
			unit: 'ms'
		});
		result({
			bench: 'capacity',
			figure: `CPU per ${c.what}, PostgreSQL`,
			value: Number(c.dbMs.toFixed(2)),
			unit: 'ms'
		});
	}
	result({
		bench: 'capacity',
		figure: 'saves/s one core carries (app + PostgreSQL on it)',
		value: Math.round(perCore(total(saves)))
	});
	result({
		bench: 'capacity',
		figure: `respondents/hour one core carries (${RESPONDENT.saves} taps + ${RESPONDENT.pages} pages)`,
		value: Math.round(respondentsPerHour(respondentMs.app + respondentMs.db))
	});
});
