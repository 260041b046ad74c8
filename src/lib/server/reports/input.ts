/**
 * Assembles the board report's `ReportInput` from the database: the snapshot that is rendered
 * and stored with the PDF. Everything comes from the anonymity-safe services (scoring, peers,
 * rates), never from raw answers.
 */
import { factsOf } from '../cycles/facts';
import * as organisations from '../organisations';
import * as actions from '../cycles/improvement-actions';
import * as cycles from '../cycles';
import * as invitations from '../survey/invitations';
import * as peers from '../scoring/peers';
import * as roadmaps from '../improvement/roadmap';
import * as activities from '../improvement/activities';
import * as implementation from '../improvement/implementation';
import { FINANCIAL_AUTHORISATION_STEP } from '$lib/domain/board/home';
import { phasedPlan } from '$lib/domain/roadmap';
import { inLanguage } from '$lib/domain/instrument/languages';
import { interfaceLanguageOr } from '$lib/domain/language';
import { decisionGroupLabel } from '$lib/domain/activity/portfolio';
import { scoreCycleForOrganisation, scoredCycle, type ScoredCycle } from '../scoring';
import type { CycleRow } from '../cycles';
import type { StoredInstrument } from '../instruments';
import { closedOn, effectiveStatus, isProvisional, previousCycle } from '$lib/domain/cycle/status';
import type { CycleScores } from '$lib/domain/scoring';
import type {
	ReportInput,
	ReportPeers,
	ReportPortfolio,
	ReportRoadmap,
	ReportTrendPoint
} from '$lib/domain/report/types';

export interface ReportOptions {
	/** Benchmark only against peers in the organisation's sector. */
	sector?: boolean;
	/** Benchmark only against peers in the organisation's size band. */
	sizeBand?: boolean;
	/** The report's language (domain/language.ts); absent in reports asked for before issue 17: English. */
	language?: string;
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

type ScoresOf = (cycleId: string) => Promise<CycleScores | null>;

/** Scores each cycle once, though it may be both the previous cycle and a trend point. */
function scoresCache(organisationId: string, known: ScoredCycle): ScoresOf {
	const scored = new Map<string, Promise<CycleScores | null>>([
		[known.context.cycleId, Promise.resolve(known.scores)]
	]);
	return (id) => {
		if (!scored.has(id)) scored.set(id, scoreCycleForOrganisation(organisationId, id));
		return scored.get(id)!;
	};
}

/**
 * The previous cycle and the trend: closed cycles up to this one, by when they closed (a report
 * on an older cycle does not look into its future); "previous" is the one rule of previousCycle.
 */
async function history(
	organisationId: string,
	current: CycleRow,
	provisional: boolean,
	scoresOf: ScoresOf
): Promise<Pick<ReportInput, 'previous' | 'trend'>> {
	const earlier = (await cycles.closedInOrder(organisationId)).filter(
		(c) => closedOn(c) <= closedOn(current)
	);
	const previous = previousCycle(current, earlier);
	const previousScores = previous ? await scoresOf(previous.id) : null;
	const trend: ReportTrendPoint[] = [];
	for (const c of earlier) {
		if (c.id === current.id && provisional) continue;
		const s = await scoresOf(c.id);
		if (!s) continue;
		trend.push({
			cycleName: c.name,
			closedAt: closedOn(c).toISOString(),
			index: s.status === 'scored' ? s.overall.index : null,
			dimensions: dimensionScores(s)
		});
	}
	return {
		previous: previous && previousScores ? { name: previous.name, scores: previousScores } : null,
		trend
	};
}

async function peerSection(
	organisation: { id: string; sector: string; sizeBand: string },
	own: ScoredCycle,
	options: ReportOptions
): Promise<ReportPeers> {
	const filter = {
		sector: options.sector ? organisation.sector : null,
		sizeBand: options.sizeBand ? organisation.sizeBand : null
	};
	const benchmark = await peers.peerBenchmarkForCycle(
		organisation.id,
		own.context.cycleId,
		filter,
		own
	);
	return {
		benchmark: benchmark ? benchmark.dimensions : { withheld: 'no peer benchmark for this cycle' },
		filter: peerFilterDescription(organisation, options)
	};
}

async function actionsOf(organisationId: string, cycleId: string): Promise<ReportInput['actions']> {
	return (await actions.forCycle(organisationId, cycleId)).map((a) => ({
		title: a.title,
		dimensionKeys: a.dimensionKeys,
		owner: a.owner,
		impact: a.impact,
		complexity: a.complexity,
		dueDate: a.dueDate ?? null,
		status: a.status,
		budget: a.budget ?? null,
		approvedAmount: a.approvedAmount ?? null
	}));
}

/** The cycle's roadmap as the board reads it (issue 15): no notes on people, no survey answers. */
async function roadmapOf(organisationId: string, cycleId: string): Promise<ReportRoadmap> {
	const rm = await roadmaps.get(organisationId, cycleId);
	const dims = await cycles.dimensions(organisationId, cycleId);
	const current = await roadmaps.currentState(organisationId, cycleId);
	const cycleActions = await actions.forCycle(organisationId, cycleId);
	const planned = phasedPlan(rm.phases, cycleActions, rm.phaseOf);
	return {
		goals: rm.discovery.goals,
		assets: rm.discovery.assets,
		interviews: rm.interviews.map((i) => ({ who: i.who, heldOn: i.heldOn })),
		futureStates: dims
			.filter((d) => rm.futureStates[d.dimensionKey])
			.map((d) => ({
				dimensionKey: d.dimensionKey,
				title: d.title,
				current: current?.scores[d.dimensionKey] ?? null,
				target: d.target,
				description: rm.futureStates[d.dimensionKey]!
			})),
		phases: planned.phases.map((ph) => ({
			name: ph.name,
			startsOn: ph.startsOn,
			endsOn: ph.endsOn,
			dimensionKeys: ph.dimensionKeys,
			actions: ph.actions.map((a) => ({
				title: a.title,
				impact: a.impact,
				complexity: a.complexity
			}))
		})),
		unphased: planned.unphased.length
	};
}

async function portfolioOf(organisationId: string, cycleId: string): Promise<ReportPortfolio> {
	const pf = await activities.portfolioFor(organisationId, cycleId);
	return {
		total: pf.total,
		byDecision: pf.byDecision.map((g) => ({
			decision: g.decision,
			// In English: the report names the decision in its language; reports stored before it kept
			// the decision show this label.
			label: decisionGroupLabel(g.decision, { locale: 'en' }),
			activities: g.activities
		})),
		noObjective: pf.noObjective
	};
}

/** The implementation checklist's financial authorisation while it is not done (as the board's home asks). */
async function financialAuthorisationOf(
	organisationId: string
): Promise<ReportInput['financialAuthorisation']> {
	const step = (await implementation.list(organisationId)).rows.find(
		(r) => r.step === FINANCIAL_AUTHORISATION_STEP
	);
	return step && step.state !== 'done' ? { step: step.step, title: step.title } : null;
}

/** The questionnaire's sections and items, in the report's language where the version has it. */
const instrumentOutline = (
	stored: StoredInstrument,
	language: string
): ReportInput['instrument'] => {
	const instrument = inLanguage(stored, stored.translations?.[language]);
	return {
		name: instrument.name,
		version: instrument.version,
		sections: instrument.sections.map((s) => ({
			key: s.key,
			title: s.title,
			kind: s.kind,
			items: s.items.map((i) => ({ key: i.key, text: i.text }))
		}))
	};
};

/** The roadmap's dimension names in the report's language, where the version has them. */
function roadmapIn(roadmap: ReportRoadmap, instrument: ReportInput['instrument']): ReportRoadmap {
	const titles = new Map(instrument.sections.map((s) => [s.key, s.title]));
	return {
		...roadmap,
		futureStates: roadmap.futureStates.map((fs) => ({
			...fs,
			title: titles.get(fs.dimensionKey) ?? fs.title
		}))
	};
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
	// Independent reads at once (issue 18: the lead waits for them before the render starts); the
	// object below keeps its key order, so stored inputs and their hash are built as before.
	const [current, org, own] = await Promise.all([
		cycles.get(organisationId, cycleId),
		organisations.get(organisationId),
		// The scoring context carries the instrument: loaded once for the scores, the peers and the outline.
		scoredCycle(organisationId, cycleId)
	]);
	if (!current || !org || !own) return null;
	const status = effectiveStatus(current, now);
	const provisional = isProvisional(current, now);
	const language = interfaceLanguageOr(options.language);
	const instrument = instrumentOutline(own.context.instrument, language);
	const [past, responseRates, peers, actions, roadmap, portfolio, facts, financialAuthorisation] =
		await Promise.all([
			history(organisationId, current, provisional, scoresCache(organisationId, own)),
			invitations.rates(organisationId, cycleId),
			peerSection(org, own, options),
			actionsOf(organisationId, cycleId),
			roadmapOf(organisationId, cycleId),
			portfolioOf(organisationId, cycleId),
			factsOf(organisationId, cycleId),
			financialAuthorisationOf(organisationId)
		]);
	return {
		language,
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
		scores: own.scores,
		...past,
		responseRates,
		peers,
		actions,
		instrument,
		roadmap: roadmapIn(roadmap, instrument),
		portfolio,
		facts,
		financialAuthorisation
	};
}
