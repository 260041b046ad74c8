import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { appendFileSync } from 'node:fs';
import postgres from 'postgres';
import { registerLinkSource } from './account-links';

export interface RunningServer {
	baseUrl: string;
	databaseUrl?: string;
	dataDir?: string;
	process: ChildProcess;
	/** What the server printed so far (its last megabyte), for diagnosing a failure. */
	output(): string;
	stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

export interface FreshDatabase {
	/** What a server needs to use it: DATABASE_URL or DATA_DIR. */
	env: Record<string, string>;
	databaseUrl?: string;
	dataDir?: string;
	/** Drops the database, or deletes the PGlite folder and its link key. */
	cleanup(): Promise<void>;
}

/**
 * A fresh database for a server under test or a bench: a new PostgreSQL database created through
 * `postgresUrl` (default TEST_DATABASE_URL), or a new PGlite folder when there is none (or it is
 * null). `tag` goes into the name, to tell whose it is.
 */
export async function freshDatabase(
	options: { postgresUrl?: string | null; tag?: string } = {}
): Promise<FreshDatabase> {
	const adminUrl =
		options.postgresUrl === undefined ? process.env.TEST_DATABASE_URL || null : options.postgresUrl;
	const tag = options.tag ?? 'e2e';
	if (adminUrl) {
		const name = `touchstone_${tag.replace(/\W/g, '_')}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
		const connect = () => postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
		const admin = connect();
		try {
			await admin.unsafe(`create database ${name}`);
		} finally {
			await admin.end();
		}
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		return {
			env: { DATABASE_URL: url.toString() },
			databaseUrl: url.toString(),
			cleanup: async () => {
				const again = connect();
				try {
					await again.unsafe(`drop database if exists ${name} with (force)`);
				} finally {
					await again.end();
				}
			}
		};
	}
	const dataDir = await mkdtemp(join(tmpdir(), `touchstone-${tag}-`));
	const cleanup = async () => {
		await rm(dataDir, { recursive: true, force: true });
		await rm(`${dataDir}.key`, { force: true }); // the link key lives beside the data folder
	};
	return { env: { DATA_DIR: dataDir }, dataDir, cleanup };
}

export interface StartOptions {
	/** The port to listen on (to start a server again at the same address); default a free one. */
	port?: number;
	/**
	 * The script node runs: the project's server.js by default, the production entry `npm start`
	 * runs (it loads the build/ beside it). A bench passes its private copy, or an adapter-node
	 * build folder of another app.
	 */
	entry?: string;
	/** The folder it runs in (migrations are read from ./drizzle); default this process's. */
	cwd?: string;
	/** The path that answers 200 once the server is up. */
	probe?: string;
	/** What to call the server in errors. */
	label?: string;
	/** A file to append the server's output to as well (the shared server's: read by other workers). */
	logFile?: string;
	startTimeoutMs?: number;
}

const OUTPUT_KEPT = 1_000_000;

/**
 * Starts the built app the way production does (`node server.js`) and waits until it answers.
 * Without ORIGIN in `env` the app takes its origin from each request, as after a plain
 * `npm start`; pass ORIGIN to test the set-up behind a proxy. The server does not outlive the
 * process that started it.
 */
export async function startServer(
	env: Record<string, string>,
	options: StartOptions = {}
): Promise<RunningServer> {
	const {
		entry = 'server.js',
		probe = '/sign-in',
		label = 'server',
		startTimeoutMs = 90_000
	} = options;
	const listenPort = options.port ?? (await freePort());
	const baseUrl = `http://127.0.0.1:${listenPort}`;
	const child = spawn(process.execPath, [entry], {
		cwd: options.cwd,
		env: {
			...process.env,
			DATABASE_URL: '',
			ORIGIN: '',
			PROTOCOL_HEADER: '',
			PORT: String(listenPort),
			HOST: '127.0.0.1',
			NODE_ENV: 'production',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	child.once('exit', () => process.off('exit', killOnExit));
	let output = '';
	const keep = (d: Buffer) => {
		if (options.logFile) appendFileSync(options.logFile, d);
		output += d;
		if (output.length > 2 * OUTPUT_KEPT) output = output.slice(-OUTPUT_KEPT);
	};
	child.stdout!.on('data', keep);
	child.stderr!.on('data', keep);
	const deadline = Date.now() + startTimeoutMs;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`${label} exited with ${child.exitCode}:\n${output.slice(-OUTPUT_KEPT)}`);
		try {
			const res = await fetch(`${baseUrl}${probe}`, { signal: AbortSignal.timeout(5_000) });
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(
				`${label} did not start in ${startTimeoutMs / 1000} s:\n${output.slice(-OUTPUT_KEPT)}`
			);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	// Account links (verification, reset) are printed for the operator without SMTP: tests read them here.
	registerLinkSource(baseUrl, () => output);
	return {
		baseUrl,
		process: child,
		output: () => output.slice(-OUTPUT_KEPT),
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
				child.once('exit', () => {
					clearTimeout(timer);
					resolve();
				});
				child.kill('SIGTERM');
			})
	};
}
