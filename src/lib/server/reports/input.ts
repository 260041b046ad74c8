/**
 * Assembles the board report's `ReportInput` from the database: the snapshot that is rendered
 * and stored with the PDF. Everything comes from the anonymity-safe services (scoring, peers,
 * rates), never from raw answers.
 */
import { eq } from 'drizzle-orm';
import { db } from '../platform/db';
import { organisation } from '../platform/db/schema';
import * as actions from '../cycles/improvement-actions';
import * as cycles from '../cycles';
import * as instruments from '../instruments';
import * as invitations from '../survey/invitations';
import * as peers from '../scoring/peers';
import { scoreCycleForOrganisation } from '../scoring';
import { effectiveStatus } from '$lib/domain/cycle/status';
import type { CycleScores } from '$lib/domain/scoring';
import type { ReportInput, ReportPeers, ReportTrendPoint } from '$lib/domain/report/types';

export interface ReportOptions {
	/** Benchmark only against peers in the organisation's sector. */
	sector?: boolean;
	/** Benchmark only against peers in the organisation's size band. */
	sizeBand?: boolean;
}

const dimensionScores = (s: CycleScores): Record<string, number | null> =>
	s.status === 'scored' ? Object.fromEntries(s.dimensions.map((d) => [d.key, d.score])) : {};

/** "Sector: Financial services · Size: 1,000–4,999 employees", or null for all peers. */
export function peerFilterDescription(
	org: { sector: string; sizeBand: string },
	options: ReportOptions
): string | null {
	const parts = [
		options.sector ? `Sector: ${org.sector}` : null,
		options.sizeBand ? `Size: ${org.sizeBand} employees` : null
	].filter((p): p is string => p !== null);
	return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * The report input of one cycle as it stands at `now`. Null when the cycle is not the
 * organisation's. A cycle that is still open (or a draft) gives a provisional report.
 */
export async function buildReportInput(
	organisationId: string,
	cycleId: string,
	options: ReportOptions = {},
	now = new Date()
): Promise<ReportInput | null> {
	const current = await cycles.get(organisationId, cycleId);
	if (!current) return null;
	const [org] = await db()
		.select({
			name: organisation.name,
			sector: organisation.sector,
			sizeBand: organisation.sizeBand
		})
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	const instrument = await instruments.get(organisationId, current.instrumentId);
	const scores = await scoreCycleForOrganisation(organisationId, cycleId);
	if (!org || !instrument || !scores) return null;

	// Each cycle is scored once, though it may be both the previous cycle and a trend point.
	const scored = new Map<string, Promise<CycleScores | null>>([[cycleId, Promise.resolve(scores)]]);
	const scoresOf = (id: string) => {
		if (!scored.has(id)) scored.set(id, scoreCycleForOrganisation(organisationId, id));
		return scored.get(id)!;
	};

	const status = effectiveStatus(current, now);
	const provisional = status === 'open' || status === 'draft';

	// Closed cycles up to this one, by when they closed (a report on an older cycle does not look
	// into its future); the last one before this cycle is "previous", as on the dashboard.
	const closedAt = (c: { closedAt: Date | null; closesAt: Date }) => c.closedAt ?? c.closesAt;
	const earlier = (await cycles.closedInOrder(organisationId))
		.filter((c) => closedAt(c) <= closedAt(current))
		.sort((a, b) => closedAt(a).getTime() - closedAt(b).getTime());
	const previousCycle =
		earlier.filter((c) => c.id !== cycleId && closedAt(c) < closedAt(current)).at(-1) ?? null;
	const previousScores = previousCycle ? await scoresOf(previousCycle.id) : null;

	const trend: ReportTrendPoint[] = [];
	for (const c of earlier) {
		if (c.id === cycleId && provisional) continue;
		const s = await scoresOf(c.id);
		if (!s) continue;
		trend.push({
			cycleName: c.name,
			closedAt: closedAt(c).toISOString(),
			index: s.status === 'scored' ? s.overall.index : null,
			dimensions: dimensionScores(s)
		});
	}

	const filter = {
		sector: options.sector ? org.sector : null,
		sizeBand: options.sizeBand ? org.sizeBand : null
	};
	const benchmark = await peers.peerBenchmarkForCycle(organisationId, cycleId, filter, scores);
	const peerSection: ReportPeers = {
		benchmark: benchmark ? benchmark.dimensions : { withheld: 'no peer benchmark for this cycle' },
		filter: peerFilterDescription(org, options)
	};

	const actionRows = await actions.forCycle(organisationId, cycleId);

	return {
		organisation: { name: org.name, sector: org.sector, sizeBand: org.sizeBand },
		cycle: {
			name: current.name,
			status,
			opensAt: current.opensAt.toISOString(),
			closesAt: current.closesAt.toISOString(),
			anonymityThreshold: current.anonymityThreshold
		},
		provisional,
		generatedAt: now.toISOString(),
		scores,
		previous:
			previousCycle && previousScores ? { name: previousCycle.name, scores: previousScores } : null,
		trend,
		responseRates: await invitations.rates(organisationId, cycleId),
		peers: peerSection,
		actions: actionRows.map((a) => ({
			title: a.title,
			dimensionKeys: a.dimensionKeys,
			owner: a.owner,
			impact: a.impact,
			complexity: a.complexity,
			dueDate: a.dueDate ?? null,
			status: a.status
		})),
		instrument: {
			name: instrument.name,
			version: instrument.version,
			sections: instrument.sections.map((s) => ({
				key: s.key,
				title: s.title,
				kind: s.kind,
				items: s.items.map((i) => ({ key: i.key, text: i.text }))
			}))
		}
	};
}
