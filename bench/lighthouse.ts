/**
 * Respondent pages on a phone: Lighthouse (mobile defaults: Moto G Power emulation, simulated
 * slow 4G, 4× CPU slowdown; performance category only) in Debian's chromium, on
 *   - the landing page, the first section page and the review page of a real survey link (the built app on a fresh
 *     database, cycle and anonymous link made through the lead's routes), and
 *   - the same section page for a respondent whose browser asks for Spanish (Accept-Language: es,
 *     issue 17: every language keeps the budgets),
 *   - a bare SvelteKit 2 page with a 5-question form (bench/bare, built with this project's
 *     vite/svelte/kit and served by adapter-node) for comparison, and
 *   - the demo's closed cycle's dashboard as its board member opens it on a phone (issue 18.4).
 * Each page is measured RUNS times (5 by default); the median is kept.
 *
 * Budgets for the respondent pages (issue 18.4): performance ≥ 0.95; LCP ≤ 1.15 × the bare page's
 * LCP in the same run; JavaScript ≤ 42 KB as transferred (gzip over http, headers included);
 * chart.js not loaded (no script the page loads contains chart.js code — found by its `_chartjs`
 * marker). The board member's dashboard: LCP ≤ 2,500 ms.
 *
 *   npm run bench:lighthouse
 *   BENCH_RUNS=1  BENCH_DB=pglite  CHROME_PATH=/usr/bin/chromium  BENCH_LH_OUT=/tmp/lh (writes the reports)
 *   BENCH_PAGES=bare,dashboard (only these pages: bare, landing, section, section-es, review, dashboard)
 *
 * Lighthouse 12.8 is used: Lighthouse 13 declares engines node >= 22.19 and this project runs on Node 20.
 */
import { spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../tests/support/browser';
import { HttpClient } from '../tests/support/http';
import { anonymousLinks } from '../tests/support/respond';
import { cycleIdByName, demo } from '../tests/support/security';
import { freePort } from '../tests/support/server';
import {
	appSnapshot,
	bareBuild,
	benchDatabase,
	createOpenCycle,
	main,
	onCleanup,
	signInDemoLead,
	startApp,
	startBenchServer,
	type DbKind
} from './support/app';
import { load, median, result } from './support/results';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DB = (process.env.BENCH_DB ?? 'postgres') as DbKind;
const CHROME = process.env.CHROME_PATH || chromiumPath;
const BUDGET = { score: 0.95, lcpFactor: 1.15, jsBytes: 42 * 1024, dashboardLcp: 2500 };
const CHART_MARKER = '_chartjs';

/** Debian chromium with a remote-debugging port, for Lighthouse to drive; killed at the end. */
async function launchChromium(): Promise<number> {
	if (!existsSync(CHROME))
		throw new Error(`${CHROME} not found: apt-get install -y chromium, or set CHROME_PATH`);
	const port = await freePort();
	const profile = mkdtempSync(join(tmpdir(), 'touchstone-bench-chromium-'));
	const child = spawn(
		CHROME,
		[
			...chromiumArgs,
			`--remote-debugging-port=${port}`,
			'--remote-debugging-address=127.0.0.1',
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		{
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
	onCleanup('chromium profile', () => rmSync(profile, { recursive: true, force: true }));
	onCleanup(
		'chromium',
		() =>
			new Promise<void>((done) => {
				if (child.exitCode !== null || child.signalCode !== null) return done();
				const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
				child.once('exit', () => (clearTimeout(timer), done()));
				child.kill('SIGTERM');
			})
	);
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`chromium exited with ${child.exitCode}: ${stderr}`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return port;
		} catch {
			// not yet
		}
		if (Date.now() > deadline)
			throw new Error(`chromium did not open its debugging port in 30 s: ${stderr}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

interface Measure {
	score: number;
	lcp: number;
	fcp: number;
	tbt: number;
	jsTransfer: number;
	jsGzipBodies: number;
	jsResource: number;
	scripts: string[];
	chartScripts: string[];
}

interface NetworkItem {
	url: string;
	resourceType?: string;
	transferSize?: number;
	resourceSize?: number;
}

/** Reads a loaded script back from the build folder it was served from (to look for chart.js, and its .gz size). */
function scriptFile(clientDir: string, url: string): string | null {
	const path = new URL(url).pathname;
	const file = join(clientDir, decodeURIComponent(path));
	return file.startsWith(clientDir) && existsSync(file) ? file : null;
}

async function measure(
	port: number,
	url: string,
	clientDir: string,
	label: string,
	run: number,
	extraHeaders?: Record<string, string>
): Promise<Measure> {
	const runner = await lighthouse(url, {
		port,
		logLevel: 'error',
		output: 'json',
		onlyCategories: ['performance'],
		...(extraHeaders ? { extraHeaders } : {})
	});
	if (!runner) throw new Error(`lighthouse returned nothing for ${url}`);
	const lhr = runner.lhr;
	if (lhr.runtimeError)
		throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	if (process.env.BENCH_LH_OUT) {
		mkdirSync(process.env.BENCH_LH_OUT, { recursive: true });
		writeFileSync(join(process.env.BENCH_LH_OUT, `${label}-${run}.json`), runner.report as string);
	}
	const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)
		?.items ?? []) as NetworkItem[];
	const scripts = items.filter((i) => i.resourceType === 'Script');
	const chartScripts: string[] = [];
	let gz = 0;
	for (const s of scripts) {
		const file = scriptFile(clientDir, s.url);
		if (!file) continue;
		if (readFileSync(file, 'utf8').includes(CHART_MARKER))
			chartScripts.push(new URL(s.url).pathname);
		if (existsSync(`${file}.gz`)) gz += statSync(`${file}.gz`).size;
	}
	const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		score: lhr.categories.performance?.score ?? NaN,
		lcp: audit('largest-contentful-paint'),
		fcp: audit('first-contentful-paint'),
		tbt: audit('total-blocking-time'),
		jsTransfer: scripts.reduce((n, s) => n + (s.transferSize ?? 0), 0),
		jsGzipBodies: gz,
		jsResource: scripts.reduce((n, s) => n + (s.resourceSize ?? 0), 0),
		scripts: scripts.map((s) => new URL(s.url).pathname),
		chartScripts
	};
}

/** Client chunks of the app that contain chart.js: to show that the check would catch it. */
function chartChunks(clientDir: string): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.js') && readFileSync(p, 'utf8').includes(CHART_MARKER))
				found.push(p.slice(clientDir.length));
		}
	};
	walk(clientDir);
	return found;
}

await main(async () => {
	console.log(
		`lighthouse bench: mobile defaults, performance only, median of ${RUNS} per page, app on ${DB} (load ${load()})`
	);
	const bareDir = await bareBuild();
	const appClient = join(await appSnapshot(), 'build', 'client');
	const chunks = chartChunks(appClient);
	console.log(
		`app build: ${chunks.length} client chunk(s) contain chart.js (${chunks.join(', ') || 'none'})`
	);

	const db = await benchDatabase(DB, 'lh');
	const app = await startApp(db);
	const bare = await startBenchServer(
		{},
		{ entry: bareDir, probe: '/', label: 'bare SvelteKit page' }
	);
	const { lead, orgId } = await signInDemoLead(app.baseUrl);
	// Version 2: routed sections and the "not my area" answer, as respondents now see them.
	const cycleId = await createOpenCycle(lead, orgId, 'Lighthouse bench', ['sales', 'service'], 2);
	const [link] = await anonymousLinks(lead, orgId, cycleId, 'sales', 1);
	if (!link) throw new Error('no anonymous link issued');
	const token = link.split('/s/')[1]!;
	// The board member, signed in: her session cookie travels with Lighthouse's requests.
	const board = new HttpClient(app.baseUrl);
	await board.signIn(demo.board, demo.password);
	const session = board.cookie('touchstone_session');
	if (!session) throw new Error('the demo board member could not sign in');
	const closedCycle = await cycleIdByName(lead, orgId, 'Spring 2026');
	const port = await launchChromium();

	interface BenchPage {
		key: string;
		label: string;
		url: string;
		client: string;
		headers?: Record<string, string>;
	}
	const pages: BenchPage[] = [
		{
			key: 'bare',
			label: 'bare SvelteKit',
			url: `${bare.baseUrl}/`,
			client: join(bareDir, 'client')
		},
		{
			key: 'landing',
			label: 'survey landing',
			url: `${app.baseUrl}/s/${token}`,
			client: appClient
		},
		{
			key: 'section',
			label: 'survey section 1',
			url: `${app.baseUrl}/s/${token}/1`,
			client: appClient
		},
		{
			key: 'section-es',
			label: 'section 1, Spanish',
			url: `${app.baseUrl}/s/${token}/1`,
			client: appClient,
			headers: { 'Accept-Language': 'es-ES,es;q=0.9' }
		},
		{
			key: 'review',
			label: 'survey review',
			url: `${app.baseUrl}/s/${token}/review`,
			client: appClient
		},
		{
			key: 'dashboard',
			label: 'board dashboard',
			url: `${app.baseUrl}/o/${orgId}/cycles/${closedCycle}/dashboard`,
			client: appClient,
			headers: { Cookie: `touchstone_session=${session}` }
		}
	] satisfies {
		key: string;
		label: string;
		url: string;
		client: string;
		headers?: Record<string, string>;
	}[];
	const only = process.env.BENCH_PAGES?.split(',').map((k) => k.trim());
	// The bare page stays: every respondent budget is a ratio to it.
	if (only)
		pages.splice(0, pages.length, ...pages.filter((p) => p.key === 'bare' || only.includes(p.key)));
	const results: Record<string, Measure> = {};
	for (const page of pages) {
		const runs: Measure[] = [];
		for (let i = 0; i < RUNS; i++) {
			const m = await measure(port, page.url, page.client, page.key, i + 1, page.headers);
			runs.push(m);
			console.log(
				`  ${page.label.padEnd(17)} run ${i + 1}: score ${m.score.toFixed(2)}, LCP ${m.lcp.toFixed(0)} ms, FCP ${m.fcp.toFixed(0)} ms, TBT ${m.tbt.toFixed(0)} ms, JS ${(m.jsTransfer / 1024).toFixed(1)} KB (${m.scripts.length} files)  (load ${load()})`
			);
		}
		const mid = (f: (m: Measure) => number) => median(runs.map(f));
		results[page.key] = {
			...runs[0]!,
			score: mid((m) => m.score),
			lcp: mid((m) => m.lcp),
			fcp: mid((m) => m.fcp),
			tbt: mid((m) => m.tbt),
			jsTransfer: Math.max(...runs.map((m) => m.jsTransfer)),
			jsGzipBodies: Math.max(...runs.map((m) => m.jsGzipBodies)),
			jsResource: Math.max(...runs.map((m) => m.jsResource)),
			chartScripts: [...new Set(runs.flatMap((m) => m.chartScripts))]
		};
	}

	const b = results.bare!;
	const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
	const col = (s: string) => s.padStart(18);
	console.log('');
	console.log(
		`${'median of ' + RUNS + ' runs'.padEnd(20)}${pages.map((p) => col(p.label)).join('')}`
	);
	const row = (name: string, f: (m: Measure) => string) =>
		console.log(`${name.padEnd(30)}${pages.map((p) => col(f(results[p.key]!))).join('')}`);
	row('performance score', (m) => m.score.toFixed(2));
	row('LCP', (m) => `${m.lcp.toFixed(0)} ms`);
	row('FCP', (m) => `${m.fcp.toFixed(0)} ms`);
	row('TBT', (m) => `${m.tbt.toFixed(0)} ms`);
	row('JS transferred (gzip+headers)', (m) => kb(m.jsTransfer));
	row('JS gzip bodies (.gz files)', (m) => kb(m.jsGzipBodies));
	row('JS uncompressed', (m) => kb(m.jsResource));
	row('script files', (m) => String(m.scripts.length));
	row('chart.js loaded', (m) => (m.chartScripts.length ? `YES ${m.chartScripts.join(',')}` : 'no'));
	console.log('');

	result({
		bench: 'lighthouse',
		figure: 'bare SvelteKit page: score / LCP / JS',
		value: `${b.score.toFixed(2)} / ${b.lcp.toFixed(0)} ms / ${kb(b.jsTransfer)}`
	});
	let ok = true;
	for (const page of pages.slice(1)) {
		const m = results[page.key]!;
		const lcpLimit = b.lcp * BUDGET.lcpFactor;
		const checks =
			page.key === 'dashboard'
				? [
						{
							figure: `${page.label}: LCP`,
							value: Math.round(m.lcp),
							unit: 'ms',
							budget: `<= ${BUDGET.dashboardLcp} ms`,
							pass: m.lcp <= BUDGET.dashboardLcp
						},
						{
							figure: `${page.label}: JS transferred`,
							value: Number((m.jsTransfer / 1024).toFixed(1)),
							unit: 'KB',
							budget: 'reported',
							pass: true
						}
					]
				: [
						{
							figure: `${page.label}: performance score`,
							value: m.score.toFixed(2),
							budget: `>= ${BUDGET.score}`,
							pass: m.score >= BUDGET.score
						},
						{
							figure: `${page.label}: LCP`,
							value: Math.round(m.lcp),
							unit: 'ms',
							floor: `${b.lcp.toFixed(0)} ms (bare page)`,
							ratio: Number((m.lcp / b.lcp).toFixed(2)),
							budget: `<= ${lcpLimit.toFixed(0)} ms (bare ${b.lcp.toFixed(0)} +15%; ratio ${(m.lcp / b.lcp).toFixed(2)}×)`,
							pass: m.lcp <= lcpLimit
						},
						{
							figure: `${page.label}: JS transferred`,
							value: Number((m.jsTransfer / 1024).toFixed(1)),
							unit: 'KB',
							budget: '<= 42 KB',
							pass: m.jsTransfer <= BUDGET.jsBytes
						},
						{
							figure: `${page.label}: chart.js not loaded`,
							value: m.chartScripts.length ? 'loaded' : 'not loaded',
							budget: 'not loaded',
							pass: m.chartScripts.length === 0
						}
					];
		for (const c of checks) {
			console.log(
				`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.figure.padEnd(40)} ${String(c.value)}${c.unit ? ' ' + c.unit : ''}   budget ${c.budget}`
			);
			result({ bench: 'lighthouse', ...c });
			ok &&= c.pass;
		}
	}
	if (!ok) process.exitCode = 1;
});
