import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import * as organisations from '../../src/lib/server/organisations';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as audit from '../../src/lib/server/audit';
import * as cycles from '../../src/lib/server/cycles';
import * as instruments from '../../src/lib/server/instruments';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import * as invitations from '../../src/lib/server/survey/invitations';
import { invitationMessage } from '../../src/lib/server/platform/mail';
import { surveyLink } from '../../src/lib/domain/invitation/mail';
import * as survey from '../../src/lib/server/survey';
import * as scoring from '../../src/lib/server/scoring';
import { publishPending } from '../../src/lib/server/scoring/publication';
import { db } from '../../src/lib/server/platform/db';
import { sql } from 'drizzle-orm';

beforeAll(async () => {
	await useTestDatabase();
});

describe('the organisation’s default language and a person’s own (issue 17)', () => {
	it('starts in English and records each change of the default in the audit log', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		expect((await organisations.get(org.id))?.language).toBe('en');
		await organisations.setLanguage(org.id, 'es', lead.id);
		await organisations.setLanguage(org.id, 'es', lead.id); // no change: nothing recorded
		expect((await organisations.get(org.id))?.language).toBe('es');
		const events = await audit.all(org.id, { kind: 'organisation.language_changed' });
		expect(events.map((e) => [e.details, e.actor?.id, e.subjectId])).toEqual([
			[{ from: 'en', to: 'es' }, lead.id, org.id]
		]);
	});

	it('keeps each organisation’s default to itself', async () => {
		const lead = await createUser();
		const one = await createOrganisation(lead.id);
		const other = await createOrganisation(lead.id);
		await organisations.setLanguage(one.id, 'es', lead.id);
		expect((await organisations.get(other.id))?.language).toBe('en');
	});

	it('saves a person’s choice, and none', async () => {
		const person = await createUser();
		const someoneElse = await createUser();
		expect(await accounts.languageOf(person.id)).toBeNull();
		await accounts.setLanguage(person.id, 'es');
		expect(await accounts.languageOf(person.id)).toBe('es');
		expect(await accounts.languageOf(someoneElse.id)).toBeNull();
		await accounts.setLanguage(person.id, null);
		expect(await accounts.languageOf(person.id)).toBeNull();
	});
});

describe('an invitee’s language (issue 17)', () => {
	it('is stored with the invitation, comes back with its link, and goes into the e-mail and link', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const instrumentId = await instruments.ensureBuiltIn(touchstoneV2);
		expect(await instruments.surveyLanguages(org.id, instrumentId)).toEqual(
			expect.arrayContaining(['en', 'es'])
		);
		const cycleId = (await cycles.create(org.id, lead.id, {
			name: 'Languages',
			instrumentId,
			opensAt: new Date(Date.now() - 60_000),
			closesAt: new Date(Date.now() + 86_400_000),
			anonymityThreshold: 3,
			groups: ['sales'],
			targets: {}
		}))!;
		const { issued } = await invitations.addPersonal(
			org.id,
			cycleId,
			[
				{ email: 'ana@example.test', name: 'Ana', group: 'sales', language: 'es' },
				{ email: 'bo@example.test', name: null, group: 'sales' }
			],
			lead.id
		);
		const links = await invitations.links(org.id, cycleId);
		expect(links.map((l) => [l.email, l.language]).sort()).toEqual([
			['ana@example.test', 'es'],
			['bo@example.test', null]
		]);
		const ana = issued.find((l) => l.email === 'ana@example.test')!;
		const mail = invitationMessage({
			to: ana.email!,
			name: ana.name,
			organisationName: 'Acme',
			cycleName: 'Languages',
			link: surveyLink('https://t.example', ana.token, ana.language),
			closesAt: new Date('2026-03-12T12:00:00Z'),
			reminder: false,
			minutes: 12,
			anonymityThreshold: 3,
			language: ana.language
		});
		expect(mail.subject).toBe(
			'Acme le pide su opinión sobre cómo gestionamos las relaciones con los clientes'
		);
		expect(mail.text).toContain(`https://t.example/s/${ana.token}?lang=es`);
		expect(mail.text).toContain('El cuestionario se cierra el 12 de marzo de 2026.');
	});
});

describe('published responses per language (issue 17)', () => {
	let counter = 0;
	async function respond(token: string, language: string) {
		const opened = await survey.open(token, `10.7.0.${++counter}`, new Date(), [language]);
		if (!opened.ok) throw new Error(opened.reason);
		const s = survey.onDevice(opened.survey, `d${counter}`.padEnd(48, '0'));
		const first = s.instrument.sections.find((sec) => sec.kind === 'building_block')!;
		const answers = survey.itemsOf(first).map((i) => ({ itemId: i.id, value: 3, dontKnow: false }));
		expect(await survey.save(s, { answers, comments: [] })).toMatchObject({ ok: true });
		expect(await survey.submit(s)).toEqual({ ok: true, already: false });
	}

	it('counts a submission’s language without a row per response, and shows it only with a snapshot of at least the threshold', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const instrumentId = await instruments.ensureBuiltIn(touchstoneV2);
		const cycleId = (await cycles.create(org.id, lead.id, {
			name: 'Counted',
			instrumentId,
			opensAt: new Date(Date.now() - 60_000),
			closesAt: new Date(Date.now() + 86_400_000),
			anonymityThreshold: 3,
			groups: ['sales'],
			targets: {}
		}))!;
		await cycles.transition(org.id, cycleId, 'open', lead.id);
		const links = await invitations.addAnonymous(org.id, cycleId, 'sales', 9, lead.id);
		const languages = ['en', 'en', 'es', 'en', 'es', 'es', 'en', 'de', 'en'];

		// Two submitted: nothing is published, so nothing by language either.
		for (const i of [0, 1]) await respond(links[i]!.token, languages[i]!);
		await publishPending(org.id, cycleId);
		expect(await scoring.languagesOfCycle(org.id, cycleId)).toMatchObject({
			shown: [],
			total: 0
		});
		// Six (en en es en es es): one snapshot, English 3 and Spanish 3 named.
		for (const i of [2, 3, 4, 5]) await respond(links[i]!.token, languages[i]!);
		await publishPending(org.id, cycleId);
		expect(await scoring.languagesOfCycle(org.id, cycleId)).toEqual({
			shown: [
				{ language: 'en', responses: 3 },
				{ language: 'es', responses: 3 }
			],
			other: 0,
			total: 6,
			withheld: null
		});
		// Two more (en, de) wait for the next snapshot: the counts do not move by two people.
		for (const i of [6, 7]) await respond(links[i]!.token, languages[i]!);
		await publishPending(org.id, cycleId);
		expect((await scoring.languagesOfCycle(org.id, cycleId))?.total).toBe(6);
		// The third publishes them: the one German answer is never named (en 5 shown; es 3 + de 1 other).
		await respond(links[8]!.token, languages[8]!);
		await publishPending(org.id, cycleId);
		expect(await scoring.languagesOfCycle(org.id, cycleId)).toEqual({
			shown: [{ language: 'en', responses: 5 }],
			other: 4,
			total: 9,
			withheld: null
		});
		// No response row holds a language: the tally is counts per cycle and language only.
		const columns = await db().execute(
			sql`select column_name from information_schema.columns where table_name = 'response'`
		);
		expect(JSON.stringify(columns)).not.toContain('language');
	});
});
