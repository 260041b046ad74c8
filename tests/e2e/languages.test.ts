import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { anonymousLinks, answerSurvey, createCycle } from '../support/respond';
import { checkAccessibility, hasChromium, phone, useBrowser } from '../support/browser';
import { sectionsAsked } from '../../src/lib/domain/instrument/routing';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import type { ScoringResponse } from '../../src/lib/domain/scoring';
import { expectScoresOfResponses } from '../support/pooled-scores';

/**
 * Issue 17.2: a respondent whose browser asks for Spanish answers the version 2 questionnaire in
 * Spanish on a phone, switches to English half way and keeps every answer; answers given in both
 * languages pool into the cycle's scores, equal to the scoring module's.
 */
const screenshots = process.env.SCREENSHOT_DIR ?? '/tmp/touchstone-i18n-shots';
const spanish = touchstoneV2.translations!.es!;
const asked = sectionsAsked(touchstoneV2.sections, 'executives', touchstoneV2.routing);

describe.runIf(hasChromium)('a survey in the respondent’s language, at 390×844', () => {
	const browser = useBrowser();
	let server: RunningServer;
	let cleanup: () => Promise<void>;
	let lead: HttpClient;
	let cyclePath: string;
	let links: string[];

	beforeAll(async () => {
		mkdirSync(screenshots, { recursive: true });
		const database = await freshDatabase();
		cleanup = database.cleanup;
		server = await startServer({ ...database.env, SEED_DEMO: 'false' });
		lead = new HttpClient(server.baseUrl);
		await lead.signUp('Language Lead', uniqueEmail('languages'), 'a long enough password');
		const created = await lead.post('/orgs/new', {
			name: 'Idiomas SA',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		const orgId = created.headers.get('location')!.split('/').pop()!;
		const cycleId = await createCycle(lead, orgId, 'Bilingual', ['executives'], {}, {}, 2);
		expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
		cyclePath = `/o/${orgId}/cycles/${cycleId}`;
		links = await anonymousLinks(lead, orgId, cycleId, 'executives', 6);
	}, 180_000);

	afterAll(async () => {
		await server?.stop();
		await cleanup?.();
	});

	const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
	const heading = (page: Page) => page.locator('h1').first().textContent();

	/** Chooses a level (maturity) or a rating (integration) on every question of the page. */
	async function answerPage(page: Page, maturity: RegExp, integration: RegExp) {
		const questions = page.locator('fieldset.item');
		const count = await questions.count();
		for (let i = 0; i < count; i++) {
			const question = questions.nth(i);
			const kind = await question.getAttribute('data-kind');
			await question
				.getByRole('radio', { name: kind === 'maturity' ? maturity : integration })
				.check();
		}
		await expect.poll(() => page.getByTestId('save-status').getAttribute('data-pending')).toBe('0');
	}

	it('answers in Spanish, switches to English half way, and pools both languages in the scores', async () => {
		const context = await browser().newContext({
			viewport: phone,
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true,
			locale: 'es-ES',
			extraHTTPHeaders: { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' }
		});
		const page = await context.newPage();
		const link = links[0]!;
		try {
			// The landing page in Spanish, from the browser's language alone.
			await page.goto(link);
			expect(await htmlLang(page)).toBe('es');
			expect(await heading(page)).toBe('¿Cómo gestionamos nuestras relaciones con los clientes?');
			expect(await page.getByRole('navigation', { name: 'Idioma' }).textContent()).toContain(
				'English'
			);
			await page.screenshot({ path: `${screenshots}/es-landing-390.png`, fullPage: true });
			await checkAccessibility(page, 'Spanish landing');

			// Section 1 in Spanish: level 3 everywhere.
			await page.getByRole('link', { name: 'Empezar la encuesta' }).click();
			await page.waitForURL(/\/1$/);
			expect(await heading(page)).toBe(spanish.sections[asked[0]!.key]!.title);
			expect(await page.locator('.progress-text').textContent()).toContain('Sección 1 de');
			expect(await page.locator('fieldset.item legend').first().textContent()).toContain(
				spanish.items[asked[0]!.items[0]!.key]!.text
			);
			await answerPage(page, /^3 · Definido/, /^Consultada/);
			await page.screenshot({ path: `${screenshots}/es-section-390.png`, fullPage: true });
			await checkAccessibility(page, 'Spanish section');
			await page.getByRole('button', { name: 'Siguiente' }).click();
			await page.waitForURL(/\/2$/);

			// The review page in Spanish counts the first section's answers.
			await page.goto(`${link}/review`);
			expect(await heading(page)).toBe('Revise sus respuestas');
			expect(await page.locator('main').textContent()).toContain(
				`Ha respondido ${asked[0]!.items.length} de`
			);
			await page.screenshot({ path: `${screenshots}/es-review-390.png`, fullPage: true });
			await checkAccessibility(page, 'Spanish review');

			// Half way through section 2: one answer in Spanish, then the switch to English.
			await page.goto(`${link}/2`);
			expect(await heading(page)).toBe(spanish.sections[asked[1]!.key]!.title);
			await page
				.locator('fieldset.item')
				.first()
				.getByRole('radio', { name: /^4 · Gestionado/ })
				.check();
			await expect
				.poll(() => page.getByTestId('save-status').getAttribute('data-pending'))
				.toBe('0');
			await page.getByRole('link', { name: 'English' }).click();
			await page.waitForURL(/\/2$/);
			await expect.poll(() => htmlLang(page)).toBe('en');
			expect(await heading(page)).toBe(asked[1]!.title);
			expect(
				await page
					.locator('fieldset.item')
					.first()
					.getByRole('radio', { name: /^4 · Managed/ })
					.isChecked()
			).toBe(true);
			await answerPage(page, /^4 · Managed/, /^Consulted/);
			await page.getByRole('button', { name: 'Next' }).click();

			// The Spanish answers of section 1 are all there in English.
			await page.goto(`${link}/1`);
			expect(await heading(page)).toBe(asked[0]!.title);
			const definedChecked = await page
				.getByRole('radio', { name: /^3 · Defined/ })
				.evaluateAll((radios) => radios.filter((r) => (r as HTMLInputElement).checked).length);
			expect(definedChecked).toBe(asked[0]!.items.length);

			// The rest in English, then the review and submission in English.
			for (let step = 3; step <= asked.length; step++) {
				await page.goto(`${link}/${step}`);
				expect(await heading(page)).toBe(asked[step - 1]!.title);
				await answerPage(page, /^4 · Managed/, /^Consulted/);
			}
			await page.goto(`${link}/review`);
			expect(await heading(page)).toBe('Review your answers');
			await page.getByRole('button', { name: 'Submit my answers' }).click();
			await page.waitForURL(/\/thanks$/);
			expect(await heading(page)).toBe('Thank you');
		} finally {
			await context.close();
		}
		const browserResponse: ScoringResponse = {
			id: 'browser',
			group: 'executives',
			answers: Object.fromEntries(
				asked.flatMap((s, index) =>
					s.items.map((i) => [i.key, i.kind === 'integration' ? 2 : index === 0 ? 3 : 4])
				)
			)
		};

		// Five more respondents through the plain forms: three choose Spanish, two keep English.
		const others: ScoringResponse[] = [];
		for (const [r, link] of links.slice(1).entries()) {
			const client = new HttpClient(server.baseUrl);
			const token = link.split('/s/')[1]!;
			if (r < 3) {
				expect((await client.get(`/s/${token}?lang=es`)).status).toBe(303);
				const first = await (await client.get(`/s/${token}/1`)).text();
				expect(first).toContain('<html lang="es"');
				expect(first).toContain(spanish.sections[asked[0]!.key]!.title);
			}
			others.push(
				await answerSurvey(
					server.baseUrl,
					link,
					'executives',
					(s, i, kind) => (kind === 'integration' ? (r + i) % 4 : 1 + ((r + s + i) % 5)),
					client,
					[],
					asked
				)
			);
		}
		expect((await lead.post(`${cyclePath}?/close`, {})).status).toBe(200);

		const responses = [browserResponse, ...others];
		await expectScoresOfResponses(lead, cyclePath, responses);
	}, 240_000);
});
