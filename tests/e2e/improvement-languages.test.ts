import { describe, it, expect, beforeAll, inject } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { createCycle } from '../support/respond';

const baseUrl = inject('baseUrl');

/**
 * Issue 17.1: the improvement pages (actions, roadmap, activities, reports) in the lead's own
 * language — their texts, the refusals of their forms, and dates and figures in that language's
 * notation. English is read by the other browser tests, unchanged.
 */
describe('the improvement pages in German and Spanish', () => {
	let lead: HttpClient;
	let base: string;
	let actionPath: string;

	beforeAll(async () => {
		lead = new HttpClient(baseUrl);
		await lead.signUp('Greta Leitung', uniqueEmail('improve-de'), 'a long enough password');
		const created = await lead.post('/orgs/new', {
			name: 'Verbesserung GmbH',
			sector: 'Manufacturing',
			sizeBand: '1,000–4,999'
		});
		const orgId = created.headers.get('location')!.split('/').pop()!;
		const cycleId = await createCycle(lead, orgId, 'Herbst', ['sales'], { vision: '4' });
		base = `/o/${orgId}/cycles/${cycleId}`;
		expect((await lead.post('/account?/language', { language: 'de' })).status).toBe(200);
	}, 120_000);

	const page = async (path: string) => {
		const response = await lead.get(path);
		expect(response.status).toBe(200);
		return response.text();
	};

	it('lists and adds actions in German, and refuses a bad one in German', async () => {
		const list = await page(`${base}/actions`);
		expect(list).toContain('<title>Maßnahmen — Herbst</title>');
		expect(list).toContain('Neue Verbesserungsmaßnahme');
		expect(list).toContain('Noch keine Maßnahmen.');

		const refused = await lead.post(`${base}/actions?/create`, {
			title: 'ab',
			dimensionKeys: 'vision',
			ownerUserId: '',
			owner: 'Agentur Nord',
			impact: '9',
			complexity: '2',
			budget: 'zwölf'
		});
		expect(refused.status).toBe(400);
		const errors = await refused.text();
		expect(errors).toContain('Geben Sie der Maßnahme einen Titel mit mindestens 3 Zeichen.');
		expect(errors).toContain('Bewerten Sie die geschäftliche Wirkung von 1 bis 5.');
		expect(errors).toContain(
			'Geben Sie das Budget als ganze Zahl ein oder lassen Sie das Feld leer.'
		);

		const added = await lead.post(`${base}/actions?/create`, {
			title: 'Kundenkarte einführen',
			dimensionKeys: 'vision',
			ownerUserId: '',
			owner: 'Agentur Nord',
			impact: '5',
			complexity: '2',
			dueDate: '2027-03-01',
			status: 'in_progress',
			budget: '12000'
		});
		expect(added.status).toBe(200);
		expect(await added.text()).toContain('Maßnahme hinzugefügt.');
		const after = await page(`${base}/actions`);
		const id = /data-action="([0-9a-f-]{36})"/.exec(after)?.[1];
		expect(id).toBeDefined();
		actionPath = `${base}/actions/${id}`;
		// Its status, quadrant badge and due date as German writes them.
		expect(after).toContain('In Arbeit');
		expect(after).toContain('Quick Win');
		expect(after).toContain('1. März 2027');
	});

	it('shows an action with German figures, and its notes’ refusals in German', async () => {
		const detail = await page(actionPath);
		expect(detail).toContain('Beantragtes Budget');
		expect(detail).toContain('12.000');
		expect(detail).toContain('Maßnahme bearbeiten');

		const refused = await lead.post(`${actionPath}?/note`, { note: 'x', progress: '150' });
		expect(refused.status).toBe(400);
		const errors = await refused.text();
		expect(errors).toContain('Beschreiben Sie, was geschehen ist (mindestens 2 Zeichen).');
		expect(errors).toContain('Geben Sie den Fortschritt als Prozentsatz von 0 bis 100 an.');
		// The limit in German notation.
		const long = await lead.post(`${actionPath}?/note`, { note: 'x'.repeat(2001) });
		expect(await long.text()).toContain('Die Notiz darf höchstens 2.000 Zeichen lang sein.');

		expect(
			(await lead.post(`${actionPath}?/note`, { note: 'Angefangen', progress: '40' })).status
		).toBe(200);
		// "40 %": German puts a (no-break) space before the percent sign.
		expect(await page(actionPath)).toMatch(/Fortschritt 40\s%/);
	});

	it('keeps the roadmap, the activity review and the reports in German', async () => {
		const roadmap = await page(`${base}/roadmap`);
		expect(roadmap).toContain('1. Bestandsaufnahme');
		expect(roadmap).toContain('4. Plan in Phasen');
		const refused = await lead.post(`${base}/roadmap?/phase`, {
			name: 'Start',
			startsOn: '2027-05-01',
			endsOn: '2027-04-01'
		});
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('Die Phase kann nicht enden, bevor sie beginnt.');

		const activities = await page(`${base}/activities`);
		expect(activities).toContain('Wie jede CRM-Aktivität gesteuert wird');
		expect(activities).toContain('Portfolio der CRM-Aktivitäten');

		const reports = await page(`${base}/reports`);
		expect(reports).toContain('Neuer Bericht für den Vorstand');
		expect(reports).toContain('Bericht erstellen');
		// The peer filter names the organisation's sector and size band in German too (stored in English).
		expect(reports).toContain('Nur Vergleichsorganisationen derselben Branche (Industrie)');
		expect(reports).toContain(
			'Nur Vergleichsorganisationen derselben Größe (1.000–4.999 Beschäftigte)'
		);
		expect(reports).not.toContain('(Manufacturing)');
	});

	it('answers a missing report or action in German, to a script as to a page', async () => {
		const nobody = '00000000-0000-4000-8000-000000000000';
		const missing = await lead.get(`${base}/reports/${nobody}/pdf`, {
			accept: 'application/json'
		});
		expect(missing.status).toBe(404);
		expect(await missing.json()).toEqual({ message: 'Nicht gefunden' });
		const data = await lead.get(`${base}/actions/${nobody}/__data.json`);
		expect(await data.text()).toContain('Nicht gefunden');
		// The page explains the bare answer rather than showing it.
		const page = await lead.get(`${base}/actions/${nobody}`);
		expect(page.status).toBe(404);
		const html = await page.text();
		expect(html).toContain('Seite nicht gefunden');
		expect(html).toContain('Die Adresse ist vielleicht falsch geschrieben');
		expect(html).not.toContain('Not found');
	});

	it('speaks Spanish once the lead chooses it, with Spanish notation', async () => {
		expect((await lead.post('/account?/language', { language: 'es' })).status).toBe(200);
		expect(await page(`${base}/roadmap`)).toContain('Hoja de ruta');
		expect(await page(`${base}/reports`)).toContain(
			'Solo comparables del mismo tamaño (1000–4999 empleados)'
		);
		const long = await lead.post(`${actionPath}?/note`, { note: 'x'.repeat(2001) });
		expect(await long.text()).toContain('La nota debe tener menos de 2000 caracteres.');
		expect(await page(actionPath)).toMatch(/avance 40\s%/);
	});
});
