import { describe, it, expect, beforeAll, inject } from 'vitest';
import {
	checkAccessibility,
	desktop,
	hasChromium,
	phone,
	signIn,
	sizedContext,
	useBrowser
} from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';
import { createCycle } from '../support/respond';

/**
 * The audit log page (issue 14.5): a lead of a new organisation does a few things, then reads who
 * did what, filters by kind, by who and by days, pages back, downloads the CSV — at phone and
 * desktop size, with axe.
 */
const baseUrl = inject('baseUrl');
const password = 'a long enough password';
const email = uniqueEmail('audit-lead');
const lead = new HttpClient(baseUrl);
let orgId: string;
let cycleId: string;
const TARGET_CHANGES = 50;

beforeAll(async () => {
	await lead.signUp('Audra Lead', email, password);
	const created = await lead.post('/orgs/new', {
		name: 'Audit Trail Ltd',
		sector: 'Manufacturing',
		sizeBand: '250–999'
	});
	orgId = created.headers.get('location')!.split('/').pop()!;
	cycleId = await createCycle(lead, orgId, 'Audited cycle', ['sales', 'service']);
	const cycle = `/o/${orgId}/cycles/${cycleId}`;
	// Enough target changes for a second page (50 a page).
	for (let i = 0; i < TARGET_CHANGES; i++) {
		const saved = await lead.post(`${cycle}?/dimension`, {
			dimensionKey: 'vision',
			target: String(3 + (i % 2))
		});
		expect(saved.status).toBe(200);
	}
	expect(
		(await lead.post(`${cycle}/invitations?/anonymous`, { group: 'sales', count: '3' })).status
	).toBe(200);
	expect((await lead.post(`${cycle}?/open`, {})).status).toBe(200);
}, 180_000);

const entries = (html: string) => (html.match(/<li class="event/g) ?? []).length;

describe('the audit log', () => {
	it('lists what the lead did, newest first, 50 a page, and filters by kind, who and day', async () => {
		const log = `/o/${orgId}/audit`;
		const first = await (await lead.get(log)).text();
		expect(entries(first)).toBe(50);
		// Newest first: opening the cycle was the last thing done.
		const list = first.slice(first.indexOf('<ol class="events'));
		const labels = [...list.matchAll(/<strong[^>]*>([^<]+)<\/strong>/g)].map((m) => m[1]);
		expect(labels[0]).toBe('Cycle opened');
		expect(labels[1]).toBe('Invitations issued');
		expect(first).toContain('Audra Lead');
		expect(first).toContain('“Audited cycle”: 3 anonymous links (sales 3)');
		expect(first).toContain('rel="next"');
		const second = await (await lead.get(`${log}?page=2`)).text();
		// 50 target changes, the link import, the opening, the cycle and the lead joining: 54.
		expect(entries(second)).toBe(4);
		expect(second).toContain('Member joined');
		expect(second).toContain('Audra Lead joined as lead (created the organisation)');
		expect(second).not.toContain('rel="next"');

		const opened = await (await lead.get(`${log}?kind=cycle.opened`)).text();
		expect(entries(opened)).toBe(1);
		const touchstone = await (await lead.get(`${log}?actor=touchstone`)).text();
		expect(entries(touchstone)).toBe(0);
		expect(touchstone).toContain('Nothing matches these filters.');
		const today = new Date().toISOString().slice(0, 10);
		const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
		expect(
			entries(await (await lead.get(`${log}?from=${today}&to=${today}&kind=cycle.created`)).text())
		).toBe(1);
		expect(entries(await (await lead.get(`${log}?from=${yesterday}&to=${yesterday}`)).text())).toBe(
			0
		);

		const csv = await lead.get(`${log}/events.csv?kind=invitation.imported`);
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toContain('text/csv');
		const rows = (await csv.text()).trim().split('\r\n');
		expect(rows).toHaveLength(2);
		expect(rows[1]).toContain(email);
		expect(rows[1]).toContain('invitation.imported');
	});

	describe.skipIf(!hasChromium)('in a browser', () => {
		const browser = useBrowser();

		it(
			'filters with the form on a phone and on a desktop, with no axe violations',
			{ timeout: 120_000 },
			async () => {
				for (const viewport of [phone, desktop]) {
					const context = await sizedContext(browser(), viewport);
					context.setDefaultTimeout(60_000);
					const page = await context.newPage();
					await signIn(page, baseUrl, { email, password });
					await page.goto(`${baseUrl}/o/${orgId}`);
					await page.getByRole('link', { name: 'Audit log' }).click();
					await page.waitForURL(/\/audit$/);
					await checkAccessibility(page, `audit log at ${viewport.width}px`);
					await page.screenshot({ path: `/tmp/audit-log-${viewport.width}.png`, fullPage: false });
					// Nothing is cut off or hidden sideways on a phone.
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth
					);
					expect(overflow).toBeLessThanOrEqual(0);

					await page.getByLabel('What happened').selectOption({ label: 'Cycle created' });
					await page.getByLabel('Who').selectOption({ label: 'Audra Lead' });
					await Promise.all([
						page.waitForURL(/kind=cycle.created/),
						page.getByRole('button', { name: 'Show' }).click()
					]);
					await expect.poll(() => page.locator('li.event').count()).toBe(1);
					await expect
						.poll(() => page.locator('li.event').first().innerText())
						.toContain('“Audited cycle” for sales, service; anonymity threshold 5');

					// A range that ends before it starts is refused beside the field, and the choices stay.
					await page.getByLabel('From').fill('2026-05-02');
					await page.getByLabel('To').fill('2026-05-01');
					await Promise.all([
						page.waitForURL(/to=2026-05-01/),
						page.getByRole('button', { name: 'Show' }).click()
					]);
					await expect
						.poll(() => page.locator('#field-to-error').innerText())
						.toBe('The end comes before the start.');
					expect(await page.getByLabel('What happened').inputValue()).toBe('cycle.created');
					await checkAccessibility(page, `audit log with an error at ${viewport.width}px`);
					await page.screenshot({
						path: `/tmp/audit-log-error-${viewport.width}.png`,
						fullPage: true
					});

					await page.getByRole('link', { name: 'Clear filters' }).click();
					await page.waitForURL(/\/audit$/);
					await page.getByRole('link', { name: 'Older →' }).click();
					await page.waitForURL(/page=2/);
					await expect.poll(() => page.locator('li.event').count()).toBe(4);
					await context.close();
				}
			}
		);
	});
});
