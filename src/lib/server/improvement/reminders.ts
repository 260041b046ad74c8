/**
 * The daily due-date reminders of improvement actions (issue 15.4). A job on the shared queue
 * (platform/jobs.ts) runs once a day: it finds the unfinished actions whose owner is a member and
 * whose due date is near or passed — "today" where each organisation is — marks each reminder as
 * sent for that due date, and queues its e-mail on the mail queue (outbox/, ids only). The mark is
 * taken with a conditional UPDATE, so two instances running the job at once send each reminder once.
 */
import { and, eq, inArray, isNotNull, isNull, lte, ne, or } from 'drizzle-orm';
import { db } from '../platform/db';
import { action, membership, organisation } from '../platform/db/schema';
import * as jobs from '../platform/jobs';
import { logger } from '../platform/log';
import * as outbox from '../outbox';
import { DUE_SOON_DAYS, dueReminder } from '$lib/domain/action/reminders';
import { wallTimeOf } from '$lib/domain/time';

export const REMINDER_QUEUE = 'action-reminders';
/** The hour (UTC) the daily run starts. */
const RUN_HOUR_UTC = 6;

/** Seconds from `now` to the next RUN_HOUR_UTC:00 UTC. */
export function secondsToNextRun(now: Date): number {
	const next = new Date(now);
	next.setUTCHours(RUN_HOUR_UTC, 0, 0, 0);
	if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
	return Math.ceil((next.getTime() - now.getTime()) / 1000);
}

/**
 * Queues today's reminders; returns how many. `now` decides "today" in each organisation's time
 * zone. Only actions whose owner is (still) a member of the organisation are reminded.
 */
export async function queueDueReminders(now: Date = new Date()): Promise<number> {
	// A day of slack on the database's date: time zones put "today" up to a day either side of UTC.
	const horizon = new Date(now.getTime() + (DUE_SOON_DAYS + 1) * 86_400_000)
		.toISOString()
		.slice(0, 10);
	const candidates = await db()
		.select({
			id: action.id,
			organisationId: action.organisationId,
			ownerUserId: action.ownerUserId,
			dueDate: action.dueDate,
			status: action.status,
			dueSoonRemindedFor: action.dueSoonRemindedFor,
			overdueRemindedFor: action.overdueRemindedFor,
			timeZone: organisation.timeZone
		})
		.from(action)
		.innerJoin(organisation, eq(organisation.id, action.organisationId))
		.innerJoin(
			membership,
			and(
				eq(membership.organisationId, action.organisationId),
				eq(membership.userId, action.ownerUserId)
			)
		)
		.where(
			and(
				inArray(action.status, ['planned', 'in_progress']),
				isNotNull(action.dueDate),
				lte(action.dueDate, horizon)
			)
		);
	const due: Parameters<typeof outbox.queueActionReminders>[0][number][] = [];
	for (const row of candidates) {
		const reminder = dueReminder(row, wallTimeOf(now, row.timeZone).slice(0, 10));
		if (!reminder || !row.dueDate || !row.ownerUserId) continue;
		const column = reminder === 'overdue' ? action.overdueRemindedFor : action.dueSoonRemindedFor;
		const [claimed] = await db()
			.update(action)
			.set(
				reminder === 'overdue'
					? { overdueRemindedFor: row.dueDate }
					: { dueSoonRemindedFor: row.dueDate }
			)
			.where(
				and(
					eq(action.organisationId, row.organisationId),
					eq(action.id, row.id),
					eq(action.dueDate, row.dueDate),
					or(isNull(column), ne(column, row.dueDate))
				)
			)
			.returning({ id: action.id });
		if (!claimed) continue;
		due.push({
			organisationId: row.organisationId,
			actionId: row.id,
			userId: row.ownerUserId,
			reminder,
			dueDate: row.dueDate
		});
	}
	if (due.length > 0) {
		try {
			await outbox.queueActionReminders(due);
		} catch (error) {
			// Not queued: take the marks back so that the next run tries again.
			for (const d of due)
				await db()
					.update(action)
					.set(
						d.reminder === 'overdue' ? { overdueRemindedFor: null } : { dueSoonRemindedFor: null }
					)
					.where(and(eq(action.organisationId, d.organisationId), eq(action.id, d.actionId)));
			throw error;
		}
	}
	logger.info({ queued: due.length }, 'action reminders queued');
	return due.length;
}

/**
 * Works the daily job on this instance and makes sure the next run is waiting. The queue keeps at
 * most one job waiting (policy 'short'), so every instance may call this at start-up; each run
 * queues the next before it starts its own work.
 */
export async function startReminders(): Promise<void> {
	await jobs.createQueue(REMINDER_QUEUE, {
		expireInSeconds: 600,
		retryLimit: 3,
		retryDelay: 300,
		policy: 'short'
	});
	await jobs.work(
		REMINDER_QUEUE,
		async () => {
			await jobs.sendUnlessWaiting(
				REMINDER_QUEUE,
				{},
				{ startAfterSeconds: secondsToNextRun(new Date()) }
			);
			await queueDueReminders(new Date());
		},
		60
	);
	await jobs.sendUnlessWaiting(
		REMINDER_QUEUE,
		{},
		{ startAfterSeconds: secondsToNextRun(new Date()) }
	);
}
