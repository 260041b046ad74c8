import { describe, it, expect, inject } from 'vitest';
import { hasChromium, phone, signIn, sizedContext, useBrowser } from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';
import { createCycle } from '../support/respond';

const baseUrl = inject('baseUrl');
const PASSWORD = 'a long enough password';

/** Leads type and read cycle times on their organisation's clocks, not the server's or UTC. */
describe.skipIf(!hasChromium)('the organisation’s time zone', () => {
	const browser = useBrowser();

	it('suggests the device’s zone, reads cycle times in it, and can be changed', async () => {
		const email = uniqueEmail('zone');
		const lead = new HttpClient(baseUrl);
		await lead.signUp('Zoe Zone', email, PASSWORD);

		const context = await sizedContext(browser(), phone, { timezoneId: 'Europe/Amsterdam' });
		const page = await context.newPage();
		// In no organisation yet: the sign-in leads to the (empty) list of organisations.
		await signIn(
			page,
			baseUrl,
			{ email, password: PASSWORD },
			{ landing: (url) => url.pathname === '/' }
		);
		await page.goto(`${baseUrl}/orgs/new`);
		await page.waitForLoadState('networkidle');
		expect(await page.getByLabel(/Time zone/).inputValue()).toBe('Europe/Amsterdam');
		await page.getByLabel('Organisation name').fill('Zone Test BV');
		await page.getByLabel('Sector').selectOption('Other');
		await page.getByLabel('Number of employees').selectOption('1–49');
		await page.getByRole('button', { name: 'Create organisation' }).click();
		await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
		const orgId = new URL(page.url()).pathname.split('/').pop()!;
		await context.close();

		// The form's suggestions are on Amsterdam clocks too: 09:00 today, 17:00 in three weeks.
		const form = await (await lead.get(`/o/${orgId}/cycles/new`)).text();
		expect(form).toMatch(/name="opensAt"[^>]*value="\d{4}-\d{2}-\d{2}T09:00"/);
		expect(form).toContain('Europe/Amsterdam');

		const cycleId = await createCycle(
			lead,
			orgId,
			'Zoned round',
			['sales'],
			{},
			{ opensAt: '2026-12-01T09:00', closesAt: '2026-12-20T17:00' }
		);
		const cyclePage = await (await lead.get(`/o/${orgId}/cycles/${cycleId}`)).text();
		expect(cyclePage).toContain('1 Dec 2026, 09:00 CET');
		expect(cyclePage).toContain('20 Dec 2026, 17:00 CET');

		const saved = await lead.post(`/o/${orgId}/members?/timeZone`, {
			timeZone: 'America/New_York'
		});
		expect(saved.status).toBe(200);
		const moved = await (await lead.get(`/o/${orgId}/cycles/${cycleId}`)).text();
		expect(moved).toContain('1 Dec 2026, 03:00 GMT-5');
		const refused = await lead.post(`/o/${orgId}/members?/timeZone`, {
			timeZone: 'Mars/Olympus_Mons'
		});
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('Choose a time zone from the list.');
	});
});
