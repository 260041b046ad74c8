import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { slideTexts } from '../support/unzip';
import { createCycle } from '../support/respond';

const baseUrl = inject('baseUrl');
const demo = { lead: 'lead@demo.touchstone.test', password: 'touchstone-demo' };

/** The board report in the organisation's or the asking person's language (issue 17). */
describe('a board report in Spanish', () => {
	let lead: HttpClient;
	let page: string;
	let exportPath: string;
	/** The Spanish report, and its index as the PDF prints it ("2,89"). */
	let spanish = { id: '', index: '' };

	beforeAll(async () => {
		lead = new HttpClient(baseUrl);
		await lead.signIn(demo.lead, demo.password);
		const orgId = (await lead.get('/')).headers.get('location')!.split('/').pop()!;
		const html = await (await lead.get(`/o/${orgId}/cycles`)).text();
		const cycleId = new RegExp(`href="/o/${orgId}/cycles/([0-9a-f-]{36})">Spring 2026<`).exec(
			html
		)?.[1];
		page = `/o/${orgId}/cycles/${cycleId}/reports`;
		exportPath = `/o/${orgId}/cycles/${cycleId}/export/workbook.xlsx`;
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
		spanish = { id, index: /un índice de madurez de (\d,\d\d)/.exec(text)![1]! };
	});

	it('makes its slides and workbook in Spanish too, around the PDF’s index', async () => {
		expect(spanish.id).not.toBe('');
		const deck = await lead.get(`${page}/${spanish.id}/pptx`);
		expect(deck.status).toBe(200);
		const slides = slideTexts(new Uint8Array(await deck.arrayBuffer()));
		const executive = slides.find((t) => t.startsWith('Resumen ejecutivo'))!;
		expect(executive).toContain(`Índice de madurez (1–5) ${spanish.index}`);
		expect(slides.join(' ')).not.toContain('Executive summary');

		const xlsx = await lead.get(`${page}/${spanish.id}/xlsx`);
		expect(xlsx.status).toBe(200);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await xlsx.arrayBuffer()) as ExcelJS.Buffer);
		expect(book.worksheets.map((w) => w.name)).toEqual([
			'Resumen',
			'Bloques',
			'Áreas de gobierno',
			'Integración',
			'Evolución',
			'Acciones'
		]);
		let index: unknown = null;
		book.getWorksheet('Resumen')!.eachRow((row) => {
			if (row.getCell(1).value === 'Índice de madurez (1–5)') index = row.getCell(2).value;
		});
		// A number, not text: the PDF's two decimals of it.
		expect(typeof index).toBe('number');
		expect((index as number).toFixed(2).replace('.', ',')).toBe(spanish.index);
	});

	it('exports the figures as they stand in the lead’s language, else the organisation’s', async () => {
		const sheets = async () => {
			const response = await lead.get(exportPath);
			expect(response.status).toBe(200);
			const book = new ExcelJS.Workbook();
			await book.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
			return book.worksheets.map((w) => w.name);
		};
		expect((await lead.post('/account?/language', { language: 'es' })).status).toBe(200);
		expect((await sheets())[0]).toBe('Resumen');
		expect((await lead.post('/account?/language', { language: '' })).status).toBe(200);
		expect((await sheets())[0]).toBe('Headline');
	});
});

/** The invitee list's language column (issue 17): validated, stored, and on the link. */
describe('invitees in their own language', () => {
	let lead: HttpClient;
	let cyclePath: string;

	beforeAll(async () => {
		lead = new HttpClient(baseUrl);
		await lead.signUp('Idiomas Lead', uniqueEmail('idiomas'), 'a long enough password');
		const created = await lead.post('/orgs/new', {
			name: 'Idiomas SL',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		const orgId = created.headers.get('location')!.split('/').pop()!;
		// Version 2 is offered in English, Spanish and German.
		const cycleId = await createCycle(lead, orgId, 'Idiomas', ['sales'], {}, {}, 2);
		expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
		cyclePath = `/o/${orgId}/cycles/${cycleId}`;
	}, 120_000);

	it('takes a language column, names a row with a language not offered, and puts the language on the link', async () => {
		const page = await (await lead.get(`${cyclePath}/invitations`)).text();
		expect(page).toContain('language (optional)');
		const imported = await lead.post(`${cyclePath}/invitations?/import`, {
			csv: [
				'email,name,group,language',
				'ana@example.test,Ana,sales,es',
				'bo@example.test,Bo,sales,',
				'cy@example.test,Cy,sales,klingon'
			].join('\n')
		});
		expect(imported.status).toBe(200);
		const html = await imported.text();
		expect(html).toContain('Imported 2');
		expect(html).toContain('is not offered in “klingon”');
		expect(html).toMatch(/Line (<!---->)?4(<!---->)?:/);
		const shown = [...html.matchAll(/(\/s\/[^\s"<?]+)(\?lang=\w+)?<\/code>/g)];
		expect(shown).toHaveLength(2);
		const spanish = shown.find((m) => m[2] === '?lang=es')?.[1];
		expect(spanish).toBeTruthy();
		// Bo's link has no language: the browser's decides.
		expect(shown.filter((m) => m[2] === undefined)).toHaveLength(1);
		// The link's language is the survey's first language, before the browser's.
		const respondent = new HttpClient(baseUrl);
		const opened = await respondent.get(`${spanish}?lang=es`);
		expect(opened.status).toBe(303);
		const landing = await respondent.get(spanish!);
		expect(landing.status).toBe(200);
		expect(await landing.text()).toContain('<html lang="es"');
	});
});
