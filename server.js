#!/usr/bin/env node
// The production entry (`npm start`, `npm run serve`): adapter-node's request handler in our own
// HTTP server, as adapter-node documents for custom servers. Why not adapter-node's own `node build`:
// with neither ORIGIN nor PROTOCOL_HEADER set it takes every request as https, so on a plain
// `npm start` SvelteKit's CSRF check refuses every form post from http://localhost:3000 (403) and
// the app believes it is on https. Here, unless ORIGIN or PROTOCOL_HEADER says otherwise (behind a
// proxy), each request is told the protocol of its own socket through a private header that this
// server overwrites on every request, so a client cannot claim https.
//
// Everything else keeps adapter-node's behaviour (build/index.js): PORT, HOST, SOCKET_PATH,
// KEEP_ALIVE_TIMEOUT, HEADERS_TIMEOUT, and the graceful shutdown on SIGINT/SIGTERM (stop accepting,
// let open requests finish for up to SHUTDOWN_TIMEOUT seconds, then emit `sveltekit:shutdown`,
// on which the app closes its database). These are the adapter's variables, read here because this
// file runs before the app; the app's own settings are read in src/lib/server/platform/env.ts.
import http from 'node:http';
import { networkInterfaces } from 'node:os';
import process from 'node:process';

const PRIVATE_PROTOCOL_HEADER = 'x-touchstone-socket-protocol';
/** @param {string} name */
const setting = (name) => (process.env[name] ?? '').trim();

const origin = setting('ORIGIN');
const ownProtocolHeader = !origin && !setting('PROTOCOL_HEADER');
// Must be set before the handler module loads: adapter-node reads its settings at import.
if (ownProtocolHeader) process.env.PROTOCOL_HEADER = PRIVATE_PROTOCOL_HEADER;
if (!origin) delete process.env.ORIGIN; // an empty ORIGIN is "not set", not an invalid URL
// adapter-node's default body limit (512K) is below the invitee upload the app allows (a CSV of up to
// 2 MB, sent as multipart beside the pasted list): unless set, 4M (docs/deployment.md).
if (!setting('BODY_SIZE_LIMIT')) process.env.BODY_SIZE_LIMIT = '4M';

/**
 * @param {string} name
 * @param {number | undefined} fallback
 */
function timeoutSetting(name, fallback) {
	const raw = setting(name);
	if (raw === '') return fallback;
	if (!/^\d+$/.test(raw))
		throw new Error(
			`Invalid value for environment variable ${name}: ${JSON.stringify(raw)} (should be a non-negative integer)`
		);
	return Number(raw);
}

const socketPath = setting('SOCKET_PATH') || undefined;
const host = setting('HOST') || '0.0.0.0';
const port = socketPath ? undefined : Number(setting('PORT') || '3000');
const shutdownTimeout = timeoutSetting('SHUTDOWN_TIMEOUT', 30) ?? 30;

/** @type {{ database: string; demo: { email: string; password: string } | null } | undefined} */
let started;
// Emitted by the app (src/lib/server/startup.ts) once the database is ready.
process.on('touchstone:started', (info) => (started = info));

// Importing the handler starts the app: it opens, migrates and seeds the database first.
const { handler } = await import('./build/handler.js');

const server = http.createServer();
const keepAliveTimeout = timeoutSetting('KEEP_ALIVE_TIMEOUT', undefined);
if (keepAliveTimeout !== undefined) server.keepAliveTimeout = keepAliveTimeout * 1000;
const headersTimeout = timeoutSetting('HEADERS_TIMEOUT', undefined);
if (headersTimeout !== undefined) server.headersTimeout = headersTimeout * 1000;

/** @type {NodeJS.Timeout | undefined} */
let shutdownTimer;

server.on('request', (req, res) => {
	req.on('close', () => {
		// While shutting down, close each connection as soon as its request is done.
		if (shutdownTimer) server.closeIdleConnections();
	});
	if (ownProtocolHeader) {
		req.headers[PRIVATE_PROTOCOL_HEADER] = /** @type {import('node:tls').TLSSocket} */ (req.socket)
			.encrypted
			? 'https'
			: 'http';
	}
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

/** @param {string} reason */
function gracefulShutdown(reason) {
	if (shutdownTimer) return;
	// A keep-alive connection would hold close() until it times out; close the idle ones first.
	server.closeIdleConnections();
	server.close((error) => {
		if (error) return; // already closed
		clearTimeout(shutdownTimer);
		// @ts-expect-error custom event, as adapter-node emits it
		process.emit('sveltekit:shutdown', reason);
	});
	shutdownTimer = setTimeout(() => server.closeAllConnections(), shutdownTimeout * 1000);
}
process.on('SIGTERM', gracefulShutdown);
process.on('SIGINT', gracefulShutdown);

/**
 * The addresses a browser can use: this machine's name and, when listening on every interface, each network address (for phones).
 * @param {number | undefined} listeningPort
 */
function reachableAt(listeningPort) {
	if (host !== '0.0.0.0' && host !== '::')
		return [`http://${host.includes(':') ? `[${host}]` : host}:${listeningPort}`];
	const lan = Object.values(networkInterfaces())
		.flat()
		.filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
		.map((a) => `http://${a?.address}:${listeningPort}`);
	return [`http://localhost:${listeningPort}`, ...lan];
}

server.listen(socketPath ? { path: socketPath } : { host, port }, () => {
	// A plain-text banner for the person who typed the command; every other line on stdout is JSON.
	const lines = ['Touchstone is running.'];
	if (socketPath) lines.push(`  Listening on ${socketPath}`);
	else {
		const address = server.address();
		const listeningPort = typeof address === 'object' && address ? address.port : port;
		const [first, ...others] = reachableAt(listeningPort);
		lines.push(`  Open ${first}`);
		for (const other of others)
			lines.push(`  or   ${other}  (from other devices on this network, e.g. phones)`);
	}
	if (origin) lines.push(`  Public address (ORIGIN): ${origin} — links and QR codes use it`);
	else lines.push('  Links and QR codes use the address your browser opened the app at.');
	if (started?.demo) lines.push(`  Demo sign-in: ${started.demo.email} / ${started.demo.password}`);
	console.log(lines.join('\n'));
});
