import { describe, expect, it } from 'vitest';
import { accountMail, type AccountMailKind } from '../../src/lib/domain/account/mail';
import { interfaceLanguages } from '../../src/lib/domain/language';

/** The account mails in the recipient's language (issue 17); English as it always was. */
const origin = 'https://touchstone.example.org';
const link = `${origin}/reset-password/abc234`;
const input = { name: 'Dana Lead', origin, link };
const kinds: AccountMailKind[] = [
	'verify-email',
	'reset-password',
	'change-email',
	'sign-up-attempt',
	'address-in-use',
	'password-changed',
	'email-change-requested'
];

describe('account mails', () => {
	it('keeps the English texts word for word', () => {
		expect(accountMail('verify-email', input, 'en')).toEqual({
			subject: 'Confirm your e-mail address for Touchstone',
			text: [
				'Hello Dana Lead,',
				'',
				'Someone (we hope you) created a Touchstone account with this address. To confirm that it is yours,',
				'open this link within 24 hours:',
				link,
				'',
				'If it was not you, ignore this e-mail: the address stays unconfirmed.',
				'',
				'— Touchstone'
			].join('\n')
		});
		expect(accountMail('reset-password', input, 'en')).toEqual({
			subject: 'Reset your Touchstone password',
			text: [
				'Hello Dana Lead,',
				'',
				'Someone (we hope you) asked to reset the password of your Touchstone account. To choose a new one,',
				'open this link within 30 minutes. It works once, and every',
				'device signed in to your account is signed out:',
				link,
				'',
				'If it was not you, ignore this e-mail: your password stays as it is.',
				'',
				'— Touchstone'
			].join('\n')
		});
		expect(accountMail('change-email', input, 'en')).toEqual({
			subject: 'Confirm your new e-mail address for Touchstone',
			text: [
				'Hello Dana Lead,',
				'',
				'You asked to sign in to Touchstone with this address from now on. To confirm it, open this link',
				'within 24 hours:',
				link,
				'',
				'If it was not you, ignore this e-mail: nothing changes.',
				'',
				'— Touchstone'
			].join('\n')
		});
		expect(accountMail('sign-up-attempt', input, 'en')).toEqual({
			subject: 'Someone tried to create a Touchstone account with your address',
			text: [
				'Hello Dana Lead,',
				'',
				'Someone tried to create a Touchstone account with this address, which already has one.',
				`If it was you, sign in at ${origin}/sign-in, or choose a new password at ${origin}/forgot-password.`,
				'If it was not you, ignore this e-mail: nothing changed.',
				'',
				'— Touchstone'
			].join('\n')
		});
		expect(accountMail('address-in-use', input, 'en')).toEqual({
			subject: 'Someone tried to move another Touchstone account to your address',
			text: [
				'Hello Dana Lead,',
				'',
				'Someone signed in to another Touchstone account asked to sign in with this address, which is',
				'already yours. Nothing changed.',
				'',
				'— Touchstone'
			].join('\n')
		});
		expect(accountMail('password-changed', input, 'en')).toEqual({
			subject: 'Your Touchstone password was changed',
			text: [
				'Hello Dana Lead,',
				'',
				'The password of your Touchstone account was just changed, and the other devices signed in to it',
				`were signed out. If it was not you, choose a new password at once at ${origin}/forgot-password.`,
				'',
				'— Touchstone'
			].join('\n')
		});
		expect(accountMail('email-change-requested', input, 'en')).toEqual({
			subject: 'Someone asked to change the address of your Touchstone account',
			text: [
				'Hello Dana Lead,',
				'',
				'Someone signed in to your Touchstone account asked to sign in with another address from now on.',
				'It changes only once the new address is confirmed. If it was not you, choose a new password at',
				`once at ${origin}/forgot-password: that signs every device out.`,
				'',
				'— Touchstone'
			].join('\n')
		});
	});

	it('writes the reset mail in German for a German account', () => {
		const { subject, text } = accountMail('reset-password', input, 'de');
		expect(subject).toBe('Ihr Touchstone-Passwort zurücksetzen');
		expect(text).toContain('Guten Tag Dana Lead,');
		expect(text).toContain('innerhalb von 30 Minuten');
		expect(text.split('\n')).toContain(link);
		expect(text.replace(link, '')).not.toMatch(/\b(the|your|password)\b/i);
	});

	it('gives every mail in every language its subject, greeting, links and no unfilled placeholder', () => {
		for (const language of interfaceLanguages)
			for (const kind of kinds) {
				const { subject, text } = accountMail(kind, input, language);
				const where = `${kind} in ${language}`;
				expect(subject, where).toContain('Touchstone');
				expect(text, where).toContain('Dana Lead');
				expect(text, where).not.toMatch(/[{}]/);
				if (kind === 'verify-email' || kind === 'reset-password' || kind === 'change-email')
					expect(text.split('\n'), where).toContain(link);
				if (kind === 'sign-up-attempt') expect(text, where).toContain(`${origin}/sign-in`);
				if (kind === 'password-changed' || kind === 'email-change-requested')
					expect(text, where).toContain(`${origin}/forgot-password`);
				// Outside any request the language given is the one used, not the request's.
				if (language !== 'en') expect(text, where).not.toBe(accountMail(kind, input, 'en').text);
			}
	});
});
