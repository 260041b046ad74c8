/**
 * Shared plumbing of the HTTP benchmarks (submissions, dashboard, lighthouse): a private copy of
 * the built app, fresh databases and servers started by the tests' own support code
 * (tests/support/server.ts), the demo lead's session, and cleanup that runs on success, on error
 * and on SIGINT/SIGTERM. Results are printed with bench/support/results.ts.
 *
 * Everything started here is registered with `onCleanup` and undone by `main()` in reverse order.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	freePort,
	freshDatabase,
	startServer,
	type FreshDatabase,
	type RunningServer,
	type StartOptions
} from '../../tests/support/server';
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

// ---------------------------------------------------------------- the app

const BARE = join(ROOT, 'bench', 'bare');

/**
 * Builds bench/bare (a bare SvelteKit app: the page bench/lighthouse.ts compares with, the one-upsert
 * endpoint bench/submissions.ts compares with) when its build is missing or older than its sources.
 */
export async function bareBuild(): Promise<string> {
	const out = join(BARE, 'build');
	const newest = (dir: string): number =>
		Math.max(
			0,
			...readdirSync(dir, { withFileTypes: true }).map((e) =>
				e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs
			)
		);
	const sources = Math.max(
		newest(join(BARE, 'src')),
		...['svelte.config.js', 'vite.config.js'].map((f) => statSync(join(BARE, f)).mtimeMs)
	);
	if (existsSync(join(out, 'handler.js')) && statSync(join(out, 'handler.js')).mtimeMs > sources)
		return out;
	console.log('building bench/bare (bare SvelteKit page)…');
	// The project's tsconfig (which vite reads for bench/bare too) extends .svelte-kit/tsconfig.json,
	// which a fresh checkout has only after `svelte-kit sync`.
	if (!existsSync(join(ROOT, '.svelte-kit', 'tsconfig.json')))
		execFileSync(
			process.execPath,
			[join(ROOT, 'node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'],
			{
				cwd: ROOT,
				stdio: 'inherit'
			}
		);
	await new Promise<void>((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
			{ cwd: BARE, stdio: 'inherit' }
		);
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`bench/bare build failed with ${code}`))
		);
	});
	return out;
}

let snapshot: string | undefined;

/**
 * Copies server.js and build/ to bench/.app/<pid>/ so that another engineer's `vite build` (npm
 * test rebuilds build/) cannot swap files under a running server; returns that folder. Node still
 * finds node_modules and the project's package.json ("type": "module") by walking up from there.
 */
export async function appSnapshot(): Promise<string> {
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
	cpSync(join(ROOT, 'server.js'), join(dir, 'server.js'));
	for (const f of required)
		if (!existsSync(join(dir, 'build', f)))
			throw new Error(`build/ changed while it was copied: run again`);
	snapshot = dir;
	return snapshot;
}

export type BenchDatabase = FreshDatabase & { kind: DbKind };

/** A new PostgreSQL database on ADMIN_URL or a new PGlite folder (tests/support/server.ts), removed at the end. */
export async function benchDatabase(kind: DbKind, tag: string): Promise<BenchDatabase> {
	const db = await freshDatabase({
		postgresUrl: kind === 'postgres' ? ADMIN_URL : null,
		tag: `bench-${tag}`
	});
	onCleanup(
		db.databaseUrl
			? `database ${new URL(db.databaseUrl).pathname.slice(1)}`
			: `folder ${db.dataDir}`,
		db.cleanup
	);
	return { ...db, kind };
}

/**
 * A server started by tests/support/server.ts from the project folder, with ORIGIN set to its
 * own address, given more time to start on a busy machine, and stopped by the cleanup.
 */
export async function startBenchServer(
	env: Record<string, string>,
	options: StartOptions & { label: string }
): Promise<RunningServer> {
	const port = await freePort();
	const server = await startServer(
		{ ORIGIN: `http://127.0.0.1:${port}`, ...env },
		{ cwd: ROOT, startTimeoutMs: 120_000, ...options, port }
	);
	const stop = onCleanup(`${options.label} on ${server.baseUrl}`, server.stop);
	return { ...server, stop };
}

/** The Touchstone app (private copy, through its server.js) on a database; migrates and seeds the demo at start. */
export async function startApp(
	db: BenchDatabase,
	extraEnv: Record<string, string> = {}
): Promise<RunningServer> {
	return startBenchServer(
		{ SEED_DEMO: 'true', ...db.env, ...extraEnv },
		{ entry: join(await appSnapshot(), 'server.js'), label: `Touchstone (${db.kind})` }
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
	groups: string[],
	/** The built-in questionnaire version (1 unless a bench needs another). */
	version = 1
): Promise<string> {
	const cycleId = await createCycle(lead, orgId, name, groups, {}, {}, version);
	const opened = await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {});
	if (opened.status !== 200) throw new Error(`opening the cycle: ${opened.status}`);
	return cycleId;
}
