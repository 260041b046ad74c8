import { describe, it, expect, inject } from 'vitest';
import { freePort, startServer } from '../support/server';
import { PrivatePostgres, postgresBin } from '../support/private-postgres';

async function probe(url: string): Promise<{ status: number; body: string }> {
	const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
	return { status: response.status, body: await response.text() };
}

describe('health endpoints', () => {
	it('/healthz and /readyz answer 200 without a session and say nothing more than their status', async () => {
		const baseUrl = inject('baseUrl');
		for (const path of ['/healthz', '/readyz']) {
			const response = await fetch(baseUrl + path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('cache-control')).toBe('no-store');
			expect(await response.text()).toBe('{"status":"ok"}');
		}
	});
});

describe.runIf(Boolean(process.env.TEST_DATABASE_URL) && postgresBin() !== null)(
	'/readyz when PostgreSQL stops',
	() => {
		it('answers 503 within a few seconds while /healthz stays 200, and 200 again once PostgreSQL is back', async () => {
			const pg = await PrivatePostgres.start(await freePort());
			const server = await startServer({ DATABASE_URL: pg.url, SEED_DEMO: 'false' });
			try {
				expect(await probe(`${server.baseUrl}/readyz`)).toEqual({
					status: 200,
					body: '{"status":"ok"}'
				});
				// restart() stops the cluster, keeps it down for 10 s (we probe meanwhile), then starts it.
				const restarted = pg.restart(10_000); // its pg_ctl stop runs synchronously, before this returns
				const stoppedAt = Date.now();
				let notReady: { status: number; body: string } | undefined;
				while (Date.now() - stoppedAt < 8000) {
					const answer = await probe(`${server.baseUrl}/readyz`);
					if (answer.status === 503) {
						notReady = answer;
						break;
					}
					await new Promise((r) => setTimeout(r, 200));
				}
				const seconds = (Date.now() - stoppedAt) / 1000;
				expect(notReady, `/readyz still 200 ${seconds} s after PostgreSQL stopped`).toEqual({
					status: 503,
					body: '{"status":"unavailable"}'
				});
				expect(seconds).toBeLessThan(5);
				expect(await probe(`${server.baseUrl}/healthz`)).toEqual({
					status: 200,
					body: '{"status":"ok"}'
				});
				console.log(`/readyz answered 503 ${seconds.toFixed(1)} s after PostgreSQL stopped`);
				await restarted;
				const backBy = Date.now() + 15_000;
				let back = await probe(`${server.baseUrl}/readyz`);
				while (back.status !== 200 && Date.now() < backBy) {
					await new Promise((r) => setTimeout(r, 500));
					back = await probe(`${server.baseUrl}/readyz`);
				}
				expect(
					back.status,
					`/readyz once PostgreSQL is back:\n${server.output().slice(-2000)}`
				).toBe(200);
			} finally {
				await server.stop();
				pg.stop();
			}
		});
	}
);
