import { auditEventLabels, type AuditEventKind } from './events';

/** An event as the log page and the export show it (the server's entry, serialised). */
export interface AuditEntryView {
	kind: AuditEventKind;
	/** For member events, the member's name now; null when the account is gone. */
	memberName: string | null;
	details: Record<string, unknown>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const quoted = (v: unknown): string => `“${text(v)}”`;
const level = (v: unknown): string => (v === null || v === undefined ? 'none' : text(v));
const days = (v: unknown): string =>
	v === null || v === undefined ? 'until the organisation is deleted' : `${text(v)} days`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function counts(issued: unknown): string {
	if (!issued || typeof issued !== 'object') return '';
	return Object.entries(issued as Record<string, number>)
		.map(([group, n]) => `${group} ${n}`)
		.join(', ');
}

/** One line saying what happened to what, from the event's stored details. */
export function describeAuditEvent(entry: AuditEntryView): string {
	const d = entry.details;
	const member = entry.memberName ?? 'A former account';
	switch (entry.kind) {
		case 'member.joined':
			return `${member} joined as ${text(d.role)} (${text(d.via)})`;
		case 'member.removed':
			return `${member} removed (was ${text(d.role)})`;
		case 'member.left':
			return `${member} left (was ${text(d.role)})`;
		case 'member.role_changed':
			return `${member}: ${text(d.from)} → ${text(d.to)}`;
		case 'cycle.created':
			return `${quoted(d.cycle)} for ${(Array.isArray(d.groups) ? d.groups : []).join(', ')}; anonymity threshold ${text(d.threshold)}`;
		case 'cycle.closed':
			return `${quoted(d.cycle)}, by ${text(d.by)}`;
		case 'cycle.target_changed': {
			const parts: string[] = [];
			const target = d.target as { from: unknown; to: unknown } | undefined;
			if (target) parts.push(`target ${level(target.from)} → ${level(target.to)}`);
			const na = d.notApplicable as { to: unknown } | undefined;
			if (na) parts.push(na.to ? 'marked not applicable' : 'applicable again');
			return `${quoted(d.cycle)}, ${text(d.dimension)}: ${parts.join('; ')}`;
		}
		case 'cycle.groups_changed':
			return `${quoted(d.cycle)}: who is asked what (${plural(Number(d.sections), 'section')})`;
		case 'invitation.imported': {
			const issued = Object.values((d.issued ?? {}) as Record<string, number>).reduce(
				(a, b) => a + b,
				0
			);
			const already = Number(d.alreadyInvited ?? 0);
			return `${quoted(d.cycle)}: ${plural(issued, `${text(d.kind)} link`)} (${counts(d.issued)})${already > 0 ? `; ${already} already invited` : ''}`;
		}
		case 'invitation.reminders_sent':
			return `${quoted(d.cycle)}: ${plural(Number(d.count), 'reminder')}`;
		case 'invitation.revoked':
			return `${quoted(d.cycle)}: one ${text(d.group)} invitation`;
		case 'questionnaire.version_created':
			return `${text(d.name)} version ${text(d.version)} (from version ${text(d.basedOnVersion)})`;
		case 'questionnaire.translation_published':
			return `${text(d.name)} version ${text(d.version)} in ${text(d.language)}${d.newVersion === true ? ' (as a new version)' : ''}`;
		case 'action.edited':
			return `${quoted(d.action)}: ${(Array.isArray(d.fields) ? d.fields : []).join(', ')}`;
		case 'action.status_changed':
			return `${quoted(d.action)}: ${text(d.from).replace('_', ' ')} → ${text(d.to).replace('_', ' ')}`;
		case 'action.created':
		case 'action.deleted':
			return quoted(d.action);
		case 'retention.changed':
			return `invitees kept ${days(d.inviteeDays)}, answers kept ${days(d.answerDays)} after a cycle closes`;
		case 'organisation.language_changed':
			return `${text(d.from)} → ${text(d.to)}`;
		case 'retention.applied':
			return `${quoted(d.cycle)}: ${plural(Number(d.addressesErased), 'address', 'addresses')} and ${plural(Number(d.answersErased), 'response')}’ answers erased`;
		case 'invitee.erased':
			return `${quoted(d.cycle)}: one ${text(d.group)} invitee’s address, name and link`;
		case 'report.requested':
			return `${quoted(d.cycle)}${d.provisional ? ' (provisional)' : ''}`;
		default:
			return quoted(d.cycle);
	}
}

/** The label and the line together, e.g. for the export. */
export const auditEventLabel = (kind: AuditEventKind): string => auditEventLabels[kind];
