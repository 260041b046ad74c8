import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { clientAddress } from './http';
import { accountLink, linkMark } from './account-links';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
	console.warn(
		`\n[e2e] No chromium at ${chromiumPath}: browser tests are skipped. Install it with: apt-get install -y chromium\n`
	);
}

export const phone = { width: 390, height: 844 } as const;
export const desktop = { width: 1440, height: 900 } as const;

/** Debian's chromium, headless and quiet (also what bench/lighthouse.ts starts for Lighthouse). */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * One browser for the tests of the describe block it is called in: launched before them (when
 * there is a chromium), closed after them. Returns a getter, as the browser exists only then.
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		if (hasChromium) browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error(`no browser: is there a chromium at ${chromiumPath}?`);
		return browser;
	};
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
	viewport: { width: number; height: number },
	options: { timezoneId?: string } = {}
): Promise<BrowserContext> {
	return browser.newContext({
		viewport,
		...options,
		extraHTTPHeaders: { 'x-forwarded-for': clientAddress() }
	});
}

/** The organisation page a lead lands on after signing in. */
const ORGANISATION_PAGE = /\/o\/[0-9a-f-]{36}/;

/**
 * Signs in through the sign-in form, as a person does, and waits until the app has taken them to
 * `landing`: by default their organisation's page (someone in no organisation lands on `/`).
 */
export async function signIn(
	page: Page,
	baseUrl: string,
	account: { email: string; password: string },
	options: { landing?: RegExp | ((url: URL) => boolean); timeout?: number } = {}
): Promise<void> {
	const landing = options.landing ?? ORGANISATION_PAGE;
	await page.goto(`${baseUrl}/sign-in`);
	await page.getByLabel('E-mail address').fill(account.email);
	await page.getByLabel('Password', { exact: true }).fill(account.password);
	await Promise.all([
		page.waitForURL(landing, { timeout: options.timeout }),
		page.getByRole('button', { name: 'Sign in' }).click()
	]).catch(async (error: Error) => {
		const main = await page
			.locator('main')
			.textContent({ timeout: 1_000 })
			.catch(() => null);
		throw new Error(
			`sign-in as ${account.email} did not lead to ${String(landing)}: at ${page.url()}: ${main?.slice(0, 300)}`,
			{ cause: error }
		);
	});
}

/**
 * Creates an account through the sign-up form, as a person does: "check your e-mail", the
 * verification link (read where the server puts it: account-links.ts) opened and confirmed, then
 * signing in; waits for the page that asks for an organisation.
 */
export async function signUp(
	page: Page,
	baseUrl: string,
	account: { name: string; email: string; password: string },
	options: { timeout?: number } = {}
): Promise<void> {
	const mark = linkMark(baseUrl);
	await page.goto(`${baseUrl}/sign-up`);
	await page.getByLabel('Your name').fill(account.name);
	await page.getByLabel('E-mail address').fill(account.email);
	await page.getByLabel(/^Password/).fill(account.password);
	await page.getByRole('button', { name: 'Create account' }).click();
	await page
		.getByRole('heading', { name: 'Check your e-mail' })
		.waitFor({ timeout: options.timeout });
	await verifyEmail(page, baseUrl, account.email, mark, options);
	await signIn(page, baseUrl, account, { landing: (url) => url.pathname === '/', ...options });
	await page.goto(`${baseUrl}/orgs/new`);
}

/** Opens the newest verification link for `email` (after `mark`) and confirms the address. */
export async function verifyEmail(
	page: Page,
	baseUrl: string,
	email: string,
	mark = 0,
	options: { timeout?: number } = {}
): Promise<void> {
	const link = await accountLink(baseUrl, email, 'verify-email', mark);
	await page.goto(baseUrl + link);
	await Promise.all([
		page.waitForURL(/\/(sign-in|account)\?verified/, { timeout: options.timeout }),
		page.getByRole('button', { name: /^(Confirm my address|Use )/ }).click()
	]);
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
