import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { databaseUrlFor, testDatabaseUrl, useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import { useLocalSmtpServer } from '../support/smtp';
import { db, resultRows } from '../../src/lib/server/platform/db';
import { invitation, mailMessage } from '../../src/lib/server/platform/db/schema';
import * as cycles from '../../src/lib/server/cycles';
import * as instruments from '../../src/lib/server/instruments';
import * as invitations from '../../src/lib/server/survey/invitations';
import * as jobs from '../../src/lib/server/platform/jobs';
import { createMailer, failureReason, useMailer } from '../../src/lib/server/platform/mail';
import * as outbox from '../../src/lib/server/outbox';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';

/** Mail through the job queue (issue 10.5): ids in the queue, short timeouts, retries, a status per message. */
let orgId: string;
let otherOrgId: string;
let cycleId: string;
const ORIGIN = 'https://touchstone.example.org';

beforeAll(async () => {
	const handle = await useTestDatabase();
	const lead = await createUser();
	orgId = (await createOrganisation(lead.id)).id;
	otherOrgId = (await createOrganisation((await createUser()).id, 'Other')).id;
	cycleId = (await cycles.create(orgId, lead.id, {
		name: 'Spring',
		instrumentId: await instruments.ensureBuiltIn(touchstoneV1),
		opensAt: new Date(Date.now() - 1000),
		closesAt: new Date(Date.now() + 86_400_000),
		anonymityThreshold: 5,
		groups: ['sales'],
		targets: {}
	}))!;
	let connectionString: string | undefined;
	if (testDatabaseUrl) {
		const [{ name }] = (await handle.rows<{ name: string }>(
			'select current_database() as name'
		)) as [{ name: string }];
		connectionString = databaseUrlFor(name);
	}
	await jobs.start({ handle, connectionString });
	await outbox.startWorker();
	afterAll(async () => {
		useMailer(null);
		await jobs.stop(5_000);
	});
}, 120_000);

async function invite(prefix: string, n: number) {
	const rows = Array.from({ length: n }, (_, i) => ({
		email: `${prefix}${i}@example.org`,
		name: `Person ${i}`,
		group: 'sales'
	}));
	return (await invitations.addPersonal(orgId, cycleId, rows, null)).issued;
}

const messagesOf = (ids: string[]) =>
	db()
		.select()
		.from(mailMessage)
		.where(and(eq(mailMessage.organisationId, orgId), inArray(mailMessage.invitationId, ids)));

/** An SMTP server that accepts TCP and never greets. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
	const sockets = new Set<Socket>();
	const server: Server = createServer((socket) => {
		sockets.add(socket);
		socket.on('error', () => {});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `smtp://127.0.0.1:${(server.address() as { port: number }).port}?ignoreTLS=true`,
		close: () =>
			new Promise((resolve) => (sockets.forEach((s) => s.destroy()), server.close(() => resolve())))
	};
}

describe('the mail queue', () => {
	const local = useLocalSmtpServer();

	it('queues ids only, and the worker derives the link and sends it', async () => {
		useMailer(createMailer(local.url(), 'Touchstone <t@example.org>'));
		const issued = await invite('queued', 3);
		expect(
			await outbox.queueInvitations(
				orgId,
				cycleId,
				issued.map((l) => l.id),
				'invitation',
				ORIGIN,
				null
			)
		).toBe(3);
		// Nothing in the queue names a person or carries a link.
		const jobsData = resultRows<{ data: unknown }>(
			await db().execute(sql`select data from pgboss.job where name = ${outbox.MAIL_QUEUE}`)
		);
		const text = JSON.stringify(jobsData);
		expect(text).not.toContain('@');
		for (const l of issued) expect(text).not.toContain(l.token);
		for (const job of jobsData)
			expect(Object.keys(job.data as object).sort()).toEqual([
				'cycleId',
				'invitationId',
				'kind',
				'messageId',
				'organisationId',
				'origin'
			]);

		await expect
			.poll(
				async () =>
					(await messagesOf(issued.map((l) => l.id))).filter((m) => m.status === 'sent').length,
				{ timeout: 30_000 }
			)
			.toBe(3);
		const bodies = local.received
			.filter((r) => r.to.startsWith('queued'))
			.map((r) => r.body.replace(/=\r?\n/g, ''));
		for (const l of issued)
			expect(bodies.some((b) => b.includes(`${ORIGIN}/s/${l.token}`))).toBe(true);
		const rows = await db()
			.select({ sentAt: invitation.sentAt })
			.from(invitation)
			.where(
				inArray(
					invitation.id,
					issued.map((l) => l.id)
				)
			);
		expect(rows.every((r) => r.sentAt !== null)).toBe(true);
		const state = await outbox.byInvitation(orgId, cycleId);
		expect(state.get(issued[0]!.id)).toMatchObject({
			kind: 'invitation',
			status: 'sent',
			attempts: 1,
			lastError: null
		});
		// Sending again queues nothing: they were sent.
		expect(
			await outbox.queueInvitations(
				orgId,
				cycleId,
				issued.map((l) => l.id),
				'invitation',
				ORIGIN,
				null
			)
		).toBe(0);
	});

	it('marks a message of a revoked invitation failed without sending it', async () => {
		const [l] = await invite('revoked', 1);
		useMailer(createMailer(local.url()));
		await invitations.revoke(orgId, cycleId, l!.id, null);
		const before = local.received.length;
		await outbox.queueInvitations(orgId, cycleId, [l!.id], 'reminder', ORIGIN, null);
		await expect
			.poll(async () => (await messagesOf([l!.id]))[0]?.status, { timeout: 30_000 })
			.toBe('failed');
		expect((await messagesOf([l!.id]))[0]!.lastError).toBe('The invitation was revoked.');
		expect(local.received.length).toBe(before);
	});

	it('gives up on a silent server within the timeout, retries, then fails with the reason', async () => {
		const silent = await silentServer();
		useMailer(createMailer(silent.url, 'Touchstone <t@example.org>', 300));
		const [l] = await invite('silent', 1);
		// Directly, attempt by attempt, rather than through the queue's delays.
		const [row] = await db()
			.insert(mailMessage)
			.values({ organisationId: orgId, cycleId, kind: 'invitation', invitationId: l!.id })
			.returning({ id: mailMessage.id });
		const job = {
			messageId: row!.id,
			organisationId: orgId,
			cycleId,
			kind: 'invitation' as const,
			invitationId: l!.id,
			origin: ORIGIN
		};
		const started = performance.now();
		expect(await outbox.deliver(job, false)).toMatchObject({ retry: true });
		expect(performance.now() - started).toBeLessThan(3_000);
		let [message] = await messagesOf([l!.id]);
		expect(message).toMatchObject({ status: 'retrying', attempts: 1 });
		expect(message!.lastError).toMatch(/^The mail server did not answer in time \(/);
		expect(await outbox.deliver(job, true)).toEqual({ retry: false, status: 'failed' });
		[message] = await messagesOf([l!.id]);
		expect(message).toMatchObject({ status: 'failed', attempts: 2 });
		expect(message!.lastError).not.toContain('@');
		// A job that runs again after the end does nothing.
		expect(await outbox.deliver(job, true)).toEqual({ retry: false, status: 'skipped' });
		await silent.close();
	});

	it('keeps addresses and links out of the reason the lead reads', () => {
		const reason = failureReason(
			new Error(
				"Can't send mail - all recipients were rejected: 550 5.1.1 <ana@example.org>: Recipient address rejected; see https://mail.example.org/help?x=abcdefghij0123456789"
			)
		);
		expect(reason).not.toMatch(/ana@|example\.org\/help/);
		expect(reason).toContain('550 5.1.1');
	});

	it("shows no organisation another's messages", async () => {
		expect((await outbox.byInvitation(otherOrgId, cycleId)).size).toBe(0);
		expect((await outbox.byReport(otherOrgId, cycleId)).size).toBe(0);
	});
});
