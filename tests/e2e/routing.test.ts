import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { anonymousLinks, answerSurvey, createCycle } from '../support/respond';
import { hasChromium, phoneContext, useBrowser } from '../support/browser';
import { sectionsAsked } from '../../src/lib/domain/instrument/routing';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';

/**
 * Routing on a phone (issue 13.2): on version 2, a front-line respondent and an executive are
 * asked different sections, and a dimension the lead marked not applicable is asked of nobody.
 * "Not my area" (issue 13.1): tapped on a phone, stored apart from "don't know", left out of
 * the scores.
 */
describe.runIf(hasChromium)('routing by stakeholder group, at 390×844', () => {
	const browser = useBrowser();
	let server: RunningServer;
	let cleanup: () => Promise<void>;
	let links: { executives: string; front_line: string };
	let lead: HttpClient;
	let cyclePath: string;
	let frontLineLinks: string[];

	beforeAll(async () => {
		const database = await freshDatabase();
		cleanup = database.cleanup;
		server = await startServer({ ...database.env, SEED_DEMO: 'false' });
		lead = new HttpClient(server.baseUrl);
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
		cyclePath = `/o/${orgId}/cycles/${cycleId}`;
		frontLineLinks = await anonymousLinks(lead, orgId, cycleId, 'front_line', 7);
		links = {
			executives: (await anonymousLinks(lead, orgId, cycleId, 'executives', 1))[0]!,
			front_line: frontLineLinks[0]!
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

	it('keeps “not my area” apart from “don’t know” and out of the scores', async () => {
		const frontLine = sectionsAsked(touchstoneV2.sections, 'front_line', touchstoneV2.routing, [
			'knowledge_management'
		]);
		const first = frontLine[0]!;
		const firstItem = first.items[0]!;
		expect(firstItem.kind).toBe('maturity');

		// On a phone: "not my area" on the first question, level 4 on the rest of the page.
		const context = await phoneContext(browser());
		const page = await context.newPage();
		try {
			await page.goto(`${frontLineLinks[1]}/1`);
			const questions = page.locator('fieldset.item');
			expect(await questions.count()).toBe(first.items.length);
			const firstQuestion = questions.first();
			await expect
				.poll(() => firstQuestion.getByRole('radio', { name: /Not my area/ }).count())
				.toBe(1);
			await firstQuestion.getByRole('radio', { name: /Not my area/ }).check();
			for (let i = 1; i < first.items.length; i++)
				await questions.nth(i).getByRole('radio', { name: /^4 · / }).check();
			await page.getByRole('button', { name: /Next|Review/ }).click();
			await page.waitForURL(/\/s\/[a-z2-7]+\/2$/);
			// Back on the page: the choice was kept as "not my area", not as "don't know".
			await page.goto(`${frontLineLinks[1]}/1`);
			await expect
				.poll(() => firstQuestion.getByRole('radio', { name: /Not my area/ }).isChecked())
				.toBe(true);
			expect(await firstQuestion.getByRole('radio', { name: /Don’t know/ }).isChecked()).toBe(
				false
			);
			await page.goto(`${frontLineLinks[1]}/review`);
			await page.getByRole('button', { name: /Submit/ }).click();
			await page.waitForURL(/\/thanks$/);
		} finally {
			await context.close();
		}

		// Five more front-line respondents give every question level 2.
		for (const link of frontLineLinks.slice(2, 7))
			await answerSurvey(
				server.baseUrl,
				link,
				'front_line',
				(_s, _i, kind) => (kind === 'maturity' ? 2 : kind === 'integration' ? 1 : 0),
				undefined,
				[],
				frontLine
			);
		expect((await lead.post(`${cyclePath}?/close`, {})).status).toBe(200);

		const answers = (await (await lead.get(`${cyclePath}/export/answers.json`)).json()) as {
			responses: Array<{ answers: Record<string, unknown> }>;
		};
		const given = answers.responses.map((r) => r.answers[firstItem.key]);
		expect(given.filter((v) => v === 'not_my_area')).toHaveLength(1);
		expect(given.filter((v) => v === 'dont_know')).toHaveLength(0);

		const scores = (await (await lead.get(`${cyclePath}/export/scores.json`)).json()) as {
			items: Array<{
				key: string;
				n: number;
				mean: number;
				notMyArea: number;
				dontKnowShare: number;
			}>;
		};
		const scored = scores.items.find((i) => i.key === firstItem.key)!;
		// Left out of the mean and of the don't-know share: five levels of 2 (the threshold is 5).
		expect(scored).toMatchObject({ n: 5, mean: 2, notMyArea: 1, dontKnowShare: 0 });
	}, 180_000);

	it('takes the organisation facts from the lead once, and compares integration in the study’s unit', async () => {
		// Runs after the cycle above closed with five front-line respondents.
		const facts = await lead.post(`${cyclePath}/facts?/save`, {
			'fact.functional_integration.finance': '3',
			'fact.functional_integration.hr': '1',
			'fact.reference.best_customers': '1',
			'fact.stakeholder_map.customers': '1'
		});
		expect(facts.status).toBe(200);
		const refused = await lead.post(`${cyclePath}/facts?/save`, {
			'fact.functional_integration.finance': '7'
		});
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('Choose one of the answers.');

		const form = await (await lead.get(`${cyclePath}/facts`)).text();
		expect(form).toMatch(/name="fact\.functional_integration\.finance" value="3"[^>]*checked/);
		expect(form).toContain('4 of 20 answered');

		const dashboard = await (await lead.get(`${cyclePath}/dashboard`)).text();
		const row = (key: string) =>
			new RegExp(`<tr data-function="functional_integration\\.${key}"[\\s\\S]*?</tr>`).exec(
				dashboard
			)?.[0] ?? '';
		expect(row('finance')).toMatch(/data-verdict[^>]*>integrated/);
		expect(row('finance')).toContain('lead’s facts');
		expect(row('finance')).toContain('75%');
		expect(row('hr')).toMatch(/data-verdict[^>]*>not integrated/);
		// Purchasing: nobody in this cycle rated it (front line is not asked) and the lead left it blank.
		expect(row('purchasing')).toMatch(/data-verdict[^>]*>not known/);
		expect(dashboard).toMatch(/1 of the study’s 7 functions integrated/);
		// Each dimension says which groups it is scored from when routing asked only some.
		const dimensionRow = (key: string) =>
			new RegExp(`<tr data-dimension="${key}"[\\s\\S]*?</tr>`).exec(dashboard)?.[0] ?? '';
		expect(dimensionRow('vision')).toContain('asked of Executives');
		expect(dimensionRow('customer_experience')).not.toContain('asked of');
	}, 60_000);
});
