/**
 * E-mails to an account about the account itself: the verification link, the password reset
 * link, the link confirming a new address, and notices (someone tried to sign up with this
 * address; the password was changed; someone asked to move the account to another address). They
 * go out on the installation's mail queue (outbox/), whose worker calls `deliverAccountMail`.
 * Each is in the recipient's language (issue 17): the account's own choice, else the language of
 * the request that caused it (carried by the job), else English.
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
import { maskEmail } from '$lib/domain/account/tokens';
import { accountMail, type AccountLinkMail, type AccountMailKind } from '$lib/domain/account/mail';
import { interfaceLanguageOr, type InterfaceLanguage } from '$lib/domain/language';

export type AccountMail = AccountMailKind;

/** What an account mail job carries: ids, the origin and a language, never an address or a link. */
export interface AccountMailJob {
	kind: 'account';
	mail: AccountMail;
	/** The account the mail is about (for notices: the account whose address receives it). */
	userId: string;
	/** The link's row (account_token), for the three mails that carry a link. */
	tokenId?: string;
	/** The app's origin as the request saw it, e.g. https://touchstone.example.org. */
	origin: string;
	/** The language of the request that caused the mail; the account's own choice goes first. */
	language?: InterfaceLanguage;
}

/** The first words of the operator's line, for whoever reads (or greps) the server's output. */
export const OPERATOR_LINE_PREFIX = '[Touchstone] E-mail is not set up (SMTP_URL):';

const linkPath: Record<AccountLinkMail, string> = {
	'verify-email': '/verify-email/',
	'change-email': '/verify-email/',
	'reset-password': '/reset-password/'
};

type Built =
	{ ok: true; message: MailMessage; link: string | null } | { ok: false; reason: string };

async function build(job: AccountMailJob): Promise<Built> {
	const [account] = await db()
		.select({ name: user.name, email: user.email, language: user.language })
		.from(user)
		.where(eq(user.id, job.userId));
	if (!account) return { ok: false, reason: 'The account no longer exists.' };
	// The recipient's language: the account's own choice, else the request's that caused the mail.
	const locale = interfaceLanguageOr(account.language, interfaceLanguageOr(job.language));
	const input = { name: account.name, origin: job.origin };
	if (job.mail === 'verify-email' || job.mail === 'reset-password' || job.mail === 'change-email') {
		if (!job.tokenId) return { ok: false, reason: 'Nothing to send.' };
		const row = await tokens.forMail(job.tokenId);
		// Used, superseded or expired before the worker got to it: a dead link is not worth a mail.
		if (!row || row.userId !== job.userId || row.purpose !== job.mail)
			return { ok: false, reason: 'The link is no longer valid.' };
		const link = `${job.origin}${linkPath[job.mail]}${await tokens.deriveToken(job.tokenId)}`;
		const mail = accountMail(job.mail, { ...input, link }, locale);
		return { ok: true, message: { to: row.email, ...mail }, link };
	}
	const mail = accountMail(job.mail, input, locale);
	return { ok: true, message: { to: account.email, ...mail }, link: null };
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
