import { describe, it, expect } from 'vitest';
import postgres from 'postgres';
import { freePort, startServer } from '../support/server';
import { deviceCookie, HttpClient, uniqueEmail } from '../support/http';
import { anonymousLinks, createCycle } from '../support/respond';
import { PrivatePostgres, postgresBin } from '../support/private-postgres';

const REQUEST_TIMEOUT_MS = 15_000;

describe.runIf(Boolean(process.env.TEST_DATABASE_URL) && postgresBin() !== null)(
	'PostgreSQL restarted during a burst of submissions',
	() => {
		it('loses no acknowledged answer; clients get a retryable error and never hang', async () => {
			const pg = await PrivatePostgres.start(await freePort());
			const server = await startServer({ DATABASE_URL: pg.url, SEED_DEMO: 'false' });
			try {
				const lead = new HttpClient(server.baseUrl);
				await lead.signUp('Fault Lead', uniqueEmail('fault'), 'a long enough password');
				const created = await lead.post('/orgs/new', {
					name: 'Fault plc',
					sector: 'Other',
					sizeBand: '1–49'
				});
				const orgId = created.headers.get('location')!.split('/').pop()!;
				const cycleId = await createCycle(lead, orgId, 'Burst', ['sales']);
				await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {});
				const links = await anonymousLinks(lead, orgId, cycleId, 'sales', 20);
				const tokens = links.map((l) => l.split('/s/')[1]!);
				// Item ids of the first section, read from a survey page.
				const page = await new HttpClient(server.baseUrl).get(`/s/${tokens[0]}/1`);
				// Drafts open only on the device that made them (issue 11): every worker is the same
				// browser, sending the device cookie the survey page set.
				const device = deviceCookie(page);
				expect(device).toBeTruthy();
				const html = await page.text();
				const itemIds = [
					...new Set([...html.matchAll(/name="item\.([0-9a-f-]{36})"/g)].map((m) => m[1]!))
				];
				expect(itemIds.length).toBeGreaterThanOrEqual(3);

				const acknowledged: Array<{ token: string; itemId: string; value: number }> = [];
				const statuses = new Map<number | string, number>();
				let longest = 0;
				let restarted = false;
				const started = Date.now();
				const worker = async (w: number) => {
					for (let round = 0; Date.now() - started < 8000; round++) {
						const token = tokens[(w + round) % tokens.length]!;
						const itemId = itemIds[round % itemIds.length]!;
						const value = ((w + round) % 5) + 1;
						const t0 = Date.now();
						let status: number | string;
						try {
							const response = await fetch(`${server.baseUrl}/s/${token}/autosave`, {
								method: 'POST',
								headers: {
									origin: server.baseUrl,
									'content-type': 'application/json',
									cookie: device!
								},
								body: JSON.stringify({ answers: [{ itemId, value, dontKnow: false }] }),
								signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
							});
							status = response.status;
							await response.arrayBuffer();
							if (response.ok) acknowledged.push({ token, itemId, value });
							if (status === 503) expect(response.headers.get('retry-after')).toBeTruthy();
						} catch (error) {
							status = (error as Error).name;
						}
						longest = Math.max(longest, Date.now() - t0);
						statuses.set(status, (statuses.get(status) ?? 0) + 1);
					}
				};
				const burst = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
				await new Promise((r) => setTimeout(r, 2000));
				await pg.restart(2000);
				restarted = true;
				await burst;
				expect(restarted).toBe(true);

				// Every request ended: acknowledged, or refused with a retryable status; none hung.
				const unexpected = [...statuses.keys()].filter((s) => s !== 200 && s !== 503);
				expect(
					unexpected,
					`${JSON.stringify([...statuses])}\n${server.output().slice(-3000)}`
				).toEqual([]);
				expect(longest).toBeLessThan(REQUEST_TIMEOUT_MS);
				expect(statuses.get(200) ?? 0).toBeGreaterThan(20);
				expect(
					statuses.get(503) ?? 0,
					'requests while the database was down were told to retry'
				).toBeGreaterThan(0);

				// The last acknowledged value of every (link, item) is what the database holds.
				const expected = new Map<string, number>();
				for (const a of acknowledged) expected.set(`${a.token}:${a.itemId}`, a.value);
				const sql = postgres(pg.url, { max: 1, onnotice: () => {} });
				const rows = await sql<{ item_id: string; value: number; resume: string }[]>`
				select a.item_id, a.value, r.resume_hash as resume from answer a join response r on r.id = a.response_id where r.cycle_id = ${cycleId}`;
				await sql.end();
				const { responseKey } = await import('../../src/lib/server/survey/invitations');
				const held = new Map(rows.map((r) => [`${r.resume}:${r.item_id}`, r.value]));
				for (const [key, value] of expected) {
					const [token, itemId] = key.split(':');
					expect(held.get(`${responseKey(token!)}:${itemId}`), key).toBe(value);
				}
				console.log(
					`fault burst: ${JSON.stringify(Object.fromEntries(statuses))}, longest request ${longest} ms, ${expected.size} acknowledged answers all present`
				);
			} finally {
				await server.stop();
				pg.stop();
			}
		});
	}
);
