/**
 * Answer-quality diagnostics of a cycle (docs/scoring.md §12): how many published responses gave
 * the same level to every maturity question (straight-lining) and how many were submitted in under
 * a third of the estimated time (speeding). Counts over the whole cycle only — never per group,
 * never which responses — and nobody is excluded from any score: the lead judges.
 *
 * Both are flags set on the response at submission (survey/straight-lines.ts, survey submit), so
 * this is one pass over the cycle's responses, not its answers (issue 18).
 */
import { readHandle } from '../platform/db';
import { STRAIGHT_LINE_MIN_ANSWERS } from '$lib/domain/survey/progress';

export interface AnswerQuality {
	/** Published responses. */
	responses: number;
	/**
	 * Of those, with at least `straightLineMin` levels, all the same; null when no longer known
	 * (the answers, which the flag is read from, were erased under the retention setting).
	 */
	straightLined: number | null;
	/** STRAIGHT_LINE_MIN_ANSWERS, for the page to say (it does not import the survey's modules). */
	straightLineMin: number;
	/** Of those, flagged as submitted in under a third of the estimated time. */
	answeredQuickly: number;
	/** Of those, with no timing (answered on another device than the one that submitted, say). */
	timingUnknown: number;
}

const QUALITY_SQL = `
	SELECT count(*)::int AS responses,
	       (count(*) FILTER (WHERE r.straight_lined))::int AS straight_lined,
	       (count(*) FILTER (WHERE r.answered_quickly))::int AS answered_quickly,
	       (count(*) FILTER (WHERE r.answered_quickly IS NULL))::int AS timing_unknown,
	       (SELECT c.answers_erased_at IS NOT NULL FROM cycle c
	        WHERE c.organisation_id = $1 AND c.id = $2) AS answers_erased
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
		answers_erased: boolean | null;
	}>(QUALITY_SQL, [organisationId, cycleId]);
	return {
		responses: row?.responses ?? 0,
		straightLined: row?.answers_erased ? null : (row?.straight_lined ?? 0),
		straightLineMin: STRAIGHT_LINE_MIN_ANSWERS,
		answeredQuickly: row?.answered_quickly ?? 0,
		timingUnknown: row?.timing_unknown ?? 0
	};
}
