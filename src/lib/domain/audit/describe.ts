import { m } from '$lib/paraglide/messages';
import { auditEventLabels, type AuditEventKind } from './events';

/** An event as the log page and the export show it (the server's entry, serialised). */
export interface AuditEntryView {
	kind: AuditEventKind;
	/** For member events, the member's name now; null when the account is gone. */
	memberName: string | null;
	details: Record<string, unknown>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const quoted = (v: unknown): string => m.org_audit_quoted({ text: text(v) });
const level = (v: unknown): string =>
	v === null || v === undefined ? m.org_audit_line_no_target() : text(v);
const days = (v: unknown): string =>
	v === null || v === undefined
		? m.org_audit_until_deleted()
		: m.org_audit_days({ count: Number(v) });
// Details store English words (roles, how a member joined, statuses): each in the reader's words.
const role = (v: unknown): string =>
	v === 'lead' ? m.org_role_lead() : v === 'board' ? m.org_role_board() : text(v);
const via = (v: unknown): string =>
	v === 'created the organisation'
		? m.org_audit_via_created()
		: v === 'join link'
			? m.org_audit_via_link()
			: text(v);
const statuses: Record<string, () => string> = {
	planned: m.org_audit_status_planned,
	in_progress: m.org_audit_status_in_progress,
	done: m.org_audit_status_done,
	dropped: m.org_audit_status_dropped
};
const status = (v: unknown): string => statuses[text(v)]?.() ?? text(v).replace('_', ' ');

function counts(issued: unknown): string {
	if (!issued || typeof issued !== 'object') return '';
	return Object.entries(issued as Record<string, number>)
		.map(([group, n]) => `${group} ${n}`)
		.join(', ');
}

type Details = Record<string, unknown>;
/** The line of each kind, from its details, the member's name and the quoted cycle. */
type Line = (d: Details, member: string, cycle: string) => string;

function invitationsIssued(d: Details, cycle: string): string {
	const issued = Object.values((d.issued ?? {}) as Record<string, number>).reduce(
		(a, b) => a + b,
		0
	);
	const already = Number(d.alreadyInvited ?? 0);
	const links =
		d.kind === 'anonymous'
			? m.org_audit_links_anonymous({ count: issued })
			: m.org_audit_links_personal({ count: issued });
	return `${cycle}: ${links} (${counts(d.issued)})${already > 0 ? `; ${m.org_audit_already_invited({ count: already })}` : ''}`;
}

function targetChanged(d: Details, cycle: string): string {
	const parts: string[] = [];
	const target = d.target as { from: unknown; to: unknown } | undefined;
	if (target)
		parts.push(m.org_audit_line_target({ from: level(target.from), to: level(target.to) }));
	const na = d.notApplicable as { to: unknown } | undefined;
	if (na)
		parts.push(na.to ? m.org_audit_line_not_applicable() : m.org_audit_line_applicable_again());
	return `${cycle}, ${text(d.dimension)}: ${parts.join('; ')}`;
}

const lines: Partial<Record<AuditEventKind, Line>> = {
	'member.joined': (d, member) =>
		m.org_audit_line_joined({ member, role: role(d.role), via: via(d.via) }),
	'member.removed': (d, member) => m.org_audit_line_removed({ member, role: role(d.role) }),
	'member.left': (d, member) => m.org_audit_line_left({ member, role: role(d.role) }),
	'member.role_changed': (d, member) => `${member}: ${role(d.from)} → ${role(d.to)}`,
	'cycle.created': (d, _, cycle) =>
		m.org_audit_line_cycle_created({
			cycle,
			groups: (Array.isArray(d.groups) ? d.groups : []).join(', '),
			threshold: text(d.threshold)
		}),
	'cycle.closed': (d, _, cycle) =>
		d.by === 'a lead'
			? m.org_audit_line_closed_by_lead({ cycle })
			: m.org_audit_line_closed_by_date({ cycle }),
	'cycle.target_changed': (d, _, cycle) => targetChanged(d, cycle),
	'cycle.groups_changed': (d, _, cycle) =>
		m.org_audit_line_groups_changed({
			cycle,
			sections: m.org_audit_sections({ count: Number(d.sections) })
		}),
	'invitation.imported': (d, _, cycle) => invitationsIssued(d, cycle),
	'invitation.reminders_sent': (d, _, cycle) =>
		`${cycle}: ${m.org_audit_reminders({ count: Number(d.count) })}`,
	'invitation.revoked': (d, _, cycle) => m.org_audit_line_revoked({ cycle, group: text(d.group) }),
	'questionnaire.version_created': (d) =>
		m.org_audit_line_version_created({
			name: text(d.name),
			version: text(d.version),
			base: text(d.basedOnVersion)
		}),
	'questionnaire.translation_published': (d) => {
		const what = { name: text(d.name), version: text(d.version), language: text(d.language) };
		return d.newVersion === true
			? m.org_audit_line_translation_new(what)
			: m.org_audit_line_translation(what);
	},
	'action.edited': (d) =>
		`${quoted(d.action)}: ${(Array.isArray(d.fields) ? d.fields : []).join(', ')}`,
	'action.status_changed': (d) => `${quoted(d.action)}: ${status(d.from)} → ${status(d.to)}`,
	'action.created': (d) => quoted(d.action),
	'action.deleted': (d) => quoted(d.action),
	'retention.changed': (d) =>
		m.org_audit_line_retention_changed({
			invitees: days(d.inviteeDays),
			answers: days(d.answerDays)
		}),
	'organisation.language_changed': (d) => `${text(d.from)} → ${text(d.to)}`,
	'retention.applied': (d, _, cycle) =>
		m.org_audit_line_retention_applied({
			cycle,
			addresses: m.org_audit_addresses({ count: Number(d.addressesErased) }),
			responses: m.org_audit_responses({ count: Number(d.answersErased) })
		}),
	'invitee.erased': (d, _, cycle) =>
		m.org_audit_line_invitee_erased({ cycle, group: text(d.group) }),
	'report.requested': (d, _, cycle) =>
		d.provisional ? m.org_audit_line_provisional({ cycle }) : cycle
};

/** One line saying what happened to what, from the event's stored details (the rest: the cycle). */
export function describeAuditEvent(entry: AuditEntryView): string {
	const member = entry.memberName ?? m.org_audit_former_account();
	const cycle = quoted(entry.details.cycle);
	return lines[entry.kind]?.(entry.details, member, cycle) ?? cycle;
}

/** The kind in the reader's words, e.g. for the export. */
export const auditEventLabel = (kind: AuditEventKind): string => auditEventLabels[kind]();
