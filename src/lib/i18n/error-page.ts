/**
 * The error page's texts in the current language: its heading by status, its message (a 404's bare
 * "Not found" explained) and the link back. The lead's pages compute them in the browser; the root
 * error page (an unmatched address) receives them from handleError with the error, since it loads
 * with every page, the respondent's too, and so carries no message catalogue.
 */
import { m } from '$lib/paraglide/messages';
import { locales } from '$lib/paraglide/runtime';

/**
 * A 404's bare message (notFound() in server/auth/guard.ts) in any language: the request's, which
 * a script reading the JSON gets, may differ from the one the page is shown in after a switch.
 */
const bareNotFound = (message: string): boolean =>
	locales.some((locale) => m.common_not_found({}, { locale }) === message);

export interface ErrorPageTexts {
	heading: string;
	message: string;
	back: string;
}

export function errorPage(status: number, message: string | undefined): ErrorPageTexts {
	const heading =
		status === 404
			? m.common_error_not_found_heading()
			: status === 403
				? m.common_error_not_allowed_heading()
				: m.common_error_heading();
	// "Not found" under "Page not found" says nothing: a 404 explains what may have happened instead.
	// (The bare answer of every hidden page's 404, which a page never shows as such.)
	const explained =
		status === 404 && (!message || bareNotFound(message))
			? m.common_error_not_found_explained()
			: (message ?? '');
	return { heading, message: explained, back: m.common_error_back() };
}
