import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { freshDatabase, freePort, startServer } from '../support/server';
import { HttpClient, uniqueEmail } from '../support/http';
import { mergedSource, registerLinkSource } from '../support/account-links';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.runIf(onPostgres)('two app instances on one PostgreSQL', () => {
	it('shares sessions, organisations and rate limits between instances', async () => {
		const database = await freshDatabase();
		const first = await startServer({ ...database.env, SEED_DEMO: 'false' });
		const second = await startServer({ ...database.env, SEED_DEMO: 'false' });
		// Either instance's worker may print the verification link (one mail queue for both).
		registerLinkSource(first.baseUrl, mergedSource(first.output, second.output));
		try {
			const email = uniqueEmail('two');
			const onFirst = new HttpClient(first.baseUrl);
			await onFirst.signUp('Two Instances', email, 'a long enough password');
			const created = await onFirst.post('/orgs/new', {
				name: 'Shared Org',
				sector: 'Other',
				sizeBand: '1–49'
			});
			const orgPath = created.headers.get('location')!;

			// The same session cookie works on the other instance.
			const onSecond = new HttpClient(second.baseUrl);
			(onSecond as unknown as { cookies: Map<string, string> }).cookies = (
				onFirst as unknown as { cookies: Map<string, string> }
			).cookies;
			const page = await onSecond.get(orgPath);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('Shared Org');

			// Failed sign-ins counted on both instances add up to one limit per account.
			const attacker1 = new HttpClient(first.baseUrl);
			const attacker2 = new HttpClient(second.baseUrl);
			for (let i = 0; i < 5; i++) {
				await (i % 2 ? attacker2 : attacker1).post('/sign-in', {
					email,
					password: 'wrong password!'
				});
			}
			const blocked = await attacker2.post('/sign-in', {
				email,
				password: 'a long enough password'
			});
			expect(blocked.status).toBe(429);
		} finally {
			await first.stop();
			await second.stop();
			await database.cleanup();
		}
	});
});

describe.runIf(!onPostgres)('two app instances on one embedded database folder', () => {
	it('refuses the second process with a clear message instead of corrupting the folder', async () => {
		const database = await freshDatabase();
		const first = await startServer({ ...database.env, SEED_DEMO: 'false' });
		try {
			const port = await freePort();
			const second = spawn(process.execPath, ['build'], {
				env: {
					...process.env,
					...database.env,
					DATABASE_URL: '',
					PORT: String(port),
					HOST: '127.0.0.1',
					SEED_DEMO: 'false'
				},
				stdio: ['ignore', 'pipe', 'pipe']
			});
			let output = '';
			second.stdout!.on('data', (d) => (output += d));
			second.stderr!.on('data', (d) => (output += d));
			const exited = await new Promise<number | null>((resolve) => {
				const timer = setTimeout(() => resolve(null), 20_000);
				second.once('exit', (code) => {
					clearTimeout(timer);
					resolve(code);
				});
			});
			second.kill('SIGKILL');
			expect(exited).not.toBe(0);
			expect(output).toContain('is in use by another Touchstone process');
			expect((await fetch(`${first.baseUrl}/sign-in`)).status).toBe(200);
		} finally {
			await first.stop();
			await database.cleanup();
		}
	});
});
