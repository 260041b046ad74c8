/**
 * The organisation's audit log: which events are recorded and what each may carry. An event says
 * who did what to which subject and when; its details are small and never personal — no answer,
 * no invitee's address or name, nothing that links an answer to a person (docs/threat-model.md).
 */
import { m } from '$lib/paraglide/messages';

/** Every kind of event, grouped by what it is about. */
export const auditEventKinds = [
	'member.joined',
	'member.removed',
	'member.role_changed',
	'member.left',
	'cycle.created',
	'cycle.opened',
	'cycle.closed',
	'cycle.reopened',
	'cycle.reviewed',
	'cycle.target_changed',
	'cycle.groups_changed',
	'cycle.archived',
	'cycle.restored',
	'cycle.draft_deleted',
	'invitation.imported',
	'invitation.reminders_sent',
	'invitation.revoked',
	'questionnaire.version_created',
	'questionnaire.translation_published',
	'action.created',
	'action.edited',
	'action.deleted',
	'action.status_changed',
	'report.requested',
	'report.ready',
	'report.downloaded',
	'retention.changed',
	'retention.applied',
	'organisation.language_changed',
	'invitee.erased'
] as const;

export type AuditEventKind = (typeof auditEventKinds)[number];

export const isAuditEventKind = (value: string): value is AuditEventKind =>
	(auditEventKinds as readonly string[]).includes(value);

/** What an event is about; its id is the subject's row id (an account for member events). */
export type AuditSubjectType =
	'member' | 'cycle' | 'invitation' | 'questionnaire' | 'action' | 'report' | 'organisation';

type Role = 'lead' | 'board';

/**
 * The details each kind carries. Cycle, action and questionnaire names are kept so the log stays
 * readable after the thing is gone; people are named only as accounts (the subject id), never
 * an invitee.
 */
export interface AuditDetails {
	'member.joined': { role: Role; via: 'created the organisation' | 'join link' };
	'member.removed': { role: Role };
	'member.role_changed': { from: Role; to: Role };
	'member.left': { role: Role };
	/** The anonymity threshold is set here once: no page changes it afterwards. */
	'cycle.created': { cycle: string; groups: string[]; threshold: number };
	'cycle.opened': { cycle: string };
	'cycle.closed': { cycle: string; by: 'a lead' | 'its closing date' };
	'cycle.reopened': { cycle: string };
	'cycle.reviewed': { cycle: string };
	'cycle.target_changed': {
		cycle: string;
		dimension: string;
		target?: { from: number | null; to: number | null };
		notApplicable?: { from: boolean; to: boolean };
	};
	'cycle.groups_changed': { cycle: string; sections: number };
	'cycle.archived': { cycle: string };
	'cycle.restored': { cycle: string };
	'cycle.draft_deleted': { cycle: string };
	'invitation.imported': {
		cycle: string;
		kind: 'personal' | 'anonymous';
		/** Links issued per stakeholder group: counts only, never who. */
		issued: Record<string, number>;
		alreadyInvited: number;
	};
	'invitation.reminders_sent': { cycle: string; count: number };
	'invitation.revoked': { cycle: string; group: string };
	'questionnaire.version_created': { name: string; version: number; basedOnVersion: number };
	/** A complete translation made available; `version` is where it went (a new one when `newVersion`). */
	'questionnaire.translation_published': {
		name: string;
		version: number;
		language: string;
		newVersion: boolean;
	};
	'action.created': { action: string };
	'action.edited': { action: string; fields: string[] };
	'action.deleted': { action: string };
	'action.status_changed': { action: string; from: string; to: string };
	'report.requested': { cycle: string; provisional: boolean };
	'report.ready': { cycle: string; pages?: number };
	'report.downloaded': { cycle: string };
	/** Days kept after a cycle closes; null: until the organisation is deleted. */
	'retention.changed': { inviteeDays: number | null; answerDays: number | null };
	/** The organisation's default language (language codes, e.g. en → es). */
	'organisation.language_changed': { from: string; to: string };
	'retention.applied': {
		cycle: string;
		/** Invitations whose address and name were erased, and responses whose answers were. */
		addressesErased: number;
		answersErased: number;
	};
	'invitee.erased': { cycle: string; group: string };
}

/** Each kind in the reader's words, for the log page, its filter and the export. */
export const auditEventLabels: Record<AuditEventKind, () => string> = {
	'member.joined': m.org_audit_event_member_joined,
	'member.removed': m.org_audit_event_member_removed,
	'member.role_changed': m.org_audit_event_member_role_changed,
	'member.left': m.org_audit_event_member_left,
	'cycle.created': m.org_audit_event_cycle_created,
	'cycle.opened': m.org_audit_event_cycle_opened,
	'cycle.closed': m.org_audit_event_cycle_closed,
	'cycle.reopened': m.org_audit_event_cycle_reopened,
	'cycle.reviewed': m.org_audit_event_cycle_reviewed,
	'cycle.target_changed': m.org_audit_event_cycle_target_changed,
	'cycle.groups_changed': m.org_audit_event_cycle_groups_changed,
	'cycle.archived': m.org_audit_event_cycle_archived,
	'cycle.restored': m.org_audit_event_cycle_restored,
	'cycle.draft_deleted': m.org_audit_event_cycle_draft_deleted,
	'invitation.imported': m.org_audit_event_invitation_imported,
	'invitation.reminders_sent': m.org_audit_event_invitation_reminders_sent,
	'invitation.revoked': m.org_audit_event_invitation_revoked,
	'questionnaire.version_created': m.org_audit_event_questionnaire_version_created,
	'questionnaire.translation_published': m.org_audit_event_questionnaire_translation_published,
	'action.created': m.org_audit_event_action_created,
	'action.edited': m.org_audit_event_action_edited,
	'action.deleted': m.org_audit_event_action_deleted,
	'action.status_changed': m.org_audit_event_action_status_changed,
	'report.requested': m.org_audit_event_report_requested,
	'report.ready': m.org_audit_event_report_ready,
	'report.downloaded': m.org_audit_event_report_downloaded,
	'retention.changed': m.org_audit_event_retention_changed,
	'retention.applied': m.org_audit_event_retention_applied,
	'organisation.language_changed': m.org_audit_event_organisation_language_changed,
	'invitee.erased': m.org_audit_event_invitee_erased
};

export const auditSubjectOf: Record<AuditEventKind, AuditSubjectType> = {
	'member.joined': 'member',
	'member.removed': 'member',
	'member.role_changed': 'member',
	'member.left': 'member',
	'cycle.created': 'cycle',
	'cycle.opened': 'cycle',
	'cycle.closed': 'cycle',
	'cycle.reopened': 'cycle',
	'cycle.reviewed': 'cycle',
	'cycle.target_changed': 'cycle',
	'cycle.groups_changed': 'cycle',
	'cycle.archived': 'cycle',
	'cycle.restored': 'cycle',
	'cycle.draft_deleted': 'cycle',
	'invitation.imported': 'cycle',
	'invitation.reminders_sent': 'cycle',
	'invitation.revoked': 'invitation',
	'questionnaire.version_created': 'questionnaire',
	'questionnaire.translation_published': 'questionnaire',
	'action.created': 'action',
	'action.edited': 'action',
	'action.deleted': 'action',
	'action.status_changed': 'action',
	'report.requested': 'report',
	'report.ready': 'report',
	'report.downloaded': 'report',
	'retention.changed': 'organisation',
	'retention.applied': 'cycle',
	'organisation.language_changed': 'organisation',
	'invitee.erased': 'invitation'
};

/** One event as it is recorded: its kind, the subject's id and the kind's details. */
export type AuditEventInput = {
	[K in AuditEventKind]: { kind: K; subjectId: string | null; details: AuditDetails[K] };
}[AuditEventKind];
