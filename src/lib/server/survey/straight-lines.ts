/**
 * The straight-lining flag of submitted responses (docs/scoring.md §12): at least
 * STRAIGHT_LINE_MIN_ANSWERS maturity levels, all the same ("don't know" and "not my area" are not
 * levels). Read once from a response's answers when it is submitted and kept on the response, so
 * the dashboard counts flags rather than re-reading every answer of the cycle (issue 18: that pass
 * cost more than scoring itself at 5,000 respondents).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../platform/db';
import { STRAIGHT_LINE_MIN_ANSWERS } from '$lib/domain/survey/progress';

/**
 * Sets the flag of the cycle's submitted responses from their answers: one response (at its
 * submission, in its transaction) or all of them (responses written in bulk: the demo, the bench).
 */
export async function markStraightLines(
	executor: Executor,
	organisationId: string,
	cycleId: string,
	responseId?: string
): Promise<void> {
	const only = (column: string) =>
		responseId === undefined ? sql`` : sql`and ${sql.raw(column)} = ${responseId}`;
	// An uncorrelated IN: the straight lines are found in one grouped pass and hashed, whatever the
	// statistics say (a subquery per response was planned as a scan of the answers per response on
	// a cycle written in bulk, before ANALYZE: seconds per demo cycle).
	await executor.execute(sql`
		update response r set straight_lined = r.id in (
		  select a.response_id
		  from answer a join instrument_item i on i.id = a.item_id and i.kind = 'maturity'
		  where a.cycle_id = ${cycleId} and a.value is not null and not a.dont_know and not a.not_my_area
		    ${only('a.response_id')}
		  group by a.response_id
		  having count(*) >= ${STRAIGHT_LINE_MIN_ANSWERS} and min(a.value) = max(a.value))
		where r.organisation_id = ${organisationId} and r.cycle_id = ${cycleId}
		  and r.status = 'submitted' ${only('r.id')}`);
}
