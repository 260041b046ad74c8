/**
 * Which dimensions to work on first (issue 15.6; method: docs/scoring.md §13): the cycle's scores
 * against their targets, the peer median where the peer benchmark shows one, and the key-driver
 * coefficients — all three from the anonymity-safe scoring service.
 */
import * as scoring from '../scoring';
import { keyDriversForCycle } from '../scoring/drivers';
import { peerBenchmarkForCycle } from '../scoring/peers';
import { priorities } from '$lib/domain/priority';
import { m } from '$lib/paraglide/messages';

/** Short column names of version 1's reference questions (the full question is printed under the table). */
const outcomeLabels: Record<string, () => string> = {
	'reference.frontline_data': m.dashboard_outcome_frontline_data,
	'reference.hiring_crm_skills': m.dashboard_outcome_hiring_crm_skills,
	'reference.best_customers': m.dashboard_outcome_best_customers
};

export async function priorityView(organisationId: string, cycleId: string) {
	const scored = await scoring.scoredCycle(organisationId, cycleId);
	if (!scored) return null;
	if (scored.scores.status !== 'scored')
		return { status: 'withheld' as const, withheld: scored.scores.withheld };
	const [peers, drivers] = await Promise.all([
		peerBenchmarkForCycle(organisationId, cycleId, {}, scored),
		keyDriversForCycle(organisationId, cycleId, scored)
	]);
	const medianOf = new Map(
		(peers?.dimensions ?? []).flatMap((d) => ('median' in d ? [[d.key, d.median] as const] : []))
	);
	const driversOf = new Map((drivers?.dimensions ?? []).map((d) => [d.key, d]));
	const applicable = scored.scores.dimensions.filter((d) => !d.notApplicable);
	return {
		status: 'scored' as const,
		rows: priorities(
			applicable.map((d) => ({
				key: d.key,
				title: d.title,
				score: d.score,
				target: d.target,
				peerMedian: medianOf.get(d.key) ?? null,
				driver: driversOf.get(d.key)?.index ?? null
			}))
		).map((p) => ({
			...p,
			target: applicable.find((d) => d.key === p.key)?.target ?? null,
			peerMedian: medianOf.get(p.key) ?? null,
			index: driversOf.get(p.key)?.index ?? null,
			outcomes: driversOf.get(p.key)?.outcomes ?? {}
		})),
		peersShown: medianOf.size > 0,
		minPeers: peers?.minPeers ?? null,
		driverMinimum: drivers?.minimum ?? null,
		outcomes: (drivers?.outcomes ?? []).map((o) => ({
			...o,
			label: outcomeLabels[o.key]?.() ?? o.text
		})),
		respondents: scored.scores.overall.respondents
	};
}

export type PriorityView = NonNullable<Awaited<ReturnType<typeof priorityView>>>;
