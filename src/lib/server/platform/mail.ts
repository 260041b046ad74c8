import nodemailer, { type Transporter } from 'nodemailer';
import { env } from './env';
import { scrub } from './log';
import { DEFAULT_TIME_ZONE } from '$lib/domain/time-zone';
import { invitationMail } from '$lib/domain/invitation/mail';
import { failureReasons, mailServerTrouble } from '$lib/domain/job-failure/reasons';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	attachments?: Array<{ filename: string; content: Uint8Array; contentType: string }>;
}

export interface SendOutcome {
	sent: string[];
	failed: Array<{ to: string; error: string }>;
}

export interface Mailer {
	/** Sends one message; rejects with the SMTP error (after at most a few timeouts). */
	sendOne(message: MailMessage): Promise<void>;
	/** Sends each message in turn and reports which went out. */
	send(messages: MailMessage[]): Promise<SendOutcome>;
	close(): void;
}

/**
 * A mailer for an SMTP URL such as smtp://user:pass@host:587 (nodemailer). Every step has a short
 * timeout (MAIL_TIMEOUT_MS): the TCP connection, the server's greeting and any silence on the
 * socket, so a server that accepts connections and never answers fails an attempt in seconds
 * rather than minutes. Messages are sent by the mail queue's worker, never inside a request.
 */
export function createMailer(
	smtpUrl: string,
	from = env.MAIL_FROM,
	timeoutMs = env.MAIL_TIMEOUT_MS
): Mailer {
	const transport: Transporter = nodemailer.createTransport(
		// The socket's silence limit is longer than the greeting's, so a server that never greets is
		// reported as such ("Greeting never received") rather than as a bare socket timeout.
		{
			url: smtpUrl,
			connectionTimeout: timeoutMs,
			greetingTimeout: timeoutMs,
			socketTimeout: 2 * timeoutMs,
			dnsTimeout: timeoutMs
		},
		{ from }
	);
	const sendOne = async (message: MailMessage) => {
		await transport.sendMail({
			from,
			to: message.to,
			subject: message.subject,
			text: message.text,
			attachments: message.attachments?.map((a) => ({ ...a, content: Buffer.from(a.content) }))
		});
	};
	return {
		sendOne,
		async send(messages) {
			const outcome: SendOutcome = { sent: [], failed: [] };
			for (const message of messages) {
				try {
					await sendOne(message);
					outcome.sent.push(message.to);
				} catch (error) {
					outcome.failed.push({ to: message.to, error: failureReason(error) });
				}
			}
			return outcome;
		},
		close: () => transport.close()
	};
}

/**
 * Why an attempt failed, in the SMTP server's (or the network's) words, for the lead to read:
 * addresses, tokens and links removed, one line, at most 200 characters.
 */
export function failureReason(error: unknown): string {
	const raw = error instanceof Error ? error.message : String(error);
	const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
	const prefix: Record<string, string> = mailServerTrouble;
	const said = typeof code === 'string' && prefix[code] ? `${prefix[code]} (${raw})` : raw;
	const text = scrub(said)
		.replace(/<[^<>\s]*>/g, '[address]')
		.replace(/https?:\/\/\S+/g, '[link]')
		.replace(/\s+/g, ' ')
		.trim();
	return (text || failureReasons.mailRefused).slice(0, 200);
}

let configured: Mailer | null | undefined;

/** The installation's mailer, or null when no SMTP_URL is set (leads then copy links by hand). */
export function mailer(): Mailer | null {
	if (configured === undefined) configured = env.SMTP_URL ? createMailer(env.SMTP_URL) : null;
	return configured;
}

/** Replaces the installation's mailer (tests and benchmarks, which make their own SMTP servers). */
export function useMailer(replacement: Mailer | null): void {
	configured?.close();
	configured = replacement;
}

export function invitationMessage(input: {
	to: string;
	name: string | null;
	organisationName: string;
	cycleName: string;
	link: string;
	closesAt: Date;
	/** The organisation's zone, so the closing day is the one its people live by. */
	timeZone?: string;
	reminder: boolean;
	/** Estimated from the cycle's questionnaire (estimateMinutes), as the landing page says it. */
	minutes: number;
	/** The cycle's anonymity threshold: every result rests on at least this many people. */
	anonymityThreshold: number;
	/** The invitee's language from the invitee list (issue 17); none: English. */
	language?: string | null;
}): MailMessage {
	return {
		to: input.to,
		...invitationMail({ ...input, timeZone: input.timeZone ?? DEFAULT_TIME_ZONE })
	};
}
