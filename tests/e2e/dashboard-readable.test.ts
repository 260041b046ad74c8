import { describe, it, expect, inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import { HttpClient } from '../support/http';
import { cycleIdByName, demo, landingOrganisation } from '../support/security';
import {
	checkAccessibility,
	desktop,
	hasChromium,
	phone,
	signIn,
	sizedContext,
	useBrowser
} from '../support/browser';
import type { Page } from 'playwright-core';
import type { CycleScoresScored } from '../../src/lib/domain/scoring';
import { formatPercent } from '../../src/lib/format';

const baseUrl = inject('baseUrl');

/**
 * The dashboard a lead can read and the trends one can tell apart (issue 16.3, 16.5), on the
 * demo: sections behind a sticky navigation, a "?" on every figure, the export linked, a group
 * filter offering only groups scoring shows, the index alone with the dimensions as small multiples.
 */
describe.skipIf(!hasChromium)('the dashboard and the trends, read on a phone and a laptop', () => {
	const browser = useBrowser();

	async function demoIds() {
		const lead = new HttpClient(baseUrl);
		await lead.signIn(demo.lead, demo.password);
		const orgId = await landingOrganisation(lead);
		const spring = await cycleIdByName(lead, orgId, 'Spring 2026');
		const scores = (await (
			await lead.get(`/o/${orgId}/cycles/${spring}/export/scores.json`)
		).json()) as CycleScoresScored;
		return { orgId, spring, scores };
	}

	it('links the CSV export from the dashboard, and the link downloads it', async () => {
		const { orgId, spring } = await demoIds();
		const context = await sizedContext(browser(), desktop);
		const page = await context.newPage();
		await signIn(page, baseUrl, { email: demo.lead, password: demo.password });
		await page.goto(`${baseUrl}/o/${orgId}/cycles/${spring}/dashboard`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('exports').getByRole('link', { name: 'scores (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toBe('scores.csv');
		const csv = await readFile(await download.path(), 'utf8');
		expect(csv.split('\n')[0]).toContain('dimension');
		expect(csv).toContain('Vision');
		// A closed cycle's answers are linked too.
		expect(
			await page.getByTestId('exports').getByRole('link', { name: 'answers (CSV)' }).count()
		).toBe(1);
		await context.close();
	}, 60_000);

	it('shows one scale for the headline, the overall integration, a “?” on every column, and a sticky navigation', async () => {
		const { orgId, spring, scores } = await demoIds();
		for (const viewport of [phone, desktop]) {
			const context = await sizedContext(browser(), viewport);
			context.setDefaultTimeout(60_000);
			const page = await context.newPage();
			await signIn(page, baseUrl, { email: demo.lead, password: demo.password });
			await page.goto(`${baseUrl}/o/${orgId}/cycles/${spring}/dashboard`);
			const headline = (await page.getByTestId('dashboard-index').textContent())!;
			expect(headline).toContain(`Level ${scores.overall.level} · ${scores.overall.levelName}`);
			// 0–100 only inside the explanation, never beside the figure.
			expect(
				await page.getByTestId('dashboard-index').locator('> p').allTextContents()
			).not.toEqual(expect.arrayContaining([expect.stringContaining('/ 100')]));
			expect(await page.getByTestId('integration-overall').textContent()).toContain(
				formatPercent(scores.integration.overall.share)
			);
			// Every column header of the dimension table but the first carries a "?".
			const headers = page.locator('table.dims thead th');
			const count = await headers.count();
			for (let i = 1; i < count; i++) {
				const text = (await headers.nth(i).textContent())!;
				if (text.trim() === 'Plan') continue;
				expect(await headers.nth(i).locator('details.explain').count(), text).toBe(1);
			}
			// A "?" opens its explanation by keyboard.
			const toTarget = headers.filter({ hasText: 'To target' }).locator('summary');
			await toTarget.focus();
			await page.keyboard.press('Enter');
			expect(
				await headers.filter({ hasText: 'To target' }).locator('.explain-body').isVisible()
			).toBe(true);
			const toGo = await page.locator('tr[data-dimension="vision"] [data-to-target]').textContent();
			expect(toGo!.replace(/\s+/g, ' ').trim()).toMatch(/^\+\d\.\d\d to go$|^reached$/);
			// No raw key and no empty comment list.
			expect(await page.locator('main').textContent()).not.toContain('functional_integration');
			// The navigation stays on screen while the comments are read.
			await page.locator('.section-nav a[href="#comments"]').click();
			await page.waitForTimeout(300);
			const nav = await page.locator('.section-nav').boundingBox();
			expect(nav!.y).toBeLessThanOrEqual(1);
			expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
			await page.evaluate(() => {
				for (const d of document.querySelectorAll('details.explain'))
					(d as HTMLDetailsElement).open = true;
			});
			await checkAccessibility(page, `dashboard with every “?” open at ${viewport.width}px`);
			await context.close();
		}
	}, 180_000);

	it('filters by a group scoring shows, and ignores any other', async () => {
		const { orgId, spring, scores } = await demoIds();
		const shown = scores.groups.filter((g) => g.withheld === null).map((g) => g.group);
		expect(shown.length).toBeGreaterThan(1);
		const context = await sizedContext(browser(), phone);
		const page = await context.newPage();
		await signIn(page, baseUrl, { email: demo.board, password: demo.password });
		const url = `${baseUrl}/o/${orgId}/cycles/${spring}/dashboard`;
		await page.goto(url);
		const offered = await page
			.locator('#group option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		expect(offered.sort()).toEqual([...shown].sort());
		await page.locator('#group').selectOption(shown[0]!);
		await page
			.locator('#dimensions form')
			.getByRole('button', { name: 'Show', exact: true })
			.click();
		await page.waitForURL(/group=/);
		const vision = scores.dimensions.find((d) => d.key === 'vision')!;
		const cell = vision.groups.find((g) => g.group === shown[0]);
		const expected = cell && 'mean' in cell && cell.mean !== null ? cell.mean.toFixed(2) : '—';
		expect(
			(await page.locator('tr[data-dimension="vision"] [data-group-score]').textContent())!.trim()
		).toContain(expected);
		await page.goto(`${url}?group=not-a-group`);
		expect(await page.locator('[data-group-score]').count()).toBe(0);
		await context.close();
	}, 60_000);

	it('fits the dimensions table at 1440 px, a group’s column too, and cues its scroll on a phone', async () => {
		const { orgId, spring, scores } = await demoIds();
		const group = scores.groups.find((g) => g.withheld === null)!.group;
		const url = `${baseUrl}/o/${orgId}/cycles/${spring}/dashboard`;
		const dims = (page: Page) =>
			page.locator('table.dims').evaluate((table) => {
				const wrap = table.parentElement!;
				return {
					scrolls: wrap.scrollWidth > wrap.clientWidth + 1,
					hint: wrap.querySelector('.scroll-hint')?.textContent ?? null
				};
			});
		const context = await sizedContext(browser(), desktop);
		context.setDefaultTimeout(60_000);
		const page = await context.newPage();
		await signIn(page, baseUrl, { email: demo.lead, password: demo.password });
		for (const query of ['', `?group=${group}`]) {
			await page.goto(url + query);
			expect(await dims(page), `at 1440 px ${query}`).toEqual({ scrolls: false, hint: null });
			if (query) expect(await page.locator('[data-group-score]').count()).toBeGreaterThan(0);
			// The lead's "Plan action" is still on every row.
			expect(await page.locator('table.dims tbody tr a', { hasText: 'Plan action' }).count()).toBe(
				scores.dimensions.filter((d) => !d.notApplicable).length
			);
		}
		await page.setViewportSize(phone);
		await page.goto(url);
		const onPhone = await dims(page);
		expect(onPhone.scrolls).toBe(true);
		expect(onPhone.hint).toContain('Scroll sideways for more columns');
		expect(await page.locator('table.dims').locator('..').getAttribute('tabindex')).toBe('0');
		await context.close();
	}, 90_000);

	it('draws the index alone, each dimension as a small multiple, and one picked beside the index', async () => {
		const { orgId } = await demoIds();
		for (const [viewport, who] of [
			[phone, demo.board],
			[desktop, demo.lead]
		] as const) {
			const context = await sizedContext(browser(), viewport);
			context.setDefaultTimeout(60_000);
			const page = await context.newPage();
			await signIn(page, baseUrl, { email: who, password: demo.password });
			await page.goto(`${baseUrl}/o/${orgId}/trends`);
			expect(
				await page.getByRole('heading', { name: 'The maturity index, closed cycles' }).count()
			).toBe(1);
			expect(await page.locator('.multiples li').count()).toBe(14);
			// Two small multiples side by side even on a phone.
			const [first, second] = await Promise.all([
				page.locator('.multiples li').nth(0).boundingBox(),
				page.locator('.multiples li').nth(1).boundingBox()
			]);
			expect(second!.y).toBe(first!.y);
			await checkAccessibility(page, `trends at ${viewport.width}px`);
			await page.locator('.multiples li[data-dimension="metrics"] a').click();
			await page.waitForURL(/dimension=metrics/);
			expect(
				await page
					.getByRole('heading', { name: 'The maturity index and Metrics, closed cycles' })
					.count()
			).toBe(1);
			await page.goto(`${baseUrl}/o/${orgId}/trends?dimension=%00nonsense`);
			expect(
				await page.getByRole('heading', { name: 'The maturity index, closed cycles' }).count()
			).toBe(1);
			await context.close();
		}
	}, 120_000);

	it('refuses to compare against an open cycle, as the trend lines leave it out (one rule)', async () => {
		const { orgId, spring } = await demoIds();
		const lead = new HttpClient(baseUrl);
		await lead.signIn(demo.lead, demo.password);
		const open = await cycleIdByName(lead, orgId, 'Autumn 2026');
		const context = await sizedContext(browser(), phone);
		context.setDefaultTimeout(60_000);
		const page = await context.newPage();
		await signIn(page, baseUrl, { email: demo.board, password: demo.password });
		await page.goto(`${baseUrl}/o/${orgId}/trends`);
		// The form offers closed cycles only.
		const offered = await page
			.locator('#after option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		expect(offered).toContain(spring);
		expect(offered).not.toContain(open);
		// Asked for by address, the open cycle is refused with the reason: no figures, no verdicts.
		await page.goto(`${baseUrl}/o/${orgId}/trends?before=${spring}&after=${open}`);
		const notice = (await page.locator('#compare-heading ~ .notice').textContent())!;
		expect(notice).toContain('“Autumn 2026” is still open, so its figures are provisional');
		expect(await page.locator('#comparison').count()).toBe(0);
		expect(await page.locator('main').textContent()).not.toContain('real change');
		await checkAccessibility(page, 'trends refusing an open cycle at 390px');
		await context.close();
	}, 60_000);

	it('has no axe-core violations on the board member’s dashboard at both sizes', async () => {
		const { orgId, spring } = await demoIds();
		for (const viewport of [phone, desktop]) {
			const context = await sizedContext(browser(), viewport);
			context.setDefaultTimeout(60_000);
			const page = await context.newPage();
			await signIn(page, baseUrl, { email: demo.board, password: demo.password });
			await page.goto(`${baseUrl}/o/${orgId}/cycles/${spring}/dashboard`);
			await page.waitForLoadState('networkidle');
			await checkAccessibility(page, `board dashboard at ${viewport.width}px`);
			expect(await page.getByTestId('exports').count()).toBe(0);
			await context.close();
		}
	}, 90_000);
});
