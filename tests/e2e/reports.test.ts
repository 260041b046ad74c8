import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, it, expect, beforeAll, inject } from 'vitest';
import { slideTexts } from '../support/unzip';
import { hasChromium, phoneContext, signIn, useBrowser } from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';

const baseUrl = inject('baseUrl');
const demo = {
	lead: 'lead@demo.touchstone.test',
	board: 'board@demo.touchstone.test',
	password: 'touchstone-demo'
};

async function demoCycle(client: HttpClient, name: string) {
	const home = await client.get('/');
	const orgId = home.headers.get('location')!.split('/').pop()!;
	const html = await (await client.get(`/o/${orgId}/cycles`)).text();
	const cycleId = new RegExp(`href="/o/${orgId}/cycles/([0-9a-f-]{36})">${name}<`).exec(html)?.[1];
	expect(cycleId, `cycle ${name}`).toBeTruthy();
	return { orgId, cycleId: cycleId!, page: `/o/${orgId}/cycles/${cycleId}/reports` };
}

/** Report rows of the list page: id and status. */
function rows(html: string) {
	return [...html.matchAll(/data-report="([0-9a-f-]{36})" data-status="(\w+)"/g)].map((m) => ({
		id: m[1]!,
		status: m[2]!
	}));
}

describe('board reports', () => {
	let lead: HttpClient;
	let spring: Awaited<ReturnType<typeof demoCycle>>;
	let reportId: string;

	beforeAll(async () => {
		lead = new HttpClient(baseUrl);
		await lead.signIn(demo.lead, demo.password);
		spring = await demoCycle(lead, 'Spring 2026');
	});

	it('lets the lead generate a report with the form and follow it until it is ready', async () => {
		const before = new Set(rows(await (await lead.get(spring.page)).text()).map((r) => r.id));
		const posted = await lead.post(`${spring.page}?/generate`, { sector: 'on' });
		expect(posted.status).toBe(200);
		expect(await posted.text()).toContain('Report requested');

		const deadline = Date.now() + 60_000;
		let status = '';
		while (Date.now() < deadline) {
			const page = await lead.get(spring.page);
			expect(page.status).toBe(200);
			const html = await page.text();
			const fresh = rows(html).find((r) => !before.has(r.id));
			expect(fresh).toBeTruthy();
			reportId = fresh!.id;
			status = fresh!.status;
			if (status === 'done' || status === 'failed') break;
			// Without JavaScript the page offers a refresh link while a report is being made.
			expect(html).toContain('>Refresh</a>');
			await new Promise((r) => setTimeout(r, 500));
		}
		expect(status).toBe('done');
	});

	it('lets a board member see the list and download the PDF, but not generate', async () => {
		const board = new HttpClient(baseUrl);
		await board.signIn(demo.board, demo.password);
		const page = await board.get(spring.page);
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(rows(html)).toContainEqual({ id: reportId, status: 'done' });
		expect(html).not.toContain('Generate report');

		const pdf = await board.get(`${spring.page}/${reportId}/pdf`);
		expect(pdf.status).toBe(200);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(pdf.headers.get('content-disposition')).toBe(
			'attachment; filename="touchstone-spring-2026-report.pdf"'
		);
		const bytes = Buffer.from(await pdf.arrayBuffer());
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		// The list shows the start of the SHA-256 of exactly these bytes.
		const sha = createHash('sha256').update(bytes).digest('hex');
		expect(html).toContain(`title="${sha}"`);
		expect(html).toContain(`${sha.slice(0, 12)}…`);

		expect((await board.post(`${spring.page}?/generate`, {})).status).toBe(403);
	});

	it('lets a board member download the slides and the workbook, with the PDF’s figures', async () => {
		const board = new HttpClient(baseUrl);
		await board.signIn(demo.board, demo.password);
		const html = await (await board.get(spring.page)).text();
		expect(html).toContain(`href="${spring.page}/${reportId}/pptx"`);
		expect(html).toContain(`href="${spring.page}/${reportId}/xlsx"`);

		const dir = mkdtempSync(join(tmpdir(), 'touchstone-e2e-report-'));
		const pdfFile = join(dir, 'report.pdf');
		writeFileSync(
			pdfFile,
			Buffer.from(await (await board.get(`${spring.page}/${reportId}/pdf`)).arrayBuffer())
		);
		const raw = execFileSync('pdftotext', ['-raw', pdfFile, '-'], { encoding: 'utf8' });
		rmSync(dir, { recursive: true, force: true });
		const pdf = raw.replace(/\s+/g, ' ');
		const index = /a maturity index of (\d\.\d\d) on the 1–5 scale/.exec(pdf)?.[1];
		expect(index).toBeTruthy();

		const deck = await board.get(`${spring.page}/${reportId}/pptx`);
		expect(deck.status).toBe(200);
		expect(deck.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.presentationml.presentation'
		);
		expect(deck.headers.get('content-disposition')).toBe(
			'attachment; filename="touchstone-spring-2026-report.pptx"'
		);
		const slides = slideTexts(new Uint8Array(await deck.arrayBuffer()));
		const executive = slides.find((t) => t.startsWith('Executive summary'))!;
		expect(executive).toContain(`Maturity index (1–5) ${index}`);
		// The three things that matter, word for word as in the PDF (list numbers aside).
		const unnumbered = (text: string | undefined) => text?.replace(/ [1-3]\. /g, ' ').trim();
		const inPdf = /Three things that matter (.+?) Chosen by a fixed rule/.exec(pdf)?.[1];
		const onSlide = /Three things that matter (.+?) Maturity index:/.exec(executive)?.[1];
		expect(inPdf).toBeTruthy();
		expect(unnumbered(` ${onSlide}`)).toBe(unnumbered(` ${inPdf}`));

		const xlsx = await board.get(`${spring.page}/${reportId}/xlsx`);
		expect(xlsx.status).toBe(200);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await xlsx.arrayBuffer()) as ExcelJS.Buffer);
		let bookIndex: unknown = null;
		book.getWorksheet('Headline')!.eachRow((row) => {
			if (row.getCell(1).value === 'Maturity index (1–5)') bookIndex = row.getCell(2).value;
		});
		expect(typeof bookIndex).toBe('number');
		expect((bookIndex as number).toFixed(2)).toBe(index);
		// Each dimension's score as a number, its two decimals in the PDF's table.
		const dims = book.getWorksheet('Building blocks')!;
		let rows = 0;
		dims.eachRow((row, i) => {
			const score = row.getCell(2).value;
			if (i === 1 || typeof score !== 'number') return;
			rows++;
			expect(pdf).toContain(`${score.toFixed(2)} ${(row.getCell(3).value as number).toFixed(2)}–`);
		});
		expect(rows).toBe(8);

		// The lead's export of the figures as they stand (the dashboard links to it); board: 403.
		const current = await lead.get(
			`/o/${spring.orgId}/cycles/${spring.cycleId}/export/workbook.xlsx`
		);
		expect(current.status).toBe(200);
		const again = new ExcelJS.Workbook();
		await again.xlsx.load((await current.arrayBuffer()) as ExcelJS.Buffer);
		let currentIndex: unknown = null;
		again.getWorksheet('Headline')!.eachRow((row) => {
			if (row.getCell(1).value === 'Maturity index (1–5)') currentIndex = row.getCell(2).value;
		});
		expect(currentIndex).toBe(bookIndex);
		expect(
			(await board.get(`/o/${spring.orgId}/cycles/${spring.cycleId}/export/workbook.xlsx`)).status
		).toBe(403);
	});

	it('says plainly that e-mail is not set up when there is no SMTP server', async () => {
		expect(await (await lead.get(spring.page)).text()).toContain(
			'E-mail is not set up on this installation'
		);
		const mailed = await lead.post(`${spring.page}?/mail`, { reportId });
		expect(mailed.status).toBe(503);
		expect(await mailed.text()).toContain('nothing was sent');
	});

	it('answers 404 to a lead of another organisation: list, download and generate', async () => {
		const other = new HttpClient(baseUrl);
		await other.signUp('Other Lead', uniqueEmail('reports'), 'a long enough password');
		const created = await other.post('/orgs/new', {
			name: 'Elsewhere Ltd',
			sector: 'Retail and consumer goods',
			sizeBand: '250–999'
		});
		expect(created.status).toBe(303);
		expect((await other.get(spring.page)).status).toBe(404);
		expect((await other.get(`${spring.page}/${reportId}/pdf`)).status).toBe(404);
		expect((await other.get(`${spring.page}/${reportId}/pptx`)).status).toBe(404);
		expect((await other.get(`${spring.page}/${reportId}/xlsx`)).status).toBe(404);
		expect((await other.post(`${spring.page}?/generate`, {})).status).toBe(404);
		// The organisation's own URL with another organisation's report id is not found either.
		const otherOrgId = created.headers.get('location')!.split('/').pop()!;
		expect(
			(await other.get(`/o/${otherOrgId}/cycles/${spring.cycleId}/reports/${reportId}/pdf`)).status
		).toBe(404);
	});
});

describe.skipIf(!hasChromium)('board reports in the browser', () => {
	const browser = useBrowser();

	it('shows an open cycle’s report as provisional and updates the status without a reload', async () => {
		const lead = new HttpClient(baseUrl);
		await lead.signIn(demo.lead, demo.password);
		const autumn = await demoCycle(lead, 'Autumn 2026');

		const context = await phoneContext(browser());
		const page = await context.newPage();
		await signIn(page, baseUrl, { email: demo.lead, password: demo.password });
		await page.goto(`${baseUrl}${autumn.page}`);
		await expect.poll(() => page.getByText('PROVISIONAL on every page').count()).toBe(1);
		await page.getByRole('button', { name: 'Generate report' }).click();
		await page.getByText('Report requested').waitFor();
		const navigations: string[] = [];
		page.on('framenavigated', (frame) => navigations.push(frame.url()));
		// The status changes to Ready through polling, with no navigation.
		await page.locator('tr[data-status="done"]').first().waitFor({ timeout: 60_000 });
		expect(navigations).toEqual([]);
		const row = page.locator('tr[data-status="done"]').first();
		expect(await row.textContent()).toContain('Provisional');
		await context.close();
	});
});
