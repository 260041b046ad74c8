import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's PostgreSQL binaries, if installed (they are on the project's machines). */
export function postgresBin(): string | null {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const version = readdirSync(root).sort().at(-1);
	return version && existsSync(join(root, version, 'bin/pg_ctl'))
		? join(root, version, 'bin')
		: null;
}

/**
 * A throw-away PostgreSQL server of our own on a free port, so a test may restart it without
 * disturbing the shared one. initdb refuses to run as root, so it runs as the postgres user.
 */
export class PrivatePostgres {
	readonly dir: string;
	private constructor(
		readonly bin: string,
		readonly port: number
	) {
		this.dir = mkdtempSync(join(tmpdir(), 'touchstone-pg-'));
		chmodSync(this.dir, 0o777);
	}

	static async start(port: number): Promise<PrivatePostgres> {
		const bin = postgresBin();
		if (!bin) throw new Error('PostgreSQL binaries not found');
		const pg = new PrivatePostgres(bin, port);
		const data = join(pg.dir, 'data');
		pg.asPostgres(['initdb', '-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
		pg.asPostgres([
			'pg_ctl',
			'-D',
			data,
			'-o',
			`-p ${port} -k ${pg.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
			'-w',
			'-l',
			join(pg.dir, 'log'),
			'start'
		]);
		return pg;
	}

	get url(): string {
		return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
	}

	private asPostgres(args: string[]): void {
		const [tool, ...rest] = args;
		const command = join(this.bin, tool!);
		if (process.getuid?.() === 0) {
			chownSync(
				this.dir,
				Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
				Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
			);
			execFileSync('runuser', ['-u', 'postgres', '--', command, ...rest], { stdio: 'pipe' });
		} else {
			execFileSync(command, rest, { stdio: 'pipe' });
		}
	}

	/** Stops the server (fast shutdown: open connections are cut), waits, and starts it again. */
	async restart(downForMs: number): Promise<void> {
		const data = join(this.dir, 'data');
		this.asPostgres(['pg_ctl', '-D', data, '-m', 'fast', '-w', 'stop']);
		await new Promise((r) => setTimeout(r, downForMs));
		this.asPostgres([
			'pg_ctl',
			'-D',
			data,
			'-o',
			`-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
			'-w',
			'-l',
			join(this.dir, 'log'),
			'start'
		]);
	}

	stop(): void {
		try {
			this.asPostgres(['pg_ctl', '-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
		} finally {
			rmSync(this.dir, { recursive: true, force: true });
		}
	}
}
