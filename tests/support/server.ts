import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import postgres from 'postgres';

export interface RunningServer {
	baseUrl: string;
	databaseUrl?: string;
	dataDir?: string;
	process: ChildProcess;
	/** Everything the server printed so far, for diagnosing a failure. */
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

/** A fresh database for a server under test: a new PostgreSQL database, or a new PGlite folder. */
export async function freshDatabase(): Promise<{
	env: Record<string, string>;
	databaseUrl?: string;
	dataDir?: string;
	cleanup(): Promise<void>;
}> {
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (adminUrl) {
		const name = `touchstone_e2e_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
		const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		await admin.end();
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		return {
			env: { DATABASE_URL: url.toString() },
			databaseUrl: url.toString(),
			cleanup: async () => {
				const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
				await again.unsafe(`drop database if exists ${name} with (force)`);
				await again.end();
			}
		};
	}
	const dataDir = await mkdtemp(join(tmpdir(), 'touchstone-e2e-'));
	const cleanup = async () => {
		await rm(dataDir, { recursive: true, force: true });
		await rm(`${dataDir}.key`, { force: true }); // the link key lives beside the data folder
	};
	return { env: { DATA_DIR: dataDir }, dataDir, cleanup };
}

/**
 * Starts the built app the way production does (`node server.js`, the entry `npm start` runs) and
 * waits until it answers. Without ORIGIN in `env` the app takes its origin from each request, as
 * after a plain `npm start`; pass ORIGIN to test the set-up behind a proxy.
 */
export async function startServer(
	env: Record<string, string>,
	port?: number
): Promise<RunningServer> {
	const listenPort = port ?? (await freePort());
	const baseUrl = `http://127.0.0.1:${listenPort}`;
	const child = spawn(process.execPath, ['server.js'], {
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
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`server exited with ${child.exitCode}:\n${output}`);
		try {
			const res = await fetch(`${baseUrl}/sign-in`);
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not start in 90 s:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		baseUrl,
		process: child,
		output: () => output,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
				child.once('exit', () => {
					clearTimeout(timer);
					resolve();
				});
				child.kill('SIGTERM');
			})
	};
}
