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
import { formatPercent, formatScore } from '$lib/format';
import { localeOf } from '$lib/domain/language';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

export interface PracticeRow {
	practice: string;
	/** What the study found, where it gives a figure. */
	study: string | null;
	/** The organisation's own answer, or null when the questionnaire does not measure it / nobody said. */
	yours: string | null;
	/** Where "yours" comes from, or why there is nothing. */
	basis: string;
}

type Scored = Extract<CycleScores, { status: 'scored' }> | null;
type Yours = Pick<PracticeRow, 'yours' | 'basis'>;
const percentIn = (locale: string) => (share: number) => formatPercent(share, 0, locale);

/** A dimension's score, or why there is none. */
function scoreOf(scored: Scored, key: string, title: string, locale: string): Yours {
	const d = scored?.dimensions.find((x) => x.key === key && !x.notApplicable);
	return d?.score != null
		? {
				yours: m.org_practices_score({
					dimension: title,
					score: formatScore(d.score, 2, locale),
					level: String(d.level)
				}),
				basis: m.org_practices_basis_score()
			}
		: { yours: null, basis: d?.withheld ?? m.org_practices_no_score({ dimension: title }) };
}

/** The lead's answer to a reference question, else the respondents' share saying yes. */
function reference(scored: Scored, facts: CycleFacts, key: string, locale: string): Yours {
	const fact = referenceFacts(facts).find((f) => f.key === key);
	if (fact?.answer != null)
		return {
			yours: fact.answer ? m.org_practices_yes() : m.org_practices_no(),
			basis: m.org_practices_basis_lead()
		};
	const shown = scored?.reference.find((r) => r.key === key && r.share !== null);
	return shown?.share != null
		? {
				yours: m.org_practices_respondents_yes({ percent: percentIn(locale)(shown.share) }),
				basis: m.org_practices_basis_respondents()
			}
		: { yours: null, basis: m.org_practices_basis_unanswered() };
}

function vision(facts: CycleFacts): PracticeRow {
	const map = stakeholderMapFacts(facts);
	const answered = map.filter((x) => x.covered !== null);
	return {
		practice: m.org_practices_vision(),
		study: m.org_practices_vision_study(),
		...(answered.length > 0
			? {
					yours: m.org_practices_vision_yours({
						covered: answered.filter((x) => x.covered).length,
						total: map.length
					}),
					basis: m.org_practices_basis_map()
				}
			: { yours: null, basis: m.org_practices_basis_no_map() })
	};
}

function integrationRow(scored: Scored, facts: CycleFacts, locale: string): PracticeRow {
	const integration = integrationVerdicts(scored?.integration.functions ?? [], facts).study;
	const unknown = integration.of - integration.known;
	return {
		practice: m.org_practices_integration(),
		study: m.org_practices_integration_study({
			average: new Intl.NumberFormat(locale).format(integration.averageIntegrated),
			of: integration.of
		}),
		...(integration.known > 0
			? {
					yours:
						m.org_practices_integrated({ integrated: integration.integrated, of: integration.of }) +
						(unknown > 0 ? ` ${m.org_practices_not_known({ count: unknown })}` : ''),
					basis: m.org_practices_basis_grid()
				}
			: { yours: null, basis: m.org_practices_basis_no_function() })
	};
}

/**
 * The study's practices beside the cycle's facts and scores (scores may be null or withheld), in
 * the reader's language. A withheld score's reason is the scoring module's, as given.
 */
export function studyPractices(scores: CycleScores | null, facts: CycleFacts): PracticeRow[] {
	const locale = localeOf[getLocale()];
	const percent = percentIn(locale);
	const scored: Scored = scores?.status === 'scored' ? scores : null;
	return [
		vision(facts),
		{
			practice: m.org_practices_best_customers(),
			study: m.org_practices_share_of_organisations({
				percent: percent(referenceQuestions['reference.best_customers']!.share)
			}),
			...reference(scored, facts, 'reference.best_customers', locale)
		},
		integrationRow(scored, facts, locale),
		{
			practice: m.org_practices_hiring(),
			study: m.org_practices_share_of_organisations({
				percent: percent(referenceQuestions['reference.hiring_crm_skills']!.share)
			}),
			...reference(scored, facts, 'reference.hiring_crm_skills', locale)
		},
		{
			practice: m.org_practices_frontline(),
			study: null,
			...reference(scored, facts, 'reference.frontline_data', locale)
		},
		{
			practice: m.org_practices_channels(),
			study: null,
			...scoreOf(scored, 'contact_channels', m.org_practices_channels_dimension(), locale)
		},
		{
			practice: m.org_practices_stages(),
			study: null,
			yours: null,
			basis: m.org_practices_basis_not_asked()
		}
	];
}
