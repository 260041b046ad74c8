import { describe, it, expect, beforeAll, inject } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { anonymousLinks, createCycle } from '../support/respond';

/**
 * Rate limits that stop attackers without locking out the innocent (issue 10.7), over HTTP on the
 * shared server (each HttpClient is its own client address, through X-Forwarded-For).
 */
const baseUrl = inject('baseUrl');
const PASSWORD = 'a long enough password';
const guess = (i: number) => `mistyped${i}`.padEnd(64, 'q').replace(/[^a-z2-7]/g, 'x');

describe('a workshop of phones behind one address', () => {
	let links: string[];

	beforeAll(async () => {
		const lead = new HttpClient(baseUrl);
		await lead.signUp('Workshop Lead', uniqueEmail('workshop'), PASSWORD);
		const created = await lead.post('/orgs/new', {
			name: 'Workshop Ltd',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		const orgId = created.headers.get('location')!.split('/').pop()!;
		const cycleId = await createCycle(lead, orgId, 'Workshop cycle', ['sales']);
		expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
		links = (await anonymousLinks(lead, orgId, cycleId, 'sales', 60)).map(
			(l) => l.split('/s/')[1]!
		);
		expect(links).toHaveLength(60);
	}, 120_000);

	it('opens valid links after one phone mistyped a link 30 times', async () => {
		const router = new HttpClient(baseUrl);
		for (let i = 0; i < 30; i++)
			expect((await router.get(`/s/${guess(i)}`)).status, `mistyped link ${i + 1}`).toBe(404);
		for (const token of links)
			expect((await router.get(`/s/${token}`)).status, 'a valid link from the same address').toBe(
				200
			);
		// Unknown links from that address are refused now, to keep the load down.
		const refused = await router.get(`/s/${guess(31)}`);
		expect(refused.status).toBe(429);
		expect(await refused.text()).toContain('Too many invalid survey links');
	});
});

describe('wrong passwords from someone else', () => {
	it('do not lock the owner out of their own account', async () => {
		const email = uniqueEmail('owner');
		await new HttpClient(baseUrl).signUp('Owner Person', email, PASSWORD);
		const attacker = new HttpClient(baseUrl);
		for (let i = 0; i < 20; i++) {
			const response = await attacker.post('/sign-in', { email, password: `wrong password ${i}` });
			expect(response.status, `wrong password ${i + 1}`).toBe(i < 5 ? 400 : 429);
		}
		const owner = new HttpClient(baseUrl);
		const signedIn = await owner.post('/sign-in', { email, password: PASSWORD });
		expect(signedIn.status).toBe(303);
		// The attacker's address stays refused for this account, the right password included.
		expect((await attacker.post('/sign-in', { email, password: PASSWORD })).status).toBe(429);
	});
});
