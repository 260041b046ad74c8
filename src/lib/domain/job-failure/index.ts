/**
 * A background job's failure as a lead reads it (issue 17): the reports and invitations pages
 * show the reason a mail or report job stored (./reasons.ts, English) in the reader's language. A
 * reason of no known shape (an SMTP server's own words, an unexpected error) is shown as stored;
 * so are the server's words in brackets after a known trouble.
 */
import { m } from '$lib/paraglide/messages';
import {
	failureReasons,
	mailServerTrouble,
	type FixedReason,
	type MailServerTrouble
} from './reasons';

export * from './reasons';

const fixedTexts: Record<FixedReason, () => string> = {
	mailNotQueued: m.common_failure_mail_not_queued,
	nothingToSend: m.common_failure_nothing_to_send,
	invitationRevoked: m.common_failure_invitation_revoked,
	anonymousLink: m.common_failure_anonymous_link,
	cycleGone: m.common_failure_cycle_gone,
	organisationGone: m.common_failure_organisation_gone,
	noMailer: m.common_failure_no_mailer,
	mailRefused: m.common_failure_mail_refused,
	reportGone: m.common_failure_report_gone,
	reportUnfinished: m.common_failure_report_unfinished,
	notBoardMember: m.common_failure_not_board_member,
	reportNotQueued: m.common_failure_report_not_queued,
	reportCycleGone: m.common_failure_report_cycle_gone
};

const troubleTexts: Record<MailServerTrouble, (inputs: { detail: string }) => string> = {
	ETIMEDOUT: m.common_failure_smtp_timeout,
	ESOCKET: m.common_failure_smtp_unreachable,
	ECONNECTION: m.common_failure_smtp_unreachable,
	EDNS: m.common_failure_smtp_not_found,
	ETLS: m.common_failure_smtp_tls,
	EAUTH: m.common_failure_smtp_sign_in,
	EENVELOPE: m.common_failure_smtp_refused
};

/** A stored failure reason in the reader's language; one of no known shape as stored. */
export function failureText(stored: string): string {
	for (const [key, text] of Object.entries(failureReasons) as [FixedReason, string][])
		if (stored === text) return fixedTexts[key]();
	for (const [code, prefix] of Object.entries(mailServerTrouble) as [MailServerTrouble, string][])
		if (stored.startsWith(`${prefix} (`) && stored.endsWith(')'))
			return troubleTexts[code]({ detail: stored.slice(prefix.length + 2, -1) });
	const stopped = /^The report worker stopped \(exit code (-?\d+)\)\.$/.exec(stored);
	if (stopped) return m.common_failure_worker_stopped({ code: stopped[1]! });
	const tooLong = /^Rendering took longer than (\d+(?:\.\d+)?) s\.$/.exec(stored);
	if (tooLong) return m.common_failure_too_long({ seconds: tooLong[1]! });
	return stored;
}
