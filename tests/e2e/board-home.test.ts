import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { HttpClient } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { useLocalSmtpServer } from '../support/smtp';
import { cycleIdByName, demo, landingOrganisation, waitForReport } from '../support/security';
import {
	checkAccessibility,
	desktop,
	hasChromium,
	phone,
	signIn,
	sizedContext,
	useBrowser
} from '../support/browser';
import { compareDimensions } from '../../src/lib/domain/cycle/compare';
import { overallInterval, type CycleScoresScored } from '../../src/lib/domain/scoring';
import { formatScore } from '../../src/lib/format';

/**
 * The board member's home (issue 16.1) on a server of this file's own, with the demo and a local
 * mailbox: the headline equals the scoring service's figures (read through the lead's scores
 * export), the latest report downloads, and a cycle's first final report reaches the board by
 * e-mail by itself.
 */
describe.skipIf(!hasChromium)('the board member’s home', () => {
	const browser = useBrowser();
	const mailbox = useLocalSmtpServer();
	let server: RunningServer;
	let cleanup: () => Promise<void>;
	let orgId = '';
	let spring = '';
	let autumn = '';
	let reportId = '';
	const lead = () => {
		const client = new HttpClient(server.baseUrl);
		return client.signIn(demo.lead, demo.password).then(() => client);
	};

	beforeAll(async () => {
		const database = await freshDatabase({ tag: 'board-home' });
		cleanup = database.cleanup;
		server = await startServer({
			...database.env,
			SEED_DEMO: 'true',
			SMTP_URL: mailbox.url(),
			MAIL_TIMEOUT_MS: '2000'
		});
		const client = await lead();
		orgId = await landingOrganisation(client);
		spring = await cycleIdByName(client, orgId, 'Spring 2026');
		autumn = await cycleIdByName(client, orgId, 'Autumn 2025');
	}, 180_000);
	afterAll(async () => {
		await server?.stop();
		await cleanup?.();
	});

	it('mails a cycle’s first final report to the board by itself, and not one made again', async () => {
		const client = await lead();
		const reportsPage = `/o/${orgId}/cycles/${spring}/reports`;
		expect((await client.post(`${reportsPage}?/generate`, {})).status).toBe(200);
		reportId = await waitForReport(client, reportsPage, new Set());
		await expect
			.poll(() => mailbox.received.filter((m) => m.to === demo.board).length, { timeout: 30_000 })
			.toBe(1);
		const mail = mailbox.received.find((m) => m.to === demo.board)!;
		expect(mail.body).toContain('touchstone-spring-2026-report.pdf');
		expect(mail.body).toContain('Content-Type: application/pdf');
		// Made again: the board is not mailed twice for one cycle.
		expect((await client.post(`${reportsPage}?/generate`, {})).status).toBe(200);
		await waitForReport(client, reportsPage, new Set([reportId]));
		await new Promise((r) => setTimeout(r, 8_000));
		expect(mailbox.received.filter((m) => m.to === demo.board)).toHaveLength(1);
		// A provisional report of the open cycle is not mailed by itself either.
		const open = await cycleIdByName(client, orgId, 'Autumn 2026');
		const openReports = `/o/${orgId}/cycles/${open}/reports`;
		expect((await client.post(`${openReports}?/generate`, {})).status).toBe(200);
		await waitForReport(client, openReports, new Set());
		await new Promise((r) => setTimeout(r, 8_000));
		expect(mailbox.received.filter((m) => m.to === demo.board)).toHaveLength(1);
	}, 120_000);

	it('shows the scoring service’s headline and downloads the latest final report', async () => {
		expect(reportId).not.toBe('');
		const client = await lead();
		const scores = async (cycleId: string) =>
			(await (
				await client.get(`/o/${orgId}/cycles/${cycleId}/export/scores.json`)
			).json()) as CycleScoresScored;
		const [now, before] = [await scores(spring), await scores(autumn)];
		const interval = overallInterval(now.overall, now.dimensions)!;
		const index = (s: CycleScoresScored) => ({
			key: 'index',
			title: 'Maturity index',
			score: s.overall.index,
			ci95: overallInterval(s.overall, s.dimensions)
		});
		const change = compareDimensions([index(before)], [index(now)]).changes[0]!;
		const reached = now.dimensions.filter(
			(d) => !d.notApplicable && d.score !== null && d.gapToTarget !== null && d.gapToTarget <= 0
		).length;

		for (const viewport of [phone, desktop]) {
			const context = await sizedContext(browser(), viewport);
			const page = await context.newPage();
			await signIn(page, server.baseUrl, { email: demo.board, password: demo.password });
			expect(new URL(page.url()).pathname).toBe(`/o/${orgId}`);
			const figure = (name: string) => page.locator(`[data-figure="${name}"]`).textContent();
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Board overview');
			expect(await page.getByRole('heading', { name: 'Results of Spring 2026' }).count()).toBe(1);
			expect(await figure('index')).toBe(formatScore(now.overall.index));
			expect(await figure('level')).toBe(`Level ${now.overall.level} · ${now.overall.levelName}`);
			expect(await figure('interval')).toContain(
				`${formatScore(interval.low)}–${formatScore(interval.high)}`
			);
			expect((await figure('delta'))!.replace('−', '-')).toBe(
				`${change.delta! > 0 ? '+' : ''}${formatScore(change.delta)}`
			);
			expect(await figure('verdict')).toBe(change.verdict);
			expect((await figure('targets-reached'))!.trim()).toMatch(new RegExp(`^${reached}\\s+of`));
			// The open cycle is named, never scored.
			expect(await page.getByText('“Autumn 2026” is open for answers').count()).toBe(1);
			expect(await page.getByTestId('board-asks').textContent()).toContain(
				'Approve a budget of 25,000'
			);
			expect((await page.getByTestId('board-plan').textContent())!.replace(/\s+/g, ' ')).toMatch(
				/^\s?\d+ actions across all cycles: \d+ planned/
			);
			await checkAccessibility(page, `board home at ${viewport.width}px`);

			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: 'Download the report (PDF)' }).click()
			]);
			expect(download.suggestedFilename()).toBe('touchstone-spring-2026-report.pdf');
			const path = await download.path();
			const { readFile } = await import('node:fs/promises');
			expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
			expect(await page.getByTestId('board-report').textContent()).not.toContain('provisional');
			await context.close();
		}
	}, 180_000);

	it('leaves the lead’s landing as it was', async () => {
		const client = await lead();
		const html = await (await client.get(`/o/${orgId}`)).text();
		expect(html).toContain('<h1>Overview</h1>');
		expect(html).not.toContain('data-testid="board-index"');
	});
});
