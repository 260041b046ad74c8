/**
 * The organisation's audit log (issue 14.5): services record an event in the same transaction as
 * the change it describes, leads read it (newest first, filtered) and export it. The table is
 * append-only (see the migration's trigger); this module only ever inserts and reads.
 */
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '../platform/db';
import { auditEvent, user } from '../platform/db/schema';
import {
	auditSubjectOf,
	isAuditEventKind,
	type AuditEventInput,
	type AuditEventKind,
	type AuditSubjectType
} from '$lib/domain/audit/events';

/**
 * Records one event; pass the transaction of the change so both are kept or neither. The actor is
 * an account id (null: Touchstone itself acted); their address and name are copied from the
 * account in the same statement, as they are at that moment.
 */
export async function record(
	executor: Executor,
	organisationId: string,
	actorId: string | null,
	event: AuditEventInput
): Promise<void> {
	await recordMany(executor, organisationId, actorId, [event]);
}

/** Several events of one change (e.g. cycles closed by their date, one per cycle). */
export async function recordMany(
	executor: Executor,
	organisationId: string,
	actorId: string | null,
	events: readonly AuditEventInput[]
): Promise<void> {
	if (events.length === 0) return;
	const actorEmail = actorId
		? sql<string>`(select ${user.email} from ${user} where ${user.id} = ${actorId})`
		: null;
	const actorName = actorId
		? sql<string>`(select ${user.name} from ${user} where ${user.id} = ${actorId})`
		: null;
	await executor.insert(auditEvent).values(
		events.map((event) => ({
			organisationId,
			actorUserId: actorId,
			actorEmail,
			actorName,
			kind: event.kind,
			subjectType: auditSubjectOf[event.kind],
			subjectId: event.subjectId,
			details: event.details as Record<string, unknown>
		}))
	);
}

export interface AuditFilter {
	kind?: AuditEventKind;
	/** An account id, or 'touchstone' for what Touchstone did itself. */
	actor?: string;
	/** From this moment (inclusive) to that one (exclusive). */
	from?: Date;
	to?: Date;
}

export interface AuditEntry {
	id: string;
	occurredAt: Date;
	actor: { id: string; email: string | null; name: string | null } | null;
	kind: AuditEventKind;
	subjectType: AuditSubjectType;
	subjectId: string | null;
	/** For member events, the member's name now (null when the account is gone). */
	memberName: string | null;
	details: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function conditions(organisationId: string, filter: AuditFilter): SQL[] {
	const where: SQL[] = [eq(auditEvent.organisationId, organisationId)];
	if (filter.kind) where.push(eq(auditEvent.kind, filter.kind));
	if (filter.actor === 'touchstone') where.push(sql`${auditEvent.actorUserId} is null`);
	else if (filter.actor && UUID.test(filter.actor))
		where.push(eq(auditEvent.actorUserId, filter.actor));
	if (filter.from) where.push(gte(auditEvent.occurredAt, filter.from));
	if (filter.to) where.push(lt(auditEvent.occurredAt, filter.to));
	return where;
}

async function select(
	organisationId: string,
	filter: AuditFilter,
	window?: { limit: number; offset: number }
): Promise<AuditEntry[]> {
	const query = db()
		.select({
			id: auditEvent.id,
			occurredAt: auditEvent.occurredAt,
			actorUserId: auditEvent.actorUserId,
			actorEmail: auditEvent.actorEmail,
			actorName: auditEvent.actorName,
			kind: auditEvent.kind,
			subjectType: auditEvent.subjectType,
			subjectId: auditEvent.subjectId,
			memberName: user.name,
			details: auditEvent.details
		})
		.from(auditEvent)
		.leftJoin(user, and(eq(auditEvent.subjectType, 'member'), eq(user.id, auditEvent.subjectId)))
		.where(and(...conditions(organisationId, filter)))
		.orderBy(desc(auditEvent.occurredAt), desc(auditEvent.id));
	const rows = window ? await query.limit(window.limit).offset(window.offset) : await query;
	return rows
		.filter((r) => isAuditEventKind(r.kind))
		.map((r) => ({
			id: r.id,
			occurredAt: r.occurredAt,
			actor: r.actorUserId ? { id: r.actorUserId, email: r.actorEmail, name: r.actorName } : null,
			kind: r.kind as AuditEventKind,
			subjectType: r.subjectType as AuditSubjectType,
			subjectId: r.subjectId,
			memberName: r.memberName,
			details: r.details
		}));
}

export const PAGE_SIZE = 50;

/** One page of the log, newest first; `more` says whether an older page exists. */
export async function page(
	organisationId: string,
	filter: AuditFilter,
	pageNumber: number
): Promise<{ events: AuditEntry[]; more: boolean }> {
	const offset = (Math.max(1, Math.floor(pageNumber)) - 1) * PAGE_SIZE;
	const rows = await select(organisationId, filter, { limit: PAGE_SIZE + 1, offset });
	return { events: rows.slice(0, PAGE_SIZE), more: rows.length > PAGE_SIZE };
}

/** Every event of the filter, newest first: the organisation's export. */
export async function all(organisationId: string, filter: AuditFilter = {}): Promise<AuditEntry[]> {
	return select(organisationId, filter);
}

/** The accounts that appear as actors in the log, for the filter (as they were named then). */
export async function actors(
	organisationId: string
): Promise<Array<{ id: string; name: string | null; email: string | null }>> {
	const rows = await db()
		.selectDistinctOn([auditEvent.actorUserId], {
			id: auditEvent.actorUserId,
			name: auditEvent.actorName,
			email: auditEvent.actorEmail
		})
		.from(auditEvent)
		.where(
			and(eq(auditEvent.organisationId, organisationId), sql`${auditEvent.actorUserId} is not null`)
		)
		.orderBy(auditEvent.actorUserId, desc(auditEvent.occurredAt));
	return rows
		.filter((r): r is { id: string; name: string | null; email: string | null } => r.id !== null)
		.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
}
