/**
 * A lead who reads Spanish or German runs a cycle in that language (issue 17.1): the cycle's
 * pages, its form errors, the services' refusals and the invitee list's per-line reasons come from
 * messages/{locale}/cycle.json, with dates in the language's notation.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { createCycle } from '../support/respond';

/** The page's text without tags and with single spaces, as a reader sees it. */
const text = async (response: Response) =>
	(await response.text())
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|\s+/g, ' ')
		.replace(/&amp;/g, '&');

describe('the cycle pages in the lead’s language', () => {
	let server: RunningServer;
	let cleanup: () => Promise<void>;
	let lead: HttpClient;
	let orgId: string;
	let cyclePath: string;

	const speak = async (language: string) =>
		expect((await lead.post('/account?/language', { language })).status).toBe(200);

	beforeAll(async () => {
		const database = await freshDatabase();
		cleanup = database.cleanup;
		server = await startServer({ ...database.env, SEED_DEMO: 'false' });
		lead = new HttpClient(server.baseUrl);
		await lead.signUp('Idioma Lead', uniqueEmail('cycle-languages'), 'a long enough password');
		const created = await lead.post('/orgs/new', {
			name: 'Idiomas SL',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		orgId = created.headers.get('location')!.split('/').pop()!;
		const cycleId = await createCycle(lead, orgId, 'Primavera', ['sales', 'service']);
		cyclePath = `/o/${orgId}/cycles/${cycleId}`;
	}, 180_000);

	afterAll(async () => {
		await server?.stop();
		await cleanup?.();
	});

	it('in Spanish: the cycle page, a refused status change, the import’s reasons and the facts', async () => {
		await speak('es');
		const page = await text(await lead.get(cyclePath));
		expect(page).toContain('Borrador');
		expect(page).toContain('Abrir para respuestas');
		expect(page).toContain('Ventas, Atención al cliente');
		expect(page).toContain('Invitaciones');

		// Closing a draft is refused in the lead's language.
		expect(await text(await lead.post(`${cyclePath}?/close`, {}))).toContain(
			'Este ciclo está en borrador, así que no se puede cerrar.'
		);

		// The import form lists the groups in Spanish and takes them as written there.
		const imported = await text(
			await lead.post(`${cyclePath}/invitations?/import`, {
				csv: [
					'correo,nombre,grupo',
					'ana@example.org, Ana, ventas',
					'bo@example.org, Bo, astronautas'
				].join('\n')
			})
		);
		expect(imported).toContain('1 persona importada');
		expect(imported).toContain('1 fila no se importó:');
		expect(imported).toContain('Línea 3: bo@example.org, Bo, astronautas');
		expect(imported).toContain('Grupo de interés desconocido: «astronautas».');

		const facts = await text(await lead.get(`${cyclePath}/facts`));
		expect(facts).toContain('Qué funciones participan en el CRM');
		expect(facts).toContain('Integrada');
		expect(facts).toContain('Sin responder');
	}, 60_000);

	it('in German: the new-cycle form’s errors, the review steps and the invitations page', async () => {
		await speak('de');
		const refused = await text(
			await lead.post(`/o/${orgId}/cycles/new`, {
				name: 'x',
				opensAt: '',
				closesAt: '',
				anonymityThreshold: '2'
			})
		);
		expect(refused).toContain('Geben Sie dem Zyklus einen Namen (mindestens 2 Zeichen).');
		expect(refused).toContain('Mindestens 3, sonst ließen sich einzelne Antworten erkennen.');
		expect(refused).toContain('Wählen Sie mindestens eine Anspruchsgruppe.');

		const review = await text(await lead.get(`${cyclePath}/review`));
		expect(review).toContain('Die vier Schritte der Überprüfung');
		expect(review).toContain('1. Mission, Kultur und Werte');
		expect(review).toContain('Schritt 4 speichern');

		const invitations = await text(await lead.get(`${cyclePath}/invitations`));
		expect(invitations).toContain('Dieser Zyklus ist ein Entwurf.');
		expect(invitations).toContain('Gruppen: Vertrieb, Kundenservice.');
		expect(invitations).toContain('0 von 1 Links genutzt.');
	}, 60_000);

	it('in English, as before', async () => {
		await speak('en');
		const page = await text(await lead.get(cyclePath));
		expect(page).toContain('Open for answers');
		expect(page).toContain('Sales, Customer service');
	}, 60_000);
});
