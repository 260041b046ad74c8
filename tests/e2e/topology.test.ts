/**
 * Beyond one machine (issue 18.5), on loopback: a private PostgreSQL primary, a hot-standby
 * replica made from it with pg_basebackup, PgBouncer in transaction mode in front of the primary,
 * and three app instances whose writes and job queue go through PgBouncer to the primary while
 * dashboards, trends, peers and exports read the replica (docs/deployment.md).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import postgres from 'postgres';
import { PrivatePostgres, postgresBin } from '../support/private-postgres';
import { PgBouncer, pgbouncerBin } from '../support/pgbouncer';
import { freePort, startServer, type RunningServer } from '../support/server';
import { HttpClient } from '../support/http';
import { anonymousLinks, createCycle } from '../support/respond';

const missing = !postgresBin()
	? 'the PostgreSQL server binaries (/usr/lib/postgresql/<version>/bin) are not installed'
	: !pgbouncerBin()
		? 'pgbouncer is not installed (apt-get install pgbouncer; .ci/run installs it)'
		: null;
if (missing) console.warn(`topology test skipped: ${missing}`);

const DEMO = { email: 'lead@demo.touchstone.test', password: 'touchstone-demo' };
const RESPONDENTS = 30;
const SAVES_EACH = 6;
const WRITE_POSITION_COOKIE = 'ts_wrote_at';

/** Each response's answers as one sorted "item=value" string: comparable without linking people. */
async function answerSets(sql: postgres.Sql, cycleId: string): Promise<string[]> {
	const rows = await sql<{ answers: string }[]>`
		select string_agg(a.item_id::text || '=' || a.value::text, ',' order by a.item_id) as answers
		from response r join answer a on a.response_id = r.id
		where r.cycle_id = ${cycleId}
		group by r.id`;
	return rows.map((r) => r.answers).sort();
}

/** Waits until the replica has replayed everything the primary has written so far. */
async function replicaCaughtUp(primary: postgres.Sql, replica: postgres.Sql): Promise<void> {
	const [position] = await primary<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
	const lsn = position!.lsn;
	const deadline = Date.now() + 15_000;
	for (;;) {
		const [row] = await replica<{ replayed: boolean }[]>`
			select coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) as replayed`;
		if (row?.replayed) return;
		if (Date.now() > deadline) throw new Error(`the replica did not replay up to ${lsn}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

describe.skipIf(missing !== null)('three instances, PgBouncer, a primary and its replica', () => {
	let primary: PrivatePostgres;
	let replica: PrivatePostgres;
	let bouncer: PgBouncer;
	let primarySql: postgres.Sql;
	let replicaSql: postgres.Sql;
	const instances: RunningServer[] = [];
	let orgId: string;
	let openDemoCycle: string;
	let closedDemoCycle: string;

	beforeAll(async () => {
		primary = await PrivatePostgres.start(await freePort());
		const admin = postgres(primary.url, { max: 1, onnotice: () => {} });
		await admin`create database touchstone`;
		await admin.end();
		// Every statement the replica runs is logged, so the test can see which reads it served.
		replica = await PrivatePostgres.replicaOf(primary, await freePort(), '-c log_statement=all');
		bouncer = await PgBouncer.start(await freePort(), primary);
		primarySql = postgres(`postgres://postgres@127.0.0.1:${primary.port}/touchstone`, {
			max: 2,
			onnotice: () => {}
		});
		replicaSql = postgres(`postgres://postgres@127.0.0.1:${replica.port}/touchstone`, {
			max: 2,
			onnotice: () => {}
		});
		const env = {
			// Transaction pooling hands each transaction any server connection: no named statements.
			DATABASE_URL: `postgres://postgres@127.0.0.1:${bouncer.port}/touchstone?prepare=false`,
			DATABASE_REPLICA_URL: `postgres://postgres@127.0.0.1:${replica.port}/touchstone`,
			SEED_DEMO: 'true'
		};
		// The first migrates and seeds the demo; the other two start together on the result.
		instances.push(await startServer(env, { label: 'instance 1' }));
		instances.push(
			...(await Promise.all([
				startServer(env, { label: 'instance 2' }),
				startServer(env, { label: 'instance 3' })
			]))
		);
		const lead = new HttpClient(instances[0]!.baseUrl);
		await lead.signIn(DEMO.email, DEMO.password);
		orgId = (await lead.get('/')).headers.get('location')!.split('/').pop()!;
		const list = await (await lead.get(`/o/${orgId}/cycles`)).text();
		const cycleNamed = (name: string) =>
			new RegExp(`href="/o/${orgId}/cycles/([0-9a-f-]{36})">${name}<`).exec(list)![1]!;
		openDemoCycle = cycleNamed('Autumn 2026');
		closedDemoCycle = cycleNamed('Spring 2026');
	}, 120_000);

	afterAll(async () => {
		await Promise.all(instances.map((i) => i.stop()));
		await primarySql?.end();
		await replicaSql?.end();
		bouncer?.stop();
		replica?.stop();
		primary?.stop();
	});

	/** A client of one instance that shares `from`'s cookies (one browser, another instance). */
	function onInstance(i: number, from: HttpClient): HttpClient {
		const client = new HttpClient(instances[i % instances.length]!.baseUrl);
		(client as unknown as { cookies: Map<string, string> }).cookies = (
			from as unknown as { cookies: Map<string, string> }
		).cookies;
		return client;
	}

	it('keeps every acknowledged save through a burst of saves and dashboard reads on all three', async () => {
		const lead = new HttpClient(instances[0]!.baseUrl);
		await lead.signIn(DEMO.email, DEMO.password);
		const cycleId = await createCycle(lead, orgId, 'Topology burst', ['sales', 'service']);
		expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
		const links = await anonymousLinks(lead, orgId, cycleId, 'sales', RESPONDENTS);
		expect(links).toHaveLength(RESPONDENTS);
		const tokens = links.map((l) => l.split('/s/')[1]!);
		const items: string[] = [];
		for (const step of [1, 2]) {
			const html = await (await lead.get(`/s/${tokens[0]}/${step}`)).text();
			items.push(...new Set([...html.matchAll(/name="item\.([0-9a-f-]{36})"/g)].map((m) => m[1]!)));
		}
		expect(items.length).toBeGreaterThanOrEqual(SAVES_EACH);

		// Each respondent's phone taps SAVES_EACH times, every tap to the next instance (no sticky
		// sessions); the last tap changes an earlier answer. Meanwhile leads read dashboards.
		const acknowledged = new Map<string, Map<string, number>>();
		const failures: string[] = [];
		const respondent = async (r: number) => {
			const phone = new HttpClient(instances[0]!.baseUrl);
			const mine = new Map<string, number>();
			for (let s = 0; s < SAVES_EACH; s++) {
				const itemId = items[s === SAVES_EACH - 1 ? 0 : s]!;
				const value = 1 + ((r * 7 + s * 3) % 5);
				const res = await onInstance(r + s, phone).postJson(`/s/${tokens[r]}/autosave`, {
					answers: [{ itemId, value, dontKnow: false }]
				});
				if (res.status === 200) mine.set(itemId, value);
				else failures.push(`save ${r}/${s}: ${res.status}`);
			}
			acknowledged.set(tokens[r]!, mine);
		};
		const reader = async (i: number) => {
			const client = onInstance(i, lead);
			for (let n = 0; n < 4; n++) {
				const path =
					n % 2 === 0 ? `/o/${orgId}/cycles/${openDemoCycle}/dashboard` : `/o/${orgId}/trends`;
				const res = await onInstance(i + n, client).get(path);
				if (res.status !== 200) failures.push(`GET ${path}: ${res.status}`);
				await res.arrayBuffer();
			}
		};
		await Promise.all([
			...Array.from({ length: RESPONDENTS }, (_, r) => respondent(r)),
			...[0, 1, 2].map(reader)
		]);
		expect(failures).toEqual([]);

		const expected = [...acknowledged.values()]
			.map((m) =>
				[...m]
					.sort(([a], [b]) => a.localeCompare(b))
					.map(([item, value]) => `${item}=${value}`)
					.join(',')
			)
			.sort();
		expect(expected).toHaveLength(RESPONDENTS);
		expect(await answerSets(primarySql, cycleId)).toEqual(expected);
		await replicaCaughtUp(primarySql, replicaSql);
		expect(await answerSets(replicaSql, cycleId)).toEqual(expected);
	});

	it('reads from the replica, except the person who just wrote until it has caught up', async () => {
		const scoresPath = `/o/${orgId}/cycles/${openDemoCycle}/export/scores.json`;
		const writer = new HttpClient(instances[0]!.baseUrl);
		await writer.signIn(DEMO.email, DEMO.password);
		const other = new HttpClient(instances[1]!.baseUrl);
		await other.signIn(DEMO.email, DEMO.password);
		const targetOf = async (client: HttpClient, key: string) => {
			const res = await client.get(scoresPath);
			expect(res.status).toBe(200);
			const scores = (await res.json()) as { dimensions: { key: string; target: number | null }[] };
			return scores.dimensions.find((d) => d.key === key)!.target;
		};
		await replicaCaughtUp(primarySql, replicaSql);
		const before = (await (await other.get(scoresPath)).json()) as {
			dimensions: { key: string; target: number | null }[];
		};
		const dimension = before.dimensions[0]!;
		const changed = dimension.target === 4 ? 3 : 4;

		await replicaSql`select pg_wal_replay_pause()`;
		try {
			const saved = await onInstance(1, writer).post(
				`/o/${orgId}/cycles/${openDemoCycle}?/dimension`,
				{ dimensionKey: dimension.key, target: String(changed) }
			);
			expect(saved.status).toBe(200);
			expect(writer.cookie(WRITE_POSITION_COOKIE)).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
			// The writer sees the change at once on any instance, though the replica has not got it…
			expect(await targetOf(onInstance(2, writer), dimension.key)).toBe(changed);
			// …while anyone else is served by the replica, which still has the old target.
			expect(await targetOf(onInstance(2, other), dimension.key)).toBe(dimension.target);

			// Trends, peers and exports are read from the replica too: its log shows their queries.
			const servedByReplica = async (path: string, fragment: string) => {
				const from = statSync(replica.logFile).size;
				const res = await onInstance(0, other).get(path);
				expect(res.status, path).toBe(200);
				await res.arrayBuffer();
				const logged = readFileSync(replica.logFile, 'utf8').slice(from);
				expect(logged, `${path} on the replica`).toContain(fragment);
			};
			await servedByReplica(`/o/${orgId}/trends`, 'published_in IS NOT NULL');
			await servedByReplica(
				`/o/${orgId}/cycles/${openDemoCycle}/dashboard?peers=sector`,
				'whole_dimension'
			);
			await servedByReplica(
				`/o/${orgId}/cycles/${closedDemoCycle}/export/answers.csv`,
				'left join "answer"'
			);
		} finally {
			await replicaSql`select pg_wal_replay_resume()`;
		}

		// Once the replica has replayed the write, everyone reads the new target from it.
		await replicaCaughtUp(primarySql, replicaSql);
		expect(await targetOf(onInstance(0, other), dimension.key)).toBe(changed);
		// …and the writer's pin is dropped by the next request.
		await (await onInstance(1, writer).get(`/o/${orgId}/trends`)).arrayBuffer();
		expect(writer.cookie(WRITE_POSITION_COOKIE)).toBeUndefined();
		expect(await targetOf(onInstance(1, writer), dimension.key)).toBe(changed);
	});

	it('runs the job queue through PgBouncer: a report requested on one instance is made by a worker', async () => {
		const lead = new HttpClient(instances[2]!.baseUrl);
		await lead.signIn(DEMO.email, DEMO.password);
		const page = `/o/${orgId}/cycles/${closedDemoCycle}/reports`;
		const posted = await lead.post(`${page}?/generate`, {});
		expect(posted.status).toBe(200);
		const deadline = Date.now() + 60_000;
		let status = '';
		while (Date.now() < deadline) {
			const html = await (await onInstance(Date.now(), lead).get(page)).text();
			status = /data-report="[0-9a-f-]{36}" data-status="(\w+)"/.exec(html)?.[1] ?? '';
			if (status === 'done' || status === 'failed') break;
			await new Promise((r) => setTimeout(r, 300));
		}
		expect(status).toBe('done');
	});
});
