import { messagesOf } from './[token]/respondent.server';
import type { LayoutServerLoad } from './$types';

/** Texts for pages that fail before a survey is known (the error page); survey pages override them. */
export const load: LayoutServerLoad = (event) => ({
	t: messagesOf(event),
	languages: [] as string[]
});
