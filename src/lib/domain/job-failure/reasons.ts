/**
 * Why a background job failed, as the mail and report jobs store it: in English, as the database
 * and the logs keep one language. Written only with these texts, so that the pages can recognise
 * each and show it in the reader's language (./index.ts). No message catalogue here: the report's
 * rendering thread imports it.
 */

/** The fixed reasons, as stored. */
export const failureReasons = {
	mailNotQueued: 'The message could not be queued.',
	nothingToSend: 'Nothing to send.',
	invitationRevoked: 'The invitation was revoked.',
	anonymousLink: 'An anonymous link has no address to send to.',
	cycleGone: 'The cycle no longer exists.',
	organisationGone: 'The organisation no longer exists.',
	noMailer: 'E-mail is not set up on this installation (SMTP_URL).',
	mailRefused: 'The mail server refused the message.',
	reportGone: 'The report no longer exists.',
	reportUnfinished: 'The report is not finished.',
	notBoardMember: 'No longer a board member of this organisation.',
	reportNotQueued: 'The report could not be queued.',
	reportCycleGone: 'The cycle of this report no longer exists.'
} as const;

export type FixedReason = keyof typeof failureReasons;

/**
 * What went wrong with the mail server, by nodemailer's error code; the server's own words follow
 * in brackets when stored ("The mail server did not answer in time (Connection timeout)").
 */
export const mailServerTrouble = {
	ETIMEDOUT: 'The mail server did not answer in time',
	ESOCKET: 'Could not reach the mail server',
	ECONNECTION: 'Could not reach the mail server',
	EDNS: 'Could not find the mail server',
	ETLS: 'Could not set up encryption with the mail server',
	EAUTH: 'The mail server refused the sign-in',
	EENVELOPE: 'The mail server refused the message'
} as const;

export type MailServerTrouble = keyof typeof mailServerTrouble;

/** A report's rendering thread stopped. */
export const workerStopped = (code: number): string =>
	`The report worker stopped (exit code ${code}).`;
/** A report's rendering ran out of time. */
export const renderingTooLong = (seconds: number): string =>
	`Rendering took longer than ${seconds} s.`;
