import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import { HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { createCycle } from '../support/respond';
import { useLocalSmtpServer } from '../support/smtp';
import { registerLinkSource } from '../support/account-links';
import { cycleIdByName, demo, landingOrganisation, waitForReport } from '../support/security';

/**
 * Mail never holds a request (issue 10.5): invitations and reminders go out through the job queue,
 * with short SMTP timeouts, retries with back-off, and a status per message on the lead's page.
 * Two servers of this file's own: one whose SMTP server accepts TCP and never greets, one with a
 * working local SMTP server.
 */
const PASSWORD = 'a long enough password';
const PEOPLE = 5;

/** An SMTP server that accepts connections and never says a word. */
async function silentSmtpServer(): Promise<{
	url: string;
	connections: () => number;
	close(): Promise<void>;
}> {
	const sockets = new Set<Socket>();
	let connections = 0;
	const server: Server = createServer((socket) => {
		connections++;
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => {});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
		connections: () => connections,
		close: () =>
			new Promise((resolve) => {
				for (const s of sockets) s.destroy();
				server.close(() => resolve());
			})
	};
}

/**
 * A lead with a new organisation, an open cycle and PEOPLE personal invitations (not mailed): a
 * new account (its verification link mailed), or the demo lead where no mail can arrive.
 */
async function leadWithInvitations(baseUrl: string, name: string, account: 'new' | 'demo' = 'new') {
	const lead = new HttpClient(baseUrl);
	if (account === 'demo') await lead.signIn(demo.lead, demo.password);
	else await lead.signUp('Mail Lead', uniqueEmail('mail-lead'), PASSWORD);
	const created = await lead.post('/orgs/new', {
		name,
		sector: 'Manufacturing',
		sizeBand: '250–999'
	});
	const orgId = created.headers.get('location')!.split('/').pop()!;
	const cycleId = await createCycle(lead, orgId, 'Mail cycle', ['sales']);
	expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
	const page = `/o/${orgId}/cycles/${cycleId}/invitations`;
	const csv = Array.from(
		{ length: PEOPLE },
		(_, i) => `person${i}@mail-test.example, Person ${i}, sales`
	).join('\n');
	const imported = await lead.post(`${page}?/import`, { csv });
	expect(imported.status).toBe(200);
	return { lead, page };
}

/** Posts and measures; gives up (null) after `limitMs`, so a request held by SMTP fails fast. */
async function timedPost(
	client: HttpClient,
	path: string,
	fields: Record<string, string>,
	limitMs = 10_000
) {
	const started = performance.now();
	const response = await Promise.race([
		client.post(path, fields),
		new Promise<null>((r) => setTimeout(() => r(null), limitMs))
	]);
	return { response, ms: performance.now() - started };
}

/** Each invitation row's mail status on the lead's page: data-mail-status and the words shown. */
async function statuses(
	client: HttpClient,
	page: string
): Promise<Array<{ status: string; text: string }>> {
	const html = await (await client.get(page)).text();
	return [...html.matchAll(/data-mail-status="(\w+)"[^>]*>([^<]*)</g)].map((m) => ({
		status: m[1]!,
		text: m[2]!.trim()
	}));
}

async function waitForStatuses(
	client: HttpClient,
	page: string,
	wanted: string,
	count: number,
	timeoutMs = 90_000
) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const now = await statuses(client, page);
		if (now.filter((s) => s.status === wanted).length >= count) return now;
		if (Date.now() > deadline)
			throw new Error(`not ${count} × ${wanted} after ${timeoutMs} ms: ${JSON.stringify(now)}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

describe('an SMTP server that accepts TCP and never greets', () => {
	let smtp: Awaited<ReturnType<typeof silentSmtpServer>>;
	let server: RunningServer;
	let cleanup: () => Promise<void>;

	beforeAll(async () => {
		smtp = await silentSmtpServer();
		const database = await freshDatabase();
		cleanup = database.cleanup;
		server = await startServer({
			...database.env,
			// The demo lead: a new account's verification mail could never arrive here.
			SEED_DEMO: 'true',
			SMTP_URL: smtp.url,
			MAIL_TIMEOUT_MS: '500',
			MAIL_RETRY_LIMIT: '2',
			MAIL_RETRY_DELAY_SECONDS: '1'
		});
	}, 120_000);

	afterAll(async () => {
		await server?.stop();
		await cleanup?.();
		await smtp?.close();
	});

	it('answers the lead at once, retries, and shows each message failed with the reason', async () => {
		const { lead, page } = await leadWithInvitations(server.baseUrl, 'Silent Mail Ltd', 'demo');
		const sent = await timedPost(lead, `${page}?/send`, {});
		console.log(`send ${PEOPLE} invitations with a silent SMTP server: ${Math.round(sent.ms)} ms`);
		expect(sent.response?.status, 'the send request came back').toBe(200);
		expect(sent.ms).toBeLessThan(1_000);
		const reminded = await timedPost(lead, `${page}?/remind`, {});
		console.log(`remind ${PEOPLE} people with a silent SMTP server: ${Math.round(reminded.ms)} ms`);
		expect(reminded.response?.status, 'the remind request came back').toBe(200);
		expect(reminded.ms).toBeLessThan(1_000);
		const queued = await statuses(lead, page);
		expect(queued).toHaveLength(PEOPLE);

		const started = Date.now();
		const final = await waitForStatuses(lead, page, 'failed', PEOPLE);
		console.log(`all messages failed after their retries in ${Date.now() - started} ms`);
		for (const s of final) {
			expect(s.text).toMatch(/^(reminder )?failed: .+/);
			expect(s.text).toMatch(/did not answer in time/);
			expect(s.text).not.toContain('@');
		}
		// Three attempts (one and two retries) per message: the server saw them all.
		expect(smtp.connections()).toBeGreaterThanOrEqual(PEOPLE * 3);
		expect(await (await lead.get(page)).text()).not.toContain('mail-test.example</td><td>sent');
	});
});

describe('a working SMTP server', () => {
	const local = useLocalSmtpServer();
	let server: RunningServer;
	let cleanup: () => Promise<void>;

	beforeAll(async () => {
		const database = await freshDatabase();
		cleanup = database.cleanup;
		server = await startServer({
			...database.env,
			SEED_DEMO: 'true',
			SMTP_URL: local.url(),
			MAIL_TIMEOUT_MS: '2000'
		});
		// The lead's verification link arrives in the local mailbox.
		registerLinkSource(server.baseUrl, () => local.received.map((r) => r.body).join('\n'));
	}, 120_000);

	afterAll(async () => {
		await server?.stop();
		await cleanup?.();
	});

	it('mails each invitation with a link that opens its survey, and shows it sent', async () => {
		const { lead, page } = await leadWithInvitations(server.baseUrl, 'Working Mail Ltd');
		const sent = await timedPost(lead, `${page}?/send`, {});
		expect(sent.response?.status).toBe(200);
		expect(sent.ms).toBeLessThan(1_000);
		const final = await waitForStatuses(lead, page, 'sent', PEOPLE);
		expect(final.every((s) => s.text.startsWith('sent'))).toBe(true);
		const invitations = () => local.received.filter((r) => r.to.endsWith('@mail-test.example'));
		expect(
			invitations()
				.map((r) => r.to)
				.sort()
		).toEqual(Array.from({ length: PEOPLE }, (_, i) => `person${i}@mail-test.example`).sort());
		const link = /\/s\/([a-z2-7]{64})/.exec(invitations()[0]!.body.replace(/=\r?\n/g, ''))![0];
		expect((await new HttpClient(server.baseUrl).get(link)).status).toBe(200);
		// Nothing is sent twice when the lead presses the button again: all were sent.
		await lead.post(`${page}?/send`, {});
		await new Promise((r) => setTimeout(r, 1_500));
		expect(invitations()).toHaveLength(PEOPLE);
	});

	it('mails a board report through the queue and shows it sent beside the report', async () => {
		const lead = new HttpClient(server.baseUrl);
		await lead.signIn(demo.lead, demo.password);
		const orgId = await landingOrganisation(lead);
		const reportsPage = `/o/${orgId}/cycles/${await cycleIdByName(lead, orgId, 'Spring 2026')}/reports`;
		expect((await lead.post(`${reportsPage}?/generate`, {})).status).toBe(200);
		const reportId = await waitForReport(lead, reportsPage, new Set());
		const before = local.received.length;
		const mailed = await timedPost(lead, `${reportsPage}?/mail`, { reportId });
		expect(mailed.response?.status).toBe(200);
		expect(mailed.ms).toBeLessThan(1_000);
		expect(await mailed.response!.text()).toContain('The report is queued for 1 board member');
		await expect
			.poll(
				async () =>
					/data-mail-status="(\w+)"[^>]*>([^<]*)</
						.exec(await (await lead.get(reportsPage)).text())
						?.slice(1, 3)
						.join(' '),
				{ timeout: 30_000 }
			)
			.toBe('sent E-mail sent to 1 board member');
		const mail = local.received.slice(before).find((r) => r.to === demo.board);
		expect(mail?.body).toContain('Content-Type: application/pdf');
	});
});
