/**
 * INTERNAL — respondent-level profiles of a cycle for the key-driver analysis (drivers.ts): per
 * published response, its mean level in each maturity dimension and its yes/no to each reference
 * item. Not anonymity-safe: only the scoring service may import this module (an eslint rule, as for
 * sql.ts), and what it returns is turned into dimension-level coefficients before it leaves.
 * No response id leaves this function either.
 */
import { databaseHandle } from '../platform/db';
import { dimensionItems, isMaturitySection } from '$lib/domain/scoring';
import type { RespondentProfile } from '$lib/domain/scoring/drivers';
import type { ScoredCycle } from './';

type ScoringContext = ScoredCycle['context'];

const idOf = (item: object): string => (item as { id: string }).id;

/*
 * $1 organisation, $2 cycle, $3 item ids, $4 what each item feeds (its dimension's key, or its own
 * key for an outcome item), $5 whether it is an outcome. A valid value only: "don't know" and "not
 * my area" (value null) are left out, as in every score.
 */
const PROFILES_SQL = `
	SELECT a.response_id AS id, m.target, m.outcome, sum(a.value)::float8 / count(*) AS v
	FROM answer a
	JOIN unnest($3::uuid[], $4::text[], $5::bool[]) AS m(item_id, target, outcome) ON m.item_id = a.item_id
	JOIN response r ON r.id = a.response_id
	WHERE a.cycle_id = $2 AND r.cycle_id = $2 AND r.organisation_id = $1
	  AND r.published_in IS NOT NULL AND NOT a.dont_know AND a.value IS NOT NULL
	GROUP BY a.response_id, m.target, m.outcome`;

/** The cycle's respondents: dimension means over `dimensions`, answers to `outcomes` (item keys). */
export async function respondentProfiles(
	context: ScoringContext,
	dimensions: ReadonlySet<string>,
	outcomes: ReadonlySet<string>
): Promise<RespondentProfile[]> {
	const ids: string[] = [];
	const targets: string[] = [];
	const isOutcome: boolean[] = [];
	for (const section of context.instrument.sections) {
		if (isMaturitySection(section) && dimensions.has(section.key)) {
			for (const item of dimensionItems(section)) {
				ids.push(idOf(item));
				targets.push(section.key);
				isOutcome.push(false);
			}
		}
		for (const item of section.items) {
			if (item.kind === 'yes_no' && outcomes.has(item.key)) {
				ids.push(idOf(item));
				targets.push(item.key);
				isOutcome.push(true);
			}
		}
	}
	if (ids.length === 0) return [];
	const literal = (xs: ReadonlyArray<string | boolean>) =>
		`{${xs.map((x) => (typeof x === 'string' ? `"${x.replace(/["\\]/g, '\\$&')}"` : x)).join(',')}}`;
	const rows = await databaseHandle().rows<{
		id: string;
		target: string;
		outcome: boolean;
		v: number;
	}>(PROFILES_SQL, [
		context.organisationId,
		context.cycleId,
		literal(ids),
		literal(targets),
		literal(isOutcome)
	]);
	const byResponse = new Map<string, RespondentProfile>();
	for (const row of rows) {
		let profile = byResponse.get(row.id);
		if (!profile) byResponse.set(row.id, (profile = { dimensions: {}, outcomes: {} }));
		const v = Number(row.v);
		if (row.outcome) {
			if (v === 0 || v === 1) profile.outcomes[row.target] = v;
		} else if (v >= 1 && v <= 5) profile.dimensions[row.target] = v;
	}
	return [...byResponse.values()];
}
