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
		readonly port: number,
		private readonly settings: string
	) {
		this.dir = mkdtempSync(join(tmpdir(), 'touchstone-pg-'));
		chmodSync(this.dir, 0o777);
	}

	static async start(
		port: number,
		/** Extra server settings, e.g. `-c log_statement=all`. */
		settings = ''
	): Promise<PrivatePostgres> {
		const bin = postgresBin();
		if (!bin) throw new Error('PostgreSQL binaries not found');
		const pg = new PrivatePostgres(bin, port, settings);
		pg.asPostgres(['initdb', '-D', pg.data, '-U', 'postgres', '--auth=trust', '--no-sync']);
		pg.startServer();
		return pg;
	}

	/**
	 * A hot-standby streaming replica of `primary`, made with pg_basebackup (-R writes the
	 * connection to the primary and standby.signal), on its own port.
	 */
	static async replicaOf(
		primary: PrivatePostgres,
		port: number,
		settings = ''
	): Promise<PrivatePostgres> {
		const pg = new PrivatePostgres(primary.bin, port, settings);
		pg.asPostgres([
			'pg_basebackup',
			'-h',
			'127.0.0.1',
			'-p',
			String(primary.port),
			'-U',
			'postgres',
			'-D',
			pg.data,
			'-R',
			'-X',
			'stream',
			'--checkpoint=fast',
			'--no-sync'
		]);
		pg.startServer();
		return pg;
	}

	private get data(): string {
		return join(this.dir, 'data');
	}

	private startServer(): void {
		this.asPostgres([
			'pg_ctl',
			'-D',
			this.data,
			'-o',
			`-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off ${this.settings}`,
			'-w',
			'-l',
			this.logFile,
			'start'
		]);
	}

	/** The server's log (what log_statement and the like write). */
	get logFile(): string {
		return join(this.dir, 'log');
	}

	get url(): string {
		return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
	}

	/** Runs one of the server's tools (as the postgres user when this process is root). */
	asPostgres(args: string[]): void {
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
		this.asPostgres(['pg_ctl', '-D', this.data, '-m', 'fast', '-w', 'stop']);
		await new Promise((r) => setTimeout(r, downForMs));
		this.startServer();
	}

	stop(): void {
		try {
			this.asPostgres(['pg_ctl', '-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
		} finally {
			rmSync(this.dir, { recursive: true, force: true });
		}
	}
}
