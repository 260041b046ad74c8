import { requireLead } from '$lib/server/auth/guard';
import * as audit from '$lib/server/audit';
import { readAuditFilter } from '$lib/domain/audit/filter';
import { auditEventLabel, describeAuditEvent } from '$lib/domain/audit/describe';
import { auditEventKinds } from '$lib/domain/audit/events';
import type { PageServerLoad } from './$types';

/** The query string of the same filters on another page (none: the first), or for the CSV. */
function queryOf(values: Record<string, string>, page = 1): string {
	const params = new URLSearchParams();
	for (const k of ['kind', 'actor', 'from', 'to']) if (values[k]) params.set(k, values[k]!);
	if (page > 1) params.set('page', String(page));
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** The organisation's audit log, for leads: newest first, filtered, 50 a page. */
export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireLead(event);
	const read = readAuditFilter(event.url.searchParams, organisation.timeZone);
	const actors = await audit.actors(organisation.id);
	const kinds = auditEventKinds.map((kind) => ({ kind, label: auditEventLabel(kind) }));
	if (!read.ok)
		return {
			values: read.values,
			errors: read.errors,
			events: [],
			more: false,
			page: 1,
			actors,
			kinds,
			query: '',
			newer: '',
			older: ''
		};
	const { events, more } = await audit.page(organisation.id, read.filter, read.page);
	return {
		values: read.values,
		errors: {} as Record<string, string>,
		events: events.map((e) => ({
			id: e.id,
			occurredAt: e.occurredAt,
			actor: e.actor ? { name: e.actor.name, email: e.actor.email } : null,
			label: auditEventLabel(e.kind),
			line: describeAuditEvent(e)
		})),
		more,
		page: read.page,
		actors,
		kinds,
		query: queryOf(read.values),
		newer: queryOf(read.values, read.page - 1),
		older: queryOf(read.values, read.page + 1)
	};
};
