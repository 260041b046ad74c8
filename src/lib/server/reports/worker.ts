/**
 * Renders a board report off the main thread. pdfmake lays a report out synchronously for a
 * second or more, which would stall every other request of this instance; a worker thread
 * receives the JSON ReportInput and answers with the PDF bytes. Database work stays on the main
 * thread (an embedded PGlite database can only be opened once per process).
 *
 * The worker runs this very module: after bundling, `import.meta.url` is the server chunk the
 * code ended up in; in development and tests it is this .ts file, loaded through tsx.
 * Imports here are relative on purpose, so that tsx can load them without SvelteKit's aliases.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { buildReportDocument } from '../../domain/report/layout';
import type { ReportInput } from '../../domain/report/types';
import { renderReportPdf } from './pdf';

const MARK = 'touchstoneReportRender';
/** A layout that has not finished by then is stuck; the report is marked failed. */
const RENDER_TIMEOUT_MS = 120_000;

type Reply =
	{ ok: true; pdf: Uint8Array; threadId: number; ms: number } | { ok: false; error: string };

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

/** Lays out and renders the report in a fresh worker thread; rejects with the worker's error. */
export function renderInWorker(input: ReportInput): Promise<RenderResult> {
	return new Promise((resolve, reject) => {
		const worker = spawn();
		let settled = false;
		const finish = (outcome: () => void) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			void worker.terminate();
			outcome();
		};
		const timer = setTimeout(
			() =>
				finish(() =>
					reject(new Error(`Rendering took longer than ${RENDER_TIMEOUT_MS / 1000} s.`))
				),
			RENDER_TIMEOUT_MS
		);
		worker.once('message', (reply: Reply) =>
			finish(() =>
				reply.ok
					? resolve({ pdf: reply.pdf, threadId: reply.threadId, ms: reply.ms })
					: reject(new Error(reply.error))
			)
		);
		worker.once('error', (error) => finish(() => reject(error)));
		worker.once('exit', (code) =>
			finish(() => reject(new Error(`The report worker stopped (exit code ${code}).`)))
		);
		worker.postMessage(input);
	});
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[MARK] === true) {
	parentPort!.once('message', async (input: ReportInput) => {
		const started = performance.now();
		let reply: Reply;
		try {
			const pdf = await renderReportPdf(buildReportDocument(input));
			reply = { ok: true, pdf, threadId, ms: performance.now() - started };
		} catch (error) {
			reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
		}
		parentPort!.postMessage(reply);
	});
}
