import {
	estimateMinutes,
	resumeAnchor,
	resumeStep,
	sectionProgress
} from '$lib/domain/survey/progress';
import * as survey from '$lib/server/survey';
import { formatDate } from '$lib/format';
import { noStore, pageLanguage, requireSurvey } from './respondent.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const open = await requireSurvey(event);
	const state = await survey.state(open);
	const sections = open.instrument.sections.map((s) => ({ id: s.id, items: survey.itemsOf(s) }));
	const items = sections.flatMap((s) => s.items);
	const progress = sectionProgress(sections, new Set(state.answers.keys()));
	const resume = resumeStep(progress);
	const language = pageLanguage(event, open);
	return {
		...language,
		organisationName: open.organisationName,
		cycleName: open.cycleName,
		closesOn: formatDate(open.closesAt, open.timeZone, language.t.locale),
		minutes: estimateMinutes(open.instrument.sections),
		sectionCount: sections.length,
		itemCount: items.length,
		answered: state.answers.size,
		anonymityThreshold: open.anonymityThreshold,
		commentThreshold: open.commentThreshold,
		status: state.status,
		resumeHref:
			state.status === 'locked'
				? `/s/${open.token}/resume`
				: resume === 'review'
					? `/s/${open.token}/review`
					: `/s/${open.token}/${resume}${resumeAnchor(sections[resume - 1], new Set(state.answers.keys()))}`
	};
};
