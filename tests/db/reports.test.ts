import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { databaseUrlFor, testDatabaseUrl, useTestDatabase } from '../support/database';
import { readMail, useLocalSmtpServer } from '../support/smtp';
import { createOrganisation, createUser } from '../support/fixtures';
import { db, resultRows } from '../../src/lib/server/platform/db';
import { cycle, organisation, report, user } from '../../src/lib/server/platform/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/organisations/demo';
import * as invitations from '../../src/lib/server/survey/invitations';
import * as jobs from '../../src/lib/server/platform/jobs';
import { createMailer, useMailer } from '../../src/lib/server/platform/mail';
import * as outbox from '../../src/lib/server/outbox';
import { sha256Hex } from '../../src/lib/server/reports/pdf';
import * as reports from '../../src/lib/server/reports';
import { scoreCycleForOrganisation } from '../../src/lib/server/scoring';
import type { ReportInput } from '../../src/lib/domain/report/types';

const dir = mkdtempSync(join(tmpdir(), 'touchstone-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let orgId: string;
let leadId: string;
let closedCycleId: string;
let openCycleId: string;

beforeAll(async () => {
	const handle = await useTestDatabase();
	await seedDemoIfEmpty();
	const [org] = await db()
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.name, 'Northwind Mutual (demo)'));
	orgId = org!.id;
	const [lead] = await db()
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, 'lead@demo.touchstone.test'));
	leadId = lead!.id;
	const cycleId = async (name: string) =>
		(
			await db()
				.select({ id: cycle.id })
				.from(cycle)
				.where(and(eq(cycle.organisationId, orgId), eq(cycle.name, name)))
		)[0]!.id;
	closedCycleId = await cycleId('Spring 2026');
	openCycleId = await cycleId('Autumn 2026');

	// The queue as the server runs it: pg-boss on this test database.
	let connectionString: string | undefined;
	if (testDatabaseUrl) {
		const [{ name }] = (await handle.rows<{ name: string }>(
			'select current_database() as name'
		)) as [{ name: string }];
		connectionString = databaseUrlFor(name);
	}
	await jobs.start({ handle, connectionString });
	await reports.startWorker();
	await outbox.startWorker();
	// Registered after the database's own afterAll, so it runs before the database closes.
	afterAll(() => jobs.stop(5_000));
}, 120_000);

let seq = 0;
function pdfText(bytes: Uint8Array) {
	const file = join(dir, `report-${++seq}.pdf`);
	writeFileSync(file, bytes);
	const raw = (args: string[] = []) =>
		execFileSync('pdftotext', ['-raw', ...args, file, '-'], { encoding: 'utf8' });
	return {
		file,
		compact: raw().replace(/\s+/g, ''),
		page: (n: number) => raw(['-f', String(n), '-l', String(n)]).replace(/\s+/g, ' ')
	};
}

async function waitUntilFinished(reportId: string, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const row = await reports.get(orgId, reportId);
		if (row && (row.status === 'done' || row.status === 'failed')) return row;
		if (Date.now() > deadline) throw new Error(`report still ${row?.status} after ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

describe('board reports of the demo organisation', () => {
	let closedReportId: string;

	it('generates a closed cycle’s report in a worker thread whose figures equal the scoring module’s', async () => {
		const [row] = await db()
			.insert(report)
			.values({ organisationId: orgId, cycleId: closedCycleId, requestedBy: leadId, options: {} })
			.returning({ id: report.id });
		closedReportId = row!.id;

		const outcome = await reports.generate(closedReportId);
		expect(outcome.status).toBe('done');
		expect(outcome.threadId).toBeGreaterThan(0); // not the main thread
		console.log(
			`demo report (closed cycle): ${outcome.ms!.toFixed(0)} ms in all, ${outcome.renderMs!.toFixed(0)} ms rendering in the worker`
		);

		const stored = (await reports.get(orgId, closedReportId))!;
		expect(stored.status).toBe('done');
		expect(stored.provisional).toBe(false);
		expect(stored.pdf).not.toBeNull();
		expect(Buffer.from(stored.pdf!.subarray(0, 5)).toString()).toBe('%PDF-');
		expect(stored.pdfSha256).toBe(sha256Hex(stored.pdf!));
		expect(stored.inputsSha256).toBe(sha256Hex(reports.canonicalJson(stored.inputs)));
		expect(stored.finishedAt).toBeInstanceOf(Date);

		const scores = (await scoreCycleForOrganisation(orgId, closedCycleId))!;
		expect(scores.status).toBe('scored');
		if (scores.status !== 'scored') return;
		const inputs = stored.inputs as ReportInput;
		expect(inputs.scores).toEqual(JSON.parse(JSON.stringify(scores)));
		expect(inputs.cycle.name).toBe('Spring 2026');
		expect(inputs.trend.map((t) => t.cycleName)).toEqual([
			'Baseline 2025',
			'Autumn 2025',
			'Spring 2026'
		]);
		expect(inputs.previous?.name).toBe('Autumn 2025');
		expect(inputs.peers.filter).toBeNull();
		expect(inputs.actions.length).toBeGreaterThan(0);

		const text = pdfText(stored.pdf!);
		const index = scores.overall.index!.toFixed(2);
		expect(text.page(1)).toContain(`Maturity index ${index}`);
		const summary = text.page(2);
		expect(summary).toContain(`a maturity index of ${index} on the 1–5 scale`);
		expect(summary).toContain(`level ${scores.overall.level}, ${scores.overall.levelName}`);
		const rates = await invitations.rates(orgId, closedCycleId);
		const invited = rates.reduce((t, r) => t + r.invited, 0);
		const responded = rates.reduce((t, r) => t + r.responded, 0);
		expect(responded).toBe(scores.overall.respondents);
		expect(summary).toContain(`${responded} of ${invited} invited`);
		expect(text.compact).toContain(
			`Responserate:${Math.round((responded / invited) * 100)}%(${responded}of${invited}invited)`
		);
		expect(text.compact).not.toContain('PROVISIONAL');
		expect(text.compact).toContain('NorthwindMutual(demo)');
	});

	it('keeps a finished report as it is', async () => {
		const before = (await reports.get(orgId, closedReportId))!;
		expect((await reports.generate(closedReportId)).status).toBe('skipped');
		const after = (await reports.get(orgId, closedReportId))!;
		expect(after.pdfSha256).toBe(before.pdfSha256);
		expect(after.finishedAt).toEqual(before.finishedAt);
	});

	it('queues an open cycle’s report through pg-boss; it says PROVISIONAL and uses the peer filter', async () => {
		const reportId = (await reports.request(orgId, openCycleId, leadId, { sector: true }))!;
		expect(reportId).toBeTruthy();
		const queued = (await reports.list(orgId, openCycleId)).find((r) => r.id === reportId)!;
		expect(queued.provisional).toBe(true);

		const row = await waitUntilFinished(reportId);
		expect(row.error).toBeNull();
		expect(row.status).toBe('done');
		expect(row.provisional).toBe(true);
		const inputs = row.inputs as ReportInput;
		expect(inputs.provisional).toBe(true);
		expect(inputs.peers.filter).toBe('Sector: Financial services');
		expect(inputs.trend.map((t) => t.cycleName)).toEqual([
			'Baseline 2025',
			'Autumn 2025',
			'Spring 2026'
		]);
		const text = pdfText(row.pdf!);
		expect(text.compact).toContain('PROVISIONAL');
		expect(text.page(2)).toContain('Provisional');

		const listed = (await reports.list(orgId, openCycleId)).find((r) => r.id === reportId)!;
		expect(listed).toMatchObject({
			status: 'done',
			pdfSha256: row.pdfSha256,
			requestedByName: 'Dana Lead'
		});
		expect(listed.pdfBytes).toBe(row.pdf!.byteLength);
		expect('pdf' in listed).toBe(false);
	});

	it('makes a requested report at once on this instance; its queued job is only a later safety net', async () => {
		const started = Date.now();
		const reportId = (await reports.request(orgId, closedCycleId, leadId, {}))!;
		const [job] = resultRows<{ wait: number }>(
			await db().execute(
				sql`select extract(epoch from start_after - now())::float8 as wait from pgboss.job
					where name = ${reports.REPORT_QUEUE} and data->>'reportId' = ${reportId}`
			)
		);
		// No worker may take the job for about a minute: the report is made before then.
		expect(job!.wait).toBeGreaterThan(45);
		const row = await waitUntilFinished(reportId, 30_000);
		expect(row.status).toBe('done');
		expect(Date.now() - started).toBeLessThan(30_000);
		// When the job's turn comes, it finds the report done and leaves it as it is.
		expect((await reports.generate(reportId)).status).toBe('skipped');
	});

	it('makes through the queue a report that no instance made (its instance stopped first)', async () => {
		const [row] = await db()
			.insert(report)
			.values({ organisationId: orgId, cycleId: closedCycleId, requestedBy: leadId, options: {} })
			.returning({ id: report.id });
		await jobs.send(reports.REPORT_QUEUE, { reportId: row!.id });
		const finished = await waitUntilFinished(row!.id);
		expect(finished.status).toBe('done');
		expect(Buffer.from(finished.pdf!.subarray(0, 5)).toString()).toBe('%PDF-');
	});

	it('is invisible to another organisation', async () => {
		const stranger = await createUser('Stranger');
		const other = await createOrganisation(stranger.id, 'Other Org');
		expect(await reports.get(other.id, closedReportId)).toBeNull();
		expect(await reports.list(other.id, closedCycleId)).toEqual([]);
		expect(await reports.request(other.id, closedCycleId, stranger.id, {})).toBeNull();
		expect(await reports.get(orgId, 'not-a-uuid')).toBeNull();
	});
});

describe('report e-mail to the board', () => {
	const { received, url: smtpUrl } = useLocalSmtpServer();

	it('queues the report for every board member and the worker sends it with the PDF attached', async () => {
		useMailer(createMailer(smtpUrl(), 'Touchstone <t@example.org>'));
		const [done] = (await reports.list(orgId, closedCycleId)).filter((r) => r.status === 'done');
		const stored = (await reports.get(orgId, done!.id))!;
		expect(await outbox.queueReport(orgId, done!.id)).toEqual({ ok: true, queued: 1 });
		// The job holds ids, never the address or the PDF.
		const [job] = await db()
			.execute(sql`select data from pgboss.job where name = ${outbox.MAIL_QUEUE}`)
			.then((r) => resultRows<{ data: Record<string, string> }>(r));
		expect(Object.keys(job!.data).sort()).toEqual([
			'cycleId',
			'kind',
			'messageId',
			'organisationId',
			'recipientUserId',
			'reportId'
		]);
		await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
		await expect
			.poll(async () => (await outbox.byReport(orgId, closedCycleId)).get(done!.id)?.counts.sent, {
				timeout: 10_000
			})
			.toBe(1);
		const mail = received[0]!;
		expect(mail.to).toBe('board@demo.touchstone.test');
		expect(mail.body).toContain('Spring 2026');
		expect(mail.body).toContain(
			'Content-Type: application/pdf; name=touchstone-spring-2026-report.pdf'
		);
		// The attachment is the stored PDF, byte for byte.
		const part = mail.body.split('Content-Type: application/pdf')[1]!;
		const base64 = part
			.split(/\r?\n\r?\n/)[1]!
			.split(/\r?\n--/)[0]!
			.replace(/\s+/g, '');
		expect(sha256Hex(Buffer.from(base64, 'base64'))).toBe(stored.pdfSha256);
		useMailer(null);
	});

	it('writes to each board member in their own language, else the organisation’s', async () => {
		useMailer(createMailer(smtpUrl(), 'Touchstone <t@example.org>'));
		const [done] = (await reports.list(orgId, closedCycleId)).filter((r) => r.status === 'done');
		const board = eq(user.email, 'board@demo.touchstone.test');
		const mailed = async (n: number) => {
			expect(await outbox.queueReport(orgId, done!.id)).toEqual({ ok: true, queued: 1 });
			await expect.poll(() => received.length, { timeout: 30_000 }).toBe(n);
			return readMail(received[n - 1]!);
		};
		try {
			await db().update(user).set({ language: 'de' }).where(board);
			const german = await mailed(2);
			expect(german.subject).toBe(
				'Bericht für den Vorstand: Reifegrad der CRM-Governance – Spring 2026'
			);
			expect(german.text).toContain(
				'Anbei der Bericht für den Vorstand darüber, wie Northwind Mutual (demo) Kundenbeziehungen steuert („Spring 2026“).'
			);
			// No choice of their own: the organisation's default language.
			await db().update(user).set({ language: null }).where(board);
			await db().update(organisation).set({ language: 'es' }).where(eq(organisation.id, orgId));
			const spanish = await mailed(3);
			expect(spanish.subject).toBe(
				'Informe para el consejo: madurez de la gobernanza de CRM – Spring 2026'
			);
			await db().update(organisation).set({ language: 'en' }).where(eq(organisation.id, orgId));
			const english = await mailed(4);
			expect(english.subject).toBe('Board report: CRM governance maturity – Spring 2026');
			expect(english.text).toContain(
				'Attached is the board report on how Northwind Mutual (demo) manages customer relationships (“Spring 2026”).'
			);
		} finally {
			await db().update(user).set({ language: null }).where(board);
			await db().update(organisation).set({ language: 'en' }).where(eq(organisation.id, orgId));
			useMailer(null);
		}
	});

	it('refuses a report that is not finished', async () => {
		const [row] = await db()
			.insert(report)
			.values({
				organisationId: orgId,
				cycleId: closedCycleId,
				requestedBy: leadId,
				options: {},
				status: 'failed',
				error: 'test'
			})
			.returning({ id: report.id });
		expect(await outbox.queueReport(orgId, row!.id)).toEqual({ ok: false, reason: 'not-done' });
	});
});
