import { error, redirect } from '@sveltejs/kit';
import { invalid } from '$lib/forms';
import { answeredQuickly, estimateMinutes, sectionProgress } from '$lib/domain/survey/progress';
import * as survey from '$lib/server/survey';
import { fill } from '$lib/i18n/fill';
import {
	messagesOf,
	noStore,
	pageLanguage,
	requireOwnDraft,
	requireSurvey,
	secondsSinceBegun
} from '../respondent.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const { open, state } = await requireOwnDraft(event);
	const sections = open.instrument.sections;
	const progress = sectionProgress(
		sections.map((s) => ({ id: s.id, items: survey.itemsOf(s) })),
		new Set(state.answers.keys())
	);
	return {
		...pageLanguage(event, open),
		organisationName: open.organisationName,
		resumeCode: state.resumeCode,
		sections: sections.map((s, i) => ({
			step: i + 1,
			title: s.title,
			answered: progress[i]!.answered,
			total: progress[i]!.total,
			commented: state.comments.has(s.id)
		}))
	};
};

export const actions = {
	default: async (event) => {
		const open = await requireSurvey(event);
		const result = await survey.submit(open, new Date(), {
			answeredQuickly: answeredQuickly(
				secondsSinceBegun(event),
				estimateMinutes(open.instrument.sections)
			)
		});
		if (result.ok) redirect(303, `/s/${open.token}/thanks`);
		if (result.reason === 'locked') redirect(303, `/s/${open.token}/resume`);
		const t = messagesOf(event);
		if (result.reason === 'closed')
			error(410, fill(t.errorClosedOnSave, { organisation: open.organisationName }));
		return invalid(400, {}, { form: t.submitEmpty });
	}
} satisfies Actions;
