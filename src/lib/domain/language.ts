/**
 * The languages Touchstone speaks to leads and boards in (issue 17): the board report,
 * the organisation's default and a person's choice. A language is here once its catalogues exist
 * (the report's in domain/report/messages); the questionnaire's own languages are a version's
 * (instrument/languages.ts) and may be more or fewer.
 */
export const interfaceLanguages = ['en', 'es', 'de'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

/** Each language's name in itself, as someone looks for it in a list. */
export const interfaceLanguageNames: Record<InterfaceLanguage, string> = {
	en: 'English',
	es: 'Español',
	de: 'Deutsch'
};

/** The locale Intl formats dates and numbers with in each language. */
export const localeOf: Record<InterfaceLanguage, string> = {
	en: 'en-GB',
	es: 'es-ES',
	de: 'de-DE'
};

export const isInterfaceLanguage = (value: unknown): value is InterfaceLanguage =>
	typeof value === 'string' && (interfaceLanguages as readonly string[]).includes(value);

/** A stored language that is no longer offered (or none) reads as the fallback. */
export const interfaceLanguageOr = (
	value: string | null | undefined,
	fallback: InterfaceLanguage = 'en'
): InterfaceLanguage => (isInterfaceLanguage(value) ? value : fallback);

/**
 * A person's language: their own choice, then the first interface language their browser asks
 * for (`accepted`, most wanted first), then the organisation's default.
 */
export function preferredLanguage(
	choice: string | null | undefined,
	accepted: readonly string[],
	organisationDefault: string | null | undefined
): InterfaceLanguage {
	if (isInterfaceLanguage(choice)) return choice;
	const fromBrowser = accepted.find(isInterfaceLanguage);
	return fromBrowser ?? interfaceLanguageOr(organisationDefault);
}
