/**
 * The lead's and board's interface language on the client (issue 17). The server chooses it per
 * request (hooks.server.ts: the person's choice, then Accept-Language, then the organisation's
 * default) and hands it to the page as data; the (app) layout points paraglide's getLocale at it.
 * The respondent pages never load this module: they receive their texts as page data.
 */
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { localeOf } from '$lib/domain/language';

/** The locale Intl formats dates, numbers and percentages with in the current language. */
export const intlLocale = (): string => localeOf[getLocale()];

/**
 * A fixed label as a message function: called bare it speaks the current language, and a job
 * writing to someone else passes theirs (`label({}, { locale })`).
 */
export type Label = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;
