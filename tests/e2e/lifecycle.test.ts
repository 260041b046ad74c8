import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { anonymousLinks, answerSurvey, createCycle } from '../support/respond';
import {
	desktop,
	hasChromium,
	phoneContext,
	signIn,
	sizedContext,
	useBrowser
} from '../support/browser';

/** Archiving and deleting cycles, deleting an organisation: each asks first (issue 14.3). */
describe.skipIf(!hasChromium)('cycle and organisation lifecycle', () => {
	const browser = useBrowser();
	let server: RunningServer;
	let cleanup: () => Promise<void>;
	const account = { email: uniqueEmail('life'), password: 'a long enough password' };
	let lead: HttpClient;
	let orgId: string;
	let closedPath: string;
	let draftPath: string;

	beforeAll(async () => {
		const database = await freshDatabase();
		cleanup = database.cleanup;
		server = await startServer({ ...database.env, SEED_DEMO: 'false' });
		lead = new HttpClient(server.baseUrl);
		await lead.signUp('Life Lead', account.email, account.password);
		const created = await lead.post('/orgs/new', {
			name: 'Lifecycle Ltd',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		orgId = created.headers.get('location')!.split('/').pop()!;
		const closedId = await createCycle(lead, orgId, 'Trial run', ['sales']);
		closedPath = `/o/${orgId}/cycles/${closedId}`;
		expect((await lead.post(`${closedPath}?/open`, {})).status).toBe(200);
		expect((await lead.post(`${closedPath}?/close`, {})).status).toBe(200);
		draftPath = `/o/${orgId}/cycles/${await createCycle(lead, orgId, 'Never opened', ['sales'])}`;
	}, 180_000);

	afterAll(async () => {
		await server?.stop();
		await cleanup?.();
	});

	it('archives a closed cycle after asking, hides it from the list and the trends, and restores it', async () => {
		const context = await sizedContext(browser(), desktop);
		const page = await context.newPage();
		try {
			await signIn(page, server.baseUrl, account);
			await page.goto(`${server.baseUrl}${closedPath}`);
			await page.getByRole('link', { name: 'Archive…' }).click();
			await page.getByText('Archive “Trial run”?').waitFor();
			await page.getByRole('link', { name: 'Keep it in the list' }).click();
			await page.getByRole('link', { name: 'Archive…' }).click();
			await page.getByRole('button', { name: 'Archive the cycle' }).click();
			await page.getByRole('status').filter({ hasText: 'Archived.' }).waitFor();

			await page.goto(`${server.baseUrl}/o/${orgId}/cycles`);
			const archived = page.locator('details.archived');
			await expect(archived.locator('summary').textContent()).resolves.toContain(
				'Archived cycles (1)'
			);
			// Only the draft is in the main table; the archived one waits inside the closed disclosure.
			await expect(page.getByRole('link', { name: 'Trial run' }).isVisible()).resolves.toBe(false);
			await expect(page.getByRole('link', { name: 'Never opened' }).isVisible()).resolves.toBe(
				true
			);
			const trends = await lead.get(`/o/${orgId}/trends`);
			expect(await trends.text()).not.toContain('Trial run');

			await page.goto(`${server.baseUrl}${closedPath}`);
			await page.getByRole('button', { name: 'Restore to the cycle list' }).click();
			await page.getByRole('status').filter({ hasText: 'Restored' }).waitFor();
			await page.goto(`${server.baseUrl}/o/${orgId}/cycles`);
			await expect(page.locator('details.archived').count()).resolves.toBe(0);
			await expect(page.getByRole('link', { name: 'Trial run' }).isVisible()).resolves.toBe(true);
		} finally {
			await context.close();
		}
	}, 120_000);

	it('refuses to archive an open or draft cycle and to delete one that was opened', async () => {
		expect((await lead.post(`${draftPath}?/archive`, {})).status).toBe(409);
		expect((await lead.post(`${closedPath}?/delete`, {})).status).toBe(409);
		expect((await lead.get(closedPath)).status).toBe(200);
	});

	it('on a phone without JavaScript: deletes a draft only after asking', async () => {
		const context = await phoneContext(browser(), { javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await signIn(page, server.baseUrl, account);
			await page.goto(`${server.baseUrl}${draftPath}`);
			await page.getByRole('link', { name: 'Delete draft…' }).click();
			await page.getByText('Delete the draft “Never opened”?').waitFor();
			await page.getByRole('link', { name: 'Keep it', exact: true }).click();
			await page.getByRole('link', { name: 'Delete draft…' }).click();
			await page.getByRole('button', { name: 'Delete the draft' }).click();
			await page.getByText('The draft cycle was deleted.').waitFor();
			expect((await lead.get(draftPath)).status).toBe(404);
		} finally {
			await context.close();
		}
	}, 120_000);

	it('tells respondents on the thank-you page when and how results will be shared, as the lead wrote it', async () => {
		const cycleId = await createCycle(lead, orgId, 'Answered', ['sales']);
		const path = `/o/${orgId}/cycles/${cycleId}`;
		expect((await lead.post(`${path}?/open`, {})).status).toBe(200);
		const tooLong = await lead.post(`${path}?/sharing`, { resultsSharing: 'x'.repeat(401) });
		expect(tooLong.status).toBe(400);
		expect(await tooLong.text()).toContain('Keep it under 400 characters');
		const note = 'The results go to every department at the June all-hands.';
		expect((await lead.post(`${path}?/sharing`, { resultsSharing: note })).status).toBe(200);
		const [first, second] = await anonymousLinks(lead, orgId, cycleId, 'sales', 2);
		const respondent = new HttpClient(server.baseUrl);
		const choose = (_s: number, _i: number, kind: string) =>
			kind === 'maturity' ? 3 : kind === 'integration' ? 1 : 0;
		await answerSurvey(server.baseUrl, first!, 'sales', choose, respondent);
		const token = first!.split('/s/')[1]!;
		const thanks = await (await respondent.get(`/s/${token}/thanks`)).text();
		expect(thanks).toContain(note);

		expect((await lead.post(`${path}?/sharing`, { resultsSharing: '  ' })).status).toBe(200);
		const other = new HttpClient(server.baseUrl);
		await answerSurvey(server.baseUrl, second!, 'sales', choose, other);
		const unsaid = await (await other.get(`/s/${second!.split('/s/')[1]}/thanks`)).text();
		expect(unsaid).not.toContain(note);
		expect(unsaid).toContain('has not said yet');
	}, 120_000);

	it('deletes the organisation only when its name is typed, then every page of it is gone', async () => {
		const context = await phoneContext(browser());
		const page = await context.newPage();
		try {
			await signIn(page, server.baseUrl, account);
			await page.goto(`${server.baseUrl}/o/${orgId}/members`);
			await page.getByRole('link', { name: 'Delete this organisation…' }).click();
			await page.getByText('2 cycles with their targets').waitFor();
			const field = page.getByLabel('Type the organisation’s name to confirm');
			await field.fill('Lifecycle');
			await page.getByRole('button', { name: 'Delete the organisation for good' }).click();
			await page
				.getByText('Type the organisation’s name, Lifecycle Ltd, exactly as shown.')
				.waitFor();
			expect(await field.getAttribute('aria-invalid')).toBe('true');
			expect((await lead.get(`/o/${orgId}`)).status).toBe(200);

			await field.fill('  lifecycle ltd ');
			await page.getByRole('button', { name: 'Delete the organisation for good' }).click();
			await page.getByText('The organisation and everything it held were deleted.').waitFor();
			for (const path of [`/o/${orgId}`, closedPath, `/o/${orgId}/members`])
				expect((await lead.get(path)).status, path).toBe(404);
		} finally {
			await context.close();
		}
	}, 120_000);
});
