import { describe, it, expect, inject } from 'vitest';
import { hasChromium, phoneContext, signIn, useBrowser, verifyEmail } from '../support/browser';
import { linkMark } from '../support/account-links';
import { uniqueEmail } from '../support/http';

const baseUrl = inject('baseUrl');

describe.skipIf(!hasChromium)('accounts in a phone browser', () => {
	const browser = useBrowser();

	it('signs up, creates an organisation, signs out and signs back in', async () => {
		const context = await phoneContext(browser());
		const page = await context.newPage();
		const email = uniqueEmail('phone');
		await page.goto(`${baseUrl}/sign-up`);
		await page.getByLabel('Your name').fill('Pat Phone');
		await page.getByLabel('E-mail address').fill(email);
		await page.getByLabel(/^Password/).fill('short');
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect.poll(() => page.getByText('Use at least 10 characters.').isVisible()).toBe(true);
		expect(await page.getByLabel('E-mail address').inputValue()).toBe(email);

		await page.getByLabel(/^Password/).fill('a long enough password');
		const mark = linkMark(baseUrl);
		await page.getByRole('button', { name: 'Create account' }).click();
		// The same answer for every address; the link is in the operator's log line (no SMTP here).
		await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
		await verifyEmail(page, baseUrl, email, mark);
		await page.waitForURL('**/sign-in?verified');
		expect(await page.getByRole('status').textContent()).toContain('confirmed');
		await signIn(
			page,
			baseUrl,
			{ email, password: 'a long enough password' },
			{ landing: (u) => u.pathname === '/' }
		);
		await page.getByRole('link', { name: 'New organisation' }).click();
		await page.waitForURL('**/orgs/new');

		await page.getByLabel('Organisation name').fill('Phone Fixtures plc');
		await page.getByLabel('Sector').selectOption('Retail and consumer goods');
		await page.getByLabel('Number of employees').selectOption('50–249');
		await page.getByRole('button', { name: 'Create organisation' }).click();
		await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
		expect(await page.getByText('Phone Fixtures plc').first().isVisible()).toBe(true);

		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.waitForURL('**/sign-in');
		await page.goto(`${baseUrl}/`);
		expect(await page.getByRole('link', { name: 'Sign in' }).first().isVisible()).toBe(true);

		await page.goto(`${baseUrl}/sign-in`);
		await page.getByLabel('E-mail address').fill(email);
		await page.getByLabel('Password').fill('a wrong password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('do not match');

		await page.getByLabel('Password').fill('a long enough password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
		expect(await page.getByText('Phone Fixtures plc').first().isVisible()).toBe(true);
		await context.close();
	});
});
