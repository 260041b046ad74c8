import { afterAll, beforeAll } from 'vitest';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string;
	body: string;
}

/** A local SMTP server for the current test file; `url()` is what a mailer connects to. */
export function useLocalSmtpServer() {
	const received: ReceivedMail[] = [];
	let server: SMTPServer;
	let port = 0;
	beforeAll(async () => {
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			onData(stream, session, callback) {
				let body = '';
				stream.on('data', (chunk) => (body += chunk));
				stream.on('end', () => {
					received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
					callback();
				});
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.server.address() as { port: number }).port;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
	return { received, url: () => `smtp://127.0.0.1:${port}?ignoreTLS=true` };
}

/** Bytes written as `=XX` (quoted-printable and Q-encoded words) back to UTF-8 text. */
const hexBytes = (text: string): string =>
	Buffer.from(
		text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
		'latin1'
	).toString('utf8');

/** A MIME part's headers (folded lines joined) and its body, still encoded. */
function part(raw: string): { headers: string; body: string } {
	const split = /\r?\n\r?\n/.exec(raw);
	const head = split ? raw.slice(0, split.index) : raw;
	return {
		headers: head.replace(/\r?\n[ \t]+/g, ' '),
		body: split ? raw.slice(split.index + split[0].length) : ''
	};
}

/** The first text/plain part of a message, looking inside multipart ones (a mail with a PDF). */
function plainText(raw: string): string {
	const { headers, body } = part(raw);
	const boundary = /boundary="?([^";\s]+)"?/i.exec(headers)?.[1];
	if (boundary && /^Content-Type: multipart\//im.test(headers)) {
		for (const piece of body.split(`--${boundary}`).slice(1)) {
			const found = plainText(piece.replace(/^\r?\n/, ''));
			if (found) return found;
		}
		return '';
	}
	const type = /^Content-Type: ([^;\s]+)/im.exec(headers)?.[1]?.toLowerCase() ?? 'text/plain';
	if (type !== 'text/plain') return '';
	const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(headers)?.[1]?.toLowerCase();
	if (encoding === 'quoted-printable') return hexBytes(body.replace(/=\r?\n/g, ''));
	if (encoding === 'base64')
		return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	return body;
}

/**
 * A received mail's subject and plain text as a reader sees them: encoded words of the subject
 * (RFC 2047) and a quoted-printable or base64 body decoded, so that a test can read any language.
 */
export function readMail(mail: ReceivedMail): { subject: string; text: string } {
	const subject = (/^Subject: (.*)$/im.exec(part(mail.body).headers)?.[1] ?? '')
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, word: string) =>
			kind.toUpperCase() === 'B'
				? Buffer.from(word, 'base64').toString('utf8')
				: hexBytes(word.replace(/_/g, ' '))
		);
	return { subject, text: plainText(mail.body).replace(/\r\n/g, '\n').trimEnd() };
}
