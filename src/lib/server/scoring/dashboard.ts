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

/** The lead's dashboard of one cycle: this cycle's scores against its targets and the previous cycle. */
export async function forCycle(
	organisationId: string,
	cycleId: string,
	peerFilter: peers.PeerFilter = {}
) {
	const current = await scoring.scoredCycle(organisationId, cycleId);
	if (!current) return null;
	const cycleRow = await cycles.get(organisationId, cycleId);
	const previousCycle = await cycles.previousClosed(organisationId, cycleId);
	const previous = previousCycle
		? await scoring.scoreCycleForOrganisation(organisationId, previousCycle.id)
		: null;
	return {
		view: dashboardView(current.scores, previous, {
			facts: await factsOf(organisationId, cycleId),
			cycleGroups: cycleRow?.groups ?? [],
			sectionTitles: Object.fromEntries(
				current.context.instrument.sections.map((section) => [section.key, section.title])
			),
			routing: effectiveRouting(current.context.instrument.routing, cycleRow?.routing)
		}),
		previous: previousCycle ? { id: previousCycle.id, name: previousCycle.name } : null,
		rates: await invitations.rates(organisationId, cycleId),
		// Scoring has just cut any snapshot due; this reads how many submissions still wait.
		publication: await publishPending(organisationId, cycleId),
		peers: await peers.peerBenchmarkForCycle(organisationId, cycleId, peerFilter, current),
		// Counts only, and only once the cycle's scores are shown (as many people as any figure).
		answerQuality:
			current.scores.status === 'scored' ? await answerQuality(organisationId, cycleId) : null
	};
}

/** Every dimension and the overall index across the organisation's closed cycles, oldest first. */
export async function trends(organisationId: string) {
	const closed = await cycles.closedInOrder(organisationId);
	const points = [];
	for (const c of closed) {
		const scores = await scoring.scoreCycleForOrganisation(organisationId, c.id);
		if (!scores) continue;
		points.push({ cycleId: c.id, cycleName: c.name, closesAt: c.closesAt, scores });
	}
	return trendSeries(points);
}

/** Two cycles side by side: each dimension's delta and whether it is a real change (Holm). */
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
			withheld: `“${archived.name}” is archived, so it is left out of comparisons, as it is of the trend lines`
		};
	const open = [beforeCycle, afterCycle].find((c) => isProvisional(c));
	if (open)
		return {
			changes: null,
			withheld: `“${open.name}” is still open, so its figures are provisional: cycles are compared once both have closed, as the trend lines are`
		};
	const [before, after] = await Promise.all([
		scoring.scoreCycleForOrganisation(organisationId, beforeId),
		scoring.scoreCycleForOrganisation(organisationId, afterId)
	]);
	if (!before || !after) return null;
	if (before.status !== 'scored' || after.status !== 'scored') {
		return {
			changes: null,
			withheld:
				before.status === 'withheld'
					? before.withheld
					: after.status === 'withheld'
						? after.withheld
						: ''
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
