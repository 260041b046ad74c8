/**
 * The e-mails to an account about the account itself (issue 14.1), in the recipient's language
 * (issue 17): subject and plain text of each. The worker that sends them runs outside any request,
 * so the language is always given.
 */
import { m } from '$lib/paraglide/messages';
import type { InterfaceLanguage } from '../language';
import { TOKEN_LIFETIME_MS } from './tokens';

export type AccountMailKind =
	| 'verify-email'
	| 'reset-password'
	| 'change-email'
	| 'sign-up-attempt'
	| 'address-in-use'
	| 'password-changed'
	| 'email-change-requested';

/** The mails that carry a link to use (the others are notices). */
export type AccountLinkMail = Extract<
	AccountMailKind,
	'verify-email' | 'reset-password' | 'change-email'
>;

export interface AccountMailInput {
	/** The account holder's name. */
	name: string;
	/** The app's origin, e.g. https://touchstone.example.org (the notices link to its pages). */
	origin: string;
	/** The link of a verification, reset or new-address mail. */
	link?: string;
}

const minutes = (ms: number) => Math.round(ms / 60_000);
const hours = (ms: number) => Math.round(ms / 3_600_000);

/** Subject and plain text of one account mail in `locale`. */
export function accountMail(
	kind: AccountMailKind,
	input: AccountMailInput,
	locale: InterfaceLanguage
): { subject: string; text: string } {
	const options = { locale };
	const text = (...lines: string[]) =>
		[
			m.mail_greeting({ name: input.name }, options),
			'',
			...lines,
			'',
			m.mail_signature({}, options)
		].join('\n');
	const link = input.link ?? '';
	const signIn = `${input.origin}/sign-in`;
	const forgot = `${input.origin}/forgot-password`;
	switch (kind) {
		case 'verify-email':
			return {
				subject: m.mail_verify_subject({}, options),
				text: text(
					m.mail_verify_body({ hours: hours(TOKEN_LIFETIME_MS['verify-email']) }, options),
					link,
					'',
					m.mail_verify_ignore({}, options)
				)
			};
		case 'reset-password':
			return {
				subject: m.mail_reset_subject({}, options),
				text: text(
					m.mail_reset_body({ minutes: minutes(TOKEN_LIFETIME_MS['reset-password']) }, options),
					link,
					'',
					m.mail_reset_ignore({}, options)
				)
			};
		case 'change-email':
			return {
				subject: m.mail_change_subject({}, options),
				text: text(
					m.mail_change_body({ hours: hours(TOKEN_LIFETIME_MS['change-email']) }, options),
					link,
					'',
					m.mail_change_ignore({}, options)
				)
			};
		case 'sign-up-attempt':
			return {
				subject: m.mail_sign_up_attempt_subject({}, options),
				text: text(m.mail_sign_up_attempt_body({ signIn, forgot }, options))
			};
		case 'address-in-use':
			return {
				subject: m.mail_address_in_use_subject({}, options),
				text: text(m.mail_address_in_use_body({}, options))
			};
		case 'password-changed':
			return {
				subject: m.mail_password_changed_subject({}, options),
				text: text(m.mail_password_changed_body({ forgot }, options))
			};
		case 'email-change-requested':
			return {
				subject: m.mail_email_change_requested_subject({}, options),
				text: text(m.mail_email_change_requested_body({ forgot }, options))
			};
	}
}
