import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import {
	desktop,
	hasChromium,
	phoneContext,
	signIn,
	sizedContext,
	useBrowser
} from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';

/**
 * Membership over its life (issue 14, item 2): a lead changes a member's role and removes a
 * member, any member can leave, the last lead cannot, and every one of these is confirmed first.
 */
const baseUrl = inject('baseUrl');
const PASSWORD = 'a long enough password';

interface Person {
	name: string;
	email: string;
	password: string;
	client: HttpClient;
}

async function person(name: string): Promise<Person> {
	const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
	const client = new HttpClient(baseUrl);
	await client.signUp(name, email, PASSWORD);
	return { name, email, password: PASSWORD, client };
}

/** A lead's new organisation; each colleague joins it as a board member through an invitation link. */
async function organisation(name: string, lead: Person, colleagues: Person[]): Promise<string> {
	const created = await lead.client.post('/orgs/new', {
		name,
		sector: 'Other',
		sizeBand: '1–49'
	});
	expect(created.status).toBe(303);
	const orgId = created.headers.get('location')!.split('/').pop()!;
	for (const colleague of colleagues) {
		const invited = await (
			await lead.client.post(`/o/${orgId}/members?/invite`, {
				role: 'board',
				email: colleague.email
			})
		).text();
		const join = /\/join\/[a-z0-9]+/.exec(invited)![0];
		expect((await colleague.client.post(join, {})).status).toBe(303);
	}
	return orgId;
}

/** The entry of the members list that names this person, and the role it shows. */
const row = (page: Page, name: string) => page.locator('li[data-member]', { hasText: name });
const roleShown = (page: Page, name: string) => row(page, name).getAttribute('data-role');

describe.skipIf(!hasChromium)('a lead manages members', () => {
	const browser = useBrowser();

	it('changes a role (seen by that member on their next page) and removes a member signed in elsewhere: their next page is 404', async () => {
		const lead = await person('Lena Lead');
		const bea = await person('Bea Board');
		const orgId = await organisation('Membership Test Ltd', lead, [bea]);
		const org = `${baseUrl}/o/${orgId}`;

		// Bea is signed in on her laptop, with scripts (her next page is a client-side navigation).
		const beaContext = await sizedContext(browser(), desktop);
		const beaPage = await beaContext.newPage();
		await signIn(beaPage, baseUrl, bea);
		const orgBar = beaPage.getByRole('navigation', { name: 'Organisation' });
		await expect.poll(() => orgBar.locator('.badge').textContent()).toBe('board');
		expect(await orgBar.getByRole('link', { name: 'Members', exact: true }).count()).toBe(0);

		// The lead works on a phone without JavaScript: every step is a link or a plain form.
		const leadContext = await phoneContext(browser(), { javaScriptEnabled: false });
		const leadPage = await leadContext.newPage();
		await signIn(leadPage, baseUrl, lead);
		await leadPage.goto(`${org}/members`);
		// Bea is a board member; the lead, the only lead, cannot leave or step down.
		await expect.poll(() => row(leadPage, 'Lena Lead').textContent()).toContain('Only lead');
		expect(await leadPage.locator('#leave-heading + p').textContent()).toContain(
			'You are the only lead'
		);

		// Make Bea a lead: a confirmation step first, and nothing changes until it is confirmed.
		await row(leadPage, 'Bea Board')
			.getByRole('link', { name: /Make lead/ })
			.click();
		await expect
			.poll(() => leadPage.getByRole('heading', { level: 2 }).first().textContent())
			.toBe('Make Bea Board a lead?');
		expect(await (await bea.client.get(`/o/${orgId}/members`)).text()).toContain('Your membership');
		await leadPage.getByRole('button', { name: 'Make lead' }).click();
		await expect
			.poll(() => leadPage.getByRole('status').first().textContent())
			.toContain('Bea Board is now a lead.');
		expect(await roleShown(leadPage, 'Bea Board')).toBe('lead');

		// Bea's next page shows her new role and the lead's pages.
		await beaPage.reload();
		await expect.poll(() => orgBar.locator('.badge').textContent()).toBe('lead');
		await orgBar.getByRole('link', { name: 'Members', exact: true }).click();
		await beaPage.waitForURL(`${org}/members`);
		expect(await beaPage.getByRole('heading', { level: 1 }).textContent()).toBe('Members');

		// Back to board member, then removed.
		await row(leadPage, 'Bea Board')
			.getByRole('link', { name: /Make board member/ })
			.click();
		await leadPage.getByRole('button', { name: 'Make board member' }).click();
		await expect.poll(() => roleShown(leadPage, 'Bea Board')).toBe('board');
		await beaPage.goto(org);
		await expect.poll(() => orgBar.locator('.badge').textContent()).toBe('board');

		await row(leadPage, 'Bea Board')
			.getByRole('link', { name: /Remove/ })
			.click();
		expect(await leadPage.getByRole('heading', { level: 2 }).first().textContent()).toBe(
			'Remove Bea Board from Membership Test Ltd?'
		);
		await leadPage.getByRole('button', { name: 'Remove Bea Board' }).click();
		await expect
			.poll(() => leadPage.getByRole('status').first().textContent())
			.toContain('Bea Board is no longer a member');
		expect(await row(leadPage, 'Bea Board').count()).toBe(0);

		// Bea's session is still open on her laptop; her next page of the organisation is not found.
		await orgBar.getByRole('link', { name: 'Cycles' }).click();
		await expect
			.poll(() => beaPage.getByRole('heading', { level: 1 }).textContent())
			.toBe('Page not found');
		// (The page's inline data from before still names it; what she sees does not.)
		expect(await beaPage.locator('body').innerText()).not.toContain('Membership Test Ltd');
		const reload = await beaPage.goto(org);
		expect(reload?.status()).toBe(404);
		expect((await bea.client.get(`/o/${orgId}/cycles`)).status).toBe(404);
		// She is still signed in, in no organisation.
		expect((await bea.client.get('/')).status).toBe(200);

		await beaContext.close();
		await leadContext.close();
	});
});

describe('membership changes are confirmed first, and an organisation keeps a lead', () => {
	it('changes nothing without the confirmation step', async () => {
		const lead = await person('Ola Only');
		const ben = await person('Ben Board');
		const orgId = await organisation('Confirm First Ltd', lead, [ben]);
		const members = `/o/${orgId}/members`;
		const benId = /data-member="([0-9a-f-]{36})"(?:(?!data-member)[^])*?Ben Board/.exec(
			await (await lead.client.get(members)).text()
		)![1]!;
		for (const [action, fields] of [
			['remove', { userId: benId }],
			['role', { userId: benId, role: 'lead' }],
			['leave', {}]
		] as const) {
			const client = action === 'leave' ? ben.client : lead.client;
			const response = await client.post(`${members}?/${action}`, fields);
			expect(response.status, action).toBe(400);
			expect(await response.text()).toContain('Confirm this first.');
		}
		expect((await ben.client.get(`/o/${orgId}`)).status).toBe(200);
		expect(await (await lead.client.get(members)).text()).toMatch(
			/data-role="board"(?:(?!data-member)[^])*?Ben Board/
		);
	});

	it('tells the last lead why they cannot leave or step down, and lets a board member leave', async () => {
		const lead = await person('Ola Only');
		const ben = await person('Ben Board');
		const orgId = await organisation('Last Lead Ltd', lead, [ben]);
		const members = `/o/${orgId}/members`;
		const only = 'You are the only lead: make another member a lead first';

		// The confirmation step says so instead of offering the button …
		const confirm = await (await lead.client.get(`${members}?leave`)).text();
		expect(confirm).toContain(only);
		expect(confirm).not.toContain('>Leave Last Lead Ltd</button>');
		// … and a forged post is refused with the same words.
		const leave = await lead.client.post(`${members}?/leave&leave`, { confirm: 'yes' });
		expect(leave.status).toBe(409);
		expect(await leave.text()).toContain(only);
		const leadId = /data-member="([0-9a-f-]{36})"(?:(?!data-member)[^])*?Ola Only/.exec(
			await (await lead.client.get(members)).text()
		)![1]!;
		for (const [action, fields] of [
			['role', { userId: leadId, role: 'board', confirm: 'yes' }],
			['remove', { userId: leadId, confirm: 'yes' }]
		] as const) {
			const response = await lead.client.post(`${members}?/${action}`, fields);
			expect(response.status, action).toBe(409);
			expect(await response.text()).toContain(only);
		}
		expect((await lead.client.get(members)).status).toBe(200);

		// A board member sees their membership and leaves, after confirming.
		const own = await (await ben.client.get(members)).text();
		expect(own).toContain('Your membership');
		expect(own).not.toContain('Ola Only');
		expect(await (await ben.client.get(`${members}?leave`)).text()).toContain(
			'Leave Last Lead Ltd?'
		);
		const left = await ben.client.post(`${members}?/leave&leave`, { confirm: 'yes' });
		expect(left.status).toBe(303);
		expect(left.headers.get('location')).toBe('/?all');
		expect((await ben.client.get(`/o/${orgId}`)).status).toBe(404);
		expect(await (await lead.client.get(members)).text()).not.toContain('Ben Board');
	});
});
