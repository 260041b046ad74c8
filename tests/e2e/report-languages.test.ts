import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { HttpClient } from '../support/http';

const baseUrl = inject('baseUrl');
const demo = { lead: 'lead@demo.touchstone.test', password: 'touchstone-demo' };

/** The board report in the organisation's or the asking person's language (issue 17). */
describe('a board report in Spanish', () => {
	let lead: HttpClient;
	let page: string;

	beforeAll(async () => {
		lead = new HttpClient(baseUrl);
		await lead.signIn(demo.lead, demo.password);
		const orgId = (await lead.get('/')).headers.get('location')!.split('/').pop()!;
		const html = await (await lead.get(`/o/${orgId}/cycles`)).text();
		const cycleId = new RegExp(`href="/o/${orgId}/cycles/([0-9a-f-]{36})">Spring 2026<`).exec(
			html
		)?.[1];
		page = `/o/${orgId}/cycles/${cycleId}/reports`;
	});

	// The demo organisation is shared by every e2e file: leave the lead's language as it was.
	afterAll(async () => {
		await lead.post('/account?/language', { language: '' });
	});

	it('offers the lead’s own language first, then the organisation’s', async () => {
		const selected = async () =>
			/<option value="(\w+)" lang="\w+" selected/.exec(await (await lead.get(page)).text())?.[1];
		expect(await selected()).toBe('en');
		expect((await lead.post('/account?/language', { language: 'es' })).status).toBe(200);
		expect(await selected()).toBe('es');
		expect((await lead.post('/account?/language', { language: '' })).status).toBe(200);
		expect(await selected()).toBe('en');
	});

	it('refuses a language Touchstone does not offer, next to the field', async () => {
		const refused = await lead.post(`${page}?/generate`, { language: 'xx' });
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('Choose a language from the list.');
	});

	it('makes the PDF in Spanish: its texts, dates and numbers', async () => {
		const before = await (await lead.get(page)).text();
		const known = new Set([...before.matchAll(/data-report="([0-9a-f-]{36})"/g)].map((m) => m[1]));
		expect((await lead.post(`${page}?/generate`, { language: 'es' })).status).toBe(200);
		let id = '';
		const deadline = Date.now() + 60_000;
		while (Date.now() < deadline) {
			const html = await (await lead.get(page)).text();
			const row = [...html.matchAll(/data-report="([0-9a-f-]{36})" data-status="(\w+)"/g)].find(
				(m) => !known.has(m[1])
			);
			if (row?.[2] === 'done') {
				id = row[1]!;
				// The list says which language a report is in.
				expect(html).toContain('lang="es">Español</span>');
				break;
			}
			expect(row?.[2]).not.toBe('failed');
			await new Promise((r) => setTimeout(r, 500));
		}
		expect(id).not.toBe('');
		const pdf = await lead.get(`${page}/${id}/pdf`);
		expect(pdf.status).toBe(200);
		const dir = '/tmp/touchstone-e2e-report-languages';
		mkdirSync(dir, { recursive: true });
		const file = `${dir}/${id}.pdf`;
		writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		expect(text).toContain('Madurez de la gobernanza del CRM');
		expect(text).toContain('Resumen ejecutivo');
		expect(text).toContain('Página 1 de');
		expect(text).not.toContain('Executive summary');
		// The index with a decimal comma; the period with Spanish month names.
		expect(text).toMatch(/un índice de madurez de \d,\d\d en la escala de 1 a 5/);
		expect(text).toMatch(/Periodo \d{1,2} de [a-z]+ de 2026 – \d{1,2} de [a-z]+ de 2026/);
	});
});
