#!/usr/bin/env node
// Runs every benchmark in order and prints a summary of all figures against their budgets.
//
//   npm run bench                          all: submissions, dashboard, report, lighthouse, scoring, capacity
//   node scripts/bench.js dashboard report  some of them
//   BENCH_BUILD=1 npm run bench            rebuild build/ first (otherwise only when it is missing)
//   BENCH_TIMEOUT=900                      seconds one benchmark may take before it is stopped
//
// Each benchmark is a separate `tsx bench/<name>.ts` process (also runnable alone: npm run
// bench:<name>). A failing one does not stop the others. Every benchmark prints its figures as
// `BENCH_RESULT {json}` lines (bench/support/results.ts), the one format read here; other output is
// passed through. The summary shows each figure with the floor it was measured against in the same
// run, the ratio to it, its budget and PASS/FAIL. A benchmark that overruns gets SIGTERM (it then stops its servers and drops its
// databases), SIGKILL 30 s later.
// Exit status: 1 when a benchmark failed or a budget was missed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT ?? 900) * 1000;
const RESULT = 'BENCH_RESULT ';

const benches = [
	{ name: 'submissions', what: '(a) survey submissions, autocannon, PostgreSQL (+ PGlite ratio)' },
	{ name: 'dashboard', what: '(b) dashboard of a 5,000-respondent cycle' },
	{ name: 'report', what: '(c) PDF report layout + render' },
	{ name: 'lighthouse', what: '(d) respondent pages on a phone, Lighthouse' },
	{ name: 'scoring', what: '(e) scoring 5,000 × 70 on PGlite and PostgreSQL' },
	{ name: 'capacity', what: '(f) CPU per save, page, dashboard and report: the capacity model' }
];

const uptime = () => {
	const u = spawnSync('uptime', { encoding: 'utf8' });
	return u.status === 0
		? u.stdout.trim()
		: `load average: ${loadavg()
				.map((l) => l.toFixed(2))
				.join(', ')}`;
};

let current; // the running benchmark's child process
let interrupted = false;

function stopGroup(child, signal) {
	try {
		process.kill(-child.pid, signal); // its own process group: tsx, node, servers it started, chromium
	} catch {
		// already gone
	}
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		interrupted = true;
		console.error(`\n${signal}: stopping the running benchmark (it cleans up after itself)…`);
		if (current) stopGroup(current, 'SIGTERM');
	});
}

function runBench(name) {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn(tsx, [join('bench', `${name}.ts`)], {
			cwd: root,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: process.env
		});
		current = child;
		const results = [];
		/** Passes one output stream through line by line, keeping its BENCH_RESULT lines for the summary. */
		const lines = (stream) => {
			let pending = '';
			const line = (text) => {
				if (text.startsWith(RESULT)) {
					try {
						results.push(JSON.parse(text.slice(RESULT.length)));
						return;
					} catch {
						// not JSON: shown as it is
					}
				}
				stream.write(text + '\n');
			};
			return {
				data(chunk) {
					const parts = (pending + chunk.toString()).split('\n');
					pending = parts.pop() ?? '';
					parts.forEach(line);
				},
				end() {
					if (pending) line(pending);
					pending = '';
				}
			};
		};
		const stdout = lines(process.stdout);
		const stderr = lines(process.stderr);
		child.stdout.on('data', stdout.data);
		child.stderr.on('data', stderr.data);
		let timedOut = false;
		let killer;
		const timer = setTimeout(() => {
			timedOut = true;
			console.error(`\n${name}: still running after ${TIMEOUT_MS / 1000} s: stopping it`);
			stopGroup(child, 'SIGTERM');
			killer = setTimeout(() => stopGroup(child, 'SIGKILL'), 30_000);
		}, TIMEOUT_MS);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			clearTimeout(killer);
			current = undefined;
			stdout.end();
			stderr.end();
			resolve({
				name,
				code: code ?? (signal ? 128 : 1),
				signal,
				timedOut,
				seconds: (Date.now() - started) / 1000,
				results
			});
		});
	});
}

console.log(
	`Touchstone benchmarks — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} cores`
);
console.log(`start: ${uptime()}`);

if (process.env.BENCH_BUILD === '1' || !existsSync(join(root, 'build', 'index.js'))) {
	console.log('\nbuilding the app (npx vite build)…');
	const built = spawnSync(
		process.execPath,
		[join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
		{ cwd: root, stdio: 'inherit' }
	);
	if (built.status !== 0) {
		console.error('the build failed: the benchmarks that serve the app will fail too');
	}
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !benches.some((b) => b.name === w));
if (unknown.length > 0) {
	console.error(
		`unknown benchmark(s): ${unknown.join(', ')}; known: ${benches.map((b) => b.name).join(', ')}`
	);
	process.exit(2);
}
const runs = [];
for (const bench of benches.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
	if (interrupted) break;
	console.log(`\n━━━ ${bench.name}: ${bench.what} — ${uptime()}`);
	runs.push(await runBench(bench.name));
}

// ------------------------------------------------------------------ summary
const rows = runs.flatMap((r) => r.results);
const fmt = (v, unit) =>
	v === null || v === undefined
		? '—'
		: `${v}${unit && unit !== '×' ? ' ' + unit : unit === '×' ? '×' : ''}`;
const table = [
	['bench', 'figure', 'value', 'floor', 'ratio', 'budget', 'result'],
	...rows.map((r) => [
		r.bench,
		r.figure,
		fmt(r.value, r.unit),
		r.floor ?? '',
		typeof r.ratio === 'number' ? `${r.ratio.toFixed(2)}×` : '',
		r.budget ?? '',
		r.pass === true ? 'PASS' : r.pass === false ? 'FAIL' : ''
	])
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
console.log('\n══════════ Summary ══════════');
for (const [i, row] of table.entries()) {
	console.log(
		row
			.map((cell, j) => String(cell).padEnd(widths[j]))
			.join('  ')
			.trimEnd()
	);
	if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
}
console.log('');
for (const r of runs) {
	const failedBudgets = r.results.filter((x) => x.pass === false).length;
	const status = r.timedOut
		? `stopped after ${TIMEOUT_MS / 1000} s`
		: r.code === 0
			? 'ok'
			: failedBudgets > 0
				? `exit ${r.code} (${failedBudgets} budget(s) missed)`
				: `FAILED (exit ${r.code}${r.signal ? ', ' + r.signal : ''})`;
	console.log(
		`  ${r.name.padEnd(12)} ${r.seconds.toFixed(0).padStart(4)} s   ${status}${r.results.length === 0 ? '   — no figures' : ''}`
	);
}
console.log(`end: ${uptime()}`);
const failed =
	runs.some((r) => r.code !== 0 || r.results.some((x) => x.pass === false)) || interrupted;
process.exit(failed ? 1 : 0);
