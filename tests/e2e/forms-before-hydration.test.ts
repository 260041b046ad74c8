import { describe, it, expect, inject } from 'vitest';
import { hasChromium, holdScripts, phoneContext, useBrowser } from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';

const baseUrl = inject('baseUrl');
const PASSWORD = 'a long enough password';

/**
 * On a slow phone a person can type into a server-rendered form before its scripts have run.
 * Hydration must keep what they typed or chose (regression: text fields were emptied, so the
 * sign-in form was sent blank).
 */
describe.skipIf(!hasChromium)('forms filled in before their scripts have loaded', () => {
	const browser = useBrowser();

	it('keeps typed text and chosen options through hydration, and the forms go through', async () => {
		const email = uniqueEmail('early');
		await new HttpClient(baseUrl).signUp('Early Typist', email, PASSWORD);

		const context = await phoneContext(browser());
		const signIn = await context.newPage();
		const signInScripts = await holdScripts(signIn);
		await signIn.goto(`${baseUrl}/sign-in`, { waitUntil: 'domcontentloaded' });
		await signIn.getByLabel('E-mail address').fill(email);
		await signIn.getByLabel('Password').fill(PASSWORD);
		expect(signInScripts.held()).toBeGreaterThan(0);
		signInScripts.release();
		await signIn.waitForLoadState('networkidle');
		expect(await signIn.getByLabel('E-mail address').inputValue()).toBe(email);
		expect(await signIn.getByLabel('Password').inputValue()).toBe(PASSWORD);
		await signIn.getByRole('button', { name: 'Sign in' }).click();
		await signIn.getByRole('button', { name: 'Sign out' }).waitFor();
		await signIn.close();

		const newOrg = await context.newPage();
		const orgScripts = await holdScripts(newOrg);
		await newOrg.goto(`${baseUrl}/orgs/new`, { waitUntil: 'domcontentloaded' });
		await newOrg.getByLabel('Organisation name').fill('Early Bird Ltd');
		await newOrg.getByLabel('Sector').selectOption('Other');
		await newOrg.getByLabel('Number of employees').selectOption('1–49');
		expect(orgScripts.held()).toBeGreaterThan(0);
		orgScripts.release();
		await newOrg.waitForLoadState('networkidle');
		expect(await newOrg.getByLabel('Organisation name').inputValue()).toBe('Early Bird Ltd');
		expect(await newOrg.getByLabel('Sector').inputValue()).toBe('Other');
		expect(await newOrg.getByLabel('Number of employees').inputValue()).toBe('1–49');
		await newOrg.getByRole('button', { name: /create/i }).click();
		await newOrg.waitForURL(/\/o\/[0-9a-f-]{36}/);
		await context.close();
	});
});
