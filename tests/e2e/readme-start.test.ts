import { describe, it, expect } from 'vitest';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import { hasChromium, phoneContext, signIn, signUp, useBrowser } from '../support/browser';
import { registerLinkSource } from '../support/account-links';

/**
 * The first thing a newcomer does: the README's start command, exactly as written, in a fresh copy
 * of the project (no node_modules, no build, no data) with no environment beyond PATH and HOME
 * (HOME for npm's cache), then a browser at both local addresses. Every other e2e test starts the
 * app itself with settings of its own, so only this one sees what `npm start` alone gives.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const PORT = 3000;
const START_DEADLINE_MS = 8 * 60_000;
const demoLead = { email: 'lead@demo.touchstone.test', password: 'touchstone-demo' };

/** The first command of the README's first `sh` block, without its trailing comment. */
function readmeStartCommand(readme: string): string {
	const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1];
	if (!block) throw new Error('README.md has no ```sh code block');
	const line = block.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
	if (!line) throw new Error('the first ```sh block of README.md has no command');
	return line.replace(/\s+#.*$/, '').trim();
}

/**
 * The working tree as a fresh clone would have it, with uncommitted changes: tracked files plus
 * new files not ignored by .gitignore (so not node_modules, build/, data/).
 */
function copyWorkingTree(target: string): number {
	const files = execFileSync(
		'git',
		['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{ cwd: ROOT }
	)
		.toString()
		.split('\0')
		.filter(Boolean);
	let copied = 0;
	for (const file of files) {
		const from = join(ROOT, file);
		if (!existsSync(from) || lstatSync(from).isDirectory()) continue; // deleted in the work tree, or a submodule
		mkdirSync(dirname(join(target, file)), { recursive: true });
		cpSync(from, join(target, file), { verbatimSymlinks: true });
		copied++;
	}
	return copied;
}

function assertPortFree(port: number): Promise<void> {
	const tryListen = (host: string) =>
		new Promise<void>((resolve, reject) => {
			const probe = createServer();
			probe.once('error', reject);
			probe.listen(port, host, () => probe.close(() => resolve()));
		});
	// '::' covers IPv4 and IPv6 on a dual-stack machine; 0.0.0.0 where IPv6 is off.
	return tryListen('::').catch(async (error: NodeJS.ErrnoException) => {
		if (error.code === 'EADDRINUSE')
			throw new Error(
				`Port ${port} is in use: the README's start command serves on ${port}, so this test needs it free. Stop whatever listens there (ss -ltnp 'sport = :${port}') and run again.`
			);
		await tryListen('0.0.0.0').catch((again: NodeJS.ErrnoException) => {
			throw again.code === 'EADDRINUSE'
				? new Error(`Port ${port} is in use: stop whatever listens there and run again.`)
				: again;
		});
	});
}

/** Ends the command and everything it started (sh → npm → node): SIGTERM to its process group, SIGKILL after 20 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
	const signalGroup = (signal: NodeJS.Signals | 0) => {
		try {
			process.kill(-child.pid!, signal);
			return true;
		} catch {
			return false; // no process left in the group
		}
	};
	signalGroup('SIGTERM');
	for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
		if (!signalGroup(0)) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	signalGroup('SIGKILL');
}

/** The first survey link on a QR-card page: a visible /s/ link if there is one, else the first QR code, read as a phone would. */
async function firstCardLink(page: Page): Promise<string> {
	const href = await page
		.locator('a[href*="/s/"]')
		.first()
		.getAttribute('href', { timeout: 1000 })
		.catch(() => null);
	if (href) return new URL(href, page.url()).toString();
	const src = await page.locator('img[src^="data:image/png"]').first().getAttribute('src');
	if (!src) throw new Error('no QR code on the print page');
	const png = PNG.sync.read(Buffer.from(src.split(',')[1]!, 'base64'));
	const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	if (!code) throw new Error('the first QR code could not be read');
	return code.data;
}

// Once per `npm test` pair in CI: the command runs with PATH and HOME only, so the pass with
// TEST_DATABASE_URL would repeat the PGlite pass exactly (and take port 3000 for another minute).
describe.runIf(hasChromium && !process.env.TEST_DATABASE_URL)("the README's start command", () => {
	const browser = useBrowser();
	it(
		'serves an app a browser signs in to at http://localhost:3000 and http://127.0.0.1:3000, and the demo QR links open their survey',
		{ timeout: START_DEADLINE_MS + 120_000 },
		async () => {
			const command = readmeStartCommand(readFileSync(join(ROOT, 'README.md'), 'utf8'));
			expect(command).toMatch(/npm/);
			await assertPortFree(PORT);
			const dir = mkdtempSync(join(tmpdir(), 'touchstone-readme-'));
			let child: ChildProcess | undefined;
			let output = '';
			try {
				const copied = copyWorkingTree(dir);
				expect(
					existsSync(join(dir, 'node_modules')) ||
						existsSync(join(dir, 'build')) ||
						existsSync(join(dir, 'data'))
				).toBe(false);

				// Exactly as a person types it, in a shell, with nothing set but PATH and HOME.
				const t0 = performance.now();
				child = spawn('sh', ['-c', command], {
					cwd: dir,
					env: { PATH: process.env.PATH!, HOME: process.env.HOME! },
					detached: true, // its own process group, so the whole npm → node tree can be stopped
					stdio: ['ignore', 'pipe', 'pipe']
				});
				child.stdout!.on('data', (d) => (output += d));
				child.stderr!.on('data', (d) => (output += d));
				for (;;) {
					if (child.exitCode !== null)
						throw new Error(
							`\`${command}\` exited with ${child.exitCode} before serving:\n${output.slice(-4000)}`
						);
					const up = await fetch(`http://127.0.0.1:${PORT}/healthz`, {
						signal: AbortSignal.timeout(2000)
					}).then(
						(r) => r.ok,
						() => false
					);
					if (up) break;
					if (performance.now() - t0 > START_DEADLINE_MS)
						throw new Error(
							`\`${command}\` did not serve on port ${PORT} within ${START_DEADLINE_MS / 60_000} minutes:\n${output.slice(-4000)}`
						);
					await new Promise((r) => setTimeout(r, 500));
				}
				const seconds = (performance.now() - t0) / 1000;
				console.log(
					`README start command \`${command}\` on a fresh copy (${copied} files): serving after ${seconds.toFixed(1)} s`
				);
				expect(output, 'the start-up banner names the local address').toContain(
					`http://localhost:${PORT}`
				);
				expect(output, 'the start-up banner gives the demo sign-in').toContain(demoLead.email);

				let lead: BrowserContext | undefined;
				for (const base of [`http://localhost:${PORT}`, `http://127.0.0.1:${PORT}`]) {
					const context = await browser().newContext();
					const page = await context.newPage();
					const hsts: string[] = [];
					page.on('response', (r) => {
						const value = r.headers()['strict-transport-security'];
						if (value) hsts.push(`${r.url()}: ${value}`);
					});
					await signIn(page, base, demoLead, { timeout: 30_000 });
					const session = (await context.cookies(base)).find(
						(c) => c.name === 'touchstone_session'
					);
					expect(session, `a session cookie after signing in at ${base}`).toBeDefined();
					expect(session!.secure, `the session cookie at ${base} is not Secure on plain http`).toBe(
						false
					);
					expect(session!.httpOnly).toBe(true);
					expect(hsts, `no HSTS on plain http at ${base}`).toEqual([]);
					if (!lead) lead = context;
					else await context.close();
				}

				// A newcomer can also create an account (another form post), confirmed through the link
				// the server prints for the operator (no SMTP_URL here), as the README says.
				registerLinkSource(`http://127.0.0.1:${PORT}`, () => output);
				const newcomer = await browser().newContext();
				await signUp(
					await newcomer.newPage(),
					`http://127.0.0.1:${PORT}`,
					{
						name: 'New Comer',
						email: `newcomer-${Date.now()}@example.test`,
						password: 'a long enough password'
					},
					{ timeout: 30_000 }
				);
				await newcomer.close();

				// The demo's open cycle → its invitations → the QR cards of its anonymous links → a phone opens one.
				const page = await lead!.newPage();
				await page.goto(`http://localhost:${PORT}/`);
				const orgPath = new URL(page.url()).pathname.match(/^\/o\/[^/]+/)?.[0];
				expect(orgPath, 'the demo lead lands in the demo organisation').toBeTruthy();
				await page.goto(`http://localhost:${PORT}${orgPath}/cycles`);
				const cyclePath = await page.locator('tr:has(.badge.open) a').first().getAttribute('href');
				expect(cyclePath, 'the demo has an open cycle').toBeTruthy();
				await page.goto(`http://localhost:${PORT}${cyclePath}/invitations`);
				const ids = await page
					.locator('input[name="invitationId"]')
					.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
				expect(ids.length, 'the demo cycle has unused invitation links').toBeGreaterThan(0);
				await page.goto(
					`http://localhost:${PORT}${cyclePath}/invitations/print?ids=${ids.slice(0, 20).join(',')}`
				);
				const link = await firstCardLink(page);
				expect(link).toMatch(new RegExp(`^http://localhost:${PORT}/s/`));

				const phone = await phoneContext(browser());
				const survey = await phone.newPage();
				const opened = await survey.goto(link);
				const text = await survey.locator('main').innerText();
				expect(
					text,
					`the demo QR link ${new URL(link).pathname.slice(0, 8)}… opens its survey`
				).not.toContain('This link is not recognised');
				expect(opened!.status()).toBe(200);
				await phone.close();
				await lead!.close();
			} finally {
				if (child) await stopGroup(child);
				rmSync(dir, { recursive: true, force: true });
			}
		}
	);
});
