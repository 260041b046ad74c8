/**
 * E-mails to an account about the account itself: the verification link, the password reset
 * link, the link confirming a new address, and notices (someone tried to sign up with this
 * address; the password was changed; someone asked to move the account to another address). They
 * go out on the installation's mail queue (outbox/), whose worker calls `deliverAccountMail`.
 *
 * Without SMTP_URL nothing can be sent, so the worker prints the message's link on stdout, in a
 * plain-text line for the operator (like the start-up banner, outside the JSON log lines): on the
 * embedded default installation the operator passes the link on. The line names the address
 * masked (`da…@example.org`); the link is a credential (docs/threat-model.md).
 */
import { eq } from 'drizzle-orm';
import { db } from '../platform/db';
import { user } from '../platform/db/schema';
import { logger } from '../platform/log';
import { failureReason, mailer, type MailMessage } from '../platform/mail';
import * as tokens from './account-tokens';
import { maskEmail, TOKEN_LIFETIME_MS } from '$lib/domain/account/tokens';

export type AccountMail =
	| 'verify-email'
	| 'reset-password'
	| 'change-email'
	| 'sign-up-attempt'
	| 'address-in-use'
	| 'password-changed'
	| 'email-change-requested';

/** What an account mail job carries: ids and the origin only, never an address or a link. */
export interface AccountMailJob {
	kind: 'account';
	mail: AccountMail;
	/** The account the mail is about (for notices: the account whose address receives it). */
	userId: string;
	/** The link's row (account_token), for the three mails that carry a link. */
	tokenId?: string;
	/** The app's origin as the request saw it, e.g. https://touchstone.example.org. */
	origin: string;
}

/** The first words of the operator's line, for whoever reads (or greps) the server's output. */
export const OPERATOR_LINE_PREFIX = '[Touchstone] E-mail is not set up (SMTP_URL):';

const linkPath: Record<'verify-email' | 'reset-password' | 'change-email', string> = {
	'verify-email': '/verify-email/',
	'change-email': '/verify-email/',
	'reset-password': '/reset-password/'
};

const minutes = (ms: number) => Math.round(ms / 60_000);
const hours = (ms: number) => Math.round(ms / 3_600_000);

function text(name: string, lines: string[]): string {
	return [`Hello ${name},`, '', ...lines, '', '— Touchstone'].join('\n');
}

type Built =
	{ ok: true; message: MailMessage; link: string | null } | { ok: false; reason: string };

/** The mail that carries a link: verification, password reset, a new address to confirm. */
function linkMessage(
	mail: 'verify-email' | 'reset-password' | 'change-email',
	to: string,
	name: string,
	link: string
): MailMessage {
	return mail === 'verify-email'
		? {
				to,
				subject: 'Confirm your e-mail address for Touchstone',
				text: text(name, [
					'Someone (we hope you) created a Touchstone account with this address. To confirm that it is yours,',
					`open this link within ${hours(TOKEN_LIFETIME_MS['verify-email'])} hours:`,
					link,
					'',
					'If it was not you, ignore this e-mail: the address stays unconfirmed.'
				])
			}
		: mail === 'reset-password'
			? {
					to,
					subject: 'Reset your Touchstone password',
					text: text(name, [
						'Someone (we hope you) asked to reset the password of your Touchstone account. To choose a new one,',
						`open this link within ${minutes(TOKEN_LIFETIME_MS['reset-password'])} minutes. It works once, and every`,
						'device signed in to your account is signed out:',
						link,
						'',
						'If it was not you, ignore this e-mail: your password stays as it is.'
					])
				}
			: {
					to,
					subject: 'Confirm your new e-mail address for Touchstone',
					text: text(name, [
						'You asked to sign in to Touchstone with this address from now on. To confirm it, open this link',
						`within ${hours(TOKEN_LIFETIME_MS['change-email'])} hours:`,
						link,
						'',
						'If it was not you, ignore this e-mail: nothing changes.'
					])
				};
}

async function build(job: AccountMailJob): Promise<Built> {
	const [account] = await db()
		.select({ name: user.name, email: user.email })
		.from(user)
		.where(eq(user.id, job.userId));
	if (!account) return { ok: false, reason: 'The account no longer exists.' };
	const signIn = `${job.origin}/sign-in`;
	const forgot = `${job.origin}/forgot-password`;
	if (job.mail === 'verify-email' || job.mail === 'reset-password' || job.mail === 'change-email') {
		if (!job.tokenId) return { ok: false, reason: 'Nothing to send.' };
		const row = await tokens.forMail(job.tokenId);
		// Used, superseded or expired before the worker got to it: a dead link is not worth a mail.
		if (!row || row.userId !== job.userId || row.purpose !== job.mail)
			return { ok: false, reason: 'The link is no longer valid.' };
		const link = `${job.origin}${linkPath[job.mail]}${await tokens.deriveToken(job.tokenId)}`;
		return { ok: true, message: linkMessage(job.mail, row.email, account.name, link), link };
	}
	const notices: Record<typeof job.mail, Omit<MailMessage, 'to'>> = {
		'sign-up-attempt': {
			subject: 'Someone tried to create a Touchstone account with your address',
			text: text(account.name, [
				'Someone tried to create a Touchstone account with this address, which already has one.',
				`If it was you, sign in at ${signIn}, or choose a new password at ${forgot}.`,
				'If it was not you, ignore this e-mail: nothing changed.'
			])
		},
		'address-in-use': {
			subject: 'Someone tried to move another Touchstone account to your address',
			text: text(account.name, [
				'Someone signed in to another Touchstone account asked to sign in with this address, which is',
				'already yours. Nothing changed.'
			])
		},
		'password-changed': {
			subject: 'Your Touchstone password was changed',
			text: text(account.name, [
				'The password of your Touchstone account was just changed, and the other devices signed in to it',
				`were signed out. If it was not you, choose a new password at once at ${forgot}.`
			])
		},
		'email-change-requested': {
			subject: 'Someone asked to change the address of your Touchstone account',
			text: text(account.name, [
				'Someone signed in to your Touchstone account asked to sign in with another address from now on.',
				'It changes only once the new address is confirmed. If it was not you, choose a new password at',
				`once at ${forgot}: that signs every device out.`
			])
		}
	};
	return { ok: true, message: { to: account.email, ...notices[job.mail] }, link: null };
}

export type AccountDeliverOutcome =
	| { retry: false; status: 'sent' | 'printed' | 'skipped' | 'failed' }
	| { retry: true; reason: string };

/** One attempt at one account mail (called by the mail queue's worker). Never throws for SMTP. */
export async function deliverAccountMail(
	job: AccountMailJob,
	lastAttempt: boolean
): Promise<AccountDeliverOutcome> {
	const built = await build(job);
	if (!built.ok) {
		logger.info({ kind: 'account', mail: job.mail, reason: built.reason }, 'account mail skipped');
		return { retry: false, status: 'skipped' };
	}
	const transport = mailer();
	if (!transport) {
		printForOperator(built.message, built.link);
		return { retry: false, status: 'printed' };
	}
	try {
		await transport.sendOne(built.message);
	} catch (error) {
		const reason = failureReason(error);
		logger.warn(
			{ kind: 'account', mail: job.mail, final: lastAttempt, reason },
			'mail attempt failed'
		);
		return lastAttempt ? { retry: false, status: 'failed' } : { retry: true, reason };
	}
	logger.info({ kind: 'account', mail: job.mail }, 'mail sent');
	return { retry: false, status: 'sent' };
}

/**
 * The operator's line: the link (or the notice's subject) and the masked address. Plain text on
 * stdout, not through the JSON logger, which would scrub the link as a token.
 */
export function printForOperator(message: MailMessage, link: string | null): void {
	const what = link ? `${message.subject} — ${link}` : `not sent: “${message.subject}”`;
	process.stdout.write(`${OPERATOR_LINE_PREFIX} for ${maskEmail(message.to)}: ${what}\n`);
}
