import { error, json } from '@sveltejs/kit';
import { autosaveSchema } from '$lib/domain/survey/schema';
import * as survey from '$lib/server/survey';
import { requireSurvey, unknownLink } from '../respondent.server';
import type { RequestHandler } from './$types';

/**
 * Saves each tap as it happens. SvelteKit's CSRF check covers form posts only, so a JSON
 * post must prove it comes from our own pages.
 */
export const POST: RequestHandler = async (event) => {
	if (event.request.headers.get('origin') !== event.url.origin)
		error(403, 'Cross-site requests are not allowed.');
	if (!(event.request.headers.get('content-type') ?? '').startsWith('application/json'))
		error(415, 'Send JSON.');
	// A tap may open its survey from a lookup up to a minute old: save() refuses what it cannot know.
	const open = await requireSurvey(event, { cachedLink: true });
	const raw = await event.request.json().catch(() => undefined);
	const body = autosaveSchema.safeParse(raw);
	if (!body.success)
		return json(
			{ message: 'These answers are not valid.', issues: body.error.issues.length },
			{ status: 400 }
		);
	const result = await survey.save(open, body.data);
	if (result.ok) return json({ saved: result.saved }, { headers: { 'cache-control': 'no-store' } });
	// Revoked or re-issued since the lookup the tap opened with: what a fresh lookup would answer.
	if (result.reason === 'unknown') unknownLink(event);
	switch (result.reason) {
		case 'invalid':
			return json(
				{ message: 'Some answers do not belong to this survey.', ids: result.ids },
				{ status: 400 }
			);
		case 'locked':
			return json(
				{
					message:
						'These answers were started on another device. Open the link again to continue with its code or start over.'
				},
				{ status: 409 }
			);
		case 'submitted':
			return json(
				{ message: 'Your answers were already submitted, so they cannot be changed.' },
				{ status: 409 }
			);
		case 'closed':
			return json(
				{ message: 'This survey has closed, so answers can no longer be changed.' },
				{ status: 410 }
			);
	}
};
