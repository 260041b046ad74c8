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
