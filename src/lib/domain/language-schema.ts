/**
 * The forms that choose an interface language. Apart from ./language, which every lead and board
 * page loads (through i18n/interface), so that those pages do not load zod.
 */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { interfaceLanguages } from './language';

/** Read when a form fails, in the language of the request that sent it. */
const CHOOSE = () => m.common_choose_language();

/** The organisation's default language (leads, members page). */
export const organisationLanguageSchema = z.object({
	language: z.enum(interfaceLanguages, { error: CHOOSE })
});

/** A person's own choice (account page); empty: follow the browser, then the organisation. */
export const personLanguageSchema = z.object({
	language: z
		.union([z.literal(''), z.enum(interfaceLanguages)], { error: CHOOSE })
		.optional()
		.transform((v) => (v ? v : null))
});
