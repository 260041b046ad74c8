import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import {
	desktop,
	hasChromium,
	phone as phoneSize,
	phoneContext,
	signIn,
	sizedContext,
	useBrowser
} from '../support/browser';
import { clientAddress, HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { useLocalSmtpServer } from '../support/smtp';
import { accountLink, linkMark, registerLinkSource } from '../support/account-links';

/**
 * Account recovery and hygiene (issue 14.1), in a browser, against a server of this file's own
 * that mails through a local SMTP server: sign-up → verification mail → verified; forgotten
 * password → mail → new password → every old session gone; the account page's sessions, password
 * and address; join links only for the verified address they name. The last block uses the shared
 * server, which has no SMTP: there the link is in the operator's log line.
 */
const PASSWORD = 'a long enough password';
const NEW_PASSWORD = 'a different long password';
const ANDROID =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

const smtp = useLocalSmtpServer();
let server: RunningServer;
let cleanup: () => Promise<void>;
let base: string;

beforeAll(async () => {
	const database = await freshDatabase();
	cleanup = database.cleanup;
	server = await startServer({
		...database.env,
		SEED_DEMO: 'false',
		SMTP_URL: smtp.url(),
		MAIL_TIMEOUT_MS: '2000',
		ADDRESS_HEADER: 'x-forwarded-for'
	});
	base = server.baseUrl;
	registerLinkSource(base, () => smtp.received.map((r) => r.body).join('\n'));
}, 120_000);

afterAll(async () => {
	await server?.stop();
	await cleanup?.();
});

const unfold = (body: string) => body.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
/** The mails that reached `address` so far, decoded. */
const mailsTo = (address: string) =>
	smtp.received.filter((m) => m.to === address).map((m) => unfold(m.body));

async function signUpForm(page: Page, name: string, email: string, password = PASSWORD) {
	await page.goto(`${base}/sign-up`);
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel(/^Password/).fill(password);
	await page.getByRole('button', { name: 'Create account' }).click();
	await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
}

/** Signs up, opens the verification link from the mailbox and confirms: a verified account. */
async function verifiedAccount(
	name: string
): Promise<{ name: string; email: string; password: string }> {
	const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
	await new HttpClient(base).signUp(name, email, PASSWORD);
	return { name, email, password: PASSWORD };
}

/** Whether a context's session still opens the account page (else the page sends it to sign in). */
async function stillSignedIn(page: Page): Promise<boolean> {
	await page.goto(`${base}/account`);
	return new URL(page.url()).pathname === '/account';
}

describe.skipIf(!hasChromium)('account recovery in a browser', () => {
	const browser = useBrowser();

	it('sign-up → verification mail → verified: a banner until then, no organisation before it', async () => {
		const context = await phoneContext(browser());
		const page = await context.newPage();
		const email = uniqueEmail('verify');
		const mark = linkMark(base);
		await signUpForm(page, 'Vera Verify', email);
		expect(await page.getByRole('status').textContent()).toContain(email);

		// Signed in before confirming: a banner, and no organisation yet.
		await signIn(page, base, { email, password: PASSWORD }, { landing: (u) => u.pathname === '/' });
		expect(await page.getByText('Confirm your e-mail address: open the link').isVisible()).toBe(
			true
		);
		// The page says so instead of the form, and the server refuses a post all the same.
		await page.goto(`${base}/orgs/new`);
		expect(await page.getByRole('status').textContent()).toContain(
			'Confirm your e-mail address first'
		);
		expect(await page.getByRole('button', { name: 'Create organisation' }).count()).toBe(0);
		const early = await page.request.post(`${base}/orgs/new`, {
			headers: { origin: base, accept: 'text/html' },
			form: { name: 'Too Early Ltd', sector: 'Other', sizeBand: '1–49' },
			maxRedirects: 0
		});
		expect(early.status()).toBe(403);
		expect(await page.request.get(`${base}/`).then((r) => r.text())).not.toContain('Too Early Ltd');

		// The mail, from the local SMTP server.
		await expect.poll(() => mailsTo(email).length, { timeout: 20_000 }).toBe(1);
		const mail = mailsTo(email)[0]!;
		expect(mail).toContain('Subject: Confirm your e-mail address for Touchstone');
		const link = await accountLink(base, email, 'verify-email', mark);
		expect(mail).toContain(`${base}${link}`);
		await page.goto(base + link);
		expect(await page.getByText(`Confirm that ${email} is your address.`).isVisible()).toBe(true);
		await page.getByRole('button', { name: 'Confirm my address' }).click();
		await page.waitForURL('**/account?verified');
		expect(await page.getByRole('status').first().textContent()).toContain('confirmed');
		expect(await page.locator('.badge', { hasText: 'confirmed' }).isVisible()).toBe(true);

		await page.goto(`${base}/orgs/new`);
		expect(await page.getByText('Confirm your e-mail address').count()).toBe(0);
		await page.getByLabel('Organisation name').fill('Verified Ltd');
		await page.getByLabel('Sector').selectOption('Other');
		await page.getByLabel('Number of employees').selectOption('1–49');
		await page.getByRole('button', { name: 'Create organisation' }).click();
		await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);

		// The link worked once.
		await page.goto(base + link);
		expect(await page.locator('main').textContent()).toContain('used already');
		await context.close();
	});

	it('sign-up with an address that has an account: the same page, and the owner gets a notice', async () => {
		const owner = await verifiedAccount('Olive Owner');
		const context = await phoneContext(browser());
		const page = await context.newPage();
		const before = mailsTo(owner.email).length;
		await signUpForm(page, 'Someone Else', owner.email, 'someone elses password');
		const answer = await page.locator('main').innerText();
		expect(answer).toContain(`We sent a message to ${owner.email}`);
		await expect.poll(() => mailsTo(owner.email).length, { timeout: 20_000 }).toBe(before + 1);
		const notice = mailsTo(owner.email).at(-1)!;
		expect(notice).toContain('Someone tried to create a Touchstone account with this address');
		expect(notice).not.toContain('/verify-email/');
		// The owner's password still works, the intruder's does not.
		const intruder = await new HttpClient(base).post('/sign-in', {
			email: owner.email,
			password: 'someone elses password'
		});
		expect(intruder.status).toBe(400);
		await context.close();
	});

	it('forgotten password → mail → new password → every old session gone, the old password too', async () => {
		const person = await verifiedAccount('Fern Forgetful');
		// Signed in on a laptop and a phone.
		const laptop = await sizedContext(browser(), desktop);
		const laptopPage = await laptop.newPage();
		await signIn(laptopPage, base, person, { landing: (u) => u.pathname === '/' });
		const phone = await phoneContext(browser());
		const phonePage = await phone.newPage();
		await signIn(phonePage, base, person, { landing: (u) => u.pathname === '/' });

		// On a third device, signed out: "Forgot your password?".
		const other = await phoneContext(browser(), { javaScriptEnabled: false });
		const page = await other.newPage();
		await page.goto(`${base}/sign-in`);
		await page.getByRole('link', { name: 'Forgot your password?' }).click();
		await page.getByLabel('E-mail address').fill(person.email);
		const mark = linkMark(base);
		await page.getByRole('button', { name: 'Send the link' }).click();
		await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
		expect(await page.getByRole('status').textContent()).toContain('30 minutes');

		const link = await accountLink(base, person.email, 'reset-password', mark);
		const mail = mailsTo(person.email).at(-1)!;
		expect(mail).toContain('Subject: Reset your Touchstone password');
		expect(mail).toContain(`${base}${link}`);
		await page.goto(base + link);
		expect(await page.getByText(`For the account ${person.email}`).isVisible()).toBe(true);
		await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
		await page.getByLabel('The new password again').fill('not the same one');
		await page.getByRole('button', { name: 'Save the new password' }).click();
		expect(await page.getByText('The two passwords differ.').isVisible()).toBe(true);
		await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
		await page.getByLabel('The new password again').fill(NEW_PASSWORD);
		await page.getByRole('button', { name: 'Save the new password' }).click();
		await page.waitForURL('**/sign-in?reset');
		expect(await page.getByRole('status').textContent()).toContain('every device was signed out');

		// The laptop's and the phone's next page: sign in.
		expect(await stillSignedIn(laptopPage)).toBe(false);
		expect(await stillSignedIn(phonePage)).toBe(false);
		expect(
			(await new HttpClient(base).post('/sign-in', { email: person.email, password: PASSWORD }))
				.status
		).toBe(400);
		await signIn(
			page,
			base,
			{ email: person.email, password: NEW_PASSWORD },
			{
				landing: (u) => u.pathname === '/'
			}
		);
		// The link worked once.
		await page.goto(base + link);
		expect(await page.locator('main').textContent()).toContain('used already');
		for (const c of [laptop, phone, other]) await c.close();
	});

	it('the same answer for an address without an account, and no mail', async () => {
		const nobody = uniqueEmail('nobody');
		const response = await new HttpClient(base).post('/forgot-password', { email: nobody });
		expect(response.status).toBe(200);
		expect(await response.text()).toContain(
			`If <strong>${nobody}</strong> has a Touchstone account`
		);
		await new Promise((r) => setTimeout(r, 2_000));
		expect(mailsTo(nobody)).toHaveLength(0);
	});

	it('the account page lists each session with its device and last use; one is ended, then all, after a confirmation', async () => {
		const person = await verifiedAccount('Sid Sessions');
		const laptop = await sizedContext(browser(), desktop);
		const laptopPage = await laptop.newPage();
		await signIn(laptopPage, base, person, { landing: (u) => u.pathname === '/' });
		// A phone that says what it is (headless chromium says Linux whatever its viewport).
		const phone = await browser().newContext({
			viewport: phoneSize,
			isMobile: true,
			hasTouch: true,
			userAgent: ANDROID,
			extraHTTPHeaders: { 'x-forwarded-for': clientAddress() }
		});
		const phonePage = await phone.newPage();
		await signIn(phonePage, base, person, { landing: (u) => u.pathname === '/' });

		await phonePage.goto(`${base}/account`);
		const sessions = phonePage.locator('li[data-session]');
		// The sign-up helper's own sign-in, the laptop and the phone.
		expect(await sessions.count()).toBe(3);
		const here = phonePage.locator('li[data-session]', { hasText: 'this device' });
		expect(await here.textContent()).toContain('Chrome on Android');
		expect(await here.textContent()).toContain('Last used in the last few minutes');
		const laptopRow = phonePage.locator('li[data-session]', { hasText: 'Chrome on Linux' }).first();
		expect(await laptopRow.count()).toBe(1);

		// End the laptop's sessions from the phone, one at a time.
		for (;;) {
			const row = phonePage.locator('li[data-session]', { hasNotText: 'this device' }).first();
			if ((await row.count()) === 0) break;
			await row.getByRole('button', { name: /^Sign out/ }).click();
			await phonePage.getByText('That device is signed out.').waitFor();
		}
		expect(await sessions.count()).toBe(1);
		expect(await stillSignedIn(laptopPage)).toBe(false);

		// Sign out everywhere asks first.
		await signIn(laptopPage, base, person, { landing: (u) => u.pathname === '/' });
		await phonePage.goto(`${base}/account`);
		await phonePage.getByRole('link', { name: 'Sign out everywhere…' }).click();
		await phonePage.getByRole('heading', { name: 'Sign out everywhere?' }).waitFor();
		expect(await phonePage.getByRole('main').textContent()).toContain('this one and 1 other');
		await phonePage.getByRole('link', { name: 'Cancel' }).click();
		await phonePage.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
		expect(await stillSignedIn(laptopPage)).toBe(true);
		await phonePage.getByRole('link', { name: 'Sign out everywhere…' }).click();
		await phonePage.getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
		await phonePage.waitForURL('**/sign-in?everywhere');
		expect(await stillSignedIn(laptopPage)).toBe(false);
		expect(await stillSignedIn(phonePage)).toBe(false);
		await laptop.close();
		await phone.close();
	});

	it('changes the password with the current one (other sessions end) and the address through a link to it', async () => {
		const person = await verifiedAccount('Cass Change');
		const laptop = await sizedContext(browser(), desktop);
		const laptopPage = await laptop.newPage();
		await signIn(laptopPage, base, person, { landing: (u) => u.pathname === '/' });
		const phone = await phoneContext(browser());
		const page = await phone.newPage();
		await signIn(page, base, person, { landing: (u) => u.pathname === '/' });
		await page.goto(`${base}/account`);

		const passwordForm = page.locator('form[action="?/changePassword"]');
		await passwordForm.getByLabel('Current password').fill('not my password');
		await passwordForm.getByLabel(/^New password/).fill(NEW_PASSWORD);
		await passwordForm.getByLabel('The new password again').fill(NEW_PASSWORD);
		await passwordForm.getByRole('button', { name: 'Change password' }).click();
		await expect
			.poll(() => page.getByText('That is not your current password.').isVisible())
			.toBe(true);
		expect(await stillSignedIn(laptopPage)).toBe(true);
		await page.goto(`${base}/account`);
		await passwordForm.getByLabel('Current password').fill(PASSWORD);
		await passwordForm.getByLabel(/^New password/).fill(NEW_PASSWORD);
		await passwordForm.getByLabel('The new password again').fill(NEW_PASSWORD);
		await passwordForm.getByRole('button', { name: 'Change password' }).click();
		await page.getByText('Your password is changed.').waitFor();
		expect(await stillSignedIn(page)).toBe(true);
		expect(await stillSignedIn(laptopPage)).toBe(false);
		await expect
			.poll(() => mailsTo(person.email).some((m) => m.includes('password was changed')), {
				timeout: 20_000
			})
			.toBe(true);

		const next = uniqueEmail('cass-new');
		const mark = linkMark(base);
		const emailForm = page.locator('form[action="?/changeEmail"]');
		await emailForm.getByLabel('New e-mail address').fill(next);
		await emailForm.getByLabel('Your current password').fill(NEW_PASSWORD);
		await emailForm.getByRole('button', { name: 'Send a link to the new address' }).click();
		await page.getByText(`We sent a link to ${next}`).waitFor();
		const link = await accountLink(base, next, 'verify-email', mark);
		await page.goto(base + link);
		await page.getByRole('button', { name: `Use ${next}` }).click();
		await page.waitForURL('**/account?verified');
		expect(await page.locator('.address').textContent()).toBe(next);
		expect(
			(await new HttpClient(base).post('/sign-in', { email: next, password: NEW_PASSWORD })).status
		).toBe(303);
		await laptop.close();
		await phone.close();
	});

	it('a join link names the invitee: another account, or the invitee before verifying, cannot accept it', async () => {
		const lead = await verifiedAccount('Lee Lead');
		const leadClient = new HttpClient(base);
		await leadClient.signIn(lead.email, lead.password);
		const created = await leadClient.post('/orgs/new', {
			name: 'Join Rules Ltd',
			sector: 'Other',
			sizeBand: '1–49'
		});
		const orgId = created.headers.get('location')!.split('/').pop()!;
		const invitee = uniqueEmail('invitee');
		expect(
			(await leadClient.post(`/o/${orgId}/members?/invite`, { role: 'board', email: '' })).status
		).toBe(400);
		const invited = await (
			await leadClient.post(`/o/${orgId}/members?/invite`, { role: 'board', email: invitee })
		).text();
		const join = /\/join\/[a-z0-9]+/.exec(invited)![0];

		// Someone else holding the link.
		const stranger = await verifiedAccount('Stan Stranger');
		const strangerPage = await (await phoneContext(browser())).newPage();
		await signIn(strangerPage, base, stranger, { landing: (u) => u.pathname === '/' });
		await strangerPage.goto(base + join);
		expect(await strangerPage.locator('main').textContent()).toContain(
			`This invitation is for ${invitee}`
		);
		expect(await strangerPage.getByRole('button', { name: 'Join organisation' }).count()).toBe(0);
		const forced = await strangerPage.request.post(base + join, {
			headers: { origin: base },
			form: {}
		});
		expect(forced.status()).toBe(403);

		// The invitee, signed up but not yet verified.
		const inviteePage = await (await phoneContext(browser())).newPage();
		const mark = linkMark(base);
		await signUpForm(inviteePage, 'Ina Invitee', invitee);
		await signIn(
			inviteePage,
			base,
			{ email: invitee, password: PASSWORD },
			{
				landing: (u) => u.pathname === '/'
			}
		);
		await inviteePage.goto(base + join);
		expect(await inviteePage.locator('main').textContent()).toContain(
			'Confirm your e-mail address first'
		);
		const link = await accountLink(base, invitee, 'verify-email', mark);
		await inviteePage.goto(base + link);
		await inviteePage.getByRole('button', { name: 'Confirm my address' }).click();
		await inviteePage.waitForURL('**/account?verified');
		await inviteePage.goto(base + join);
		await inviteePage.getByRole('button', { name: 'Join organisation' }).click();
		await inviteePage.waitForURL(`**/o/${orgId}`);
		await strangerPage.context().close();
		await inviteePage.context().close();
	});
});

describe('without SMTP (the shared server)', () => {
	it('prints the reset link in the operator’s log line, and the link works', async () => {
		const sharedBase = inject('baseUrl');
		const email = uniqueEmail('no-smtp');
		const person = new HttpClient(sharedBase);
		await person.signUp('Nora Nosmtp', email, PASSWORD);
		const mark = linkMark(sharedBase);
		expect((await new HttpClient(sharedBase).post('/forgot-password', { email })).status).toBe(200);
		const link = await accountLink(sharedBase, email, 'reset-password', mark);
		const { readFileSync } = await import('node:fs');
		const line = readFileSync(inject('serverLogFile'), 'utf8')
			.split('\n')
			.find((l) => l.includes(link))!;
		expect(line).toMatch(
			/^\[Touchstone\] E-mail is not set up \(SMTP_URL\): for no…@example\.test: Reset your Touchstone password — http:\/\//
		);
		expect(line).not.toContain(email);
		const reset = await new HttpClient(sharedBase).post(link, {
			password: NEW_PASSWORD,
			confirmPassword: NEW_PASSWORD
		});
		expect(reset.status).toBe(303);
		expect(reset.headers.get('location')).toBe('/sign-in?reset');
		expect(
			(await new HttpClient(sharedBase).post('/sign-in', { email, password: NEW_PASSWORD })).status
		).toBe(303);
	});
});
