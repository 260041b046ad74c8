import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import * as survey from '$lib/server/survey';

import { formatDateTime } from '$lib/format';
import { fill } from '$lib/i18n/fill';
import { respondentMessages, type RespondentMessages } from '$lib/i18n/respondent';
import { isBuiltInLanguage } from '$lib/domain/instrument/languages';

type SurveyEvent = Pick<RequestEvent, 'params' | 'getClientAddress' | 'cookies' | 'url' | 'locals'>;

/** The respondent pages' texts in the page's language (hooks.server.ts, narrowed by requireSurvey). */
export const messagesOf = (event: Pick<RequestEvent, 'locals'>): RespondentMessages =>
	respondentMessages[isBuiltInLanguage(event.locals.language) ? event.locals.language : 'en'];

/** What every respondent page gives its components: its texts and the languages to switch to. */
export const pageLanguage = (event: Pick<RequestEvent, 'locals'>, open: survey.Survey) => ({
	t: messagesOf(event),
	languages: open.languages
});

const DEVICE_COOKIE = 'ts_device';

/**
 * This browser's device key (http-only cookie, made on first visit): only browsers that made a
 * draft, or were let in with its resume code, can read or change it.
 */
function deviceKeyOf(event: SurveyEvent): string {
	const existing = event.cookies.get(DEVICE_COOKIE);
	if (existing && /^[0-9a-f]{48}$/.test(existing)) return existing;
	const fresh = survey.newDeviceKey();
	event.cookies.set(DEVICE_COOKIE, fresh, {
		path: '/s',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		maxAge: 400 * 24 * 60 * 60
	});
	return fresh;
}

const BEGUN_COOKIE = 'ts_begun';

/**
 * Marks, on this device only, when the first question page of this link was opened (epoch
 * seconds, path-scoped to the link). Only the speeding flag computed from it at submission is
 * stored on the server, never a time.
 */
export function markBegun(event: SurveyEvent, token: string, now = Date.now()): void {
	if (event.cookies.get(BEGUN_COOKIE)) return;
	event.cookies.set(BEGUN_COOKIE, String(Math.floor(now / 1000)), {
		path: `/s/${token}`,
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		maxAge: 60 * 24 * 60 * 60
	});
}

/** Seconds since this device opened the first question page; null when it did not (or cannot say). */
export function secondsSinceBegun(event: SurveyEvent, now = Date.now()): number | null {
	const raw = event.cookies.get(BEGUN_COOKIE);
	if (!raw || !/^\d{9,11}$/.test(raw)) return null;
	return Math.floor(now / 1000) - Number(raw);
}

/**
 * Opens the survey behind the link on every load and action, or ends the request with a clear page.
 * `cachedLink` for taps only: their save statement checks again what a recent lookup cannot know.
 */
export async function requireSurvey(
	event: SurveyEvent,
	options: { cachedLink?: boolean } = {}
): Promise<survey.Survey> {
	const result = await survey.open(
		event.params.token ?? '',
		event.getClientAddress(),
		new Date(),
		event.locals.wantedLanguages,
		options
	);
	if (result.ok) {
		event.locals.language = result.survey.language;
		return survey.onDevice(result.survey, deviceKeyOf(event));
	}
	const t = messagesOf(event);
	if (result.reason === 'rate-limited')
		error(429, fill(t.errorRateLimited, { minutes: Math.ceil(result.retryAfterSeconds / 60) }));
	if (result.reason === 'closed')
		error(410, fill(t.errorClosed, { organisation: result.organisationName }));
	if (result.reason === 'not-open-yet') {
		error(
			403,
			fill(t.errorNotOpen, {
				organisation: result.organisationName,
				opens: formatDateTime(result.opensAt, result.timeZone, t.locale)
			})
		);
	}
	unknownLink(event);
}

/** The answer to a link that is unknown, revoked or re-issued: the same for all three. */
export function unknownLink(event: Pick<RequestEvent, 'locals'>): never {
	error(404, messagesOf(event).errorUnknownLink);
}

/** Survey pages show answers: keep them out of shared caches and the back-forward cache of a shared phone. */
export function noStore(event: Pick<RequestEvent, 'setHeaders'>) {
	event.setHeaders({ 'cache-control': 'private, no-store' });
}

/**
 * The survey and this device's view of its answers. A draft made on another device sends the
 * respondent to the resume page; a submitted one to the thank-you page.
 */
export async function requireOwnDraft(
	event: SurveyEvent
): Promise<{ open: survey.Survey; state: survey.SurveyState }> {
	const open = await requireSurvey(event);
	const state = await survey.state(open);
	if (state.status === 'submitted') redirect(303, `/s/${open.token}/thanks`);
	if (state.status === 'locked') redirect(303, `/s/${open.token}/resume`);
	return { open, state };
}
