import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import * as instruments from '../../src/lib/server/instruments';
import * as translations from '../../src/lib/server/instruments/translations';
import * as cycles from '../../src/lib/server/cycles';
import * as audit from '../../src/lib/server/audit';
import * as survey from '../../src/lib/server/survey';
import * as invitations from '../../src/lib/server/survey/invitations';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import { unitsOfTranslation } from '../../src/lib/domain/instrument/translation';
import { buildXliff, parseXliff } from '../../src/lib/domain/instrument/xliff';

beforeAll(async () => {
	await useTestDatabase();
});

const german = touchstoneV2.translations!.de!;

/** An organisation with its own English-only version 3 (one question reworded). */
async function ownVersion() {
	const lead = await createUser();
	const org = await createOrganisation(lead.id);
	const builtIn = await instruments.ensureBuiltIn(touchstoneV2);
	const key = touchstoneV2.sections[0]!.items[0]!.key;
	const result = await instruments.createVersion(org.id, lead.id, builtIn, {
		items: [{ key, text: 'How clearly is our own CRM vision written down?', remove: false }],
		added: []
	});
	if (!result || !result.ok) throw new Error('no version');
	return { lead, org, builtIn, instrumentId: result.instrumentId, rewordedKey: key };
}

/** The exported file with the built-in German texts as targets, less the units named. */
async function translatedFile(orgId: string, instrumentId: string, leaveOut: string[] = []) {
	const exported = await translations.exportXliff(orgId, instrumentId, 'de');
	const parsed = parseXliff(exported!.xml);
	if (!parsed.ok) throw new Error(parsed.error);
	const targets = unitsOfTranslation(touchstoneV2, german);
	for (const id of leaveOut) delete targets[id];
	return buildXliff({
		srcLang: 'en',
		trgLang: 'de-DE',
		original: 'x',
		units: parsed.units.map((u) => ({ id: u.id, source: u.source, note: '' })),
		targets
	});
}

describe('translating a questionnaire version (issue 17.3)', () => {
	it('exports, imports with a string missing and one stale, completes and publishes in place', async () => {
		const { lead, org, instrumentId, rewordedKey } = await ownVersion();
		const exported = await translations.exportXliff(org.id, instrumentId, 'de');
		expect(exported!.filename).toBe('touchstone-crm-maturity-v3.de.xlf');
		expect(exported!.xml).toContain('trgLang="de"');
		expect(exported!.xml).not.toContain('<target>');

		const lacking = `item:${touchstoneV2.sections[1]!.items[0]!.key}:level-2`;
		const imported = await translations.importXliff(
			org.id,
			lead.id,
			instrumentId,
			'de',
			await translatedFile(org.id, instrumentId, [lacking])
		);
		// The reworded question's German was made from the built-in English: it is taken, but stale.
		expect(imported).toEqual({ ok: true, taken: expect.any(Number), stale: 0, unknown: 0 });
		let state = await translations.state(org.id, instrumentId, 'de');
		expect(state!.missing.map((u) => u.id)).toEqual([lacking]);
		expect(state!.complete).toBe(false);
		expect(state!.publishesAs).toBe('this-version');
		expect(await translations.publish(org.id, lead.id, instrumentId, 'de')).toMatchObject({
			ok: false
		});

		// A file made from the built-in version: the reworded question's source differs.
		const builtInFile = (await translations.exportXliff(org.id, touchstoneV2Id(), 'de'))!.xml;
		const again = await translations.importXliff(org.id, lead.id, instrumentId, 'de', builtInFile);
		expect(again).toMatchObject({ ok: true, stale: 1 });
		state = await translations.state(org.id, instrumentId, 'de');
		expect(state!.stale.map((u) => u.id)).toEqual([`item:${rewordedKey}:text`]);
		expect(state!.missing).toEqual([]);

		expect(
			await translations.saveEdits(org.id, lead.id, instrumentId, 'de', {
				[`item:${rewordedKey}:text`]:
					'Wie klar ist unsere eigene CRM-Vision schriftlich festgehalten?'
			})
		).toBe(true);
		state = await translations.state(org.id, instrumentId, 'de');
		expect(state!.complete).toBe(true);

		const published = await translations.publish(org.id, lead.id, instrumentId, 'de');
		expect(published).toEqual({ ok: true, instrumentId, version: 3, newVersion: false });
		const stored = await instruments.get(org.id, instrumentId);
		expect(stored!.languages).toEqual(['en', 'de']);
		expect(stored!.translations!.de!.items[rewordedKey]!.text).toBe(
			'Wie klar ist unsere eigene CRM-Vision schriftlich festgehalten?'
		);
		expect((await translations.state(org.id, instrumentId, 'de'))!.hasDraft).toBe(false);
		const events = await audit.all(org.id);
		expect(JSON.stringify(events)).toContain('questionnaire.translation_published');
	});

	let builtInId = '';
	const touchstoneV2Id = () => builtInId;
	beforeAll(async () => {
		builtInId = await instruments.ensureBuiltIn(touchstoneV2);
	});

	it('adds a new language to a version in use: its open cycle’s respondents can choose it at once', async () => {
		const { lead, org, instrumentId } = await ownVersion();
		const cycleId = (await cycles.create(org.id, lead.id, {
			name: 'Open',
			instrumentId,
			opensAt: new Date(Date.now() - 60_000),
			closesAt: new Date(Date.now() + 86_400_000),
			anonymityThreshold: 5,
			groups: ['executives'],
			targets: {}
		}))!;
		expect(await cycles.transition(org.id, cycleId, 'open', null)).toEqual({ ok: true });
		const [link] = await invitations.addAnonymous(org.id, cycleId, 'executives', 1, null);
		// Opened (and cached) while the version is English only.
		const before = await survey.open(link!.token, '10.9.0.1', new Date(), ['de']);
		expect(before).toMatchObject({ ok: true, survey: { language: 'en', languages: ['en'] } });

		await translations.importXliff(
			org.id,
			lead.id,
			instrumentId,
			'de',
			await translatedFile(org.id, instrumentId)
		);
		expect((await translations.state(org.id, instrumentId, 'de'))!.publishesAs).toBe(
			'this-version'
		);
		expect(await translations.publish(org.id, lead.id, instrumentId, 'de')).toMatchObject({
			ok: true,
			instrumentId,
			newVersion: false
		});
		const after = await survey.open(link!.token, '10.9.0.1', new Date(), ['de']);
		if (!after.ok) throw new Error(after.reason);
		expect(after.survey.language).toBe('de');
		expect(after.survey.languages).toEqual(['en', 'de']);
		expect(after.survey.instrument.sections[1]!.title).toBe(german.sections.strategy!.title);
		// The English texts are those of before: no text respondents may have read changed.
		const english = await survey.open(link!.token, '10.9.0.1', new Date(), ['en']);
		if (!english.ok || !before.ok) throw new Error('not open');
		expect(english.survey.instrument.sections).toEqual(before.survey.instrument.sections);
	});

	it('publishes a correction of a language a version in use has as a new version; the old one stays', async () => {
		const { lead, org, instrumentId } = await ownVersion();
		await translations.importXliff(
			org.id,
			lead.id,
			instrumentId,
			'de',
			await translatedFile(org.id, instrumentId)
		);
		await translations.saveEdits(org.id, lead.id, instrumentId, 'de', {
			[`item:${touchstoneV2.sections[0]!.items[0]!.key}:text`]: 'Wie klar ist unsere Vision?'
		});
		expect(await translations.publish(org.id, lead.id, instrumentId, 'de')).toMatchObject({
			newVersion: false
		});
		await cycles.create(org.id, lead.id, {
			name: 'In use',
			instrumentId,
			opensAt: new Date(),
			closesAt: new Date(Date.now() + 86_400_000),
			anonymityThreshold: 5,
			groups: ['sales'],
			targets: {}
		});
		const id = `item:${touchstoneV2.sections[0]!.items[1]!.key}:text`;
		await translations.saveEdits(org.id, lead.id, instrumentId, 'de', { [id]: 'Korrigiert.' });
		const state = await translations.state(org.id, instrumentId, 'de');
		expect(state!.publishesAs).toBe('new-version');
		const published = await translations.publish(org.id, lead.id, instrumentId, 'de');
		expect(published).toMatchObject({ ok: true, version: 4, newVersion: true });
		if (!published || !published.ok) return;
		const key = touchstoneV2.sections[0]!.items[1]!.key;
		expect(
			(await instruments.get(org.id, published.instrumentId))!.translations!.de!.items[key]!.text
		).toBe('Korrigiert.');
		expect((await instruments.get(org.id, instrumentId))!.translations!.de!.items[key]!.text).toBe(
			german.items[key]!.text
		);
	});

	it('never writes into a built-in version: its translation becomes the organisation’s own version', async () => {
		const { lead, org } = await ownVersion();
		const before = await instruments.get(org.id, builtInId);
		await translations.saveEdits(org.id, lead.id, builtInId, 'de', {
			'section:vision:title': 'Leitbild'
		});
		const published = await translations.publish(org.id, lead.id, builtInId, 'de');
		expect(published).toMatchObject({ ok: true, newVersion: true });
		expect(await instruments.get(org.id, builtInId)).toEqual(before);
		if (!published || !published.ok) return;
		const own = await instruments.get(org.id, published.instrumentId);
		expect(own!.organisationId).toBe(org.id);
		expect(own!.translations!.de!.sections.vision!.title).toBe('Leitbild');
		expect(own!.translations!.es).toEqual(touchstoneV2.translations!.es);
	});

	it('keeps drafts to their organisation and refuses files in another language', async () => {
		const { lead, org, instrumentId } = await ownVersion();
		const other = await createOrganisation((await createUser()).id, 'Other');
		expect(await translations.state(other.id, instrumentId, 'de')).toBeNull();
		expect(await translations.exportXliff(other.id, instrumentId, 'de')).toBeNull();
		expect(await translations.importXliff(other.id, lead.id, instrumentId, 'de', '')).toBeNull();
		expect(await translations.publish(other.id, lead.id, instrumentId, 'de')).toBeNull();
		expect(await translations.state(org.id, instrumentId, 'en')).toBeNull();
		expect(await translations.state(org.id, instrumentId, 'fr')).toBeNull();
		const spanishFile = (await translatedFile(org.id, instrumentId)).replace(
			'trgLang="de-DE"',
			'trgLang="es"'
		);
		expect(
			await translations.importXliff(org.id, lead.id, instrumentId, 'de', spanishFile)
		).toMatchObject({
			ok: false,
			error: expect.stringContaining('not Deutsch')
		});
		// A built-in draft of one organisation is not another's.
		await translations.saveEdits(org.id, lead.id, builtInId, 'de', { 'section:vision:title': 'X' });
		expect((await translations.state(other.id, builtInId, 'de'))!.hasDraft).toBe(false);
	});
});
