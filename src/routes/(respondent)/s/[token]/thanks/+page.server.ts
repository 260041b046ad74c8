import { redirect } from '@sveltejs/kit';
import * as survey from '$lib/server/survey';
import { noStore, pageLanguage, requireSurvey } from '../respondent.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const open = await requireSurvey(event);
	const state = await survey.state(open);
	if (state.status !== 'submitted') redirect(303, `/s/${open.token}`);
	return {
		...pageLanguage(event, open),
		organisationName: open.organisationName,
		anonymityThreshold: open.anonymityThreshold,
		resultsSharing: await survey.resultsSharing(open)
	};
};
