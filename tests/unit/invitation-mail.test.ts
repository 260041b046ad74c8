import { describe, it, expect } from 'vitest';
import { builtInLanguages } from '../../src/lib/domain/instrument/languages';
import {
	invitationMail,
	invitationMailTexts,
	surveyLink
} from '../../src/lib/domain/invitation/mail';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const all = (t: (typeof invitationMailTexts)['en']) =>
	[t.greeting, t.greetingNoName, t.subject, t.reminder, ...t.lines].join('\n');

describe('the invitation e-mail in each language (issue 17)', () => {
	it('has every text with the same placeholders in every language', () => {
		for (const language of builtInLanguages) {
			const t = invitationMailTexts[language];
			expect(t.lines).toHaveLength(invitationMailTexts.en.lines.length);
			expect(placeholders(all(t))).toEqual(placeholders(all(invitationMailTexts.en)));
			expect(all(t)).not.toMatch(/\{\s*\}/);
		}
	});

	const base = {
		name: 'Ana',
		organisationName: 'Acme',
		cycleName: 'Spring',
		link: surveyLink('https://t.example', 'tok', 'es'),
		closesAt: new Date('2026-03-12T12:00:00Z'),
		timeZone: 'Europe/Madrid',
		reminder: true,
		minutes: 12,
		anonymityThreshold: 5
	};

	it('writes a Spanish invitee in Spanish, with their language on the link', () => {
		const mail = invitationMail({ ...base, language: 'es' });
		expect(mail.subject).toBe(
			'Recordatorio: Acme le pide su opinión sobre cómo gestionamos las relaciones con los clientes'
		);
		expect(mail.text.split('\n')[0]).toBe('Hola, Ana:');
		expect(mail.text).toContain('https://t.example/s/tok?lang=es');
		expect(mail.text).toContain('al menos 5 personas');
		expect(mail.text).toContain('El cuestionario se cierra el 12 de marzo de 2026.');
	});

	it('writes German with German dates', () => {
		const mail = invitationMail({ ...base, reminder: false, language: 'de' });
		expect(mail.text).toContain('Der Fragebogen schließt am 12. März 2026.');
	});

	it('writes English when the list gave no language (or an unknown one)', () => {
		for (const language of [null, 'xx']) {
			const mail = invitationMail({ ...base, reminder: false, language });
			expect(mail.subject).toBe('Acme asks for your view on how we manage customer relationships');
			expect(mail.text).toContain('The questionnaire closes on 12 March 2026.');
		}
		expect(surveyLink('https://t.example', 'tok', null)).toBe('https://t.example/s/tok');
	});
});
