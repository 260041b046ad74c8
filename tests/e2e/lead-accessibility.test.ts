import { describe, it, expect, inject } from 'vitest';
import {
	checkAccessibility,
	desktop,
	hasChromium,
	phone,
	signIn,
	sizedContext,
	useBrowser
} from '../support/browser';

const baseUrl = inject('baseUrl');
const demo = { email: 'lead@demo.touchstone.test', password: 'touchstone-demo' };

/**
 * Every page a CRM lead works in, on the demo organisation (charts drawn, tables full), checked
 * with axe-core at phone and desktop size: landmarks, heading order, contrast, names of controls;
 * and laid out to fit: no page wider than a phone, no table scrolling sideways at 1440 px.
 */
describe.skipIf(!hasChromium)('the lead’s pages and assistive technology', () => {
	const browser = useBrowser();

	it(
		'have no axe-core violations on the organisation and cycle pages',
		{ timeout: 420_000 },
		async () => {
			for (const viewport of [phone, desktop]) {
				const context = await sizedContext(browser(), viewport);
				// The embedded database answers one query at a time; a busy machine makes pages slow, not wrong.
				context.setDefaultTimeout(90_000);
				const page = await context.newPage();
				await signIn(page, baseUrl, demo);
				const org = new URL(page.url()).pathname;
				await page.goto(`${baseUrl}${org}/cycles`);
				const cycles = await page.$$eval('a[href*="/cycles/"]', (links) => [
					...new Set(
						links
							.map((a) => a.getAttribute('href')!)
							.filter((href) => /\/cycles\/[0-9a-f-]{36}$/.test(href))
					)
				]);
				expect(cycles.length).toBeGreaterThanOrEqual(2); // the open demo cycle and a closed one
				const paths = [
					org,
					`${org}/cycles`,
					`${org}/cycles/new`,
					`${org}/trends`,
					`${org}/members`,
					`${org}/instruments`,
					`${org}/activities`,
					`${org}/implementation`,
					`${org}/delete`,
					`${org}/retention`,
					`${org}/audit`,
					'/account',
					'/account?everywhere',
					...cycles
						.slice(0, 2)
						.flatMap((c) => [
							c,
							`${c}?confirm=archive`,
							`${c}/dashboard`,
							`${c}/actions`,
							`${c}/priorities`,
							`${c}/facts`,
							`${c}/review`,
							`${c}/activities`,
							`${c}/roadmap`,
							`${c}/priorities`,
							`${c}/reports`,
							`${c}/invitations`
						])
				];
				for (const path of paths) {
					await page.goto(`${baseUrl}${path}`);
					await page.waitForLoadState('networkidle');
					const what = `${path.replace(org, '') || '/'} at ${viewport.width}px`;
					await checkAccessibility(page, what);
					// Issue 16.6: nothing off the side of a phone's screen; at 1440 px no table scrolls
					// sideways (on a phone a wide table may, with its cue: components/scrollable.ts).
					const layout = await page.evaluate(() => ({
						pageWidth: document.documentElement.scrollWidth,
						scrollingTables: [...document.querySelectorAll('.table-wrap')]
							.filter((w) => w.scrollWidth > w.clientWidth + 1)
							.map((w) => w.querySelector('table')?.id || w.textContent!.trim().slice(0, 40)),
						cuesMissing: [...document.querySelectorAll('.table-wrap')].filter(
							(w) => w.scrollWidth > w.clientWidth + 1 && !w.querySelector('.scroll-hint')
						).length
					}));
					expect(layout.pageWidth, what).toBeLessThanOrEqual(viewport.width);
					// The cycles tables are stacked rows on a phone: no sideways scroll there either.
					if (viewport === desktop || path === org || path === `${org}/cycles`)
						expect(layout.scrollingTables, what).toEqual([]);
					expect(layout.cuesMissing, what).toBe(0);
				}
				await context.close();
			}
		}
	);
});
