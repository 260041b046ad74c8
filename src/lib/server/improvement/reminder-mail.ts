/**
 * The e-mail reminding an action's owner of its due date (issue 15.4), made and sent by the mail
 * queue's worker (outbox/). The job carries ids only; the address, the title and the link are read
 * when it is sent, and the reminder is dropped when it no longer applies (the action finished, its
 * date moved, its owner changed or left the organisation).
 */
import { and, eq } from 'drizzle-orm';
import { db } from '../platform/db';
import { action, cycle, membership, organisation, user } from '../platform/db/schema';
import { env } from '../platform/env';
import { logger } from '../platform/log';
import { failureReason, mailer, type MailMessage } from '../platform/mail';
import { isUnfinished } from '$lib/domain/action/schema';
import type { DueReminder } from '$lib/domain/action/reminders';
import { formatDate } from '$lib/format';
import { localeOf, preferredLanguage } from '$lib/domain/language';
import { m } from '$lib/paraglide/messages';

/** What a reminder job carries: ids, the reminder and the due date it is about. */
export interface ActionReminderJob {
	kind: 'action-due';
	organisationId: string;
	actionId: string;
	userId: string;
	reminder: DueReminder;
	dueDate: string;
}

type Built = { ok: true; message: MailMessage } | { ok: false; reason: string };

async function build(job: ActionReminderJob): Promise<Built> {
	const [row] = await db()
		.select({
			title: action.title,
			status: action.status,
			dueDate: action.dueDate,
			ownerUserId: action.ownerUserId,
			cycleId: action.originCycleId,
			cycleName: cycle.name,
			organisationName: organisation.name,
			organisationLanguage: organisation.language,
			email: user.email,
			name: user.name,
			language: user.language
		})
		.from(action)
		.innerJoin(cycle, eq(cycle.id, action.originCycleId))
		.innerJoin(organisation, eq(organisation.id, action.organisationId))
		.innerJoin(
			membership,
			and(eq(membership.organisationId, action.organisationId), eq(membership.userId, job.userId))
		)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(action.organisationId, job.organisationId), eq(action.id, job.actionId)));
	if (!row)
		return { ok: false, reason: 'The action or its owner is no longer in the organisation.' };
	if (row.ownerUserId !== job.userId || row.dueDate !== job.dueDate || !isUnfinished(row.status))
		return { ok: false, reason: 'The reminder no longer applies.' };
	const link = env.ORIGIN
		? `${env.ORIGIN.replace(/\/$/, '')}/o/${job.organisationId}/cycles/${row.cycleId}/actions/${job.actionId}`
		: null;
	// In the owner's language: their own choice, else the organisation's (no browser to ask).
	const locale = preferredLanguage(row.language, [], row.organisationLanguage);
	const date = formatDate(row.dueDate, 'UTC', localeOf[locale]);
	const about = { title: row.title, date, organisation: row.organisationName };
	const overdue = job.reminder === 'overdue';
	const subject = overdue
		? m.improve_mail_overdue_subject(about, { locale })
		: m.improve_mail_due_subject(about, { locale });
	const text = [
		m.improve_mail_hello({ name: row.name }, { locale }),
		'',
		overdue
			? m.improve_mail_overdue_body(about, { locale })
			: m.improve_mail_due_body(about, { locale }),
		m.improve_mail_due_cycle({ cycle: row.cycleName }, { locale }),
		link
			? m.improve_mail_due_link({ link }, { locale })
			: m.improve_mail_due_no_link({}, { locale }),
		'',
		m.improve_mail_due_rule({}, { locale }),
		'',
		'— Touchstone'
	].join('\n');
	return { ok: true, message: { to: row.email, subject, text } };
}

export type ReminderDeliverOutcome =
	{ retry: false; status: 'sent' | 'skipped' | 'failed' } | { retry: true; reason: string };

/** One attempt at one reminder (called by the mail queue's worker). Never throws for SMTP. */
export async function deliverActionReminder(
	job: ActionReminderJob,
	lastAttempt: boolean
): Promise<ReminderDeliverOutcome> {
	const transport = mailer();
	if (!transport) {
		logger.info({ kind: job.kind }, 'action reminder not sent: e-mail is not set up (SMTP_URL)');
		return { retry: false, status: 'skipped' };
	}
	const built = await build(job);
	if (!built.ok) {
		logger.info({ kind: job.kind, reason: built.reason }, 'action reminder skipped');
		return { retry: false, status: 'skipped' };
	}
	try {
		await transport.sendOne(built.message);
	} catch (error) {
		const reason = failureReason(error);
		logger.warn({ kind: job.kind, final: lastAttempt, reason }, 'mail attempt failed');
		return lastAttempt ? { retry: false, status: 'failed' } : { retry: true, reason };
	}
	logger.info({ kind: job.kind, reminder: job.reminder }, 'mail sent');
	return { retry: false, status: 'sent' };
}
