/**
 * Renders board reports off the main thread. pdfmake lays a report out synchronously for a
 * second or more, which would stall every other request of this instance; a worker thread
 * receives the JSON ReportInput and answers with the PDF bytes. Database work stays on the main
 * thread (an embedded PGlite database can only be opened once per process).
 *
 * The threads are kept (issue 18): a fresh thread per report loaded pdfmake and its fonts and
 * compiled the layout code again each time, most of a report's wait. A small pool (POOL_SIZE)
 * is warmed at start-up, each thread renders one report at a time, a thread that fails, runs
 * over RENDER_TIMEOUT_MS or has rendered RECYCLE_AFTER reports is replaced.
 *
 * The worker runs this very module: after bundling, `import.meta.url` is the server chunk the
 * code ended up in; in development and tests it is this .ts file, loaded through tsx.
 * Imports here are relative on purpose, so that tsx can load them without SvelteKit's aliases.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { buildReportDocument } from '../../domain/report/layout';
import type { ReportInput } from '../../domain/report/types';
import { renderReportPdf } from './pdf';
import { renderingTooLong, workerStopped } from '$lib/domain/job-failure/reasons';

const MARK = 'touchstoneReportRender';
/** A layout that has not finished by then is stuck; the report is marked failed. */
const RENDER_TIMEOUT_MS = 120_000;
/** Threads kept: renders at once. One per core, at most two (the main thread needs one too). */
const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism()));
/** A thread is replaced after this many reports, so nothing it keeps can grow without end. */
const RECYCLE_AFTER = 50;

type Request = { id: number; input: ReportInput | null };
type Reply = { id: number } & (
	{ ok: true; pdf: Uint8Array; threadId: number; ms: number } | { ok: false; error: string }
);

export interface RenderResult {
	pdf: Uint8Array;
	/** The worker thread's id (never 0, the main thread). */
	threadId: number;
	/** Layout and rendering time inside the worker. */
	ms: number;
}

function spawn(): Worker {
	const self = new URL(import.meta.url);
	const options = { workerData: { [MARK]: true }, resourceLimits: { maxOldGenerationSizeMb: 512 } };
	if (!self.pathname.endsWith('.ts')) return new Worker(self, options);
	// Development and tests: the source is TypeScript, so the worker registers tsx first.
	const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
	const tsx = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
	const bootstrap = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(self.href)});`;
	return new Worker(bootstrap, { ...options, eval: true });
}

interface Thread {
	worker: Worker;
	renders: number;
	retired?: boolean;
	/** The render under way: its id and how to settle it. */
	current?: { id: number; settle: (reply: Reply | Error) => void };
}

const idle: Thread[] = [];
const waiting: Array<(thread: Thread) => void> = [];
let alive = 0;
let nextId = 1;

function start(): Thread {
	alive++;
	const thread: Thread = { worker: spawn(), renders: 0 };
	// An idle thread does not keep the process alive; a render under way holds it (ref below).
	thread.worker.unref();
	thread.worker.on('message', (reply: Reply) => {
		if (thread.current?.id === reply.id) thread.current.settle(reply);
	});
	thread.worker.on('error', (error) => thread.current?.settle(error));
	thread.worker.on('exit', (code) => {
		thread.current?.settle(new Error(workerStopped(code)));
		retire(thread);
	});
	return thread;
}

/** Takes a thread out of the pool for good (and starts one for a waiting render). */
function retire(thread: Thread): void {
	const i = idle.indexOf(thread);
	if (i >= 0) idle.splice(i, 1);
	if (thread.retired) return;
	thread.retired = true;
	alive--;
	void thread.worker.terminate();
	const next = waiting.shift();
	if (next) next(start());
}

function acquire(): Promise<Thread> {
	const free = idle.pop();
	if (free) return Promise.resolve(free);
	if (alive < POOL_SIZE) return Promise.resolve(start());
	return new Promise((resolve) => waiting.push(resolve));
}

function release(thread: Thread): void {
	if (thread.renders >= RECYCLE_AFTER) return retire(thread);
	const next = waiting.shift();
	if (next) next(thread);
	else idle.push(thread);
}

/** Sends one request to a pooled thread; a thread that fails or times out is replaced. */
async function run(input: ReportInput | null): Promise<RenderResult> {
	const thread = await acquire();
	const id = nextId++;
	thread.worker.ref();
	try {
		const reply = await new Promise<Reply | Error>((resolve) => {
			const timer = setTimeout(
				() => resolve(new Error(renderingTooLong(RENDER_TIMEOUT_MS / 1000))),
				RENDER_TIMEOUT_MS
			);
			thread.current = {
				id,
				settle: (r) => {
					clearTimeout(timer);
					thread.current = undefined;
					resolve(r);
				}
			};
			thread.worker.postMessage({ id, input } satisfies Request);
		});
		if (reply instanceof Error) {
			retire(thread);
			throw reply;
		}
		thread.renders++;
		thread.worker.unref();
		release(thread);
		if (!reply.ok) throw new Error(reply.error);
		return { pdf: reply.pdf, threadId: reply.threadId, ms: reply.ms };
	} finally {
		thread.worker.unref();
	}
}

/** Lays out and renders the report in a pooled worker thread; rejects with the worker's error. */
export function renderInWorker(input: ReportInput): Promise<RenderResult> {
	return run(input);
}

/**
 * Starts the pool's threads and lets each load pdfmake, its fonts and the layout code (a
 * one-page document), so that the first report does not wait for it. Failures are left to the
 * first real render to report.
 */
export async function warmUp(): Promise<void> {
	await Promise.allSettled(Array.from({ length: POOL_SIZE }, () => run(null)));
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[MARK] === true) {
	parentPort!.on('message', async ({ id, input }: Request) => {
		const started = performance.now();
		let reply: Reply;
		try {
			const pdf = await renderReportPdf(
				input
					? buildReportDocument(input)
					: {
							content: [
								{ text: 'Warm-up', bold: true },
								{ text: 'Touchstone', italics: true }
							]
						}
			);
			reply = { id, ok: true, pdf, threadId, ms: performance.now() - started };
		} catch (error) {
			reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
		}
		parentPort!.postMessage(reply);
	});
}
