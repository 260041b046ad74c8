/**
 * Answer-quality diagnostics of a cycle (docs/scoring.md §12): how many published responses gave
 * the same level to every maturity question (straight-lining) and how many were submitted in under
 * a third of the estimated time (speeding). Counts over the whole cycle only — never per group,
 * never which responses — and nobody is excluded from any score: the lead judges.
 */
import { readHandle } from '../platform/db';
import { STRAIGHT_LINE_MIN_ANSWERS } from '$lib/domain/survey/progress';

export interface AnswerQuality {
	/** Published responses. */
	responses: number;
	/** Of those, with at least `straightLineMin` levels, all the same. */
	straightLined: number;
	/** STRAIGHT_LINE_MIN_ANSWERS, for the page to say (it does not import the survey's modules). */
	straightLineMin: number;
	/** Of those, flagged as submitted in under a third of the estimated time. */
	answeredQuickly: number;
	/** Of those, with no timing (answered on another device than the one that submitted, say). */
	timingUnknown: number;
}

const QUALITY_SQL = `
	WITH lines AS (
	  SELECT a.response_id
	  FROM answer a
	  JOIN response ar ON ar.id = a.response_id AND ar.organisation_id = $1 AND ar.cycle_id = $2
	  JOIN instrument_item i ON i.id = a.item_id AND i.kind = 'maturity'
	  WHERE a.cycle_id = $2 AND a.value IS NOT NULL AND NOT a.dont_know AND NOT a.not_my_area
	  GROUP BY a.response_id
	  HAVING count(*) >= $3 AND min(a.value) = max(a.value)
	)
	SELECT count(*)::int AS responses,
	       (count(*) FILTER (WHERE r.id IN (SELECT response_id FROM lines)))::int AS straight_lined,
	       (count(*) FILTER (WHERE r.answered_quickly))::int AS answered_quickly,
	       (count(*) FILTER (WHERE r.answered_quickly IS NULL))::int AS timing_unknown
	FROM response r
	WHERE r.organisation_id = $1 AND r.cycle_id = $2 AND r.published_in IS NOT NULL`;

export async function answerQuality(
	organisationId: string,
	cycleId: string
): Promise<AnswerQuality> {
	const [row] = await readHandle().rows<{
		responses: number;
		straight_lined: number;
		answered_quickly: number;
		timing_unknown: number;
	}>(QUALITY_SQL, [organisationId, cycleId, STRAIGHT_LINE_MIN_ANSWERS]);
	return {
		responses: row?.responses ?? 0,
		straightLined: row?.straight_lined ?? 0,
		straightLineMin: STRAIGHT_LINE_MIN_ANSWERS,
		answeredQuickly: row?.answered_quickly ?? 0,
		timingUnknown: row?.timing_unknown ?? 0
	};
}
