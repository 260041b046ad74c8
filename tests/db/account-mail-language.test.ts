import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { databaseUrlFor, testDatabaseUrl, useTestDatabase } from '../support/database';
import { createUser } from '../support/fixtures';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as jobs from '../../src/lib/server/platform/jobs';
import { useMailer, type MailMessage } from '../../src/lib/server/platform/mail';
import { inLanguage } from '../../src/lib/server/platform/i18n';
import * as outbox from '../../src/lib/server/outbox';

/**
 * Account mails in the recipient's language (issue 17): the account's own choice, else the
 * language of the request that caused the mail, else English — through the mail queue, whose
 * worker renders them outside any request.
 */
const ORIGIN = 'https://touchstone.example.org';
const sent: MailMessage[] = [];
let clientCounter = 0;
const client = () => `10.17.${Math.floor(++clientCounter / 250)}.${clientCounter % 250}`;

beforeAll(async () => {
	const handle = await useTestDatabase();
	let connectionString: string | undefined;
	if (testDatabaseUrl) {
		const [{ name }] = (await handle.rows<{ name: string }>(
			'select current_database() as name'
		)) as [{ name: string }];
		connectionString = databaseUrlFor(name);
	}
	await jobs.start({ handle, connectionString });
	await outbox.startWorker();
	useMailer({
		sendOne: async (message) => void sent.push(message),
		send: async () => ({ sent: [], failed: [] }),
		close: () => {}
	});
}, 120_000);

afterAll(async () => {
	useMailer(null);
	await jobs.stop(5_000);
});

/** Asks for a reset link for `email`, in a request speaking `requestLanguage` if given. */
async function resetMailTo(email: string, requestLanguage?: 'en' | 'es' | 'de') {
	const ask = () => accounts.requestPasswordReset(email, client(), ORIGIN);
	const request = requestLanguage ? await inLanguage(requestLanguage, ask) : await ask();
	if (request.ok) await request.done;
	await expect.poll(() => sent.filter((m) => m.to === email).length, { timeout: 20_000 }).toBe(1);
	return sent.find((m) => m.to === email)!;
}

describe('account mails in the recipient’s language', () => {
	it('sends a German account the German reset mail, whatever language the request spoke', async () => {
		const person = await createUser('Greta Deutsch');
		await accounts.setLanguage(person.id, 'de');
		const mail = await resetMailTo(person.email, 'es');
		expect(mail.subject).toBe('Ihr Touchstone-Passwort zurücksetzen');
		expect(mail.text).toContain('Guten Tag Greta Deutsch,');
		expect(mail.text).toMatch(
			new RegExp(`innerhalb von 30 Minuten[\\s\\S]*\\n${ORIGIN}/reset-password/[a-z2-7]+\\n`)
		);
	});

	it('writes to an account without a language in the language of the request that asked', async () => {
		const person = await createUser('Sofía Sin Idioma');
		const mail = await resetMailTo(person.email, 'es');
		expect(mail.subject).toBe('Restablece tu contraseña de Touchstone');
		expect(mail.text).toContain('Hola, Sofía Sin Idioma:');
	});

	it('keeps the English reset mail as it was, for an English account or with no request', async () => {
		const person = await createUser('Ed English');
		const mail = await resetMailTo(person.email);
		expect(mail.subject).toBe('Reset your Touchstone password');
		const token = /\/reset-password\/([a-z2-7]+)/.exec(mail.text)![1];
		expect(mail.text).toBe(
			[
				'Hello Ed English,',
				'',
				'Someone (we hope you) asked to reset the password of your Touchstone account. To choose a new one,',
				'open this link within 30 minutes. It works once, and every',
				'device signed in to your account is signed out:',
				`${ORIGIN}/reset-password/${token}`,
				'',
				'If it was not you, ignore this e-mail: your password stays as it is.',
				'',
				'— Touchstone'
			].join('\n')
		);
		const chosen = await createUser('Emma English');
		await accounts.setLanguage(chosen.id, 'en');
		expect((await resetMailTo(chosen.email, 'de')).subject).toBe('Reset your Touchstone password');
	});
});
