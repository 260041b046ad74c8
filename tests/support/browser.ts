import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { clientAddress } from './http';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
	console.warn(
		`\n[e2e] No chromium at ${chromiumPath}: browser tests are skipped. Install it with: apt-get install -y chromium\n`
	);
}

export const phone = { width: 390, height: 844 } as const;
export const desktop = { width: 1440, height: 900 } as const;

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/** A phone (390×844, touch) browser context that is its own client. */
export function phoneContext(
	browser: Browser,
	options: { javaScriptEnabled?: boolean } = {}
): Promise<BrowserContext> {
	return browser.newContext({
		viewport: phone,
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		extraHTTPHeaders: { 'x-forwarded-for': clientAddress() }
	});
}

/** A browser context of the given size that is its own client. */
export function sizedContext(
	browser: Browser,
	viewport: { width: number; height: number }
): Promise<BrowserContext> {
	return browser.newContext({ viewport, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } });
}

/**
 * Holds back the app's scripts for this page until `release()` is called, so a test can act on the
 * server-rendered page before hydration, as a person on a slow phone does. `held()` counts the
 * requests waiting.
 */
export async function holdScripts(page: Page): Promise<{ release(): void; held(): number }> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	let held = 0;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		held++;
		await released;
		await route.continue();
	});
	return { release, held: () => held };
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** Runs axe-core on the page as it is and expects no violations (listed with where they are). */
export async function checkAccessibility(page: Page, what: string): Promise<void> {
	await page.evaluate(`${axeSource}\n;0`);
	const result = await page.evaluate(() =>
		(
			window as unknown as {
				axe: {
					run(): Promise<{
						violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>;
					}>;
				};
			}
		).axe.run()
	);
	expect(
		result.violations.map(
			(v) =>
				`${what}: ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`
		)
	).toEqual([]);
}
