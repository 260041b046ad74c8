import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import * as organisations from '../../src/lib/server/organisations';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as audit from '../../src/lib/server/audit';

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
