/**
 * Retention (issue 14.6): each organisation says how many days after a cycle closes its
 * invitees' addresses and names, and its raw answers, are kept. A daily job on the queue erases
 * what is due, cycle by cycle: results are frozen first (scoring.freezeResults) so the dashboard,
 * trends and new reports still show them; reports already made are kept. Each erasure is one
 * transaction with its audit event, which counts what was erased and names no one.
 */
import { and, eq, inArray, isNotNull, isNull, or, sql, type AnyColumn } from 'drizzle-orm';
import { db } from '../platform/db';
import { cycle, organisation } from '../platform/db/schema';
import * as audit from '../audit';
import * as cycles from '../cycles';
import * as jobs from '../platform/jobs';
import { logger } from '../platform/log';
import { freezeResults } from '../scoring';
import { eraseAddresses, eraseAnswers } from '../survey/erasure';

const DAY_MS = 86_400_000;
export const RETENTION_QUEUE = 'retention-daily';

interface DueCycle {
	organisationId: string;
	cycleId: string;
	name: string;
	addresses: boolean;
	answers: boolean;
}

/** Closed cycles (by a lead or by their date) with something past its organisation's retention. */
async function dueCycles(now: Date): Promise<DueCycle[]> {
	const closedAt = sql`coalesce(${cycle.closedAt}, ${cycle.closesAt})`;
	const past = (days: AnyColumn) =>
		sql<boolean>`(${days} is not null and ${closedAt} + make_interval(days => ${days}) <= ${now.toISOString()}::timestamptz)`;
	const addressesDue = sql<boolean>`(${isNull(cycle.addressesErasedAt)} and ${past(organisation.inviteeRetentionDays)})`;
	const answersDue = sql<boolean>`(${isNull(cycle.answersErasedAt)} and ${past(organisation.answerRetentionDays)})`;
	return db()
		.select({
			organisationId: cycle.organisationId,
			cycleId: cycle.id,
			name: cycle.name,
			addresses: addressesDue,
			answers: answersDue
		})
		.from(cycle)
		.innerJoin(organisation, eq(organisation.id, cycle.organisationId))
		.where(
			and(
				inArray(cycle.status, ['closed', 'reviewed']),
				or(
					isNotNull(organisation.inviteeRetentionDays),
					isNotNull(organisation.answerRetentionDays)
				),
				or(addressesDue, answersDue)
			)
		);
}

/** Applies every organisation's retention setting as of `now`; returns the cycles touched. */
export async function applyRetention(now = new Date()): Promise<number> {
	// Cycles past their closing date are closed first, so their retention counts from that date.
	const organisations = await db()
		.select({ id: organisation.id })
		.from(organisation)
		.where(
			or(isNotNull(organisation.inviteeRetentionDays), isNotNull(organisation.answerRetentionDays))
		);
	for (const o of organisations) await cycles.closeExpired(o.id, now);
	const due = await dueCycles(now);
	for (const c of due) {
		if (c.answers && !(await freezeResults(c.organisationId, c.cycleId))) continue;
		await db().transaction(async (tx) => {
			const answersErased = c.answers ? await eraseAnswers(tx, c.organisationId, c.cycleId) : 0;
			const addressesErased = c.addresses
				? await eraseAddresses(tx, c.organisationId, c.cycleId)
				: 0;
			await cycles.markErased(tx, c.organisationId, c.cycleId, {
				...(c.addresses ? { addressesAt: now } : {}),
				...(c.answers ? { answersAt: now } : {})
			});
			await audit.record(tx, c.organisationId, null, {
				kind: 'retention.applied',
				subjectId: c.cycleId,
				details: { cycle: c.name, addressesErased, answersErased }
			});
		});
	}
	if (due.length > 0) logger.info({ cycles: due.length }, 'retention applied');
	return due.length;
}

/**
 * The daily run: one job waits on the queue at a time (policy `short`), each run queues the next
 * one a day later before it works, and every instance's start queues one a minute later if none
 * is waiting — so a day without a running instance is made up at the next start.
 */
export async function startWorker(): Promise<void> {
	await jobs.createQueue(RETENTION_QUEUE, {
		policy: 'short',
		expireInSeconds: 3600,
		retryLimit: 3,
		retryDelay: 600
	});
	await jobs.work(
		RETENTION_QUEUE,
		async () => {
			await jobs.sendUnlessWaiting(RETENTION_QUEUE, {}, { startAfterSeconds: DAY_MS / 1000 });
			await applyRetention();
		},
		60
	);
	await jobs.sendUnlessWaiting(RETENTION_QUEUE, {}, { startAfterSeconds: 60 });
}
