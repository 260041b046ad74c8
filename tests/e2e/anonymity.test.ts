/**
 * Issue 11, over HTTP as the lead would try it: with a named person's link in hand (from the
 * import), the lead cannot read her draft, and never sees her link again.
 */
import { describe, it, expect, beforeAll, inject } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { createCycle } from '../support/respond';

const baseUrl = inject('baseUrl');

describe('a lead with a named person’s link', () => {
	let lead: HttpClient;
	let orgId: string;
	let cycleId: string;
	let link: string;

	beforeAll(async () => {
		lead = new HttpClient(baseUrl);
		await lead.signUp('Nosy Lead', uniqueEmail('nosy'), 'a long enough password');
		const created = await lead.post('/orgs/new', {
			name: 'Nosy Ltd',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		orgId = created.headers.get('location')!.split('/').pop()!;
		cycleId = await createCycle(lead, orgId, 'Who said what', ['sales']);
		expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
		const imported = await (
			await lead.post(`/o/${orgId}/cycles/${cycleId}/invitations?/import`, {
				csv: 'maria@example.test, Maria Named, sales'
			})
		).text();
		link = /https?:\/\/[^\s"<]+\/s\/([a-z2-7]{64})/.exec(imported)![0];
	});

	it('sees the link once, at import, and never again on the page or in the CSV', async () => {
		const token = link.split('/s/')[1]!;
		expect(
			await (await lead.get(`/o/${orgId}/cycles/${cycleId}/invitations`)).text()
		).not.toContain(token);
		expect(
			await (await lead.get(`/o/${orgId}/cycles/${cycleId}/invitations/links.csv`)).text()
		).not.toContain(token);
	});

	it('cannot read, change or submit her draft through the link (before: her saved choices showed)', async () => {
		const token = link.split('/s/')[1]!;
		const maria = new HttpClient(baseUrl);
		const page = await (await maria.get(`/s/${token}/1`)).text();
		const ids = [...new Set([...page.matchAll(/name="item\.([0-9a-f-]{36})"/g)].map((m) => m[1]!))];
		const fields = Object.fromEntries(ids.map((id) => [`item.${id}`, '2']));
		fields[`comment`] = 'My manager ignores what customers tell us.';
		expect((await maria.post(`/s/${token}/1`, fields)).status).toBe(303);
		// Maria herself still sees her choices.
		expect(await (await maria.get(`/s/${token}/1`)).text()).toMatch(
			/value="2"[^>]*checked|checked[^>]*value="2"/
		);

		for (const path of [`/s/${token}/1`, `/s/${token}/review`]) {
			const response = await lead.get(path);
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toBe(`/s/${token}/resume`);
		}
		const data = await lead.get(`/s/${token}/1/__data.json`);
		const body = await data.text();
		expect(body).not.toContain('My manager');
		expect(body).not.toMatch(/"checked"|value":2/);
		const landing = await (await lead.get(`/s/${token}`)).text();
		expect(landing).toContain('started on another device');
		// The sentence is in the page's message catalogue; what must not be there is her count.
		expect(landing).not.toMatch(/\d+ of \d+ questions answered so far/);
		expect(landing).toMatch(/answered:0[,}]/);

		const autosave = await lead.postJson(`/s/${token}/autosave`, {
			answers: [{ itemId: ids[0], value: 5, dontKnow: false }]
		});
		expect(autosave.status).toBe(409);
		expect((await lead.post(`/s/${token}/review`, {})).status).toBe(303);
		expect(await (await maria.get(`/s/${token}/1`)).text()).toContain('My manager ignores');
	});
});
