import { describe, it, expect, beforeAll, inject } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';

const baseUrl = inject('baseUrl');

async function leadWithOrganisation(name: string) {
	const client = new HttpClient(baseUrl);
	await client.signUp(`${name} Lead`, uniqueEmail(name.toLowerCase()), 'a long enough password');
	const created = await client.post('/orgs/new', {
		name,
		sector: 'Manufacturing',
		sizeBand: '250–999'
	});
	expect(created.status).toBe(303);
	const location = created.headers.get('location')!;
	const orgId = location.split('/').pop()!;
	return { client, orgId };
}

describe('organisation boundaries', () => {
	let a: Awaited<ReturnType<typeof leadWithOrganisation>>;
	let b: Awaited<ReturnType<typeof leadWithOrganisation>>;

	beforeAll(async () => {
		a = await leadWithOrganisation('Alpha');
		b = await leadWithOrganisation('Bravo');
	});

	it('shows a lead their own organisation', async () => {
		expect((await a.client.get(`/o/${a.orgId}`)).status).toBe(200);
		expect((await a.client.get(`/o/${a.orgId}/members`)).status).toBe(200);
	});

	it("answers 404 on another organisation's pages", async () => {
		for (const path of [`/o/${b.orgId}`, `/o/${b.orgId}/members`]) {
			const response = await a.client.get(path);
			expect(response.status, path).toBe(404);
			expect(await response.text()).not.toContain('Bravo');
		}
	});

	it("answers 404 on another organisation's form actions and changes nothing", async () => {
		const invite = await a.client.post(`/o/${b.orgId}/members?/invite`, {
			role: 'lead',
			email: ''
		});
		expect(invite.status).toBe(404);
		const members = await b.client.get(`/o/${b.orgId}/members`);
		expect(await members.text()).not.toContain('Open invitations');
	});

	it('sends an anonymous visitor to sign in', async () => {
		const anonymous = new HttpClient(baseUrl);
		const response = await anonymous.get(`/o/${a.orgId}`);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toContain('/sign-in?next=');
	});

	it('rejects a cross-site form post (CSRF origin check)', async () => {
		const response = await a.client.post(
			'/orgs/new',
			{ name: 'Forged', sector: 'Manufacturing', sizeBand: '250–999' },
			'https://evil.example'
		);
		expect(response.status).toBe(403);
	});

	it('rotates the session on sign-in', async () => {
		const client = new HttpClient(baseUrl);
		const email = uniqueEmail('rotate');
		await client.signUp('Rotating', email, 'a long enough password');
		const first = (await client.get('/')).status;
		expect([200, 303]).toContain(first);
		const before = client['cookies'].get('touchstone_session');
		await client.signIn(email, 'a long enough password');
		const after = client['cookies'].get('touchstone_session');
		expect(after).toBeTruthy();
		expect(after).not.toBe(before);
	});
});

describe('demo organisation', () => {
	it('lets the demo lead from the README sign in and land in the demo organisation', async () => {
		const client = new HttpClient(baseUrl);
		await client.signIn('lead@demo.touchstone.test', 'touchstone-demo');
		const home = await client.get('/');
		expect(home.status).toBe(303);
		const org = await client.get(home.headers.get('location')!);
		expect(await org.text()).toContain('Northwind Mutual (demo)');
	});
});
