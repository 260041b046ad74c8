import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { clientAddress } from './http';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
	console.warn(`\n[e2e] No chromium at ${chromiumPath}: browser tests are skipped. Install it with: apt-get install -y chromium\n`);
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
export function phoneContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
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
export function sizedContext(browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> {
	return browser.newContext({ viewport, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } });
}
