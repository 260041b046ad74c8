/**
 * The invitation and reminder e-mail in each language a respondent can answer in (issue 17,
 * builtInLanguages): a typed catalogue, so a language missing a text does not compile (tests/unit/invitation-mail.test.ts checks the placeholders).
 * The link carries the invitee's language (`?lang=`), which the survey takes as the first choice;
 * the respondent can still switch on every page.
 */
import { isBuiltInLanguage, type BuiltInLanguage } from '../instrument/languages';

const en = {
	locale: 'en-GB',
	greeting: 'Hello {name},',
	greetingNoName: 'Hello,',
	subject: '{organisation} asks for your view on how we manage customer relationships',
	reminder: 'Reminder: ',
	lines: [
		'{organisation} is assessing how well it runs customer-relationship management (“{cycle}”).',
		'Your answers are anonymous: the organisation sees whether you have answered (not when), never what you',
		'answered. Every result rests on at least {threshold} people and changes only when at least',
		"{threshold} more have answered, so no one's answers can be singled out.",
		'',
		'It takes about {minutes} minutes on your phone. You can stop and continue later with the same link',
		'on the same device (the page gives you a code to continue on another one):',
		'{link}',
		'',
		'The questionnaire closes on {closes}.',
		'',
		'Thank you.'
	]
};

export type InvitationMailTexts = typeof en;

const es: InvitationMailTexts = {
	locale: 'es-ES',
	greeting: 'Hola, {name}:',
	greetingNoName: 'Hola:',
	subject:
		'{organisation} le pide su opinión sobre cómo gestionamos las relaciones con los clientes',
	reminder: 'Recordatorio: ',
	lines: [
		'{organisation} está evaluando cómo gestiona sus relaciones con los clientes («{cycle}»).',
		'Sus respuestas son anónimas: la organización ve si ha respondido (no cuándo), nunca qué respondió.',
		'Cada resultado se basa en al menos {threshold} personas y solo cambia cuando han respondido al menos',
		'{threshold} más, de modo que no se pueden aislar las respuestas de nadie.',
		'',
		'Se tarda unos {minutes} minutos en el móvil. Puede parar y seguir más tarde con el mismo enlace',
		'en el mismo dispositivo (la página le da un código para continuar en otro):',
		'{link}',
		'',
		'El cuestionario se cierra el {closes}.',
		'',
		'Gracias.'
	]
};

const de: InvitationMailTexts = {
	locale: 'de-DE',
	greeting: 'Guten Tag {name},',
	greetingNoName: 'Guten Tag,',
	subject:
		'{organisation} bittet Sie um Ihre Einschätzung, wie wir unsere Kundenbeziehungen führen',
	reminder: 'Erinnerung: ',
	lines: [
		'{organisation} prüft, wie gut es sein Kundenbeziehungsmanagement (CRM) führt („{cycle}“).',
		'Ihre Antworten sind anonym: Die Organisation sieht, ob Sie geantwortet haben (nicht wann), nie, was Sie',
		'geantwortet haben. Jedes Ergebnis beruht auf mindestens {threshold} Personen und ändert sich erst, wenn',
		'mindestens {threshold} weitere geantwortet haben, sodass sich niemandes Antworten herauslesen lassen.',
		'',
		'Es dauert etwa {minutes} Minuten auf dem Smartphone. Sie können unterbrechen und später mit demselben Link',
		'auf demselben Gerät weitermachen (die Seite gibt Ihnen einen Code, um auf einem anderen fortzufahren):',
		'{link}',
		'',
		'Der Fragebogen schließt am {closes}.',
		'',
		'Vielen Dank.'
	]
};

export const invitationMailTexts: Record<BuiltInLanguage, InvitationMailTexts> = { en, es, de };

const fill = (message: string, values: Record<string, string | number>): string =>
	message.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);

/** The survey link of an invitation, with the invitee's language when the list gave one. */
export const surveyLink = (origin: string, token: string, language?: string | null): string =>
	`${origin}/s/${token}${language ? `?lang=${encodeURIComponent(language)}` : ''}`;

export interface InvitationMailInput {
	name: string | null;
	organisationName: string;
	cycleName: string;
	link: string;
	closesAt: Date;
	timeZone: string;
	reminder: boolean;
	minutes: number;
	anonymityThreshold: number;
	/** The invitee's language; none (or one without texts) is English. */
	language?: string | null;
}

/** Subject and plain text of an invitation or reminder in the invitee's language. */
export function invitationMail(input: InvitationMailInput): { subject: string; text: string } {
	const wanted = input.language ?? '';
	const t = invitationMailTexts[isBuiltInLanguage(wanted) ? wanted : 'en'];
	const closes = input.closesAt.toLocaleDateString(t.locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: input.timeZone
	});
	const values = {
		name: input.name ?? '',
		organisation: input.organisationName,
		cycle: input.cycleName,
		threshold: input.anonymityThreshold,
		minutes: input.minutes,
		link: input.link,
		closes
	};
	return {
		subject: `${input.reminder ? t.reminder : ''}${fill(t.subject, values)}`,
		text: [
			input.name ? fill(t.greeting, values) : t.greetingNoName,
			'',
			...t.lines.map((line) => fill(line, values))
		].join('\n')
	};
}
