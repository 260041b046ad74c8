import { describe, it, expect } from 'vitest';
import { request } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freshDatabase, startServer } from '../support/server';

describe('stopping the server (SIGTERM)', () => {
	it('lets a request in flight finish, then closes the database and exits 0', async () => {
		const database = await freshDatabase();
		const server = await startServer({ ...database.env, SEED_DEMO: 'false' });
		try {
			// An idle keep-alive connection must not hold the shutdown up.
			expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);

			// A sign-in whose body is still arriving when the signal comes.
			const body = new URLSearchParams({
				email: 'nobody@example.test',
				password: 'not the password'
			}).toString();
			const url = new URL(`${server.baseUrl}/sign-in`);
			const answered = new Promise<number>((resolve, reject) => {
				const req = request(
					{
						host: url.hostname,
						port: url.port,
						path: url.pathname,
						method: 'POST',
						headers: {
							origin: server.baseUrl,
							'content-type': 'application/x-www-form-urlencoded',
							'content-length': Buffer.byteLength(body)
						}
					},
					(res) => {
						res.resume();
						res.on('end', () => resolve(res.statusCode!));
					}
				);
				req.on('error', reject);
				req.write(body.slice(0, 10));
				setTimeout(() => {
					server.process.kill('SIGTERM');
					setTimeout(() => req.end(body.slice(10)), 700);
				}, 300);
			});
			const exited = new Promise<number | null>((resolve) =>
				server.process.once('exit', (code) => resolve(code))
			);
			expect(await answered, 'the request in flight got its answer').toBe(200);
			const t0 = Date.now();
			expect(await exited).toBe(0);
			expect(Date.now() - t0).toBeLessThan(5000);
			// PGlite: the folder's lock is released only after the checkpoint and close.
			if (database.dataDir)
				expect(existsSync(join(database.dataDir, 'touchstone.lock'))).toBe(false);
		} finally {
			await server.stop();
			await database.cleanup();
		}
	});
});
