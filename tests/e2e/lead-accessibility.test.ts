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
 * with axe-core at phone and desktop size: landmarks, heading order, contrast, names of controls.
 */
describe.skipIf(!hasChromium)('the lead’s pages and assistive technology', () => {
	const browser = useBrowser();

	it(
		'have no axe-core violations on the organisation and cycle pages',
		{ timeout: 240_000 },
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
					await checkAccessibility(page, `${path.replace(org, '') || '/'} at ${viewport.width}px`);
				}
				await context.close();
			}
		}
	);
});
