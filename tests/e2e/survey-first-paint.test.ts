import { describe, it, expect, inject } from 'vitest';
import { hasChromium, holdScripts, phoneContext, useBrowser } from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';
import { anonymousLinks, createCycle } from '../support/respond';

const baseUrl = inject('baseUrl');

/**
 * Respondent pages paint before their scripts arrive (the scripts are not preloaded: see
 * hooks.server.ts). A respondent who taps an answer in that moment must not lose it: Svelte keeps
 * a choice made before hydration, and "Next" saves the screen as a form.
 */
describe.skipIf(!hasChromium)('a survey screen before its scripts have loaded', () => {
	const browser = useBrowser();

	it('keeps a choice tapped before hydration, and saves it with the screen', async () => {
		const lead = new HttpClient(baseUrl);
		await lead.signUp('Paint Lead', uniqueEmail('paint'), 'a long enough password');
		const orgId = (
			await lead.post('/orgs/new', { name: 'First Paint Ltd', sector: 'Other', sizeBand: '1–49' })
		).headers
			.get('location')!
			.split('/')
			.pop()!;
		const cycleId = await createCycle(lead, orgId, 'First paint', ['sales']);
		expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
		const [link] = await anonymousLinks(lead, orgId, cycleId, 'sales', 1);

		const context = await phoneContext(browser());
		const page = await context.newPage();
		const scripts = await holdScripts(page);
		await page.goto(`${link}/1`, { waitUntil: 'domcontentloaded' });
		const first = page.locator('fieldset[data-item-id]').first();
		const itemId = (await first.getAttribute('data-item-id'))!;
		await first.locator('label:has(input[value="4"])').click();
		expect(scripts.held()).toBeGreaterThan(0);

		scripts.release();
		await page.waitForLoadState('networkidle');
		expect(await first.locator('input[value="4"]').isChecked()).toBe(true);
		// The page is live now: the next tap is autosaved.
		const second = page.locator('fieldset[data-item-id]').nth(1);
		const secondId = (await second.getAttribute('data-item-id'))!;
		const autosave = page.waitForRequest(
			(r) => r.url().endsWith('/autosave') && r.method() === 'POST'
		);
		await second.locator('label:has(input[value="2"])').click();
		expect((await autosave).postData()).toContain(secondId);
		expect(await first.locator('input[value="4"]').isChecked()).toBe(true);

		await page.getByRole('button', { name: 'Next' }).click();
		await page.locator('#survey-progress', { hasText: 'Section 2 of' }).waitFor();
		await page.getByRole('button', { name: 'Back' }).click();
		await page.locator('#survey-progress', { hasText: 'Section 1 of' }).waitFor();
		expect(
			await page.locator(`fieldset[data-item-id="${itemId}"] input[value="4"]`).isChecked()
		).toBe(true);
		expect(
			await page.locator(`fieldset[data-item-id="${secondId}"] input[value="2"]`).isChecked()
		).toBe(true);
		await context.close();
	});
});
