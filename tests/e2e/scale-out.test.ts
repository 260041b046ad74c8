import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { freshDatabase, freePort, startServer } from '../support/server';
import { HttpClient, uniqueEmail } from '../support/http';
import { mergedSource, registerLinkSource } from '../support/account-links';
import { anonymousLinks, createCycle } from '../support/respond';
import { demo, landingOrganisation } from '../support/security';

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

describe.runIf(onPostgres)('a tap on one instance after a change made on another', () => {
	/** The link lookup cache's lifetime (survey/link-lookup.ts LINK_CACHE_MS). */
	const CACHE_MS = 60_000;

	it('is refused: revoked, re-issued, submitted, closed — within the first instance’s cached lookup', async () => {
		const database = await freshDatabase();
		// Every instance of one installation shares the link key (docs/deployment.md).
		const env = { ...database.env, INVITATION_SECRET: randomBytes(32).toString('hex') };
		const first = await startServer({ ...env, SEED_DEMO: 'true' });
		const second = await startServer({ ...env, SEED_DEMO: 'false' });
		const sql = postgres(database.databaseUrl!, { max: 1, onnotice: () => {} });
		try {
			const lead = new HttpClient(second.baseUrl);
			await lead.signIn(demo.lead, demo.password);
			const orgId = await landingOrganisation(lead);
			const cycleId = await createCycle(lead, orgId, 'Two instances', ['sales']);
			expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
			const cyclePath = `/o/${orgId}/cycles/${cycleId}`;
			const tokens = (await anonymousLinks(lead, orgId, cycleId, 'sales', 4)).map(
				(l) => l.split('/s/')[1]!
			);
			expect(tokens).toHaveLength(4);
			const [revoked, reissued, submitted, closed] = tokens as [string, string, string, string];
			const page = await (await new HttpClient(first.baseUrl).get(`/s/${revoked}/1`)).text();
			const itemId = /name="item\.([0-9a-f-]{36})"/.exec(page)![1]!;
			const invitationOf = async (token: string) => {
				const hash = createHash('sha256').update(token).digest('hex');
				const [row] = await sql<{ id: string }[]>`
					select id from invitation where token_hash = ${hash}`;
				return row!.id;
			};

			/** A respondent tapping on the first instance; the first tap caches the link's lookup there. */
			const respondent = (token: string) => {
				const phone = new HttpClient(first.baseUrl);
				let cachedAt = 0;
				return {
					phone,
					tap: async (value: number) => {
						const response = await phone.postJson(`/s/${token}/autosave`, {
							answers: [{ itemId, value, dontKnow: false }]
						});
						if (cachedAt === 0) cachedAt = Date.now();
						// Only a tap inside the cached lookup's lifetime tests the save statement's own checks.
						else expect(Date.now() - cachedAt).toBeLessThan(CACHE_MS);
						return response.status;
					}
				};
			};

			const a = respondent(revoked);
			expect(await a.tap(2)).toBe(200);
			const revoke = await lead.post(`${cyclePath}/invitations?/revoke`, {
				invitationId: await invitationOf(revoked)
			});
			expect(revoke.status).toBe(200);
			expect(await a.tap(3)).toBe(404);

			const b = respondent(reissued);
			expect(await b.tap(2)).toBe(200);
			const reissue = await lead.post(`${cyclePath}/invitations?/reissue`, {
				invitationId: await invitationOf(reissued)
			});
			expect(reissue.status).toBe(200);
			expect(await b.tap(3)).toBe(404);
			const oldKey = createHash('sha256').update(`touchstone-response:${reissued}`).digest('hex');
			expect(await sql`select 1 from response where resume_hash = ${oldKey}`).toHaveLength(0);

			const c = respondent(submitted);
			expect(await c.tap(2)).toBe(200);
			// The same phone submits through the second instance (its device cookie goes along).
			const onSecond = new HttpClient(second.baseUrl);
			(onSecond as unknown as { cookies: Map<string, string> }).cookies = (
				c.phone as unknown as { cookies: Map<string, string> }
			).cookies;
			const submit = await onSecond.post(`/s/${submitted}/review`, {});
			expect(submit.headers.get('location')).toBe(`/s/${submitted}/thanks`);
			expect(await c.tap(3)).toBe(409);

			const d = respondent(closed);
			expect(await d.tap(2)).toBe(200);
			expect((await lead.post(`${cyclePath}?/close`, {})).status).toBe(200);
			expect(await d.tap(3)).toBe(410);

			// What was acknowledged stays; nothing refused was written.
			const stored = await sql<{ value: number }[]>`
				select a.value from answer a join response r on r.id = a.response_id
				where r.cycle_id = ${cycleId} order by a.value`;
			expect(stored.map((r) => r.value)).toEqual([2, 2, 2]);
		} finally {
			await sql.end();
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
