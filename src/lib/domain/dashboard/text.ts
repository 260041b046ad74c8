/**
 * The words the dashboard, trends, priorities and board home put beside their figures, in the
 * reader's language (issue 17.1). Scoring keeps its English codes and reasons — the snapshots and
 * the exports carry them — and these turn them into messages where a page shows them. Level names
 * are $lib/i18n/levels', stakeholder groups' domain/cycle/labels'.
 */
import { m } from '$lib/paraglide/messages';
import type { PeerBand } from '../scoring/benchmark';
import type { DimensionChange } from '../cycle/compare';
import { reasonShapes, type ReasonShape } from '../report/messages/reasons';

const verdicts: Record<DimensionChange['verdict'], () => string> = {
	'real change': m.dashboard_verdict_real_change,
	'within noise': m.dashboard_verdict_within_noise,
	'not comparable': m.dashboard_verdict_not_comparable
};

/** A change's verdict ("real change", "within noise", "not comparable"). */
export const verdictText = (verdict: DimensionChange['verdict']): string => verdicts[verdict]();

const bands: Record<PeerBand, () => string> = {
	'lower half': m.dashboard_band_lower_half,
	'upper half': m.dashboard_band_upper_half,
	'top quartile': m.dashboard_band_top_quartile,
	'top decile': m.dashboard_band_top_decile
};

/** Where the organisation's score falls among its peers. */
export const bandText = (band: PeerBand): string => bands[band]();

type Numbers = { n: string; answered: string };
const shapedReasons: Record<ReasonShape, (x: Numbers) => string> = {
	responsesInCycle: m.dashboard_reason_responses_in_cycle,
	responses: m.dashboard_reason_responses,
	groupComplementary: m.dashboard_reason_group_complementary,
	peers: m.dashboard_reason_peers,
	comments: m.dashboard_reason_comments,
	alphaComplete: m.dashboard_reason_alpha_complete,
	fewRespondents: m.dashboard_reason_few_respondents,
	yesNo: m.dashboard_reason_yes_no,
	twoGroups: m.dashboard_reason_two_groups,
	fewPeopleDimension: m.dashboard_reason_few_people_dimension,
	fewPeople: m.dashboard_reason_few_people,
	cellComplementary: m.dashboard_reason_cell_complementary,
	noPeerBenchmark: m.dashboard_reason_no_peer_benchmark
};

/** Reasons scoring gives without a number (scoring/dimensions, drivers, groups; dashboard/view). */
const fixedReasons: Record<string, () => string> = {
	'needs at least two items': m.dashboard_reason_two_items,
	'total scores do not vary': m.dashboard_reason_totals_do_not_vary,
	'not applicable in this cycle': m.dashboard_reason_not_applicable,
	'the answers do not vary': m.dashboard_reason_answers_do_not_vary,
	'no answers in this dimension': m.dashboard_reason_no_answers_in_dimension,
	'no responses': m.dashboard_reason_no_responses
};

/**
 * Why a figure is withheld, in the reader's language: each English shape scoring writes (the
 * board report's reasonShapes) with its numbers kept. A reason of no known shape stays as given.
 */
export function reasonText(reason: string): string {
	const fixed = fixedReasons[reason];
	if (fixed) return fixed();
	for (const [shape, pattern] of Object.entries(reasonShapes) as Array<[ReasonShape, RegExp]>) {
		const match = pattern.exec(reason);
		if (match) return shapedReasons[shape]({ n: match[1] ?? '', answered: match[2] ?? '' });
	}
	return reason;
}
