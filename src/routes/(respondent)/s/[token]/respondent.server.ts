import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import * as survey from '$lib/server/survey';

import { formatDateTime } from '$lib/format';

type SurveyEvent = Pick<RequestEvent, 'params' | 'getClientAddress' | 'cookies' | 'url'>;

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

/** Opens the survey behind the link on every load and action, or ends the request with a clear page. */
export async function requireSurvey(event: SurveyEvent): Promise<survey.Survey> {
	const result = await survey.open(event.params.token ?? '', event.getClientAddress());
	if (result.ok) return survey.onDevice(result.survey, deviceKeyOf(event));
	if (result.reason === 'rate-limited') {
		error(
			429,
			`Too many invalid survey links were tried from this network. Please try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes.`
		);
	}
	if (result.reason === 'closed') {
		error(
			410,
			`This survey from ${result.organisationName} has closed, so answers can no longer be given or changed. Thank you for your interest.`
		);
	}
	if (result.reason === 'not-open-yet') {
		error(
			403,
			`This survey from ${result.organisationName} is not open yet. Please come back from ${formatDateTime(result.opensAt, result.timeZone)}.`
		);
	}
	error(
		404,
		'This survey link is not valid. Check that you opened the whole link from your invitation, or ask the person who sent it for a new one.'
	);
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
