import type { CycleFacts } from '../cycle/facts';
/**
 * Everything the board-report layout needs, as plain JSON-serialisable data. It is stored with
 * the PDF (report.inputs) so that a report can be explained and re-made from its snapshot.
 * Dates are ISO strings; figures are unrounded (the layout rounds for presentation).
 */
import type { ActionStatus } from '../action/schema';
import type { ActivityDecision } from '../activity/portfolio';
import type { CycleStatus, GroupResponseRate } from '../cycle/status';
import type { SectionKind } from '../instrument/types';
import type { CycleScores, DimensionBenchmark, Withheld } from '../scoring';

export interface ReportOrganisation {
	name: string;
	sector: string | null;
	sizeBand: string | null;
}

export interface ReportCycle {
	name: string;
	status: CycleStatus;
	/** ISO date-time. */
	opensAt: string;
	/** ISO date-time. */
	closesAt: string;
	anonymityThreshold: number;
}

/** One closed cycle in the trend chart. */
export interface ReportTrendPoint {
	cycleName: string;
	/** ISO date-time. */
	closedAt: string;
	/** Overall maturity index 1–5, null when the cycle was withheld or unscored. */
	index: number | null;
	/** Dimension key → score 1–5 (null: not scored / not applicable). */
	dimensions: Record<string, number | null>;
}

export interface ReportPeers {
	/**
	 * Per-key result of `peerBenchmark` (dimension keys, optionally `index`), or the reason
	 * the whole benchmark is not shown (e.g. benchmarking switched off, no peers).
	 */
	benchmark: DimensionBenchmark[] | Withheld;
	/** Plain-words description of the peer filter, e.g. "Sector: Manufacturing"; null = all peers. */
	filter: string | null;
}

export interface ReportAction {
	title: string;
	dimensionKeys: string[];
	owner: string;
	/** Business impact 1–5. */
	impact: number;
	/** Technical complexity 1–5. */
	complexity: number;
	/** ISO date (YYYY-MM-DD) or null. */
	dueDate: string | null;
	status: ActionStatus;
	/** Budget asked for and approved, whole units of the organisation's currency (absent in older snapshots). */
	budget?: number | null;
	approvedAmount?: number | null;
}

export interface ReportInstrumentItem {
	key: string;
	text: string;
}

export interface ReportInstrumentSection {
	key: string;
	title: string;
	kind: SectionKind;
	items: ReportInstrumentItem[];
}

export interface ReportInstrument {
	name: string;
	version: number;
	sections: ReportInstrumentSection[];
}

/** The cycle's roadmap for the board (seed 003): discovery, current vs future state, the phased plan. */
export interface ReportRoadmap {
	goals: string;
	assets: string;
	/** Who was interviewed and when (ISO date) — never what anyone answered. */
	interviews: Array<{ who: string; heldOn: string }>;
	/** Every dimension with a written future state, beside its target and current score. */
	futureStates: Array<{
		dimensionKey: string;
		title: string;
		current: number | null;
		target: number | null;
		description: string;
	}>;
	/** Phases in order; each phase's actions early wins first. */
	phases: Array<{
		name: string;
		startsOn: string | null;
		endsOn: string | null;
		dimensionKeys: string[];
		actions: Array<{ title: string; impact: number; complexity: number }>;
	}>;
	/** Actions of the cycle in no phase yet. */
	unphased: number;
}

/** The CRM activity portfolio (IESE, seed 004): activities by this cycle's decision. */
export interface ReportPortfolio {
	total: number;
	/**
	 * `decision` names the group in the report's language (null: not reviewed yet); inputs stored
	 * before it was kept have only the English `label`.
	 */
	byDecision: Array<{ decision?: ActivityDecision | null; label: string; activities: string[] }>;
	noObjective: string[];
}

export interface ReportInput {
	/**
	 * The report's language (issue 17, domain/language.ts): its fixed texts, dates and numbers;
	 * dimension names and item texts are the questionnaire's in that language. Absent: English.
	 */
	language?: string;
	organisation: ReportOrganisation;
	cycle: ReportCycle;
	/** The cycle is still open: every page carries a "PROVISIONAL" watermark. */
	provisional: boolean;
	/** ISO date-time. */
	generatedAt: string;
	scores: CycleScores;
	previous: { name: string; scores: CycleScores } | null;
	/** Closed cycles, oldest → newest. */
	trend: ReportTrendPoint[];
	responseRates: GroupResponseRate[];
	peers: ReportPeers;
	actions: ReportAction[];
	instrument: ReportInstrument;
	/** Absent in reports stored before the roadmap existed (issue 15). */
	roadmap?: ReportRoadmap;
	portfolio?: ReportPortfolio;
	/** The lead's organisation facts for the cycle (cycle/facts.ts); absent in older snapshots. */
	facts?: CycleFacts;
	/**
	 * The implementation checklist's financial authorisation (Carlson's step 7) while it is not
	 * done, as the board's home asks it; null when done, absent in older snapshots.
	 */
	financialAuthorisation?: { step: number; title: string } | null;
}
