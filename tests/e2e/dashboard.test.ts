import { describe, it, expect, inject } from 'vitest';
import { desktop, hasChromium, phone, signIn, sizedContext, useBrowser } from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';
import { anonymousLinks, answerSurvey, createCycle, type Choice } from '../support/respond';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import { scoreCycle, statsFromResponses, type ScoringResponse } from '../../src/lib/domain/scoring';
import { formatScore } from '../../src/lib/format';

const baseUrl = inject('baseUrl');

/** A deterministic pattern; `lift` raises the second cycle so there are deltas to show. */
const chooser =
	(respondent: number, lift: number) =>
	(sectionIndex: number, itemIndex: number, kind: string): Choice => {
		const k = respondent * 7 + sectionIndex * 3 + itemIndex;
		if (k % 11 === 0) return 'dk';
		if (kind === 'maturity')
			return Math.min(5, Math.max(1, (k % 3) + 1 + lift + (sectionIndex % 2)));
		if (kind === 'integration') return k % 4;
		return k % 2;
	};

async function runCycle(
	lead: HttpClient,
	orgId: string,
	name: string,
	lift: number,
	close: boolean
) {
	const cycleId = await createCycle(lead, orgId, name, ['sales', 'service'], {
		vision: '4',
		metrics: '3.5'
	});
	expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
	const links = [
		...(await anonymousLinks(lead, orgId, cycleId, 'sales', 3)),
		...(await anonymousLinks(lead, orgId, cycleId, 'service', 3))
	];
	expect(links).toHaveLength(6);
	const responses: ScoringResponse[] = [];
	for (const [i, link] of links.entries())
		responses.push(
			await answerSurvey(baseUrl, link, i < 3 ? 'sales' : 'service', chooser(i, lift))
		);
	if (close) expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/close`, {})).status).toBe(200);
	const expected = scoreCycle(touchstoneV1, statsFromResponses(touchstoneV1, responses), {
		targets: { vision: 4, metrics: 3.5 },
		anonymityThreshold: 5
	});
	return { cycleId, expected };
}

describe.skipIf(!hasChromium)('the lead’s dashboard', () => {
	const browser = useBrowser();

	it('shows the scoring module’s figures, the change since the previous cycle, and a new action in the matrix', async () => {
		const email = uniqueEmail('dash');
		const lead = new HttpClient(baseUrl);
		await lead.signUp('Dash Lead', email, 'a long enough password');
		const created = await lead.post('/orgs/new', {
			name: 'Dashboard Test plc',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		const orgId = created.headers.get('location')!.split('/').pop()!;

		const first = await runCycle(lead, orgId, 'First round', 0, true);
		const second = await runCycle(lead, orgId, 'Second round', 1, false);
		expect(second.expected.status).toBe('scored');
		if (second.expected.status !== 'scored' || first.expected.status !== 'scored') return;

		for (const viewport of [phone, desktop]) {
			const context = await sizedContext(browser(), viewport);
			const page = await context.newPage();
			await signIn(page, baseUrl, { email, password: 'a long enough password' });
			await page.goto(`${baseUrl}/o/${orgId}/cycles/${second.cycleId}/dashboard`);

			// The summary and the dimension table equal the pure scoring module's results.
			expect(await page.locator('.stat .big').first().textContent()).toBe(
				formatScore(second.expected.overall.index)
			);
			for (const d of second.expected.dimensions) {
				const row = page.locator(`tr[data-dimension="${d.key}"]`).first();
				expect(await row.locator('[data-score]').textContent(), d.key).toBe(formatScore(d.score));
			}
			// The radar's table view carries the same figures, and the previous cycle's.
			await page.getByRole('button', { name: 'Show as table' }).first().click();
			const radarTable = page.locator('.chart-panel table').first();
			const vision = second.expected.dimensions.find((d) => d.key === 'vision')!;
			const visionBefore = first.expected.dimensions.find((d) => d.key === 'vision')!;
			expect(await radarTable.locator('tr', { hasText: 'Vision' }).textContent()).toContain(
				formatScore(vision.score)
			);
			expect(await radarTable.locator('tr', { hasText: 'Vision' }).textContent()).toContain(
				formatScore(visionBefore.score)
			);
			// Each dimension's delta against the previous cycle.
			const delta = vision.score! - visionBefore.score!;
			expect(await page.locator('tr[data-dimension="vision"]').first().textContent()).toContain(
				`${delta > 0 ? '+' : ''}${formatScore(delta)}`
			);
			await context.close();
		}

		// From a dimension, plan an action; it appears among the early wins.
		const context = await sizedContext(browser(), desktop);
		const page = await context.newPage();
		await signIn(page, baseUrl, { email, password: 'a long enough password' });
		await page.goto(`${baseUrl}/o/${orgId}/cycles/${second.cycleId}/dashboard`);
		await page.locator('tr[data-dimension="metrics"] a', { hasText: 'Plan action' }).click();
		await page.waitForURL(/actions\?dimension=metrics/);
		expect(await page.getByLabel('Metrics').isChecked()).toBe(true);
		await page.getByLabel('Title').fill('Weekly metrics huddle');
		await page
			.getByLabel('Owner', { exact: true })
			.selectOption({ label: 'Someone else (name below)' });
		await page.getByLabel('Owner who is not a member').fill('Head of CRM');
		await page.getByLabel('Business impact (1–5)').selectOption('5');
		await page.getByLabel('Technical complexity (1–5)').selectOption('1');
		await page.getByRole('button', { name: 'Add action' }).click();
		// Impact 5, complexity 1: an early win, in the matrix's table and on the list.
		await page.getByRole('button', { name: 'Show as table' }).click();
		await expect
			.poll(() =>
				page
					.getByTestId('matrix-table')
					.locator('tr', { hasText: 'Weekly metrics huddle' })
					.textContent()
			)
			.toContain('Early wins');
		expect(
			await page.locator('tr[data-action]', { hasText: 'Weekly metrics huddle' }).textContent()
		).toContain('early win');
		await context.close();
	});
});
