import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { checkAccessibility, hasChromium, phoneContext, useBrowser } from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { openDatabase } from '../../src/lib/server/platform/db/client';
import { responseKey } from '../../src/lib/server/survey/invitations';
import { seededRandom as random } from '../../src/lib/domain/random';

const SCREENS = '/tmp/screens';
const TOKEN = /\/s\/([a-z2-7]{64})/g;
const SECTIONS = 17;

/** What one respondent chose: item id → "1".."5" / "0".."3" / "dk"; section id → comment. */
interface Expected {
	answers: Map<string, string>;
	comments: Map<string, string>;
}

interface Respondent {
	name: string;
	group: 'sales' | 'service';
	token: string;
	javaScript: boolean;
	expected: Expected;
}

function datetimeLocal(date: Date): string {
	return date.toISOString().slice(0, 16);
}

function tokensIn(html: string): string[] {
	return [...new Set([...html.matchAll(TOKEN)].map((m) => m[1]!))];
}

/** Phone-size screenshots; a long page is cut into screen-high slices from the top. */
async function shoot(page: Page, name: string, whole = false) {
	if (!whole) return void (await page.screenshot({ path: `${SCREENS}/${name}.png` }));
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let i = 0; i * 844 < height && i < 12; i++) {
		const clip = { x: 0, y: i * 844, width: 390, height: Math.min(844, height - i * 844) };
		await page.screenshot({ path: `${SCREENS}/${name}-${i + 1}.png`, fullPage: true, clip });
	}
}

async function onSection(page: Page, step: number) {
	await page.locator('#survey-progress', { hasText: `Section ${step} of ${SECTIONS}` }).waitFor();
}

async function waitSaved(page: Page) {
	await page
		.locator('[data-testid="save-status"][data-pending="0"]')
		.waitFor({ state: 'attached' });
}

/** Taps this screen's answers as the respondent's plan says; with JavaScript some change their mind first. */
async function answerSection(
	page: Page,
	r: Respondent,
	rnd: () => number,
	step: number,
	only?: (index: number) => boolean
) {
	const items = await page.$$eval('fieldset[data-item-id]', (sets) =>
		sets.map((f) => ({
			id: (f as HTMLElement).dataset.itemId!,
			values: [...f.querySelectorAll('input[type="radio"]')].map(
				(i) => (i as HTMLInputElement).value
			)
		}))
	);
	for (const [index, item] of items.entries()) {
		if (only && !only(index)) continue;
		const roll = rnd();
		if (roll < 0.08 && !r.expected.answers.has(item.id)) continue; // left unanswered
		const choice = roll < 0.2 ? 'dk' : item.values[Math.floor(rnd() * (item.values.length - 1))]!;
		const card = (value: string) =>
			page.locator(`fieldset[data-item-id="${item.id}"] label:has(input[value="${value}"])`);
		if (r.javaScript && rnd() < 0.15) {
			const other = item.values.find((v) => v !== choice)!;
			await card(other).click();
		}
		await card(choice).click();
		r.expected.answers.set(item.id, choice);
	}
	if (only) return;
	if (rnd() < 0.25 || step === 1) {
		const sectionId = (await page.locator('textarea[name="comment"]').getAttribute('id'))!.replace(
			'comment-',
			''
		);
		const text = `${r.name} on section ${step}: <b>not bold</b> & “quoted”`;
		await page.locator('textarea[name="comment"]').fill(text);
		r.expected.comments.set(sectionId, text);
	}
}

async function next(page: Page, step: number) {
	const button = page.getByRole('button', { name: step < SECTIONS ? 'Next' : 'Review answers' });
	await button.click();
	if (step < SECTIONS) await onSection(page, step + 1);
	else
		await page
			.getByRole('heading', { name: 'Review your answers' })
			.waitFor()
			.catch(async (e) => {
				mkdirSync(SCREENS, { recursive: true });
				await page.screenshot({ path: `${SCREENS}/failed-review.png` });
				throw new Error(
					`${e}\n${await page
						.locator('main')
						.innerText()
						.catch(() => '')}`
				);
			});
}

async function checkedOnPage(page: Page): Promise<Record<string, string>> {
	return page.$$eval('fieldset[data-item-id]', (sets) =>
		Object.fromEntries(
			sets.flatMap((f) => {
				const checked = f.querySelector('input[type="radio"]:checked') as HTMLInputElement | null;
				return checked ? [[(f as HTMLElement).dataset.itemId!, checked.value]] : [];
			})
		)
	);
}

describe.skipIf(!hasChromium)('the respondent survey on a phone', () => {
	let server: RunningServer;
	let database: Awaited<ReturnType<typeof freshDatabase>>;
	const browser = useBrowser();
	let lead: HttpClient;
	let cyclePath: string;
	let spareToken: string;
	const respondents: Respondent[] = [];

	beforeAll(async () => {
		mkdirSync(SCREENS, { recursive: true });
		database = await freshDatabase();
		server = await startServer({ ...database.env, SEED_DEMO: 'false' });

		lead = new HttpClient(server.baseUrl);
		await lead.signUp('Lee Lead', uniqueEmail('survey-lead'), 'a long enough password');
		const org = await lead.post('/orgs/new', {
			name: 'Harbour Tools Ltd',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		expect(org.status).toBe(303);
		const orgPath = org.headers.get('location')!;
		const form = await (await lead.get(`${orgPath}/cycles/new`)).text();
		const instrumentId =
			/<select[^>]*name="instrumentId"[\s\S]*?<option[^>]*value="([0-9a-f-]{36})"/.exec(
				form
			)?.[1] ?? /name="instrumentId"[^>]*value="([0-9a-f-]{36})"/.exec(form)?.[1];
		expect(instrumentId).toBeTruthy();
		const created = await lead.post(`${orgPath}/cycles/new`, {
			name: 'Survey e2e',
			instrumentId: instrumentId!,
			opensAt: datetimeLocal(new Date(Date.now() - 3600_000)),
			closesAt: datetimeLocal(new Date(Date.now() + 14 * 24 * 3600_000)),
			anonymityThreshold: '5',
			groups: ['sales', 'service']
		});
		expect(created.status).toBe(303);
		cyclePath = created.headers.get('location')!;
		expect((await lead.post(`${cyclePath}?/open`, {})).status).toBe(200);

		const imported = await lead.post(`${cyclePath}/invitations?/import`, {
			csv: 'email,name,group\nann@example.test,Ann,sales\nbo@example.test,Bo,sales\ncy@example.test,Cy,sales'
		});
		expect(imported.status).toBe(200);
		const sales = tokensIn(await imported.text());
		expect(sales).toHaveLength(3);
		const anonymous = await lead.post(`${cyclePath}/invitations?/anonymous`, {
			group: 'service',
			count: '4'
		});
		expect(anonymous.status).toBe(200);
		const service = tokensIn(await anonymous.text()).filter((t) => !sales.includes(t));
		expect(service).toHaveLength(4);
		spareToken = service.pop()!;

		const plan: Array<[string, 'sales' | 'service', string, boolean]> = [
			['Ann', 'sales', sales[0]!, true],
			['Bo', 'sales', sales[1]!, false],
			['Cy', 'sales', sales[2]!, true],
			['Dee', 'service', service[0]!, true],
			['Eli', 'service', service[1]!, true],
			['Fay', 'service', service[2]!, true]
		];
		for (const [name, group, token, javaScript] of plan) {
			respondents.push({
				name,
				group,
				token,
				javaScript,
				expected: { answers: new Map(), comments: new Map() }
			});
		}
	});

	afterAll(async () => {
		await server?.stop();
		await database?.cleanup();
	});

	async function complete(
		r: Respondent,
		seed: number,
		options: {
			audit?: boolean;
			reloadAt?: number;
			switchDeviceAt?: number;
			offlineAt?: number;
			backAt?: number;
		} = {}
	) {
		const rnd = random(seed);
		let context: BrowserContext = await phoneContext(browser(), {
			javaScriptEnabled: r.javaScript
		});
		// Five phones and the server share the machine: be patient rather than flaky.
		context.setDefaultTimeout(90_000);
		let page = await context.newPage();
		const base = `${server.baseUrl}/s/${r.token}`;
		await page.goto(base);
		await page.getByRole('heading', { name: /customer relationships/ }).waitFor();
		expect(await page.getByText('Harbour Tools Ltd').first().isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
		if (options.audit) {
			await shoot(page, '00-landing', true);
			await checkAccessibility(page, 'landing');
		}
		await page.getByRole('link', { name: 'Start the survey' }).click();
		await onSection(page, 1);

		for (let step = 1; step <= SECTIONS; step++) {
			if (options.switchDeviceAt === step) {
				// Another phone continues where the server's answers are, let in by the one-time code
				// the first phone shows: the link alone opens no one's draft (issue 11).
				await page.getByText('Continue on another device').click();
				const code = (await page.locator('.resume .code').textContent())!.trim();
				expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}$/);
				await context.close();
				context = await phoneContext(browser(), { javaScriptEnabled: r.javaScript });
				context.setDefaultTimeout(90_000);
				page = await context.newPage();
				await page.goto(base);
				await page.getByRole('link', { name: /Continue here with a code/ }).click();
				await page.getByLabel('Code from your other device').fill(code);
				await page.getByRole('button', { name: 'Continue with my answers' }).click();
				await page.getByRole('link', { name: 'Continue where you left off' }).waitFor();
				const resume = page.getByRole('link', { name: 'Continue where you left off' });
				expect(await resume.getAttribute('href')).toBe(`/s/${r.token}/${step}`);
				await resume.click();
				await onSection(page, step);
			}
			if (options.reloadAt === step) {
				await answerSection(page, r, rnd, step, (i) => i % 2 === 0);
				await waitSaved(page);
				const before = await checkedOnPage(page);
				await page.reload();
				await onSection(page, step);
				expect(await checkedOnPage(page)).toEqual(before);
				await answerSection(page, r, rnd, step);
			} else if (options.offlineAt === step) {
				const items = page.locator('fieldset[data-item-id]');
				await answerSection(page, r, rnd, step, (i) => i >= 2);
				await waitSaved(page);
				await context.setOffline(true);
				for (const i of [0, 1]) {
					const id = (await items.nth(i).getAttribute('data-item-id'))!;
					await items.nth(i).locator('label:has(input[value="dk"])').click();
					r.expected.answers.set(id, 'dk');
				}
				const status = page.getByTestId('save-status');
				await expect
					.poll(() => status.textContent())
					.toBe('2 answers not yet saved — they will be sent when you are back online.');
				expect(
					await page.evaluate(
						() => Object.keys(localStorage).filter((k) => k.startsWith('touchstone-survey:')).length
					)
				).toBe(1);
				expect(
					await page.evaluate(
						(token) => Object.keys(localStorage).some((k) => k.includes(token)),
						r.token
					)
				).toBe(false);
				if (options.audit) await shoot(page, `offline-section-${step}`);
				await context.setOffline(false);
				await expect
					.poll(() => status.textContent(), { timeout: 15_000 })
					.toBe('All answers saved.');
			} else {
				await answerSection(page, r, rnd, step);
			}
			if (options.audit) {
				await shoot(page, `${String(step).padStart(2, '0')}-section`, true);
				await checkAccessibility(page, `section ${step}`);
			}
			if (options.backAt === step) {
				// Back saves this screen too; the previous one shows what was saved there.
				const here = await checkedOnPage(page);
				await page.getByRole('button', { name: 'Back' }).click();
				await onSection(page, step - 1);
				const previous = await checkedOnPage(page);
				for (const [itemId, choice] of Object.entries(previous))
					expect(r.expected.answers.get(itemId)).toBe(choice);
				await next(page, step - 1);
				expect(await checkedOnPage(page)).toEqual(here);
			}
			await next(page, step);
		}

		const answeredText = await page.locator('main p').first().textContent();
		expect(answeredText).toContain(`You answered ${r.expected.answers.size} of`);
		if (options.audit) {
			await shoot(page, '18-review', true);
			await checkAccessibility(page, 'review');
		}
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		await page.getByRole('heading', { name: 'Thank you' }).waitFor();
		if (options.audit) {
			await shoot(page, '19-thanks');
			await checkAccessibility(page, 'thanks');
			expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
		}
		// Coming back to the link after submitting says so, and the questions are closed.
		await page.goto(`${base}/3`);
		await page.getByRole('heading', { name: 'Thank you' }).waitFor();
		await context.close();
	}

	it('refuses autosaves from another site and bodies that are not answers', async () => {
		const url = `${server.baseUrl}/s/${spareToken}/autosave`;
		const body = JSON.stringify({
			answers: [{ itemId: '00000000-0000-4000-8000-000000000000', value: 3, dontKnow: false }]
		});
		const crossSite = await fetch(url, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json', origin: 'https://evil.example' }
		});
		expect(crossSite.status).toBe(403);
		const noOrigin = await fetch(url, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json' }
		});
		expect(noOrigin.status).toBe(403);
		const headers = { 'content-type': 'application/json', origin: server.baseUrl };
		expect((await fetch(url, { method: 'POST', body, headers })).status).toBe(400);
		expect(
			(
				await fetch(url, {
					method: 'POST',
					body: '{"answers":[{"itemId":"x","value":9}]}',
					headers
				})
			).status
		).toBe(400);
		expect((await fetch(url, { method: 'POST', body: 'not json', headers })).status).toBe(400);
		expect(
			(
				await fetch(`${server.baseUrl}/s/${'a'.repeat(64)}/autosave`, {
					method: 'POST',
					body,
					headers
				})
			).status
		).toBe(404);
	});

	it(
		'six people in two groups complete it at 390×844, and the database holds exactly their answers',
		{ timeout: 600_000 },
		async () => {
			await complete(respondents[0]!, 1, { audit: true, offlineAt: 4 });
			await Promise.all([
				complete(respondents[1]!, 2, { backAt: 5 }),
				complete(respondents[2]!, 3, { reloadAt: 8, switchDeviceAt: 12 }),
				complete(respondents[3]!, 4, { backAt: 10 }),
				complete(respondents[4]!, 5),
				complete(respondents[5]!, 6)
			]);

			// Closed and unknown links get a clear page, not a stack trace.
			const context = await phoneContext(browser());
			const page = await context.newPage();
			const unknown = await page.goto(`${server.baseUrl}/s/${'a'.repeat(64)}`);
			expect(unknown!.status()).toBe(404);
			await page.getByRole('heading', { name: 'This link is not recognised' }).waitFor();
			await shoot(page, '20-unknown-link');
			await checkAccessibility(page, 'unknown link');

			expect((await lead.post(`${cyclePath}?/close`, {})).status).toBe(200);
			const closed = await page.goto(`${server.baseUrl}/s/${respondents[0]!.token}`);
			expect(closed!.status()).toBe(410);
			await page.getByRole('heading', { name: 'This survey has closed' }).waitFor();
			expect(await page.textContent('body')).not.toMatch(/at .*\.js:\d+/);
			await shoot(page, '21-closed');
			await checkAccessibility(page, 'closed');
			await context.close();

			await server.stop();
			const handle = await openDatabase(
				database.databaseUrl ? { databaseUrl: database.databaseUrl } : { dataDir: database.dataDir }
			);
			try {
				const responses = await handle.rows<{
					id: string;
					resume_hash: string;
					group_key: string;
					status: string;
					submitted_on: Date;
				}>('select id, resume_hash, group_key, status, submitted_on from response');
				expect(responses).toHaveLength(6);
				const answers = await handle.rows<{
					response_id: string;
					item_id: string;
					value: number | null;
					dont_know: boolean;
				}>('select response_id, item_id, value, dont_know from answer');
				const comments = await handle.rows<{
					response_id: string;
					section_id: string;
					text: string;
				}>('select response_id, section_id, text from section_comment');
				let expectedRows = 0;
				for (const r of respondents) {
					const row = responses.find((x) => x.resume_hash === responseKey(r.token));
					expect(row, r.name).toBeTruthy();
					expect(row!.status).toBe('submitted');
					expect(row!.group_key).toBe(r.group);
					expect(new Date(row!.submitted_on).getUTCHours()).toBe(0);
					const stored = Object.fromEntries(
						answers
							.filter((a) => a.response_id === row!.id)
							.map((a) => [a.item_id, a.dont_know ? 'dk' : String(a.value)])
					);
					expect(stored, `${r.name}'s answers`).toEqual(Object.fromEntries(r.expected.answers));
					expect(r.expected.answers.size).toBeGreaterThan(60);
					const storedComments = Object.fromEntries(
						comments.filter((c) => c.response_id === row!.id).map((c) => [c.section_id, c.text])
					);
					expect(storedComments, `${r.name}'s comments`).toEqual(
						Object.fromEntries(r.expected.comments)
					);
					expectedRows += r.expected.answers.size;
				}
				expect(answers).toHaveLength(expectedRows);
				expect(answers.some((a) => a.dont_know && a.value !== null)).toBe(false);
				// Seven invited, six submitted; nothing on an invitation says who (issue 11).
				const invited = await handle.rows<{ n: number }>(
					'select count(*)::int as n from invitation'
				);
				expect(invited[0]).toEqual({ n: 7 });
				expect(responses.filter((x) => x.status === 'submitted')).toHaveLength(6);
			} finally {
				await handle.close();
			}
		}
	);
});
