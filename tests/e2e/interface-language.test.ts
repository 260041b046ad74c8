import { describe, it, expect, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { HttpClient, clientAddress } from '../support/http';
import { checkAccessibility, hasChromium, phone, useBrowser } from '../support/browser';
import { demo } from '../support/security';

const baseUrl = inject('baseUrl');

/**
 * The lead's pages in the person's language (issue 17.1): a German browser gets German pages; the
 * language chosen on the account page goes before the browser's, from the page that answers the
 * choice on; choosing none goes back to the browser's.
 */
describe.skipIf(!hasChromium)('the interface in the person’s language', () => {
	const browser = useBrowser();

	// The demo lead is shared by every e2e file: leave their language as it was (none).
	afterAll(async () => {
		const lead = new HttpClient(baseUrl);
		await lead.signIn(demo.lead, demo.password);
		await lead.post('/account?/language', { language: '' });
	});

	const germanPhone = () =>
		browser().newContext({
			locale: 'de-DE',
			viewport: phone,
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true,
			extraHTTPHeaders: { 'x-forwarded-for': clientAddress() }
		});
	const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
	const heading = (page: Page) => page.locator('h1').first().textContent();

	it('speaks German to a German browser, with no axe-core violations at 390 px', async () => {
		const context = await germanPhone();
		const page = await context.newPage();
		await page.goto(`${baseUrl}/sign-in`);
		expect(await htmlLang(page)).toBe('de');
		expect(await heading(page)).toBe('Anmelden');
		expect(await page.title()).toBe('Anmelden — Touchstone');
		await expect.poll(() => page.getByLabel('E-Mail-Adresse').count()).toBe(1);
		await checkAccessibility(page, 'German sign-in page at 390 px');
		// A form's refusal is in the language of the request that sent it.
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await expect
			.poll(() => page.locator('.field-error').first().textContent())
			.toBe('Geben Sie eine gültige E-Mail-Adresse ein.');
		// So is an address that leads nowhere.
		await page.goto(`${baseUrl}/no-such-page`);
		expect(await htmlLang(page)).toBe('de');
		expect(await heading(page)).toBe('Seite nicht gefunden');
		await context.close();
	});

	it('follows the language chosen on the account page before the browser’s, until none is chosen', async () => {
		const context = await germanPhone();
		const page = await context.newPage();
		await page.goto(`${baseUrl}/sign-in`);
		await page.getByLabel('E-Mail-Adresse').fill(demo.lead);
		await page.getByLabel('Passwort', { exact: true }).fill(demo.password);
		await Promise.all([
			page.waitForURL(/\/o\/[0-9a-f-]{36}/),
			page.getByRole('button', { name: 'Anmelden' }).click()
		]);
		expect(await htmlLang(page)).toBe('de');

		await page.goto(`${baseUrl}/account`);
		expect(await heading(page)).toBe('Ihr Konto');
		await page.getByLabel(/^Ihre Sprache/).selectOption('es');
		await Promise.all([
			page.waitForURL(/\/account/),
			page.getByRole('button', { name: 'Sprache speichern' }).click()
		]);
		// The page that answers the choice already speaks it.
		await expect.poll(() => heading(page)).toBe('Tu cuenta');
		expect(await htmlLang(page)).toBe('es');
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toMatch(/^\s*Guardado: .* Español\s*\.\s*$/);

		// The next pages too, on the server and in the browser, though the browser asks for German.
		await page.goto(`${baseUrl}/?all`);
		expect(await htmlLang(page)).toBe('es');
		expect(await heading(page)).toBe('Tus organizaciones');
		await page.getByRole('link', { name: 'Nueva organización' }).click();
		await expect.poll(() => heading(page)).toBe('Nueva organización');
		expect(await page.getByLabel('Sector').locator('option:checked').textContent()).toBe('Elige…');

		await page.goto(`${baseUrl}/account`);
		await page.getByLabel(/^Tu idioma/).selectOption('');
		await Promise.all([
			page.waitForURL(/\/account/),
			page.getByRole('button', { name: 'Guardar idioma' }).click()
		]);
		// No language of one's own: the browser's again.
		await expect.poll(() => heading(page)).toBe('Ihr Konto');
		expect(await htmlLang(page)).toBe('de');
		await page.goto(`${baseUrl}/?all`);
		expect(await heading(page)).toBe('Ihre Organisationen');
		await context.close();
	});
});
