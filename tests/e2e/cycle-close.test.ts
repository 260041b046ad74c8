import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { createCycle } from '../support/respond';
import { hasChromium, phoneContext, signIn, useBrowser } from '../support/browser';

/** Closing a cycle ends answering for everyone, so the page asks first (issue 14.3). */
describe.skipIf(!hasChromium)('closing a cycle asks first', () => {
	const browser = useBrowser();
	let server: RunningServer;
	let cleanup: () => Promise<void>;
	const account = { email: uniqueEmail('close'), password: 'a long enough password' };
	let cyclePath: string;

	beforeAll(async () => {
		const database = await freshDatabase();
		cleanup = database.cleanup;
		server = await startServer({ ...database.env, SEED_DEMO: 'false' });
		const lead = new HttpClient(server.baseUrl);
		await lead.signUp('Close Lead', account.email, account.password);
		const created = await lead.post('/orgs/new', {
			name: 'Close Ltd',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		const orgId = created.headers.get('location')!.split('/').pop()!;
		const cycleId = await createCycle(lead, orgId, 'To close', ['sales']);
		expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
		cyclePath = `/o/${orgId}/cycles/${cycleId}`;
	}, 180_000);

	afterAll(async () => {
		await server?.stop();
		await cleanup?.();
	});

	it('on a phone without JavaScript: "Close now…" leads to a confirmation; keeping it open changes nothing', async () => {
		const context = await phoneContext(browser(), { javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await signIn(page, server.baseUrl, account);
			await page.goto(`${server.baseUrl}${cyclePath}`);
			await page.getByRole('link', { name: 'Close now…' }).click();
			await page.getByText('Close this cycle now?').waitFor();
			await page.getByRole('link', { name: 'Keep it open' }).click();
			await page.getByRole('link', { name: 'Close now…' }).waitFor();

			await page.getByRole('link', { name: 'Close now…' }).click();
			await page.getByRole('button', { name: 'Close the cycle' }).click();
			await page.getByRole('button', { name: 'Reopen' }).waitFor();
		} finally {
			await context.close();
		}
	}, 120_000);
});
