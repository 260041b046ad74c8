import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import * as instruments from '../../src/lib/server/instruments';
import * as cycles from '../../src/lib/server/cycles';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import { builtInLanguages } from '../../src/lib/domain/instrument/languages';
import { db } from '../../src/lib/server/platform/db';
import {
	instrument,
	instrumentItem,
	instrumentSection
} from '../../src/lib/server/platform/db/schema';
import { eq } from 'drizzle-orm';
import { itemsOf } from '../../src/lib/server/survey';

beforeAll(async () => {
	await useTestDatabase();
});

describe('questionnaire versions', () => {
	it('stores the built-in instrument once with all its sections and items', async () => {
		const first = await instruments.ensureBuiltIn(touchstoneV1);
		expect(await instruments.ensureBuiltIn(touchstoneV1)).toBe(first);
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const stored = await instruments.get(org.id, first);
		expect(stored!.sections.map((s) => s.key)).toEqual(touchstoneV1.sections.map((s) => s.key));
		expect(stored!.sections.flatMap((s) => s.items).length).toBe(
			touchstoneV1.sections.flatMap((s) => s.items).length
		);
		expect(stored!.sections[0]!.items[0]!.anchors).toEqual(
			touchstoneV1.sections[0]!.items[0]!.anchors
		);
	});

	it('makes a new organisation-owned version and leaves the one in use unchanged', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const other = await createOrganisation((await createUser()).id, 'Other');
		const builtIn = await instruments.ensureBuiltIn(touchstoneV1);
		const cycleId = await cycles.create(org.id, lead.id, {
			name: 'On v1',
			instrumentId: builtIn,
			opensAt: new Date(),
			closesAt: new Date(Date.now() + 86_400_000),
			anonymityThreshold: 5,
			groups: ['sales'],
			targets: {}
		});
		const key = touchstoneV1.sections[0]!.items[0]!.key;
		const result = await instruments.createVersion(org.id, lead.id, builtIn, {
			items: [{ key, text: 'Reworded for our organisation.', remove: false }],
			added: []
		});
		expect(result).toMatchObject({ ok: true, version: 2 });
		if (!result || !result.ok) return;
		const v2 = await instruments.get(org.id, result.instrumentId);
		expect(v2!.sections[0]!.items[0]!.text).toBe('Reworded for our organisation.');
		const v1 = await instruments.get(org.id, builtIn);
		expect(v1!.sections[0]!.items[0]!.text).toBe(touchstoneV1.sections[0]!.items[0]!.text);
		const cycle = await cycles.get(org.id, cycleId!);
		expect(cycle!.instrumentId).toBe(builtIn);
		const listed = await instruments.listAvailable(org.id);
		expect(listed.map((i) => [i.version, i.cycles])).toEqual([
			[1, 1],
			[2, 0]
		]);
		// Another organisation neither sees nor can derive from this version.
		expect(await instruments.get(other.id, result.instrumentId)).toBeNull();
		expect(
			await instruments.createVersion(other.id, lead.id, result.instrumentId, {
				items: [],
				added: []
			})
		).toBeNull();
	});
});

describe('questionnaire versions in several languages', () => {
	it('stores the built-in version with its translations, and adds them to an install made before them', async () => {
		const id = await instruments.ensureBuiltIn(touchstoneV2);
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const stored = await instruments.get(org.id, id);
		expect(stored!.languages).toEqual([...builtInLanguages]);
		expect(stored!.translations).toEqual(touchstoneV2.translations);
		const itemIds = stored!.sections.flatMap((s) => itemsOf(s).map((i) => i.id));

		// An install from before the translations shipped: English only.
		await db()
			.update(instrument)
			.set({ languages: ['en'] })
			.where(eq(instrument.id, id));
		await db()
			.update(instrumentSection)
			.set({ translations: null })
			.where(eq(instrumentSection.instrumentId, id));
		await db()
			.update(instrumentItem)
			.set({ translations: null })
			.where(eq(instrumentItem.instrumentId, id));
		expect((await instruments.get(org.id, id))!.translations).toBeUndefined();

		expect(await instruments.ensureBuiltIn(touchstoneV2)).toBe(id);
		const upgraded = await instruments.get(org.id, id);
		expect(upgraded!.languages).toEqual([...builtInLanguages]);
		expect(upgraded!.translations).toEqual(touchstoneV2.translations);
		// The questions themselves are untouched, so answers already given keep their items.
		expect(upgraded!.sections.flatMap((s) => itemsOf(s).map((i) => i.id))).toEqual(itemIds);
		expect(upgraded!.sections[0]!.items[0]!.text).toBe(touchstoneV2.sections[0]!.items[0]!.text);
	});

	it('makes an organisation’s reworded version English only: its old translation would not match', async () => {
		const id = await instruments.ensureBuiltIn(touchstoneV2);
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const key = touchstoneV2.sections[0]!.items[0]!.key;
		const result = await instruments.createVersion(org.id, lead.id, id, {
			items: [{ key, text: 'Reworded for our organisation.', remove: false }],
			added: []
		});
		if (!result || !result.ok) throw new Error('no version made');
		const derived = await instruments.get(org.id, result.instrumentId);
		expect(derived!.languages).toEqual(['en']);
		expect(derived!.translations).toBeUndefined();
	});
});
