import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The loggers write stdout asynchronously (platform/log.ts, issue 18): lines wait in a buffer. These
 * run the real module in a child process and read its stdout, as a log collector would: no line may
 * be lost when the process ends (a fatal error, an exit, the shutdown's flushLogs), and a quiet
 * server's line may not wait in the buffer for more to come.
 */
const LOG_MODULE = fileURLToPath(new URL('../../src/lib/server/platform/log.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface Run {
	stdout: string;
	code: number | null;
	/** stdout as it stood when the child first wrote to stderr (while it was still running). */
	peeked?: string;
}

function runChild(body: string): Promise<Run> {
	const script = `import { logger, requestLogger, flushLogs } from ${JSON.stringify(LOG_MODULE)};\n${body}`;
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [TSX, '--eval', script], {
			env: { ...process.env, LOG_LEVEL: 'info' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let peeked: string | undefined;
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', () => (peeked ??= stdout));
		child.once('error', reject);
		child.once('close', (code) => resolve({ stdout, code, peeked }));
	});
}

const linesOf = (stdout: string) =>
	stdout
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('asynchronous log output', () => {
	it('writes the buffered lines when the process dies of an uncaught error', async () => {
		const run = await runChild(`
			for (let i = 0; i < 3; i++) requestLogger.info({ route: '/s/[token]/autosave', status: 200, i }, 'request');
			logger.error({ token: 'secret-link-token' }, 'before the crash');
			setTimeout(() => { throw new Error('fatal'); }, 5);
		`);
		expect(run.code).not.toBe(0);
		const lines = linesOf(run.stdout);
		expect(lines.map((l) => l.msg)).toEqual(['request', 'request', 'request', 'before the crash']);
		// Redaction is the same through the asynchronous destination.
		expect(lines[3]!.token).toBe('[redacted]');
		expect(run.stdout).not.toContain('secret-link-token');
	}, 30_000);

	it('writes them on process.exit and on flushLogs, in the order they were logged', async () => {
		const run = await runChild(`
			logger.info('first');
			requestLogger.info({ status: 200 }, 'request');
			flushLogs();
			logger.info('last');
			process.exit(3);
		`);
		expect(run.code).toBe(3);
		expect(linesOf(run.stdout).map((l) => l.msg)).toEqual(['first', 'request', 'last']);
	}, 30_000);

	it("does not hold a quiet server's line back until more lines fill the buffer", async () => {
		// The child says on stderr, 1.5 s after its one line and while it still runs, to look now.
		const run = await runChild(`
			logger.info('alone');
			setTimeout(() => process.stderr.write('look\\n'), 1_500);
			setTimeout(() => {}, 2_500);
		`);
		expect(linesOf(run.peeked ?? '').map((l) => l.msg)).toEqual(['alone']);
	}, 30_000);
});
