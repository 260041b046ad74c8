/**
 * Shared plumbing of the HTTP benchmarks (submissions, dashboard, lighthouse): a private copy of
 * the built app, fresh databases, servers on 127.0.0.1, the demo lead's session, and cleanup that
 * runs on success, on error and on SIGINT/SIGTERM.
 *
 * Everything started here is registered with `onCleanup` and undone by `main()` in reverse order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import { freePort } from '../../tests/support/server';
import { HttpClient } from '../../tests/support/http';
import { createCycle } from '../../tests/support/respond';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ADMIN_URL =
	process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEMO_LEAD = { email: 'lead@demo.touchstone.test', password: 'touchstone-demo' };
export type DbKind = 'postgres' | 'pglite';

// ---------------------------------------------------------------- cleanup

const cleanups: Array<{ label: string; fn: () => Promise<void> | void }> = [];
let cleaning: Promise<void> | undefined;

/** Registers an undo step; returns a function that runs it now (once) instead of at the end. */
export function onCleanup(label: string, fn: () => Promise<void> | void): () => Promise<void> {
	const entry = { label, fn };
	cleanups.push(entry);
	return async () => {
		const i = cleanups.indexOf(entry);
		if (i < 0) return;
		cleanups.splice(i, 1);
		await fn();
	};
}

async function runCleanups(): Promise<void> {
	cleaning ??= (async () => {
		while (cleanups.length > 0) {
			const { label, fn } = cleanups.pop()!;
			try {
				await fn();
			} catch (error) {
				console.error(`cleanup "${label}" failed: ${(error as Error).message}`);
			}
		}
	})();
	return cleaning;
}

// `on`, not `once`: a group kill and tsx's relay deliver the signal twice, and a second one
// without a handler would end the process before the databases are dropped.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (cleaning) return;
		console.error(`\n${signal}: stopping servers and dropping databases…`);
		void runCleanups().finally(() => process.exit(130));
	});
}

/** Runs a benchmark body, then every cleanup whatever happened; sets the exit code. */
export async function main(body: () => Promise<void>): Promise<void> {
	try {
		await body();
	} catch (error) {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exitCode = 1;
	} finally {
		await runCleanups();
	}
}

// ---------------------------------------------------------------- results

export interface BenchResult {
	bench: string;
	figure: string;
	value: number | string | null;
	unit?: string;
	budget?: string;
	pass?: boolean | null;
}

/** One machine-readable line per figure, collected by scripts/bench.js for its summary table. */
export function result(r: BenchResult): void {
	console.log(`BENCH_RESULT ${JSON.stringify(r)}`);
}

export const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile of an already sorted array. */
export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[
		Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
	]!;
}

// ---------------------------------------------------------------- the app

let snapshot: string | undefined;

/**
 * Copies build/ to bench/.app/<pid>/build so that another engineer's `vite build` (npm test
 * rebuilds build/) cannot swap files under a running server. Node still finds node_modules and
 * the project's package.json ("type": "module") by walking up from there.
 */
export async function appBuild(): Promise<string> {
	if (snapshot) return snapshot;
	const source = join(ROOT, 'build');
	const required = ['index.js', 'handler.js', 'server', 'client/_app/version.json'];
	const newest = (dir: string): number =>
		Math.max(
			0,
			...readdirSync(dir, { withFileTypes: true }).map((e) =>
				e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs
			)
		);
	// Someone may be rebuilding build/ right now (npm test does): wait until it is complete and quiet.
	const deadline = Date.now() + 180_000;
	for (let waited = false; ; waited = true) {
		const complete = required.every((f) => existsSync(join(source, f)));
		if (complete && Date.now() - newest(source) > 3_000) break;
		if (Date.now() > deadline)
			throw new Error(
				`build/ is missing or incomplete (${required.join(', ')}): run \`npx vite build\` first (scripts/bench.js does)`
			);
		if (!waited) console.log('build/ is being written (a concurrent vite build?): waiting for it…');
		await new Promise((r) => setTimeout(r, 2_000));
	}
	const dir = join(ROOT, 'bench', '.app', String(process.pid));
	rmSync(dir, { recursive: true, force: true });
	onCleanup('app snapshot', () => rmSync(dir, { recursive: true, force: true }));
	cpSync(source, join(dir, 'build'), { recursive: true });
	for (const f of required)
		if (!existsSync(join(dir, 'build', f)))
			throw new Error(`build/ changed while it was copied: run again`);
	snapshot = join(dir, 'build');
	return snapshot;
}

export interface FreshDb {
	kind: DbKind;
	env: Record<string, string>;
	databaseUrl?: string;
	dataDir?: string;
}

/** A new PostgreSQL database (dropped at the end) or a new PGlite folder (deleted at the end). */
export async function freshDatabase(kind: DbKind, tag: string): Promise<FreshDb> {
	if (kind === 'pglite') {
		const dataDir = mkdtempSync(join(tmpdir(), `touchstone-bench-${tag}-`));
		onCleanup(`PGlite folder ${dataDir}`, () => rmSync(dataDir, { recursive: true, force: true }));
		return { kind, env: { DATA_DIR: dataDir }, dataDir };
	}
	const name = `touchstone_bench_${tag}_${process.pid}`;
	const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
	try {
		await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await admin.unsafe(`CREATE DATABASE ${name}`);
	} finally {
		await admin.end();
	}
	onCleanup(`database ${name}`, async () => {
		const again = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 10 });
		try {
			await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		} finally {
			await again.end();
		}
	});
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	return { kind, env: { DATABASE_URL: url.toString() }, databaseUrl: url.toString() };
}

export interface Server {
	baseUrl: string;
	process: ChildProcess;
	output(): string;
	stop(): Promise<void>;
}

function stopChild(child: ChildProcess): Promise<void> {
	return new Promise<void>((done) => {
		if (child.exitCode !== null || child.signalCode !== null) return done();
		const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
		child.once('exit', () => {
			clearTimeout(timer);
			done();
		});
		child.kill('SIGTERM');
	});
}

/** Spawns `node <dir>` (an adapter-node build) on a free port of 127.0.0.1 and waits until `probe` answers 200. */
export async function startNodeServer(
	dir: string,
	env: Record<string, string>,
	probe = '/',
	label = 'server'
): Promise<Server> {
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [dir], {
		cwd: ROOT,
		env: {
			...process.env,
			DATABASE_URL: '',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseUrl,
			NODE_ENV: 'production',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output = (output + d).slice(-20_000)));
	child.stderr!.on('data', (d) => (output = (output + d).slice(-20_000)));
	const stop = onCleanup(`${label} on ${baseUrl}`, () => stopChild(child));
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) {
			await stop();
			throw new Error(`${label} exited with ${child.exitCode}:\n${output}`);
		}
		try {
			const res = await fetch(baseUrl + probe, { signal: AbortSignal.timeout(5_000) });
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`${label} did not answer in 120 s:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return { baseUrl, process: child, output: () => output, stop };
}

/** The Touchstone app (private build copy) on a database; migrates and seeds the demo at start. */
export async function startApp(
	db: FreshDb,
	extraEnv: Record<string, string> = {}
): Promise<Server> {
	return startNodeServer(
		await appBuild(),
		{ SEED_DEMO: 'true', ...db.env, ...extraEnv },
		'/sign-in',
		`Touchstone (${db.kind})`
	);
}

/** Signs in as the demo organisation's lead; returns the client and the organisation id. */
export async function signInDemoLead(
	baseUrl: string
): Promise<{ lead: HttpClient; orgId: string }> {
	const lead = new HttpClient(baseUrl);
	await lead.signIn(DEMO_LEAD.email, DEMO_LEAD.password);
	const home = await lead.get('/');
	const orgId = /\/o\/([0-9a-f-]{36})/.exec(
		home.headers.get('location') ?? (await home.text())
	)?.[1];
	if (!orgId) throw new Error(`no organisation for the demo lead (GET / answered ${home.status})`);
	return { lead, orgId };
}

/** Creates a cycle through the lead's form (tests/support/respond.ts) and opens it. */
export async function createOpenCycle(
	lead: HttpClient,
	orgId: string,
	name: string,
	groups: string[]
): Promise<string> {
	const cycleId = await createCycle(lead, orgId, name, groups);
	const opened = await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {});
	if (opened.status !== 200) throw new Error(`opening the cycle: ${opened.status}`);
	return cycleId;
}
