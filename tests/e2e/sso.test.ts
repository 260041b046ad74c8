import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
	checkAccessibility,
	desktop,
	hasChromium,
	launchBrowser,
	sizedContext,
	useBrowser
} from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';
import { linkMark } from '../support/account-links';
import { startIdentityProvider, type LocalIdentityProvider } from '../support/oidc';
import { freePort, freshDatabase, startServer, type RunningServer } from '../support/server';

/**
 * Single sign-on (issue 14.4) against a real OpenID Connect provider on loopback (oidc-provider):
 * a verified address makes an account just in time and signs the browser in; the next sign-in
 * opens the same account; a changed state, a changed nonce, a replayed callback and an
 * unverified address are refused with nobody signed in; PASSWORD_SIGN_IN=false leaves only the
 * provider. Two app servers of this file's own: one with passwords too, one with SSO only.
 */
const PASSWORD = 'a long enough password';

let idp: LocalIdentityProvider;
let app: RunningServer;
let ssoOnly: RunningServer;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
	const [appPort, ssoOnlyPort] = [await freePort(), await freePort()];
	const bases = [appPort, ssoOnlyPort].map((port) => `http://127.0.0.1:${port}`);
	idp = await startIdentityProvider({ apps: bases, name: 'Example Staff Login' });
	const [first, second] = [await freshDatabase(), await freshDatabase()];
	cleanups.push(first.cleanup, second.cleanup);
	const common = { SEED_DEMO: 'false', ADDRESS_HEADER: 'x-forwarded-for', ...idp.env };
	app = await startServer({ ...first.env, ...common }, { port: appPort });
	ssoOnly = await startServer(
		{ ...second.env, ...common, PASSWORD_SIGN_IN: 'false' },
		{ port: ssoOnlyPort }
	);
}, 180_000);

afterAll(async () => {
	await app?.stop();
	await ssoOnly?.stop();
	await idp?.stop();
	for (const cleanup of cleanups) await cleanup();
});

/** The address of the account this browser is signed in to; null when the app sends it to sign in. */
async function signedInAs(page: Page, base: string): Promise<string | null> {
	const response = await page.request.get(`${base}/account`, { maxRedirects: 0 });
	if (response.status() === 303) {
		expect(response.headers()['location']).toMatch(/^\/sign-in\?next=/);
		return null;
	}
	expect(response.status()).toBe(200);
	const address = /<strong class="address[^"]*">([^<]+)<\/strong>/.exec(await response.text());
	if (!address) throw new Error('the account page shows no address');
	return address[1]!;
}

/** Presses "Sign in with …" on the sign-in page; the provider signs in as whoever signInAs set. */
async function pressSso(page: Page, base: string, next?: string) {
	await page.goto(`${base}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
	await page.getByRole('link', { name: 'Sign in with Example Staff Login' }).click();
}

/**
 * Starts a sign-in in this browser and follows it through the provider hop by hop (the page's
 * own cookie jar, so the flow cookie and the provider's cookies are the browser's), stopping at
 * the provider's redirect back: the callback URL (code and state) is returned unused. Playwright
 * cannot hold a redirect's target, hence the hops. `changeAuthorization` may alter the request
 * to the provider first.
 */
async function heldCallback(
	page: Page,
	base: string,
	changeAuthorization?: (url: URL) => void
): Promise<string> {
	const start = await page.request.get(`${base}/sign-in/sso`, { maxRedirects: 0 });
	expect(start.status()).toBe(303);
	const authorization = new URL(start.headers()['location']!);
	changeAuthorization?.(authorization);
	let location = authorization.href;
	for (let hop = 0; hop < 8; hop++) {
		if (location.startsWith(`${base}/sign-in/sso/callback?`)) return location;
		const response = await page.request.get(location, { maxRedirects: 0 });
		expect([302, 303], `${response.status()} from ${location}`).toContain(response.status());
		location = new URL(response.headers()['location']!, location).href;
	}
	throw new Error(`the provider never sent the browser back: last at ${location}`);
}

/** A sign-in refused: back on the sign-in page with `sso=<reason>`, its message, nobody signed in. */
async function expectRefused(page: Page, base: string, reason: string, message: RegExp) {
	await page.waitForURL(`**/sign-in?sso=${reason}`);
	expect(await page.getByRole('alert').textContent()).toMatch(message);
	expect(await signedInAs(page, base)).toBeNull();
}

describe.skipIf(!hasChromium)('single sign-on with a local OpenID Connect provider', () => {
	const browser = useBrowser();
	const contexts: BrowserContext[] = [];
	const fresh = async () => {
		const context = await sizedContext(browser(), desktop);
		contexts.push(context);
		return context.newPage();
	};
	afterAll(async () => {
		for (const context of contexts) await context.close();
	});

	it('a verified address makes an account and lands signed in; the next sign-in opens the same account', async () => {
		const email = uniqueEmail('sso-new');
		idp.signInAs({ email, email_verified: true, name: 'Nadia New' });
		const page = await fresh();
		await pressSso(page, app.baseUrl, '/orgs/new');
		await page.waitForURL('**/orgs/new');
		expect(await signedInAs(page, app.baseUrl)).toBe(email);
		// Made verified: the provider vouched for the address, so it may create an organisation.
		expect(await page.getByText('Confirm your e-mail address').count()).toBe(0);
		await page.getByLabel('Organisation name').fill('Single Sign-On Ltd');
		await page.getByLabel('Sector').selectOption('Other');
		await page.getByLabel('Number of employees').selectOption('1–49');
		await page.getByRole('button', { name: 'Create organisation' }).click();
		await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
		const organisationPage = page.url();
		expect(await page.locator('header').textContent()).toContain('Nadia New');

		// Another browser, the same person at the provider: the same account, with its organisation.
		const again = await fresh();
		await pressSso(again, app.baseUrl);
		await again.waitForURL(organisationPage);
		expect(await signedInAs(again, app.baseUrl)).toBe(email);
		expect(await again.locator('body').textContent()).toContain('Single Sign-On Ltd');
		// Two sessions of one account, one per browser.
		const account = await again.request.get(`${app.baseUrl}/account`).then((r) => r.text());
		expect(account.match(/data-session="[0-9a-f]{64}"/g)).toHaveLength(2);
	});

	it('opens the account that has the address when its owner confirmed it', async () => {
		const email = uniqueEmail('sso-existing');
		await new HttpClient(app.baseUrl).signUp('Olga Owner', email, PASSWORD);
		idp.signInAs({ email: email.toUpperCase(), email_verified: true, name: 'Someone Else' });
		const page = await fresh();
		await pressSso(page, app.baseUrl, '/account');
		await page.waitForURL('**/account');
		expect(await signedInAs(page, app.baseUrl)).toBe(email);
		expect(await page.locator('header').textContent()).toContain('Olga Owner');
	});

	it('refuses an address the provider does not call verified, and makes no account', async () => {
		const email = uniqueEmail('sso-unverified');
		idp.signInAs({ email, email_verified: false });
		const page = await fresh();
		await pressSso(page, app.baseUrl);
		await expectRefused(page, app.baseUrl, 'unverified', /did not confirm that your e-mail/);
		await checkAccessibility(page, 'sign-in page after a refused single sign-on');
		// No account was made: signing up with the address gets a verification link, which only a new account gets.
		const mark = linkMark(app.baseUrl);
		const visitor = new HttpClient(app.baseUrl);
		expect((await visitor.post('/sign-up', { name: 'U', email, password: PASSWORD })).status).toBe(
			200
		);
		await visitor.verifyEmail(email, mark);
	});

	it('never opens an account whose address was not confirmed (it may not be its owner’s)', async () => {
		const email = uniqueEmail('sso-squatter');
		const squatter = new HttpClient(app.baseUrl);
		expect(
			(await squatter.post('/sign-up', { name: 'Squatter', email, password: PASSWORD })).status
		).toBe(200);
		idp.signInAs({ email, email_verified: true, name: 'Real Owner' });
		const page = await fresh();
		await pressSso(page, app.baseUrl);
		await expectRefused(page, app.baseUrl, 'unconfirmed', /address was never confirmed/);
	});

	it('refuses a callback whose state was changed, and the flow is used up', async () => {
		idp.signInAs({ email: uniqueEmail('sso-state'), email_verified: true });
		const page = await fresh();
		const callback = new URL(await heldCallback(page, app.baseUrl));
		expect(callback.searchParams.get('code')).toBeTruthy();
		const state = callback.searchParams.get('state')!;
		const tampered = new URL(callback);
		tampered.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`);
		const before = app.output().length;
		await page.goto(tampered.href);
		await expectRefused(page, app.baseUrl, 'failed', /did not complete/);
		// The log line is JSON: the library's message 'unexpected "state" …' has its quotes escaped.
		expect(app.output().slice(before)).toMatch(/unexpected \\+"state\\+" response parameter/);
		// The real callback after it finds no flow left: a failed callback ends the sign-in.
		await page.goto(callback.href);
		await expectRefused(page, app.baseUrl, 'failed', /did not complete/);
	});

	it('the same held callback, unchanged, signs in (the holding itself breaks nothing)', async () => {
		const email = uniqueEmail('sso-held');
		idp.signInAs({ email, email_verified: true });
		const page = await fresh();
		const callback = await heldCallback(page, app.baseUrl);
		await page.goto(callback);
		await page.waitForURL(`${app.baseUrl}/`);
		expect(await signedInAs(page, app.baseUrl)).toBe(email);
	});

	it('refuses an ID token made for another nonce', async () => {
		idp.signInAs({ email: uniqueEmail('sso-nonce'), email_verified: true });
		const page = await fresh();
		// The browser's request to the provider carries a different nonce than the one the app kept:
		// the provider signs that one into the ID token, and everything else (state, code, PKCE) fits.
		const callback = await heldCallback(page, app.baseUrl, (authorization) => {
			expect(authorization.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
			authorization.searchParams.set('nonce', 'n'.repeat(43));
		});
		const before = app.output().length;
		await page.goto(callback);
		await expectRefused(page, app.baseUrl, 'failed', /did not complete/);
		expect(app.output().slice(before)).toMatch(/nonce/);
	});

	it('refuses a replayed callback, even with the flow cookie it had', async () => {
		const email = uniqueEmail('sso-replay');
		idp.signInAs({ email, email_verified: true });
		const page = await fresh();
		const callback = await heldCallback(page, app.baseUrl);
		const flowCookie = (await page.context().cookies(`${app.baseUrl}/sign-in/sso/callback`)).find(
			(c) => c.name === 'touchstone_sso'
		)!;
		expect(flowCookie.httpOnly).toBe(true);
		await page.goto(callback);
		await page.waitForURL(`${app.baseUrl}/`);
		expect(await signedInAs(page, app.baseUrl)).toBe(email);

		// Another browser replays all of it: the callback URL and the cookie (state, nonce, verifier).
		const attacker = await fresh();
		await attacker.context().addCookies([flowCookie]);
		const before = app.output().length;
		await attacker.goto(callback);
		await expectRefused(attacker, app.baseUrl, 'failed', /did not complete/);
		// The provider refused the code a second time (single use), so no tokens came back.
		expect(app.output().slice(before)).toContain('"oauthError":"invalid_grant"');
		// Without the cookie, the callback is nobody's sign-in.
		const stranger = await fresh();
		await stranger.goto(callback);
		await expectRefused(stranger, app.baseUrl, 'failed', /did not complete/);
	});
});

describe('single sign-on routes over HTTP', () => {
	it('start from a link, leaving for the provider with PKCE, state and nonce', async () => {
		const visitor = new HttpClient(app.baseUrl);
		const started = await visitor.get('/sign-in/sso?next=/account');
		expect(started.status).toBe(303);
		expect(started.headers.get('cache-control')).toBe('no-store');
		const authorization = new URL(started.headers.get('location')!);
		expect(authorization.origin).toBe(idp.issuer);
		expect(authorization.searchParams.get('response_type')).toBe('code');
		expect(authorization.searchParams.get('scope')).toBe('openid email profile');
		expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
		expect(authorization.searchParams.get('redirect_uri')).toBe(
			`${app.baseUrl}/sign-in/sso/callback`
		);
		for (const key of ['state', 'nonce', 'code_challenge'])
			expect(authorization.searchParams.get(key)).toMatch(/^[\w-]{43}$/);
		expect(started.headers.get('set-cookie')).toMatch(
			/touchstone_sso=[^;]+;.*Path=\/sign-in\/sso;.*HttpOnly/i
		);
		// Each start is a new flow: nothing is reused between two.
		const again = new URL((await visitor.get('/sign-in/sso')).headers.get('location')!);
		for (const key of ['state', 'nonce', 'code_challenge'])
			expect(again.searchParams.get(key)).not.toBe(authorization.searchParams.get(key));
		expect((await visitor.post('/sign-in/sso', {})).status).toBe(405);
	});

	it('a callback without a started sign-in goes back to the sign-in page', async () => {
		const visitor = new HttpClient(app.baseUrl);
		const response = await visitor.get('/sign-in/sso/callback?code=x&state=y');
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/sign-in?sso=failed');
		expect(visitor.cookie('touchstone_session')).toBeUndefined();
	});
});

describe('PASSWORD_SIGN_IN=false', () => {
	it('shows no password form, and refuses the password routes', async () => {
		const visitor = new HttpClient(ssoOnly.baseUrl);
		const page = await visitor.get('/sign-in').then((r) => r.text());
		expect(page).toContain('Sign in with Example Staff Login');
		expect(page).not.toMatch(
			/type="password"|Forgot your password|Create account|href="\/sign-up"/
		);
		const email = uniqueEmail('sso-only');
		const refused: Array<[string, Promise<Response>]> = [
			['POST /sign-in', visitor.post('/sign-in', { email, password: PASSWORD })],
			['GET /sign-up', visitor.get('/sign-up')],
			['POST /sign-up', visitor.post('/sign-up', { name: 'N', email, password: PASSWORD })],
			['GET /forgot-password', visitor.get('/forgot-password')],
			['POST /forgot-password', visitor.post('/forgot-password', { email })],
			['GET /reset-password/…', visitor.get(`/reset-password/${'a'.repeat(52)}`)]
		];
		for (const [what, response] of refused)
			expect([what, (await response).status]).toEqual([what, 404]);
	});

	it.skipIf(!hasChromium)(
		'signs in with the provider, and the account page has no password forms',
		async () => {
			const chromium = await launchBrowser();
			try {
				const email = uniqueEmail('sso-only-browser');
				idp.signInAs({ email, email_verified: true, name: 'Solo Sso' });
				const context = await sizedContext(chromium, desktop);
				const page = await context.newPage();
				await page.goto(`${ssoOnly.baseUrl}/sign-in`);
				expect(await page.getByLabel('Password').count()).toBe(0);
				await checkAccessibility(page, 'sign-in page with single sign-on only');
				await page.getByRole('link', { name: 'Sign in with Example Staff Login' }).click();
				await page.waitForURL(`${ssoOnly.baseUrl}/`);
				await page.goto(`${ssoOnly.baseUrl}/account`);
				expect(await page.locator('.address').textContent()).toBe(email);
				expect(await page.getByLabel(/password/i).count()).toBe(0);
				const change = await page.request.post(`${ssoOnly.baseUrl}/account?/changePassword`, {
					headers: { origin: ssoOnly.baseUrl, accept: 'text/html' },
					form: { currentPassword: 'x', password: PASSWORD, confirmPassword: PASSWORD },
					maxRedirects: 0
				});
				expect(change.status()).toBe(404);
			} finally {
				await chromium.close();
			}
		}
	);
});

describe('settings', () => {
	it('will not start with password sign-in off and no single sign-on', async () => {
		const database = await freshDatabase();
		try {
			await expect(
				startServer({ ...database.env, PASSWORD_SIGN_IN: 'false' }, { startTimeoutMs: 30_000 })
			).rejects.toThrow(/PASSWORD_SIGN_IN=false needs single sign-on/);
			await expect(
				startServer(
					{
						...database.env,
						OIDC_ISSUER: 'http://idp.example.org',
						OIDC_CLIENT_ID: 'x',
						OIDC_CLIENT_SECRET: 'y'
					},
					{ startTimeoutMs: 30_000 }
				)
			).rejects.toThrow(/OIDC_ISSUER must be an https URL/);
		} finally {
			await database.cleanup();
		}
	});
});
