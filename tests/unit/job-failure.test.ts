/**
 * A job's stored failure reason, as a lead reads it on the reports and invitations pages (issue
 * 17): in the reader's language when the jobs wrote it (./domain/job-failure/reasons.ts), as
 * stored when it is someone else's words.
 */
import { describe, expect, it } from 'vitest';
import {
	failureReasons,
	failureText,
	renderingTooLong,
	workerStopped
} from '../../src/lib/domain/job-failure';
import { failureReason } from '../../src/lib/server/platform/mail';
import { inLanguage } from '../../src/lib/server/platform/i18n';

const smtpError = (code: string, message: string) =>
	Object.assign(new Error(message), { code }) as Error;

describe('a job’s failure on a lead’s page', () => {
	it('is in the reader’s language when the job wrote it', () => {
		inLanguage('de', () => {
			expect(failureText(failureReasons.invitationRevoked)).toBe('Die Einladung wurde widerrufen.');
			expect(failureText(failureReasons.noMailer)).toBe(
				'E-Mail ist in dieser Installation nicht eingerichtet (SMTP_URL).'
			);
			expect(failureText(workerStopped(1))).toBe(
				'Der Prozess, der die Berichte erstellt, wurde beendet (Exit-Code 1).'
			);
			expect(failureText(renderingTooLong(60))).toBe('Die Erstellung dauerte länger als 60 s.');
			// The mail server's own words stay as it said them, inside the translated trouble.
			expect(failureText(failureReason(smtpError('ETIMEDOUT', 'Connection timeout')))).toBe(
				'Der Mailserver hat nicht rechtzeitig geantwortet (Connection timeout)'
			);
		});
		inLanguage('es', () => {
			expect(failureText(failureReasons.reportNotQueued)).toBe(
				'No se pudo poner el informe en cola.'
			);
			expect(failureText(failureReason(smtpError('EAUTH', 'Invalid login')))).toBe(
				'El servidor de correo rechazó el inicio de sesión (Invalid login)'
			);
		});
	});

	it('has a translation for every reason the jobs write, and keeps English as stored', () => {
		for (const stored of Object.values(failureReasons)) {
			expect(inLanguage('en', () => failureText(stored))).toBe(stored);
			expect(
				inLanguage('de', () => failureText(stored)),
				stored
			).not.toBe(stored);
			expect(
				inLanguage('es', () => failureText(stored)),
				stored
			).not.toBe(stored);
		}
		const refused = failureReason(smtpError('EENVELOPE', 'Recipient rejected'));
		expect(inLanguage('en', () => failureText(refused))).toBe(refused);
	});

	it('shows a reason of no known shape as stored', () => {
		const said = failureReason(new Error('550 5.1.1 mailbox unavailable'));
		expect(inLanguage('de', () => failureText(said))).toBe('550 5.1.1 mailbox unavailable');
		expect(inLanguage('de', () => failureText('Cannot read properties of undefined'))).toBe(
			'Cannot read properties of undefined'
		);
	});
});
