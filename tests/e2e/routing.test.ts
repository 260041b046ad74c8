import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { anonymousLinks, createCycle } from '../support/respond';
import { hasChromium, phoneContext, useBrowser } from '../support/browser';
import { sectionsAsked } from '../../src/lib/domain/instrument/routing';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';

/**
 * Routing on a phone (issue 13.2): on version 2, a front-line respondent and an executive are
 * asked different sections, and a dimension the lead marked not applicable is asked of nobody.
 */
describe.runIf(hasChromium)('routing by stakeholder group, at 390×844', () => {
	const browser = useBrowser();
	let server: RunningServer;
	let cleanup: () => Promise<void>;
	let links: { executives: string; front_line: string };

	beforeAll(async () => {
		const database = await freshDatabase();
		cleanup = database.cleanup;
		server = await startServer({ ...database.env, SEED_DEMO: 'false' });
		const lead = new HttpClient(server.baseUrl);
		await lead.signUp('Routing Lead', uniqueEmail('routing'), 'a long enough password');
		const created = await lead.post('/orgs/new', {
			name: 'Routing Ltd',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		const orgId = created.headers.get('location')!.split('/').pop()!;
		const cycleId = await createCycle(
			lead,
			orgId,
			'Routed',
			['executives', 'front_line'],
			{},
			{},
			2
		);
		const marked = await lead.post(`/o/${orgId}/cycles/${cycleId}?/dimension`, {
			dimensionKey: 'knowledge_management',
			target: '3',
			notApplicable: 'yes',
			notApplicableReason: 'Run by the group, not by us'
		});
		expect(marked.status).toBe(200);
		expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
		links = {
			executives: (await anonymousLinks(lead, orgId, cycleId, 'executives', 1))[0]!,
			front_line: (await anonymousLinks(lead, orgId, cycleId, 'front_line', 1))[0]!
		};
	}, 180_000);

	afterAll(async () => {
		await server?.stop();
		await cleanup?.();
	});

	/** The section titles a respondent pages through, read from the survey on a phone. */
	async function sectionTitles(link: string): Promise<string[]> {
		const context = await phoneContext(browser());
		const page = await context.newPage();
		try {
			await page.goto(`${link}/1`);
			const progress = await page.locator('#survey-progress').textContent();
			const total = Number(/Section 1 of (\d+)/.exec(progress ?? '')?.[1]);
			expect(total).toBeGreaterThan(0);
			const titles: string[] = [];
			for (let step = 1; step <= total; step++) {
				await page.goto(`${link}/${step}`);
				titles.push((await page.locator('main h1').first().textContent())!.trim());
			}
			return titles;
		} finally {
			await context.close();
		}
	}

	it('asks each group its own sections and nobody the dimension marked not applicable', async () => {
		const title = (key: string) => touchstoneV2.sections.find((s) => s.key === key)!.title;
		const expected = (group: string) =>
			sectionsAsked(touchstoneV2.sections, group, touchstoneV2.routing, [
				'knowledge_management'
			]).map((s) => s.title);
		const executives = await sectionTitles(links.executives);
		const frontLine = await sectionTitles(links.front_line);
		expect(executives).toEqual(expected('executives'));
		expect(frontLine).toEqual(expected('front_line'));
		expect(executives).not.toEqual(frontLine);
		expect(executives).toContain(title('vision'));
		expect(frontLine).not.toContain(title('vision'));
		expect([...executives, ...frontLine]).not.toContain(title('knowledge_management'));
		// Without the lead's mark, front-line staff would have been asked about it.
		expect(
			sectionsAsked(touchstoneV2.sections, 'front_line', touchstoneV2.routing).map((s) => s.key)
		).toContain('knowledge_management');
	}, 120_000);
});
