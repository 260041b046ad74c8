import { error } from '@sveltejs/kit';
import { requireLead } from '$lib/server/auth/guard';
import * as audit from '$lib/server/audit';
import { readAuditFilter } from '$lib/domain/audit/filter';
import { auditEventLabel, describeAuditEvent } from '$lib/domain/audit/describe';
import { toCsv } from '$lib/domain/csv';
import type { RequestHandler } from './$types';

/**
 * The organisation's audit log as CSV (its export), with the page's filters, newest first. The
 * column names, kinds and instants stay English and ISO (machine-readable, the same for every
 * reader); the event and its line are in the reader's language, as on the page.
 */
export const GET: RequestHandler = async (event) => {
	const { organisation } = await requireLead(event);
	const read = readAuditFilter(event.url.searchParams, organisation.timeZone);
	if (!read.ok) error(400, Object.values(read.errors)[0] ?? 'Invalid filter.');
	const events = await audit.all(organisation.id, read.filter);
	const csv = toCsv([
		[
			'occurred_at',
			'actor_email',
			'actor_name',
			'kind',
			'event',
			'what',
			'subject_type',
			'subject_id',
			'details'
		],
		...events.map((e) => [
			e.occurredAt.toISOString(),
			e.actor ? (e.actor.email ?? '') : 'Touchstone',
			e.actor ? (e.actor.name ?? '') : 'Touchstone',
			e.kind,
			auditEventLabel(e.kind),
			describeAuditEvent(e),
			e.subjectType,
			e.subjectId,
			JSON.stringify(e.details)
		])
	]);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="audit-log.csv"',
			'cache-control': 'no-store'
		}
	});
};
