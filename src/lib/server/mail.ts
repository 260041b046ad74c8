import nodemailer, { type Transporter } from 'nodemailer';
import { env } from './env';
import { DEFAULT_TIME_ZONE } from '$lib/domain/time-zone';

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
	send(messages: MailMessage[]): Promise<SendOutcome>;
	close(): void;
}

/** A mailer for an SMTP URL such as smtp://user:pass@host:587 (nodemailer). */
export function createMailer(smtpUrl: string, from = env.MAIL_FROM): Mailer {
	const transport: Transporter = nodemailer.createTransport(smtpUrl, { from });
	return {
		async send(messages) {
			const outcome: SendOutcome = { sent: [], failed: [] };
			for (const message of messages) {
				try {
					await transport.sendMail({
						from,
						to: message.to,
						subject: message.subject,
						text: message.text,
						attachments: message.attachments?.map((a) => ({ ...a, content: Buffer.from(a.content) }))
					});
					outcome.sent.push(message.to);
				} catch (error) {
					outcome.failed.push({ to: message.to, error: (error as Error).message });
				}
			}
			return outcome;
		},
		close: () => transport.close()
	};
}

let configured: Mailer | null | undefined;

/** The installation's mailer, or null when no SMTP_URL is set (leads then copy links by hand). */
export function mailer(): Mailer | null {
	if (configured === undefined) configured = env.SMTP_URL ? createMailer(env.SMTP_URL) : null;
	return configured;
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
}): MailMessage {
	const greeting = input.name ? `Hello ${input.name},` : 'Hello,';
	const closes = input.closesAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: input.timeZone ?? DEFAULT_TIME_ZONE });
	return {
		to: input.to,
		subject: `${input.reminder ? 'Reminder: ' : ''}${input.organisationName} asks for your view on how we manage customer relationships`,
		text: [
			greeting,
			'',
			`${input.organisationName} is assessing how well it runs customer-relationship management (“${input.cycleName}”).`,
			'Your answers are anonymous: the organisation sees whether this link was used, never what you answered,',
			'and a group’s results appear only when enough people in it have answered.',
			'',
			`It takes about 15 minutes on your phone, and you can stop and continue later with the same link:`,
			input.link,
			'',
			`The questionnaire closes on ${closes}.`,
			'',
			'Thank you.'
		].join('\n')
	};
}
