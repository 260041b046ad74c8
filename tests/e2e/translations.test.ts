import { describe, it, expect, beforeAll, inject } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { HttpClient, clientAddress, uniqueEmail } from '../support/http';
import { anonymousLinks, answerSurvey } from '../support/respond';
import {
	checkAccessibility,
	desktop,
	hasChromium,
	phone,
	signIn,
	sizedContext,
	useBrowser
} from '../support/browser';
import { sectionsAsked } from '../../src/lib/domain/instrument/routing';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import { unitsOfTranslation } from '../../src/lib/domain/instrument/translation';
import { buildXliff, parseXliff } from '../../src/lib/domain/instrument/xliff';
import type { ScoringResponse } from '../../src/lib/domain/scoring';
import { expectScoresOfResponses } from '../support/pooled-scores';

/**
 * Issue 17.3, the Must-show: a lead exports her own version for translation, imports a German
 * file with one string missing (the page lists it), completes it on the page and publishes it;
 * a respondent answers in German, others in English, and the closed cycle's scores — answers
 * from both languages pooled — equal the scoring module's. (The Spanish respondent switching to
 * English half way without losing answers is tests/e2e/languages.test.ts.)
 */
const baseUrl = inject('baseUrl');
const screenshots = process.env.SCREENSHOT_DIR ?? '/tmp/shots-xliff';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const german = touchstoneV2.translations!.de!;
const asked = sectionsAsked(touchstoneV2.sections, 'executives', touchstoneV2.routing);
const reworded = touchstoneV2.sections[0]!.items[0]!.key;
const rewordedEnglish = 'How clearly is our own CRM vision written down?';
const rewordedGerman = 'Wie klar ist unsere eigene CRM-Vision schriftlich festgehalten?';
/** The string the translator's file lacks: a level description of a question executives answer. */
const lacking = `item:${asked[1]!.items[0]!.key}:level-4`;

describe.runIf(hasChromium)(
	'a version translated into German and answered in two languages',
	() => {
		const browser = useBrowser();
		const lead = new HttpClient(baseUrl);
		const account = { email: uniqueEmail('translator'), password: 'a long enough password' };
		let orgId = '';
		let versionId = '';

		beforeAll(async () => {
			mkdirSync(screenshots, { recursive: true });
			await lead.signUp('Translation Lead', account.email, account.password);
			const created = await lead.post('/orgs/new', {
				name: 'Sprachen GmbH',
				sector: 'Manufacturing',
				sizeBand: '250–999'
			});
			orgId = created.headers.get('location')!.split('/').pop()!;
			const form = await (await lead.get(`/o/${orgId}/cycles/new`)).text();
			const builtIn = new RegExp(`<option value="(${UUID})"[^>]*>Touchstone CRM Maturity v2<`).exec(
				form
			)![1]!;
			// The organisation's own version 3, English only: one question reworded.
			const derived = await lead.post(`/o/${orgId}/instruments/${builtIn}/new-version`, {
				[`item.${reworded}.text`]: rewordedEnglish
			});
			expect(derived.status).toBe(303);
			versionId = derived.headers.get('location')!.split('/').pop()!;
		}, 120_000);

		async function look(page: Page, name: string, what: string) {
			await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
			await checkAccessibility(page, what);
		}

		it('exports, imports with one string missing (listed), completes and publishes German', async () => {
			const context = await sizedContext(browser(), desktop);
			context.setDefaultTimeout(60_000);
			const page = await context.newPage();
			try {
				await signIn(page, baseUrl, account);
				await page.goto(`${baseUrl}/o/${orgId}/instruments/${versionId}`);
				await look(page, 'instrument-1440', 'version page');
				await page.getByRole('link', { name: 'Translate: Deutsch' }).click();
				await page.waitForURL(/\/translations\/de$/);
				expect(await page.locator('h1').textContent()).toBe('Translation into Deutsch');
				await look(page, 'translation-empty-1440', 'translation page, nothing yet');

				// The export: XLIFF 2.0, every text of version 3 as a unit, the reworded question's source.
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.getByRole('link', { name: 'Download the XLIFF file' }).click()
				]);
				expect(download.suggestedFilename()).toBe('touchstone-crm-maturity-v3.de.xlf');
				const exported = parseXliff(readFileSync((await download.path())!, 'utf8'));
				if (!exported.ok) throw new Error(exported.error);
				expect(exported.trgLang).toBe('de');
				expect(exported.units.find((u) => u.id === `item:${reworded}:text`)?.source).toBe(
					rewordedEnglish
				);
				expect(exported.units.every((u) => u.target === undefined)).toBe(true);
				const total = exported.units.length;

				// A file that is not XLIFF: refused beside the field.
				await page.locator('#file').setInputFiles({
					name: 'invitees.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from('email,name\nana@example.org,Ana')
				});
				await page.getByRole('button', { name: 'Import' }).click();
				await expect.poll(() => page.locator('#file-error').textContent()).toMatch(/not/);
				await look(page, 'translation-bad-file-1440', 'translation page, bad file');

				// The translator's file: every text but one.
				const targets = unitsOfTranslation(touchstoneV2, german);
				targets[`item:${reworded}:text`] = rewordedGerman;
				delete targets[lacking];
				const translated = buildXliff({
					srcLang: 'en',
					trgLang: 'de-DE',
					original: 'touchstone-crm-maturity-v3',
					units: exported.units.map((u) => ({ id: u.id, source: u.source, note: '' })),
					targets
				});
				await page.locator('#file').setInputFiles({
					name: 'touchstone-crm-maturity-v3.de.xlf',
					mimeType: 'application/xliff+xml',
					buffer: Buffer.from(translated)
				});
				await page.getByRole('button', { name: 'Import' }).click();
				await expect
					.poll(() => page.getByRole('status').first().textContent())
					.toContain(`Imported ${total - 1} texts.`);
				expect(await page.getByTestId('missing').textContent()).toContain(lacking);
				expect(await page.getByTestId('missing').locator('li').count()).toBe(1);
				expect(await page.getByTestId('translation-progress').textContent()).toContain(
					`${total - 1} of ${total} texts translated`
				);
				expect(await page.getByRole('button', { name: 'Publish Deutsch' }).count()).toBe(0);
				await look(page, 'translation-missing-1440', 'translation page, one missing');
				await page.setViewportSize(phone);
				await look(page, 'translation-missing-390', 'translation page at 390, one missing');
				await page.setViewportSize(desktop);

				// Completed on the page, then published into version 3 (not in use yet).
				const levelFour = german.items[asked[1]!.items[0]!.key]!.anchors![3];
				await page.locator(`textarea[name="unit.${lacking}"]`).fill(levelFour);
				await page.getByRole('button', { name: 'Save draft' }).click();
				await expect
					.poll(() => page.getByTestId('translation-progress').textContent())
					.toContain(`${total} of ${total} texts translated`);
				expect(await page.getByTestId('missing').count()).toBe(0);
				await look(page, 'translation-complete-1440', 'translation page, complete');
				await page.getByRole('button', { name: 'Publish Deutsch' }).click();
				await page.waitForURL(new RegExp(`/instruments/${versionId}\\?published=de$`));
				expect(await page.getByRole('status').textContent()).toContain('Deutsch is published');
				await look(page, 'instrument-published-1440', 'version page, published');
				await page.setViewportSize(phone);
				await look(page, 'instrument-published-390', 'version page at 390, published');
			} finally {
				await context.close();
			}
		}, 240_000);

		it('German and English respondents answer; the scores pool both, as the scoring module says', async () => {
			const created = await lead.post(`/o/${orgId}/cycles/new`, {
				name: 'Zweisprachig',
				instrumentId: versionId,
				opensAt: new Date(Date.now() - 3600_000).toISOString().slice(0, 16),
				closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 16),
				anonymityThreshold: '5',
				groups: ['executives']
			});
			expect(created.status).toBe(303);
			const cyclePath = created.headers.get('location')!;
			const cycleId = cyclePath.split('/').pop()!;
			expect((await lead.post(`${cyclePath}?/open`, {})).status).toBe(200);
			const links = await anonymousLinks(lead, orgId, cycleId, 'executives', 6);

			// A respondent whose phone asks for German answers everything in German.
			const context = await browser().newContext({
				viewport: phone,
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true,
				locale: 'de-DE',
				extraHTTPHeaders: {
					'accept-language': 'de-DE,de;q=0.9,en;q=0.5',
					'x-forwarded-for': clientAddress()
				}
			});
			const page = await context.newPage();
			const heading = () => page.locator('h1').first().textContent();
			try {
				const link = links[0]!;
				await page.goto(link);
				expect(await page.locator('html').getAttribute('lang')).toBe('de');
				expect(await heading()).toBe('Wie gut pflegen wir unsere Kundenbeziehungen?');
				await page.getByRole('link', { name: 'Umfrage beginnen' }).click();
				await page.waitForURL(/\/1$/);
				expect(await heading()).toBe(german.sections[asked[0]!.key]!.title);
				expect(await page.locator('fieldset.item legend').first().textContent()).toContain(
					rewordedGerman
				);
				for (let step = 1; step <= asked.length; step++) {
					if (step > 1) await page.goto(`${link}/${step}`);
					expect(await heading()).toBe(german.sections[asked[step - 1]!.key]!.title);
					const questions = page.locator('fieldset.item');
					for (let i = 0; i < (await questions.count()); i++) {
						const question = questions.nth(i);
						const maturity = (await question.getAttribute('data-kind')) === 'maturity';
						await question
							.getByRole('radio', { name: maturity ? /^3 · Definiert/ : /^Konsultiert/ })
							.check();
					}
					await expect
						.poll(() => page.getByTestId('save-status').getAttribute('data-pending'))
						.toBe('0');
					if (step === 1) await look(page, 'survey-de-section-390', 'German section');
				}
				await page.goto(`${link}/review`);
				expect(await heading()).toBe('Ihre Antworten prüfen');
				await page.getByRole('button', { name: 'Antworten abschicken' }).click();
				await page.waitForURL(/\/thanks$/);
				expect(await heading()).toBe('Vielen Dank');
			} finally {
				await context.close();
			}
			const responses: ScoringResponse[] = [
				{
					id: 'german',
					group: 'executives',
					answers: Object.fromEntries(
						asked.flatMap((s) => s.items.map((i) => [i.key, i.kind === 'integration' ? 2 : 3]))
					)
				}
			];

			// Five more through the plain forms: two choose German, three keep English.
			for (const [r, link] of links.slice(1).entries()) {
				const client = new HttpClient(baseUrl);
				const token = link.split('/s/')[1]!;
				if (r < 2) {
					expect((await client.get(`/s/${token}?lang=de`)).status).toBe(303);
					const first = await (await client.get(`/s/${token}/1`)).text();
					expect(first).toContain('<html lang="de"');
					expect(first).toContain(german.sections[asked[0]!.key]!.title);
				}
				responses.push(
					await answerSurvey(
						baseUrl,
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

			await expectScoresOfResponses(lead, cyclePath, responses);
		}, 240_000);
	}
);
