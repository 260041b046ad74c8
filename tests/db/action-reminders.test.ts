import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { databaseUrlFor, testDatabaseUrl, useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import { readMail, useLocalSmtpServer } from '../support/smtp';
import { db, resultRows } from '../../src/lib/server/platform/db';
import { action, membership, organisation } from '../../src/lib/server/platform/db/schema';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as cycles from '../../src/lib/server/cycles';
import * as actions from '../../src/lib/server/cycles/improvement-actions';
import * as instruments from '../../src/lib/server/instruments';
import * as jobs from '../../src/lib/server/platform/jobs';
import { createMailer, useMailer } from '../../src/lib/server/platform/mail';
import * as outbox from '../../src/lib/server/outbox';
import * as reminders from '../../src/lib/server/improvement/reminders';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';

/** Due-date reminders of improvement actions (issue 15.4): a daily job, e-mailed through the mail queue. */
let orgId: string;
let cycleId: string;
let lead: Awaited<ReturnType<typeof createUser>>;
let stranger: Awaited<ReturnType<typeof createUser>>;
const ids: Record<string, string> = {};
const local = useLocalSmtpServer();

async function addAction(
	title: string,
	dueDate: string,
	owner: { userId: string | null; name: string },
	status: 'planned' | 'in_progress' | 'done' = 'planned'
) {
	ids[title] = (await actions.create(
		orgId,
		cycleId,
		{
			title,
			dimensionKeys: ['vision'],
			owner: owner.name,
			ownerUserId: owner.userId,
			impact: 3,
			complexity: 3,
			dueDate,
			status,
			budget: null,
			approvedAmount: null,
			approvedBy: ''
		},
		lead.id
	))!;
}

beforeAll(async () => {
	const handle = await useTestDatabase();
	lead = await createUser('Lena Lead');
	stranger = await createUser('Sam Stranger');
	orgId = (await createOrganisation(lead.id)).id;
	await createOrganisation(stranger.id, 'Elsewhere');
	cycleId = (await cycles.create(orgId, lead.id, {
		name: 'Autumn',
		instrumentId: await instruments.ensureBuiltIn(touchstoneV1),
		opensAt: new Date('2026-11-01T00:00:00Z'),
		closesAt: new Date('2026-11-20T00:00:00Z'),
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
	useMailer(createMailer(local.url(), 'Touchstone <t@example.org>'));
	const member = { userId: lead.id, name: lead.name };
	await addAction('Soon', '2026-12-09', member);
	await addAction('Late', '2026-12-01', member, 'in_progress');
	await addAction('Later', '2026-12-20', member);
	await addAction('Outsider', '2026-12-09', { userId: null, name: 'An agency' });
	await addAction('Finished', '2026-12-01', member, 'done');
	// An owner who is not (or no longer) a member of the organisation is not mailed.
	await addAction('Gone', '2026-12-09', member);
	await db()
		.update(action)
		.set({ ownerUserId: stranger.id })
		.where(and(eq(action.organisationId, orgId), eq(action.id, ids.Gone!)));
}, 120_000);

afterAll(async () => {
	useMailer(null);
	await jobs.stop(5_000);
});

const mailsTo = (address: string) => local.received.filter((m) => m.to === address);

describe('due-date reminders', () => {
	it('mails the member who owns an action once when it is near and once when it has passed', async () => {
		const now = new Date('2026-12-07T08:00:00Z');
		expect(await reminders.queueDueReminders(now)).toBe(2);
		// Ids only in the queue: no address, no title.
		const queued = resultRows<{ data: unknown }>(
			await db().execute(
				sql`select data from pgboss.job where name = ${outbox.MAIL_QUEUE} and data->>'kind' = 'action-due'`
			)
		);
		const text = JSON.stringify(queued);
		expect(text).not.toContain('@');
		expect(text).not.toContain('Soon');
		await expect.poll(() => mailsTo(lead.email).length, { timeout: 30_000 }).toBe(2);
		const bodies = mailsTo(lead.email).map((m) => m.body);
		expect(bodies.some((b) => /Subject: Due on 9 Dec 2026: Soon/.test(b))).toBe(true);
		expect(bodies.some((b) => /Subject: Overdue since 1 Dec 2026: Late/.test(b))).toBe(true);
		expect(local.received.some((m) => m.to === stranger.email)).toBe(false);

		// The same day again, and the next day: nothing new.
		expect(await reminders.queueDueReminders(now)).toBe(0);
		expect(await reminders.queueDueReminders(new Date('2026-12-08T08:00:00Z'))).toBe(0);
	});

	it('reminds again of a new due date, and once it has passed', async () => {
		await db()
			.update(action)
			.set({ dueDate: '2026-12-11' })
			.where(and(eq(action.organisationId, orgId), eq(action.id, ids.Soon!)));
		expect(await reminders.queueDueReminders(new Date('2026-12-08T08:00:00Z'))).toBe(1);
		expect(await reminders.queueDueReminders(new Date('2026-12-12T08:00:00Z'))).toBe(1);
		await expect.poll(() => mailsTo(lead.email).length, { timeout: 30_000 }).toBe(4);
		// Both went out (in either order: the worker sends a batch at once).
		const subjects = mailsTo(lead.email).map((m) => /Subject: (.*)/.exec(m.body)?.[1]);
		expect(subjects).toContain('Due on 11 Dec 2026: Soon');
		expect(subjects).toContain('Overdue since 11 Dec 2026: Soon');
		// "Later" (20 December) becomes near on the 17th, where the organisation is.
		expect(await reminders.queueDueReminders(new Date('2026-12-16T08:00:00Z'))).toBe(0);
		expect(await reminders.queueDueReminders(new Date('2026-12-17T08:00:00Z'))).toBe(1);
	});

	it('keeps one daily run waiting however many instances start', async () => {
		await reminders.startReminders();
		await reminders.startReminders();
		const waiting = resultRows<{ n: number }>(
			await db().execute(
				sql`select count(*)::int as n from pgboss.job where name = ${reminders.REMINDER_QUEUE} and state = 'created'`
			)
		);
		expect(Number(waiting[0]!.n)).toBe(1);
		expect(reminders.secondsToNextRun(new Date('2026-12-07T05:00:00Z'))).toBe(3600);
		expect(reminders.secondsToNextRun(new Date('2026-12-07T06:00:00Z'))).toBe(86_400);
	});

	it('writes to each owner in their language, else in the organisation’s', async () => {
		// A member who chose German, and one with no choice of their own.
		const dora = await createUser('Dora Deutsch');
		await accounts.setLanguage(dora.id, 'de');
		const pablo = await createUser('Pablo Pérez');
		await db()
			.insert(membership)
			.values([
				{ organisationId: orgId, userId: dora.id, role: 'lead' },
				{ organisationId: orgId, userId: pablo.id, role: 'lead' }
			]);
		await addAction('Kundenkarte', '2027-01-10', { userId: dora.id, name: dora.name });
		await addAction('Tarjeta', '2027-01-20', { userId: pablo.id, name: pablo.name });

		// "Later" (20 December, the lead's, no language chosen) has passed: its reminder stays English.
		expect(await reminders.queueDueReminders(new Date('2027-01-07T08:00:00Z'))).toBe(2);
		await expect.poll(() => mailsTo(dora.email).length, { timeout: 30_000 }).toBe(1);
		const german = readMail(mailsTo(dora.email)[0]!);
		expect(german.subject).toBe('Fällig am 10. Jan. 2027: Kundenkarte');
		expect(german.text).toContain(
			'Die Verbesserungsmaßnahme „Kundenkarte“, für die Sie in Acme Ltd verantwortlich sind, ist am 10. Jan. 2027 fällig.'
		);
		expect(german.text).toContain('Sie gehört zum Zyklus „Autumn“.');
		await expect.poll(() => mailsTo(lead.email).length, { timeout: 30_000 }).toBe(6);
		const english = mailsTo(lead.email).map(readMail);
		expect(english.map((m) => m.subject).filter((s) => s.endsWith(': Later'))).toEqual(
			expect.arrayContaining(['Due on 20 Dec 2026: Later', 'Overdue since 20 Dec 2026: Later'])
		);
		const later = english.find((m) => m.subject === 'Overdue since 20 Dec 2026: Later')!;
		expect(later.text).toBe(
			[
				'Hello Lena Lead,',
				'',
				'The improvement action “Later” that you own in Acme Ltd was due on 20 Dec 2026 and is not marked done yet.',
				'It belongs to the cycle “Autumn”.',
				'Record its progress, or move its date, on the cycle’s Actions page in Touchstone.',
				'',
				'You get one reminder when the date is near and one when it has passed.',
				'',
				'— Touchstone'
			].join('\n')
		);

		// Pablo chose nothing: the organisation's default language, here Spanish.
		await db().update(organisation).set({ language: 'es' }).where(eq(organisation.id, orgId));
		try {
			// Dora's action has passed by now: still German, her own choice.
			expect(await reminders.queueDueReminders(new Date('2027-01-17T08:00:00Z'))).toBe(2);
			await expect.poll(() => mailsTo(pablo.email).length, { timeout: 30_000 }).toBe(1);
			const spanish = readMail(mailsTo(pablo.email)[0]!);
			expect(spanish.subject).toBe('Vence el 20 ene 2027: Tarjeta');
			expect(spanish.text).toContain('Hola, Pablo Pérez:');
			await expect.poll(() => mailsTo(dora.email).length, { timeout: 30_000 }).toBe(2);
			expect(readMail(mailsTo(dora.email)[1]!).subject).toBe(
				'Überfällig seit 10. Jan. 2027: Kundenkarte'
			);
		} finally {
			await db().update(organisation).set({ language: 'en' }).where(eq(organisation.id, orgId));
		}
	});
});
