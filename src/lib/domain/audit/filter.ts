import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { auditEventKinds, isAuditEventKind, type AuditEventKind } from './events';
import { instantFromWallTime } from '../time';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The log page's filters, read from the query string: what happened, who did it (an account, or
 * "touchstone" for Touchstone itself), between which days (the organisation's calendar), and the
 * page. Empty fields mean no filter.
 */
export const auditFilterSchema = z
	.object({
		kind: z
			.string()
			.refine((v) => v === '' || isAuditEventKind(v), { error: () => m.org_audit_error_kind() })
			.transform((v) => (v === '' ? '' : (v as AuditEventKind))),
		actor: z.string().refine((v) => v === '' || v === 'touchstone' || UUID.test(v), {
			error: () => m.org_audit_error_actor()
		}),
		from: z
			.string()
			.refine((v) => v === '' || DAY.test(v), { error: () => m.org_audit_error_date() }),
		to: z
			.string()
			.refine((v) => v === '' || DAY.test(v), { error: () => m.org_audit_error_date() }),
		page: z.coerce.number().int().min(1).max(100_000).catch(1)
	})
	.refine((f) => f.from === '' || f.to === '' || f.from <= f.to, {
		path: ['to'],
		error: () => m.org_audit_error_order()
	});

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;

/** The query string's values (missing ones empty), as the form shows them back. */
export function auditFilterValues(query: URLSearchParams): Record<string, string> {
	return Object.fromEntries(
		['kind', 'actor', 'from', 'to', 'page'].map((k) => [k, (query.get(k) ?? '').slice(0, 100)])
	);
}

/** What the audit service filters by: instants, not days. */
export interface AuditFilterInstants {
	kind?: (typeof auditEventKinds)[number];
	actor?: string;
	from?: Date;
	to?: Date;
}

/** Midnight starting `day` (YYYY-MM-DD) on the organisation's clocks, `offset` days later. */
function dayStart(day: string, timeZone: string, offset = 0): Date | undefined {
	if (!instantFromWallTime(`${day}T00:00`, timeZone)) return undefined;
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const shifted = new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
	return instantFromWallTime(`${shifted}T00:00`, timeZone) ?? undefined;
}

export type AuditFilterRead =
	| { ok: true; values: Record<string, string>; filter: AuditFilterInstants; page: number }
	| { ok: false; values: Record<string, string>; errors: Record<string, string> };

/** Reads the filters of the query string; the dates are whole days in `timeZone`, both included. */
export function readAuditFilter(query: URLSearchParams, timeZone: string): AuditFilterRead {
	const values = auditFilterValues(query);
	const parsed = auditFilterSchema.safeParse(values);
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues) {
			const key = String(issue.path[0] ?? 'form');
			errors[key] ??= issue.message;
		}
		return { ok: false, values, errors };
	}
	const f = parsed.data;
	const from = f.from ? dayStart(f.from, timeZone) : undefined;
	const to = f.to ? dayStart(f.to, timeZone, 1) : undefined;
	if ((f.from && !from) || (f.to && !to))
		return {
			ok: false,
			values,
			errors: { [f.from && !from ? 'from' : 'to']: m.org_audit_error_no_day() }
		};
	return {
		ok: true,
		values,
		page: f.page,
		filter: {
			...(f.kind ? { kind: f.kind } : {}),
			...(f.actor ? { actor: f.actor } : {}),
			...(from ? { from } : {}),
			...(to ? { to } : {})
		}
	};
}
