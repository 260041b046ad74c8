/**
 * The best practices of Carlson Marketing Group's study (seed 000, "How to Solve the CRM Puzzle"),
 * each beside the organisation's own answer where the questionnaire measures it (issue 15.3): the
 * lead's organisation facts and the cycle's scores, with the study's figure where it gives one.
 */
import {
	integrationVerdicts,
	referenceFacts,
	stakeholderMapFacts,
	type CycleFacts
} from '../cycle/facts';
import type { CycleScores } from '../scoring/types';
import { referenceQuestions } from './reference';

export interface PracticeRow {
	practice: string;
	/** What the study found, where it gives a figure. */
	study: string | null;
	/** The organisation's own answer, or null when the questionnaire does not measure it / nobody said. */
	yours: string | null;
	/** Where "yours" comes from, or why there is nothing. */
	basis: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The study's practices beside the cycle's facts and scores (scores may be null or withheld). */
export function studyPractices(scores: CycleScores | null, facts: CycleFacts): PracticeRow[] {
	const scored = scores?.status === 'scored' ? scores : null;
	const dimension = (key: string) =>
		scored?.dimensions.find((d) => d.key === key && !d.notApplicable);
	const scoreOf = (key: string, title: string): Pick<PracticeRow, 'yours' | 'basis'> => {
		const d = dimension(key);
		return d?.score != null
			? { yours: `${title} ${d.score.toFixed(2)} (level ${d.level})`, basis: 'the cycle’s score' }
			: { yours: null, basis: d?.withheld ?? `no ${title} score in this cycle` };
	};
	const reference = (key: string): Pick<PracticeRow, 'yours' | 'basis'> => {
		const fact = referenceFacts(facts).find((f) => f.key === key);
		if (fact?.answer != null)
			return { yours: fact.answer ? 'Yes' : 'No', basis: 'the lead’s answer' };
		const shown = scored?.reference.find((r) => r.key === key && r.share !== null);
		return shown?.share != null
			? {
					yours: `${percent(shown.share)} of respondents say yes`,
					basis: 'respondents (version 1)'
				}
			: { yours: null, basis: 'not answered in this cycle’s organisation facts' };
	};
	const map = stakeholderMapFacts(facts);
	const answeredMap = map.filter((m) => m.covered !== null);
	const integration = integrationVerdicts(scored?.integration.functions ?? [], facts).study;
	return [
		{
			practice: 'A clear, holistic vision of all stakeholder relationships',
			study:
				'customers, management and employees essential; vendors ranked above shareholders and the board',
			...(answeredMap.length > 0
				? {
						yours: `the vision covers ${answeredMap.filter((m) => m.covered).length} of ${map.length} relationships`,
						basis: 'the lead’s stakeholder map'
					}
				: { yours: null, basis: 'the stakeholder map is not answered in this cycle' })
		},
		{
			practice: 'Best customers treated differently from regular ones',
			study: `${percent(referenceQuestions['reference.best_customers']!.share)} of organisations`,
			...reference('reference.best_customers')
		},
		{
			practice: 'CRM tightly integrated with the functional areas',
			study: `the average organisation integrates ${integration.averageIntegrated} of ${integration.of} functions (¾ finance, sales, technology; ½ R&D, operations; ¼ purchasing; no HR)`,
			...(integration.known > 0
				? {
						yours: `${integration.integrated} of ${integration.of} integrated${integration.known < integration.of ? ` (${integration.of - integration.known} not known)` : ''}`,
						basis: 'the lead’s grid, else the respondents’ middle rating'
					}
				: { yours: null, basis: 'no function rated in this cycle' })
		},
		{
			practice: 'Applicants must demonstrate CRM skills when hired',
			study: `${percent(referenceQuestions['reference.hiring_crm_skills']!.share)} of organisations`,
			...reference('reference.hiring_crm_skills')
		},
		{
			practice: 'Front-line staff see the customer data they need',
			study: null,
			...reference('reference.frontline_data')
		},
		{
			practice: 'A constant customer experience through multiple contact points',
			study: null,
			...scoreOf('contact_channels', 'Contact channels')
		},
		{
			practice: 'Relationship marketing deployed in stages, with a comprehensive vision',
			study: null,
			yours: null,
			basis: 'not asked in the questionnaire: the roadmap’s phased plan tracks it'
		}
	];
}
