import { error, type RequestEvent } from '@sveltejs/kit';
import * as survey from '$lib/server/survey';

import { formatDateTime } from '$lib/format';

/** Opens the survey behind the link on every load and action, or ends the request with a clear page. */
export async function requireSurvey(event: Pick<RequestEvent, 'params' | 'getClientAddress'>): Promise<survey.Survey> {
	const result = await survey.open(event.params.token ?? '', event.getClientAddress());
	if (result.ok) return result.survey;
	switch (result.reason) {
		case 'unknown':
			error(404, 'This survey link is not valid. Check that you opened the whole link from your invitation, or ask the person who sent it for a new one.');
		case 'rate-limited':
			error(429, `Too many invalid survey links were tried from this network. Please try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes.`);
		case 'closed':
			error(410, `This survey from ${result.organisationName} has closed, so answers can no longer be given or changed. Thank you for your interest.`);
		case 'not-open-yet':
			error(403, `This survey from ${result.organisationName} is not open yet. Please come back from ${formatDateTime(result.opensAt, result.timeZone)}.`);
	}
}

/** Survey pages show answers: keep them out of shared caches and the back-forward cache of a shared phone. */
export function noStore(event: Pick<RequestEvent, 'setHeaders'>) {
	event.setHeaders({ 'cache-control': 'private, no-store' });
}

