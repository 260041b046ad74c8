import pino, { type Logger } from 'pino';
import { env } from './env';

/**
 * The server's one logger: JSON lines on stdout, for whatever collects them (journald, docker,
 * a log shipper). What people type and what links carry must never land there: logs are kept
 * longer and read by more people than the database. So (1) known keys are redacted, (2) errors go
 * through a serializer that keeps only a whitelist of fields (a database error also carries the
 * query, its parameters and a `detail` quoting row values) and scrubs the rest, (3) every message
 * string is scrubbed too.
 */

const REDACTED = '[redacted]';

/** Keys that may hold personal data or secrets, wherever a caller passes them. */
const redactPaths = [
	'password',
	'email',
	'name',
	'token',
	'tokenHash',
	'passwordHash',
	'csv',
	'invitees',
	'cookie',
	'authorization',
	'query',
	'params',
	'url',
	'path'
].flatMap((key) => [key, `*.${key}`]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Removes values that a message may quote: e-mail addresses, argon2 hashes, long random tokens
 * (session tokens and invitation links are base32, hashes hex), the values PostgreSQL quotes in
 * "Key (email)=(…)" and "invalid input syntax …: "…"", and drizzle's "params: …" tail.
 */
export function scrub(text: string): string {
	return (
		text
			// drizzle's DrizzleQueryError: "Failed query: <sql>\nparams: <every bound value>".
			.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/g, `\nparams: ${REDACTED}`)
			.replace(/(\([^()]*\))=\((?:[^()]|\([^()]*\))*\)/g, `$1=(${REDACTED})`)
			.replace(/(invalid input [^:\n]*: )"(?:[^"]|"")*"/g, `$1"${REDACTED}"`)
			.replace(/\$argon2[a-z]*\$[^\s)'"]*/g, '[hash]')
			// No "/" around the "@", so scoped package paths in stack traces (node_modules/@scope) stay.
			.replace(
				/[^\s@<>()[\]\\,;:"'/=]+@[^\s@<>()[\]\\,;:"'/=]+\.[^\s@<>()[\]\\,;:"'/=]+/g,
				'[email]'
			)
			// Long letter-and-digit runs are tokens or hashes; UUIDs (row ids) are kept for debugging.
			.replace(/[A-Za-z0-9_-]{20,}/g, (run) =>
				UUID.test(run) || !/\d/.test(run) || !/[A-Za-z]/.test(run) ? run : '[token]'
			)
	);
}

interface SerializedError {
	type: string;
	message: string;
	stack?: string;
	code?: string;
	table?: string;
	column?: string;
	constraint?: string;
	cause?: SerializedError;
}

/** Fields of PostgreSQL errors (postgres.js and PGlite spell them differently) that name no values. */
const identifierFields = [
	['table', 'table_name'],
	['column', 'column_name'],
	['constraint', 'constraint_name']
] as const;

export function serializeError(error: unknown, depth = 0): SerializedError {
	if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)) };
	const fields = error as Error & Record<string, unknown>;
	// The class name says most (DrizzleQueryError, PostgresError), unless a bundle minified it.
	const className = error.constructor?.name ?? '';
	const out: SerializedError = {
		type: className.length > 2 ? className : error.name,
		message: scrub(error.message)
	};
	if (typeof error.stack === 'string') {
		// The stack repeats the message first; scrub the frames separately so a message spanning
		// several lines cannot leave a piece of itself behind.
		const head = `${error.name}: ${error.message}`;
		out.stack = error.stack.startsWith(head)
			? `${error.name}: ${out.message}${scrub(error.stack.slice(head.length))}`
			: scrub(error.stack);
	}
	if (typeof fields.code === 'string') out.code = fields.code;
	for (const [key, alias] of identifierFields) {
		const value = fields[key] ?? fields[alias];
		if (typeof value === 'string') out[key] = value;
	}
	if (error.cause !== undefined && depth < 3) out.cause = serializeError(error.cause, depth + 1);
	return out;
}

/**
 * Where both loggers write: stdout (fd 1), asynchronously. A synchronous write of each line cost
 * about 78 µs of the event loop per saved tap (issue 18); here lines collect in a buffer that is
 * written once it holds LOG_BUFFER_BYTES, or after LOG_FLUSH_MS when fewer lines came, and while a
 * write is under way. One destination for both, so lines keep their order and never interleave.
 * Flushed synchronously when the process exits (pino registers that for an asynchronous
 * destination: on 'exit', which an uncaught exception and process.exit also reach) and on the
 * graceful shutdown (flushLogs, startup.ts). What a SIGKILL, an out-of-memory abort or a power cut
 * hits loses the lines still buffered: at most the last LOG_FLUSH_MS or LOG_BUFFER_BYTES of them
 * (docs/threat-model.md).
 */
const LOG_BUFFER_BYTES = 4096;
const LOG_FLUSH_MS = 100;
const destination = pino.destination({
	dest: 1,
	sync: false,
	minLength: LOG_BUFFER_BYTES,
	periodicFlush: LOG_FLUSH_MS
});

/** Writes out every buffered line now, blocking: for the shutdown, and before a deliberate exit. */
export function flushLogs(): void {
	try {
		destination.flushSync();
	} catch {
		// stdout closed (the reader went away) or a write already under way: nothing more to do.
	}
}

export const logger: Logger = pino(
	{
		level: env.LOG_LEVEL,
		redact: { paths: redactPaths, censor: REDACTED },
		serializers: {
			err: (e: unknown) => serializeError(e),
			error: (e: unknown) => serializeError(e)
		},
		formatters: { level: (label) => ({ level: label }) },
		timestamp: pino.stdTimeFunctions.isoTime,
		hooks: {
			// Message strings are scrubbed too, for messages built from values.
			logMethod(args, method) {
				method.apply(
					this,
					args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>
				);
			}
		}
	},
	destination
);

/**
 * The one line per request (method, route id, status, ms: fields that never hold personal data),
 * written without the redaction and scrubbing above, which cost more than the rest of a saved tap's
 * logging (issue 18). Same level, format and destination as `logger`. Only hooks.server.ts's request
 * line uses it: anything carrying values goes through `logger`.
 */
export const requestLogger: Logger = pino(
	{
		level: env.LOG_LEVEL,
		formatters: { level: (label) => ({ level: label }) },
		timestamp: pino.stdTimeFunctions.isoTime
	},
	destination
);
