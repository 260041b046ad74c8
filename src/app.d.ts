import type { SessionValidationResult } from '$lib/server/auth/session';
import type { RespondentMessages } from '$lib/i18n/respondent';

declare global {
	namespace App {
		interface Locals {
			user: SessionValidationResult['user'];
			session: SessionValidationResult['session'];
			/** Set by handleError when the database was unreachable, so the answer becomes 503. */
			databaseUnavailable?: boolean;
			/** The page's language, for `<html lang>`: English, or on respondent pages the respondent's. */
			language: string;
			/** Respondent pages: the languages wanted, the one chosen for the link first, then the browser's. */
			wantedLanguages: string[];
		}
		interface PageData {
			/** Respondent pages: their fixed texts in the respondent's language ($lib/i18n/respondent). */
			t?: RespondentMessages;
			/** Respondent pages: the languages the survey can be switched to. */
			languages?: string[];
			/** Lead and board pages: the interface language the server chose ((app)/+layout.server.ts). */
			language?: import('$lib/domain/language').InterfaceLanguage;
		}
		interface Error {
			message: string;
			/**
			 * From handleError, in the request's language: the root error page's heading and link back
			 * (it loads with every page, the respondent's too, so it carries no message catalogue).
			 */
			heading?: string;
			back?: string;
		}
	}
}

export {};
