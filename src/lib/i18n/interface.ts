/**
 * The lead's and board's interface language on the client (issue 17). The server chooses it per
 * request (hooks.server.ts: the person's choice, then Accept-Language, then the organisation's
 * default) and hands it to the page as data; the (app) layout points paraglide's getLocale at it.
 * The respondent pages never load this module: they receive their texts as page data.
 */
import { getLocale } from '$lib/paraglide/runtime';
import { localeOf } from '$lib/domain/language';

/** The locale Intl formats dates, numbers and percentages with in the current language. */
export const intlLocale = (): string => localeOf[getLocale()];
