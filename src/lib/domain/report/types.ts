import type { CycleFacts } from '../cycle/facts';
/**
 * Everything the board-report layout needs, as plain JSON-serialisable data. It is stored with
 * the PDF (report.inputs) so that a report can be explained and re-made from its snapshot.
 * Dates are ISO strings; figures are unrounded (the layout rounds for presentation).
 */
import type { ActionStatus } from '../action/schema';
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

export interface ReportInput {
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
	/** The lead's organisation facts for the cycle (cycle/facts.ts); absent in older snapshots. */
	facts?: CycleFacts;
}
