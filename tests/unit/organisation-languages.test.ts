/**
 * The organisation's pages speak the requester's language (issue 17.1): the texts their server
 * code makes — audit lines, filter and form errors, the study's practices, XLIFF refusals — come
 * from the message catalogue of the request's language, with figures in its notation.
 */
import { describe, expect, it } from 'vitest';
import { inLanguage } from '$lib/server/platform/i18n';
import { describeAuditEvent, auditEventLabel } from '$lib/domain/audit/describe';
import { readAuditFilter } from '$lib/domain/audit/filter';
import { retentionSchema } from '$lib/domain/organisation/retention';
import { memberInvitationSchema } from '$lib/domain/organisation/schema';
import { sectorName, sizeBandName } from '$lib/domain/organisation/sectors';
import { studyPractices } from '$lib/domain/benchmark/practices';
import { checklist } from '$lib/domain/implementation';
import { parseXliff } from '$lib/domain/instrument/xliff';

const retention = { kind: 'retention.changed', memberName: null } as const;

describe('organisation pages in the request’s language', () => {
	it('writes an audit entry in each language, names as stored', () => {
		const joined = {
			kind: 'member.joined',
			memberName: 'Ana',
			details: { role: 'lead', via: 'join link' }
		} as const;
		expect(describeAuditEvent(joined)).toBe('Ana joined as lead (join link)');
		expect(inLanguage('es', () => describeAuditEvent(joined))).toBe(
			'Ana se incorporó como responsable de CRM (enlace de invitación)'
		);
		expect(
			inLanguage('de', () =>
				describeAuditEvent({ ...retention, details: { inviteeDays: 1, answerDays: null } })
			)
		).toBe(
			'Eingeladene aufbewahrt: 1 Tag, Antworten aufbewahrt: bis zum Löschen der Organisation nach dem Ende eines Zyklus'
		);
		expect(inLanguage('de', () => auditEventLabel('cycle.closed'))).toBe('Zyklus abgeschlossen');
		expect(
			inLanguage('es', () =>
				describeAuditEvent({ kind: 'cycle.opened', memberName: null, details: { cycle: 'Q1' } })
			)
		).toBe('«Q1»');
	});

	it('refuses a form in the request’s language', () => {
		const read = inLanguage('de', () =>
			readAuditFilter(new URLSearchParams('from=2026-05-02&to=2026-05-01'), 'UTC')
		);
		expect(read).toMatchObject({ ok: false, errors: { to: 'Das Ende liegt vor dem Anfang.' } });
		// zod words an issue when it is read: forms read them within the request, as here.
		const days = inLanguage(
			'es',
			() =>
				retentionSchema.safeParse({ inviteeDays: '0', answerDays: '' }).error?.issues[0]?.message
		);
		expect(days).toBe('Al menos 1 día.');
		const invite = inLanguage(
			'de',
			() =>
				memberInvitationSchema.safeParse({ role: 'owner', email: 'a@example.com' }).error?.issues[0]
					?.message
		);
		expect(invite).toBe('Wählen Sie CRM-Verantwortliche(r) oder Vorstand.');
	});

	it('shows stored English values in the reader’s words and figures', () => {
		expect(inLanguage('de', () => sectorName('Financial services'))).toBe('Finanzdienstleistungen');
		expect(sectorName('Financial services')).toBe('Financial services');
		expect(inLanguage('de', () => sizeBandName('1,000–4,999'))).toBe('1.000–4.999');
		expect(inLanguage('es', () => checklist([]).rows[6]!.title)).toBe('Autorización financiera');
		const practices = inLanguage('es', () => studyPractices(null, {}));
		expect(practices[1]).toMatchObject({
			practice: 'Los mejores clientes reciben un trato distinto al de los habituales',
			study: 'el 60\u00a0% de las organizaciones'
		});
	});

	it('refuses an XLIFF file in the request’s language', () => {
		expect(inLanguage('de', () => parseXliff('<a/>'))).toEqual({
			ok: false,
			error:
				'Dies ist keine XLIFF-2-Datei: Ihr Wurzelelement muss <xliff> im Namensraum von XLIFF 2.0 sein.'
		});
	});
});
