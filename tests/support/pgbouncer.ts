import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';

/** Debian's pgbouncer (`apt-get install pgbouncer`), if installed. */
export function pgbouncerBin(): string | null {
	return ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => existsSync(p)) ?? null;
}

/**
 * A PgBouncer of our own in transaction mode, in front of one PostgreSQL server on loopback. It
 * refuses to run as root, so under root it runs as the postgres user.
 */
export class PgBouncer {
	private constructor(
		readonly port: number,
		private readonly dir: string,
		private readonly child: ChildProcess,
		private readonly output: () => string
	) {}

	static async start(port: number, target: { port: number }): Promise<PgBouncer> {
		const bin = pgbouncerBin();
		if (!bin) throw new Error('pgbouncer not found');
		const dir = mkdtempSync(join(tmpdir(), 'touchstone-pgbouncer-'));
		chmodSync(dir, 0o777);
		writeFileSync(join(dir, 'userlist.txt'), '"postgres" ""\n');
		writeFileSync(
			join(dir, 'pgbouncer.ini'),
			[
				'[databases]',
				`* = host=127.0.0.1 port=${target.port}`,
				'[pgbouncer]',
				'listen_addr = 127.0.0.1',
				`listen_port = ${port}`,
				'unix_socket_dir =',
				'auth_type = trust',
				`auth_file = ${join(dir, 'userlist.txt')}`,
				'pool_mode = transaction',
				'max_client_conn = 1000',
				'default_pool_size = 20',
				// node-postgres (the job queue) may send it; the server's default suits us.
				'ignore_startup_parameters = extra_float_digits',
				''
			].join('\n')
		);
		const asPostgres =
			process.getuid?.() === 0
				? {
						uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
						gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
					}
				: {};
		const child = spawn(bin, [join(dir, 'pgbouncer.ini')], {
			...asPostgres,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout!.on('data', (d) => (output += d));
		child.stderr!.on('data', (d) => (output += d));
		const killOnExit = () => child.kill('SIGKILL');
		process.once('exit', killOnExit);
		child.once('exit', () => process.off('exit', killOnExit));
		const bouncer = new PgBouncer(port, dir, child, () => output);
		const deadline = Date.now() + 10_000;
		while (!(await listening(port))) {
			if (child.exitCode !== null || Date.now() > deadline) {
				bouncer.stop();
				throw new Error(`pgbouncer did not start:\n${output}`);
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		return bouncer;
	}

	/** What pgbouncer printed (its log), for diagnosing a failure. */
	log(): string {
		return this.output();
	}

	stop(): void {
		this.child.kill('SIGKILL');
		rmSync(this.dir, { recursive: true, force: true });
	}
}

function listening(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = createConnection({ host: '127.0.0.1', port });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}
