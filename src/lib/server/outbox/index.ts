/**
 * Outgoing e-mail: invitations, reminders and board reports go through the Postgres-backed job
 * queue (pg-boss, jobs.ts), never inside a request. A request only records one `mail_message` row
 * per e-mail and queues a job holding ids (organisation, cycle, message, invitation or report and
 * board member, kind, and the origin links are made on): no link, address or attachment waits in
 * the queue. The worker derives the link, reads the address and loads the PDF when it sends, with
 * short SMTP timeouts; a failed attempt is retried with exponential back-off, and the row says
 * what became of each e-mail: queued, sent, retrying, failed (with the SMTP server's reason).
 * Every query is scoped by organisation.
 */
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { db } from '../platform/db';
import { mailMessage } from '../platform/db/schema';
import { env } from '../platform/env';
import * as audit from '../audit';
import * as cycles from '../cycles';
import * as instruments from '../instruments';
import * as invitations from '../survey/invitations';
import * as jobs from '../platform/jobs';
import * as organisations from '../organisations';
import { logger } from '../platform/log';
import { failureReason, invitationMessage, mailer, type MailMessage } from '../platform/mail';
import * as reports from '../reports';
import { surveyLink } from '$lib/domain/invitation/mail';
import { deliverAccountMail, type AccountMailJob } from '../auth/account-mail';
import { deliverActionReminder, type ActionReminderJob } from '../improvement/reminder-mail';
import { failureReasons } from '$lib/domain/job-failure/reasons';

export const MAIL_QUEUE = 'mail-send';

export type MailKind = 'invitation' | 'reminder' | 'report';
export type MailStatus = 'queued' | 'sent' | 'retrying' | 'failed';

/** What a mail job carries: ids and the origin only. */
export interface MailJob {
	messageId: string;
	organisationId: string;
	cycleId: string;
	kind: MailKind;
	invitationId?: string;
	reportId?: string;
	recipientUserId?: string;
	/** The app's origin as the lead's request saw it, e.g. https://touchstone.example.org. */
	origin?: string;
}

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement. */
const BATCH = 1_000;
/** Messages a worker sends at the same time (each on its own SMTP connection). */
const CONCURRENCY = 5;

export const mailConfigured = (): boolean => mailer() !== null;

function jobOptions(): jobs.JobOptions {
	const worstAttemptSeconds = Math.ceil((3 * env.MAIL_TIMEOUT_MS) / 1000);
	return {
		retryLimit: env.MAIL_RETRY_LIMIT,
		retryDelay: env.MAIL_RETRY_DELAY_SECONDS,
		retryBackoff: true,
		// A job still running after this is taken back by pg-boss (and retried).
		expireInSeconds: Math.max(60, worstAttemptSeconds * 2 + 30)
	};
}

/** Creates the queue and works mail jobs on this instance (called once at start-up). */
export async function startWorker(): Promise<void> {
	await jobs.createQueue(MAIL_QUEUE, {
		expireInSeconds: jobOptions().expireInSeconds!,
		retryLimit: env.MAIL_RETRY_LIMIT,
		retryDelay: env.MAIL_RETRY_DELAY_SECONDS
	});
	await jobs.workBatch<MailJob | AccountMailJob | ActionReminderJob>(
		MAIL_QUEUE,
		async (batch, retry) => {
			for (let i = 0; i < batch.length; i += CONCURRENCY) {
				await Promise.all(
					batch.slice(i, i + CONCURRENCY).map(async (job) => {
						const lastAttempt = job.retryCount >= job.retryLimit;
						const outcome =
							job.data.kind === 'account'
								? await deliverAccountMail(job.data, lastAttempt)
								: job.data.kind === 'action-due'
									? await deliverActionReminder(job.data, lastAttempt)
									: await deliver(job.data, lastAttempt);
						if (outcome.retry) await retry(job.id, outcome.reason);
					})
				);
			}
		},
		{ batchSize: 20, pollingIntervalSeconds: 1 }
	);
	await jobs.createQueue(REPORT_READY_QUEUE, { expireInSeconds: 60, retryLimit: 2, retryDelay: 5 });
	await jobs.work<ReportReadyJob>(REPORT_READY_QUEUE, whenReportReady, 1);
}

async function enqueue(
	rows: Array<typeof mailMessage.$inferInsert>,
	origin?: string
): Promise<number> {
	let queued = 0;
	for (let i = 0; i < rows.length; i += BATCH) {
		const created = await db()
			.insert(mailMessage)
			.values(rows.slice(i, i + BATCH))
			.returning({
				id: mailMessage.id,
				organisationId: mailMessage.organisationId,
				cycleId: mailMessage.cycleId,
				kind: mailMessage.kind,
				invitationId: mailMessage.invitationId,
				reportId: mailMessage.reportId,
				recipientUserId: mailMessage.recipientUserId
			});
		const data: MailJob[] = created.map((m) => ({
			messageId: m.id,
			organisationId: m.organisationId,
			cycleId: m.cycleId,
			kind: m.kind,
			...(m.invitationId ? { invitationId: m.invitationId } : {}),
			...(m.reportId ? { reportId: m.reportId } : {}),
			...(m.recipientUserId ? { recipientUserId: m.recipientUserId } : {}),
			...(origin ? { origin } : {})
		}));
		try {
			await jobs.sendMany(MAIL_QUEUE, data, jobOptions());
		} catch (error) {
			await db()
				.update(mailMessage)
				.set({
					status: 'failed',
					lastError: failureReasons.mailNotQueued,
					updatedAt: new Date()
				})
				.where(
					and(
						eq(mailMessage.organisationId, rows[0]!.organisationId),
						inArray(
							mailMessage.id,
							created.map((c) => c.id)
						)
					)
				);
			throw error;
		}
		queued += created.length;
	}
	return queued;
}

/**
 * Queues an invitation or reminder e-mail for each of the cycle's personal invitations given.
 * Skips those that already have an e-mail on its way (queued or retrying), and for invitations
 * also those already invited. Returns how many were queued; the request returns at once.
 */
export async function queueInvitations(
	organisationId: string,
	cycleId: string,
	invitationIds: string[],
	kind: 'invitation' | 'reminder',
	origin: string,
	/** The lead who pressed send or remind (null: Touchstone itself). */
	actorId: string | null
): Promise<number> {
	if (invitationIds.length === 0) return 0;
	const busy = new Set<string>();
	const onItsWay = inArray(mailMessage.status, ['queued', 'retrying']);
	const busyIf =
		kind === 'invitation'
			? or(onItsWay, and(eq(mailMessage.kind, 'invitation'), eq(mailMessage.status, 'sent')))
			: onItsWay;
	for (let i = 0; i < invitationIds.length; i += BATCH) {
		const rows = await db()
			.select({ invitationId: mailMessage.invitationId })
			.from(mailMessage)
			.where(
				and(
					eq(mailMessage.organisationId, organisationId),
					eq(mailMessage.cycleId, cycleId),
					inArray(mailMessage.invitationId, invitationIds.slice(i, i + BATCH)),
					busyIf
				)
			);
		for (const r of rows) if (r.invitationId) busy.add(r.invitationId);
	}
	const queued = await enqueue(
		invitationIds
			.filter((id) => !busy.has(id))
			.map((invitationId) => ({ organisationId, cycleId, kind, invitationId })),
		origin
	);
	logger.info({ organisationId, cycleId, kind, queued }, 'mail queued');
	// How many, never whom: a reminder goes only to people who had not answered.
	if (kind === 'reminder' && queued > 0) {
		const named = await cycles.get(organisationId, cycleId);
		await audit.record(db(), organisationId, actorId, {
			kind: 'invitation.reminders_sent',
			subjectId: cycleId,
			details: { cycle: named?.name ?? '', count: queued }
		});
	}
	return queued;
}

export type QueueReportResult =
	| { ok: true; queued: number }
	| { ok: false; reason: 'not-found' | 'not-done' | 'no-board-members' };

/** Queues the report's e-mail to each board member of the organisation. */
export async function queueReport(
	organisationId: string,
	reportId: string
): Promise<QueueReportResult> {
	const recipients = await reports.boardRecipients(organisationId, reportId);
	if (!recipients.ok) return recipients;
	const queued = await enqueue(
		recipients.userIds.map((recipientUserId) => ({
			organisationId,
			cycleId: recipients.cycleId,
			kind: 'report' as const,
			reportId,
			recipientUserId
		}))
	);
	logger.info({ organisationId, reportId, queued }, 'report mail queued');
	return { ok: true, queued };
}

/** Waits for a newly requested report, then mails it to the board (mailBoardWhenReady). */
export const REPORT_READY_QUEUE = 'report-ready-mail';
/** Seconds between two looks at a report still being made, and how many looks at most (~10 min). */
const READY_POLL_SECONDS = 5;
const READY_POLLS = 120;

interface ReportReadyJob {
	organisationId: string;
	reportId: string;
	look: number;
}

/**
 * A cycle's first final report goes to the organisation's board members by e-mail once it is done
 * (issue 16.1), as the lead's "E-mail to the board" sends it. A provisional report (its cycle still
 * open) or one made again is mailed only when the lead chooses to. Nothing is queued without SMTP.
 */
export async function mailBoardWhenReady(organisationId: string, reportId: string): Promise<void> {
	if (!mailConfigured()) return;
	await jobs.send<ReportReadyJob>(
		REPORT_READY_QUEUE,
		{ organisationId, reportId, look: 1 },
		{ startAfterSeconds: 1 }
	);
}

/** One look at the report: mail it when done, look again later while it is being made. */
async function whenReportReady(job: ReportReadyJob): Promise<void> {
	const row = await reports.get(job.organisationId, job.reportId);
	if (!row || row.status === 'failed' || row.provisional) return;
	if (row.status !== 'done') {
		if (job.look < READY_POLLS)
			await jobs.send<ReportReadyJob>(
				REPORT_READY_QUEUE,
				{ ...job, look: job.look + 1 },
				{ startAfterSeconds: READY_POLL_SECONDS }
			);
		return;
	}
	// A report made again (other peers, say) goes out only when the lead sends it.
	const earlier = (await reports.list(job.organisationId, row.cycleId)).some(
		(r) =>
			r.id !== row.id &&
			r.status === 'done' &&
			!r.provisional &&
			(r.finishedAt?.getTime() ?? 0) < (row.finishedAt?.getTime() ?? 0)
	);
	if (earlier) return;
	const queued = await queueReport(job.organisationId, job.reportId);
	logger.info(
		{ organisationId: job.organisationId, reportId: job.reportId, queued },
		'new report mailed to the board'
	);
}

/**
 * Queues an e-mail to an account about the account (auth/account-mail.ts): ids and the origin
 * only. Its delivery is not shown to anyone: the person is waiting for it in their mailbox.
 */
export async function queueAccountMail(job: Omit<AccountMailJob, 'kind'>): Promise<void> {
	await jobs.sendMany(MAIL_QUEUE, [{ kind: 'account', ...job }], jobOptions());
}

/** Queues the e-mail reminding an action's owner of its due date (improvement/reminders.ts): ids only. */
export async function queueActionReminders(
	reminders: ReadonlyArray<Omit<ActionReminderJob, 'kind'>>
): Promise<void> {
	await jobs.sendMany(
		MAIL_QUEUE,
		reminders.map((r) => ({ kind: 'action-due' as const, ...r })),
		jobOptions()
	);
}

type Built = { ok: true; message: MailMessage } | { ok: false; reason: string };

/** The e-mail of a job, made now: the link derived, the address read, the PDF loaded. */
async function build(job: MailJob): Promise<Built> {
	if (job.kind === 'report') {
		if (!job.reportId || !job.recipientUserId)
			return { ok: false, reason: failureReasons.nothingToSend };
		return reports.boardMail(job.organisationId, job.reportId, job.recipientUserId);
	}
	if (!job.invitationId || !job.origin) return { ok: false, reason: failureReasons.nothingToSend };
	const [link] = await invitations.links(job.organisationId, job.cycleId, [job.invitationId]);
	if (!link) return { ok: false, reason: failureReasons.invitationRevoked };
	if (!link.email) return { ok: false, reason: failureReasons.anonymousLink };
	const cycle = await cycles.get(job.organisationId, job.cycleId);
	if (!cycle) return { ok: false, reason: failureReasons.cycleGone };
	const org = await organisations.get(job.organisationId);
	if (!org) return { ok: false, reason: failureReasons.organisationGone };
	return {
		ok: true,
		message: invitationMessage({
			to: link.email,
			name: link.name,
			organisationName: org.name,
			cycleName: cycle.name,
			link: surveyLink(job.origin, link.token, link.language),
			language: link.language,
			closesAt: cycle.closesAt,
			timeZone: org.timeZone,
			reminder: job.kind === 'reminder',
			minutes: await instruments.minutesToAnswer(job.organisationId, cycle.instrumentId),
			anonymityThreshold: cycle.anonymityThreshold
		})
	};
}

export type DeliverOutcome =
	{ retry: false; status: MailStatus | 'skipped' } | { retry: true; reason: string };

async function settle(job: MailJob, status: MailStatus, lastError: string | null): Promise<void> {
	await db()
		.update(mailMessage)
		.set({ status, lastError, updatedAt: new Date() })
		.where(
			and(eq(mailMessage.organisationId, job.organisationId), eq(mailMessage.id, job.messageId))
		);
}

/**
 * One attempt at one message. `lastAttempt`: the queue will not retry it again, so a failure is
 * final. Never throws for an SMTP failure: it records it and asks for a retry instead.
 */
export async function deliver(job: MailJob, lastAttempt: boolean): Promise<DeliverOutcome> {
	const [claimed] = await db()
		.update(mailMessage)
		.set({ attempts: sql`${mailMessage.attempts} + 1`, updatedAt: new Date() })
		.where(
			and(
				eq(mailMessage.organisationId, job.organisationId),
				eq(mailMessage.id, job.messageId),
				inArray(mailMessage.status, ['queued', 'retrying'])
			)
		)
		.returning({ attempts: mailMessage.attempts });
	// Sent or failed already (a job run twice): nothing to do.
	if (!claimed) return { retry: false, status: 'skipped' };
	const transport = mailer();
	const built = transport
		? await build(job)
		: ({ ok: false, reason: failureReasons.noMailer } as const);
	if (!built.ok) {
		await settle(job, 'failed', built.reason);
		return { retry: false, status: 'failed' };
	}
	try {
		await transport!.sendOne(built.message);
	} catch (error) {
		const reason = failureReason(error);
		const final = lastAttempt || claimed.attempts > env.MAIL_RETRY_LIMIT;
		await settle(job, final ? 'failed' : 'retrying', reason);
		logger.warn(
			{
				messageId: job.messageId,
				organisationId: job.organisationId,
				kind: job.kind,
				attempt: claimed.attempts,
				final,
				reason
			},
			'mail attempt failed'
		);
		return final ? { retry: false, status: 'failed' } : { retry: true, reason };
	}
	await settle(job, 'sent', null);
	if (job.invitationId)
		await invitations.markSent(
			job.organisationId,
			[job.invitationId],
			job.kind === 'reminder' ? 'remindedAt' : 'sentAt'
		);
	logger.info(
		{
			messageId: job.messageId,
			organisationId: job.organisationId,
			kind: job.kind,
			attempt: claimed.attempts
		},
		'mail sent'
	);
	return { retry: false, status: 'sent' };
}

export interface MessageState {
	kind: MailKind;
	status: MailStatus;
	attempts: number;
	lastError: string | null;
	updatedAt: Date;
}

/** The newest e-mail of each invitation of the cycle, by invitation id. */
export async function byInvitation(
	organisationId: string,
	cycleId: string
): Promise<Map<string, MessageState>> {
	const rows = await db()
		.selectDistinctOn([mailMessage.invitationId], {
			invitationId: mailMessage.invitationId,
			kind: mailMessage.kind,
			status: mailMessage.status,
			attempts: mailMessage.attempts,
			lastError: mailMessage.lastError,
			updatedAt: mailMessage.updatedAt
		})
		.from(mailMessage)
		.where(
			and(
				eq(mailMessage.organisationId, organisationId),
				eq(mailMessage.cycleId, cycleId),
				inArray(mailMessage.kind, ['invitation', 'reminder'])
			)
		)
		.orderBy(mailMessage.invitationId, desc(mailMessage.createdAt), desc(mailMessage.id));
	return new Map(
		rows.filter((r) => r.invitationId).map(({ invitationId, ...state }) => [invitationId!, state])
	);
}

export interface ReportMailState {
	/** Board members by the status of the newest e-mail of this report to them. */
	counts: Record<MailStatus, number>;
	/** The reason of a failure (or of the latest failed attempt of a retrying message), if any. */
	lastError: string | null;
}

/** For each report of the cycle that was e-mailed: what became of the e-mail to each board member. */
export async function byReport(
	organisationId: string,
	cycleId: string
): Promise<Map<string, ReportMailState>> {
	const rows = await db()
		.selectDistinctOn([mailMessage.reportId, mailMessage.recipientUserId], {
			reportId: mailMessage.reportId,
			status: mailMessage.status,
			lastError: mailMessage.lastError
		})
		.from(mailMessage)
		.where(
			and(
				eq(mailMessage.organisationId, organisationId),
				eq(mailMessage.cycleId, cycleId),
				eq(mailMessage.kind, 'report')
			)
		)
		.orderBy(
			mailMessage.reportId,
			mailMessage.recipientUserId,
			desc(mailMessage.createdAt),
			desc(mailMessage.id)
		);
	const out = new Map<string, ReportMailState>();
	for (const r of rows) {
		if (!r.reportId) continue;
		const state = out.get(r.reportId) ?? {
			counts: { queued: 0, sent: 0, retrying: 0, failed: 0 },
			lastError: null
		};
		state.counts[r.status] += 1;
		if (r.lastError && r.status !== 'sent') state.lastError = r.lastError;
		out.set(r.reportId, state);
	}
	return out;
}
