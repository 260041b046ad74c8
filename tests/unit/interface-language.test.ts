import { describe, it, expect } from 'vitest';
import { interfaceLanguageOr, preferredLanguage } from '../../src/lib/domain/language';
import {
	organisationLanguageSchema,
	personLanguageSchema
} from '../../src/lib/domain/language-schema';

describe('a person’s language (issue 17)', () => {
	it('follows their choice, then their browser, then the organisation', () => {
		expect(preferredLanguage('es', ['en'], 'en')).toBe('es');
		expect(preferredLanguage(null, ['fr', 'es', 'en'], 'en')).toBe('es');
		expect(preferredLanguage(null, ['fr'], 'es')).toBe('es');
		expect(preferredLanguage(null, [], null)).toBe('en');
		// A stored language no longer offered reads as the next in line.
		expect(preferredLanguage('xx', [], 'es')).toBe('es');
		expect(interfaceLanguageOr('xx')).toBe('en');
	});

	it('accepts only offered languages in the forms; the person may choose none', () => {
		expect(organisationLanguageSchema.safeParse({ language: 'es' }).success).toBe(true);
		expect(organisationLanguageSchema.safeParse({ language: '' }).success).toBe(false);
		expect(organisationLanguageSchema.safeParse({ language: 'xx' }).success).toBe(false);
		expect(personLanguageSchema.parse({ language: '' })).toEqual({ language: null });
		expect(personLanguageSchema.parse({})).toEqual({ language: null });
		expect(personLanguageSchema.parse({ language: 'es' })).toEqual({ language: 'es' });
		expect(personLanguageSchema.safeParse({ language: 'fr' }).success).toBe(false);
	});
});
