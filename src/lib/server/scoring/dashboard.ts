import * as cycles from '../cycles';
import { factsOf } from '../cycles/facts';
import * as invitations from '../survey/invitations';
import * as scoring from './';
import * as peers from './peers';
import { publishPending } from './publication';
import { answerQuality } from './diagnostics';
import { dashboardView } from '$lib/domain/dashboard/view';
import { effectiveRouting } from '$lib/domain/instrument/routing';
import { isProvisional } from '$lib/domain/cycle/status';
import { dimensionsWithChangedItems, trendSeries } from '$lib/domain/dashboard/trends';
import { compareDimensions } from '$lib/domain/cycle/compare';
import { reasonText } from '$lib/domain/dashboard/text';
import { m } from '$lib/paraglide/messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The lead's dashboard of one cycle: this cycle's scores against its targets and the previous cycle.
 *
 * The parts that do not depend on each other are fetched at once (issue 18: on PostgreSQL they run
 * on separate pooled connections, and the response rates' key derivation runs in Node meanwhile):
 * this cycle's scores, the previous cycle's scores, facts, rates, answer quality and the peers'
 * figures (their panel then reuses this cycle's scores). Figures count published responses only,
 * so any snapshot due is cut first (publishPending; scoring's own check then finds nothing more
 * unless a submission arrived in between).
 */
export async function forCycle(
	organisationId: string,
	cycleId: string,
	peerFilter: peers.PeerFilter = {}
) {
	if (!UUID.test(organisationId) || !UUID.test(cycleId)) return null;
	const cut = await publishPending(organisationId, cycleId);
	if (!cut) return null; // not the organisation's cycle
	const scored = scoring.scoredCycle(organisationId, cycleId);
	const [current, cycleRow, previousPart, facts, rates, quality, peerBenchmark] = await Promise.all(
		[
			scored,
			cycles.get(organisationId, cycleId),
			cycles.previousClosed(organisationId, cycleId).then(async (previousCycle) => ({
				previousCycle,
				previous: previousCycle
					? await scoring.scoreCycleForOrganisation(organisationId, previousCycle.id)
					: null
			})),
			factsOf(organisationId, cycleId),
			invitations.rates(organisationId, cycleId),
			// Read beside the scores and shown only when they are (as many people as any figure).
			answerQuality(organisationId, cycleId),
			// The peers' query runs beside the scoring; their panel takes this cycle's scores when done.
			peers.peerBenchmarkForCycle(organisationId, cycleId, peerFilter, scored)
		]
	);
	if (!current) return null;
	const { previousCycle, previous } = previousPart;
	return {
		view: dashboardView(current.scores, previous, {
			facts,
			cycleGroups: cycleRow?.groups ?? [],
			sectionTitles: Object.fromEntries(
				current.context.instrument.sections.map((section) => [section.key, section.title])
			),
			routing: effectiveRouting(current.context.instrument.routing, cycleRow?.routing)
		}),
		previous: previousCycle ? { id: previousCycle.id, name: previousCycle.name } : null,
		rates,
		// Scoring's own snapshot check is the latest (frozen results: the state read first).
		publication: current.publication ?? cut,
		peers: peerBenchmark,
		// Counts only, and only once the cycle's scores are shown.
		answerQuality: current.scores.status === 'scored' ? quality : null
	};
}

/** Every dimension and the overall index across the organisation's closed cycles, oldest first. */
export async function trends(organisationId: string) {
	const closed = await cycles.closedInOrder(organisationId);
	// Each cycle scored at once (pooled connections on PostgreSQL), kept in cycle order.
	const scored = await Promise.all(
		closed.map((c) => scoring.scoreCycleForOrganisation(organisationId, c.id))
	);
	const points = closed.flatMap((c, i) => {
		const scores = scored[i];
		return scores ? [{ cycleId: c.id, cycleName: c.name, closesAt: c.closesAt, scores }] : [];
	});
	return trendSeries(points);
}

/**
 * Two cycles side by side: each dimension's delta and whether it is a real change (Holm). A refusal
 * says why in the requester's language.
 */
export async function compare(organisationId: string, beforeId: string, afterId: string) {
	// One rule with the trend lines: a cycle still open has provisional figures and is left out.
	const [beforeCycle, afterCycle] = await Promise.all([
		cycles.get(organisationId, beforeId),
		cycles.get(organisationId, afterId)
	]);
	if (!beforeCycle || !afterCycle) return null;
	const archived = [beforeCycle, afterCycle].find((c) => c.archivedAt !== null);
	if (archived)
		return {
			changes: null,
			withheld: m.dashboard_reason_archived({ cycle: archived.name })
		};
	const open = [beforeCycle, afterCycle].find((c) => isProvisional(c));
	if (open)
		return {
			changes: null,
			withheld: m.dashboard_reason_still_open({ cycle: open.name })
		};
	const [before, after] = await Promise.all([
		scoring.scoreCycleForOrganisation(organisationId, beforeId),
		scoring.scoreCycleForOrganisation(organisationId, afterId)
	]);
	if (!before || !after) return null;
	if (before.status !== 'scored' || after.status !== 'scored') {
		return {
			changes: null,
			withheld: reasonText(
				before.status === 'withheld'
					? before.withheld
					: after.status === 'withheld'
						? after.withheld
						: ''
			)
		};
	}
	const { changes, comparisons, familyAlpha } = compareDimensions(
		before.dimensions.filter((d) => !d.notApplicable),
		after.dimensions.filter((d) => !d.notApplicable)
	);
	return {
		changes,
		comparisons,
		familyAlpha,
		itemsChanged: dimensionsWithChangedItems(before, after),
		overall: { before: before.overall.index, after: after.overall.index },
		withheld: null
	};
}
