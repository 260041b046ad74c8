/**
 * The board's story of one report, told the same way by the PDF, the slide deck and the Excel
 * workbook (issue 16): the headline, the three things that matter, the decisions asked of the
 * board, one row per dimension, and the plain-language line that explains each statistic.
 * Pure: everything comes from the ReportInput (itself only what the scoring service releases),
 * nothing is recomputed from answers, and figures stay unrounded until a format rounds them.
 *
 * The rules that pick the three things and the decisions are in docs/scoring.md §12.
 */
import { byPriority, isEarlyWin } from '../action/ranking';
import { awaitsBudgetApproval } from '../action/schema';
import { compareDimensions, type DimensionChange } from '../cycle/compare';
import { ALPHA_EXPLAINED, isWithheld, type CycleScores, type CycleScoresScored } from '../scoring';
import * as f from './format';
import type { ReportAction, ReportInput, ReportRoadmap } from './types';

/** One line per statistic, in plain words: shown wherever the statistic appears. */
export const EXPLAIN = {
	index:
		'Maturity index: the average of the dimension scores on the 1–5 scale; the level is the whole number the score has reached (2.50 is level 2).',
	score:
		'Score: the average of a dimension’s questions on the 1–5 scale (1 Initial … 5 Optimising); “don’t know” is left out.',
	interval:
		'95% interval: where the score would most likely lie had everyone invited answered; wide when few answered or answers differ.',
	betweenLevels:
		'Between levels: the interval reaches into another level, so the level is not settled.',
	realChange:
		'Real change: larger than the chance variation of two samples would produce (checked across all dimensions compared at once); “within noise” may be chance.',
	gap: 'Gap to target = target − score: a positive gap is still to go; zero or negative means the target is reached.',
	agreement:
		'Agreement (0–1): 1 when everyone gave the same answer, 0 when answers split between the extremes.',
	perceptionGap:
		'Perception gap: how far apart the highest- and lowest-scoring stakeholder groups are, in points of the 1–5 scale; “within noise” when smaller than the groups’ own uncertainty.',
	alpha: ALPHA_EXPLAINED,
	dontKnow:
		'Don’t know: the share of people who answered “don’t know”; a high share is itself a finding about how information flows.',
	n: 'n: the number of people who gave a level in the dimension; every figure shown rests on at least the anonymity threshold of people.',
	responseRate:
		'Response rate: responses as a share of the people invited; groups below 60% may be under-represented.',
	peers:
		'Peer median and top quartile: the middle and the top-25% mark of comparable organisations’ scores, rounded to one decimal.',
	sd: 'SD (standard deviation): how widely answers spread around the mean; around 1 means people disagree by about a level.',
	integration:
		'Integration: the share of respondents rating a function as consulted or integrated in CRM work.'
} as const;

export type Explained = keyof typeof EXPLAIN;

/** One of the three things that matter. */
export interface Matter {
	rule: 'real change' | 'gap to target' | 'against peers' | 'weakest' | 'no real change';
	/** The dimension it is about; null for a statement about all of them. */
	dimensionKey: string | null;
	/** A short headline, e.g. "Vision improved by +0.44 since Autumn 2025". */
	headline: string;
	/** One sentence of figures behind it. */
	detail: string;
	/** Statistics the sentence uses (their explanations go with it). */
	explains: Explained[];
}

export interface Decision {
	kind: 'budget' | 'authorisation' | 'phase';
	/** What the board is asked to do, in one line. */
	ask: string;
	detail: string;
	/** Outstanding amount for a budget decision. */
	amount: number | null;
}

export interface DimensionRow {
	key: string;
	title: string;
	kind: 'Building block' | 'Governance area';
	notApplicable: boolean;
	/** Why no score is shown (withheld, not applicable, no answers); null when scored. */
	note: string | null;
	score: number | null;
	low: number | null;
	high: number | null;
	level: number | null;
	levelName: string | null;
	betweenLevels: boolean | null;
	target: number | null;
	/** target − score (positive: still to go). */
	gap: number | null;
	previous: number | null;
	change: number | null;
	verdict: DimensionChange['verdict'] | null;
	n: number;
	agreement: number | null;
	dontKnow: number | null;
	perceptionGap: number | null;
	peerMedian: number | null;
	peerTopQuartile: number | null;
}

export interface BoardStory {
	scored: CycleScoresScored | null;
	previous: CycleScoresScored | null;
	/** Index change since the previous cycle (null without both indices). */
	indexChange: number | null;
	/** Dimensions with a real change, and how many were compared. */
	realChanges: { up: number; down: number; compared: number };
	matters: Matter[];
	decisions: Decision[];
	dimensions: DimensionRow[];
}

const LEVEL_NAMES = ['Initial', 'Developing', 'Defined', 'Managed', 'Optimising'];

const scoredOf = (s: CycleScores | null | undefined): CycleScoresScored | null =>
	s && s.status === 'scored' ? s : null;

const finite = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);

/** Whole units with thousands separators: 120000 → "120,000". */
export const amount = (v: number): string =>
	Math.round(v).toLocaleString('en-GB', { maximumFractionDigits: 0 });

function dimensionRows(
	input: ReportInput,
	scored: CycleScoresScored,
	changes: Map<string, DimensionChange>
): DimensionRow[] {
	const titles = new Map(input.instrument.sections.map((s) => [s.key, f.plain(s.title)]));
	const peers = Array.isArray(input.peers.benchmark) ? input.peers.benchmark : [];
	const peerOf = new Map(peers.map((b) => [b.key, b]));
	return scored.dimensions.map((d) => {
		const c = changes.get(d.key);
		const peer = peerOf.get(d.key);
		const shownPeer = peer && !('withheld' in peer) ? peer : null;
		const scoredHere = !d.notApplicable && finite(d.score);
		return {
			key: d.key,
			title: titles.get(d.key) ?? f.plain(d.title),
			kind: d.kind === 'building_block' ? 'Building block' : 'Governance area',
			notApplicable: d.notApplicable,
			note: d.notApplicable
				? 'not applicable in this cycle'
				: d.withheld
					? `not shown: ${f.plain(d.withheld)}`
					: scoredHere
						? null
						: 'no valid answers in this cycle',
			score: scoredHere ? d.score : null,
			low: scoredHere ? (d.ci95?.low ?? null) : null,
			high: scoredHere ? (d.ci95?.high ?? null) : null,
			level: scoredHere ? d.level : null,
			levelName: scoredHere && d.level !== null ? (LEVEL_NAMES[d.level - 1] ?? null) : null,
			betweenLevels: scoredHere ? d.levelUncertain : null,
			target: d.target,
			gap: scoredHere ? d.gapToTarget : null,
			previous: c?.before ?? null,
			change: c?.delta ?? null,
			verdict: c ? c.verdict : null,
			n: d.n,
			agreement: scoredHere ? d.agreement : null,
			dontKnow: scoredHere ? d.dontKnowShare : null,
			perceptionGap: isWithheld(d.perceptionGap) ? null : d.perceptionGap.value,
			peerMedian: shownPeer?.median ?? null,
			peerTopQuartile: shownPeer?.topQuartile ?? null
		};
	});
}

type Scored = DimensionRow & { score: number };

/** The first candidate not already named, so that the three things are about three dimensions. */
function firstNew<T extends { key: string }>(candidates: T[], named: Set<string>): T | undefined {
	return candidates.find((c) => !named.has(c.key));
}

/**
 * The three things that matter (docs/scoring.md §12), in this order, each about a dimension not
 * already named: (1) the largest real change since the previous cycle — or, when dimensions were
 * compared and none changed for real, that statement; (2) the largest gap to target; (3) the
 * dimension furthest below the peer median — or, without a peer benchmark, the weakest
 * dimension. Slots that find nothing are filled with the weakest dimensions not yet named.
 */
function threeThings(
	input: ReportInput,
	rows: DimensionRow[],
	compared: number,
	hasPrevious: boolean
): Matter[] {
	const scored = rows.filter((r): r is Scored => finite(r.score));
	const named = new Set<string>();
	const out: Matter[] = [];
	const add = (m: Matter) => {
		out.push(m);
		if (m.dimensionKey) named.add(m.dimensionKey);
	};
	const previousName = f.plain(input.previous?.name ?? 'the previous cycle');

	const real = scored
		.filter((r) => r.verdict === 'real change' && finite(r.change))
		.sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!) || a.title.localeCompare(b.title));
	const change = firstNew(real, named);
	if (change) {
		add({
			rule: 'real change',
			dimensionKey: change.key,
			headline: `${change.title} ${change.change! > 0 ? 'improved' : 'fell'} by ${f.signed(change.change)} since ${previousName}`,
			detail: `From ${f.score(change.previous)} to ${f.score(change.score)}: a real change, not noise.`,
			explains: ['realChange']
		});
	} else if (hasPrevious && compared > 0) {
		add({
			rule: 'no real change',
			dimensionKey: null,
			headline: `No dimension changed for real since ${previousName}`,
			detail: `All ${compared} changes compared are within noise: they may be chance.`,
			explains: ['realChange']
		});
	}

	const gaps = scored
		.filter((r) => finite(r.gap) && r.gap! > 0)
		.sort((a, b) => b.gap! - a.gap! || b.score - a.score || a.title.localeCompare(b.title));
	const gap = firstNew(gaps, named);
	if (gap) {
		add({
			rule: 'gap to target',
			dimensionKey: gap.key,
			headline: `${gap.title} is furthest from its target`,
			detail: `${f.score(gap.score)} against a target of ${f.score(gap.target)}: ${f.score(gap.gap)} to go.`,
			explains: ['gap']
		});
	}

	const belowPeers = scored
		.filter((r) => finite(r.peerMedian))
		.sort(
			(a, b) =>
				a.score - a.peerMedian! - (b.score - b.peerMedian!) || a.title.localeCompare(b.title)
		);
	const peer = firstNew(belowPeers, named);
	const weakest = [...scored].sort((a, b) => a.score - b.score || a.title.localeCompare(b.title));
	if (peer) {
		const behind = peer.score - peer.peerMedian! < 0;
		add({
			rule: 'against peers',
			dimensionKey: peer.key,
			headline: `${peer.title} is ${behind ? 'furthest behind' : 'closest to'} comparable organisations`,
			detail: `${f.score(peer.score)} against a peer median of ${f.score(peer.peerMedian, 1)}${finite(peer.peerTopQuartile) ? ` (top quartile ${f.score(peer.peerTopQuartile, 1)})` : ''}.`,
			explains: ['peers']
		});
	}
	while (out.length < 3) {
		const w = firstNew(weakest, named);
		if (!w) break;
		add({
			rule: 'weakest',
			dimensionKey: w.key,
			headline: `${w.title} is ${out.some((m) => m.rule === 'weakest') ? 'among the weakest' : 'the weakest'} dimension`,
			detail: `${f.score(w.score)}, level ${w.level} ${w.levelName ?? ''}${w.low !== null && w.high !== null ? ` (95% interval ${f.score(w.low)}–${f.score(w.high)})` : ''}.`,
			explains: w.low !== null ? ['score', 'interval'] : ['score']
		});
	}
	return out.slice(0, 3);
}

/** The budget an action asks the board to approve (the board's home's rule), or null. */
export function outstandingBudget(a: ReportAction): number | null {
	return awaitsBudgetApproval(a) ? (a.budget ?? null) : null;
}

/** The first phase of the roadmap not started by the report's date and holding actions. */
export function nextPhase(
	roadmap: ReportRoadmap | undefined,
	generatedAt: string
): { phase: ReportRoadmap['phases'][number]; number: number } | null {
	if (!roadmap) return null;
	const today = generatedAt.slice(0, 10);
	const i = roadmap.phases.findIndex(
		(ph) => ph.actions.length > 0 && (ph.startsOn === null || ph.startsOn > today)
	);
	return i < 0 ? null : { phase: roadmap.phases[i]!, number: i + 1 };
}

/**
 * The decisions asked of the board (docs/scoring.md §12): each unfinished action with a budget
 * asked and none approved — by priority —, the implementation plan's financial authorisation while
 * it is not done (both as the board's home asks), and the next roadmap phase not yet started.
 */
function decisionsOf(input: ReportInput, titleOf: (key: string) => string): Decision[] {
	const out: Decision[] = [];
	const budgets = input.actions
		.map((a) => ({ a, rest: outstandingBudget(a) }))
		.filter((x): x is { a: ReportAction; rest: number } => x.rest !== null)
		.sort((x, y) => byPriority(x.a, y.a));
	for (const { a, rest } of budgets) {
		out.push({
			kind: 'budget',
			ask: `Approve a budget of ${amount(rest)} for “${f.plain(a.title)}”`,
			detail: `${isEarlyWin(a) ? 'Early win' : 'Action'} on ${a.dimensionKeys.map(titleOf).join(', ') || '–'}; owner ${f.plain(a.owner) || '–'}; impact ${a.impact}, complexity ${a.complexity} (1–5)${a.dueDate ? `; due ${f.shortDate(a.dueDate)}` : ''}.`,
			amount: rest
		});
	}
	if (input.financialAuthorisation) {
		out.push({
			kind: 'authorisation',
			ask: `Give the financial authorisation of the implementation plan (step ${input.financialAuthorisation.step}: ${f.plain(input.financialAuthorisation.title)})`,
			detail: 'Approval from those who control the budget: who authorised how much.',
			amount: null
		});
	}
	const next = nextPhase(input.roadmap, input.generatedAt);
	if (next) {
		const { phase } = next;
		const wins = phase.actions.filter(isEarlyWin).length;
		const dates =
			phase.startsOn || phase.endsOn
				? `${phase.startsOn ? f.shortDate(phase.startsOn) : '…'} – ${phase.endsOn ? f.shortDate(phase.endsOn) : '…'}`
				: 'no dates set yet';
		out.push({
			kind: 'phase',
			ask: `Start phase ${next.number} of the roadmap, “${f.plain(phase.name)}” (${dates})`,
			detail: `${phase.actions.length} action${phase.actions.length === 1 ? '' : 's'}${wins ? `, ${wins} early win${wins === 1 ? '' : 's'}` : ''}, on ${phase.dimensionKeys.map(titleOf).join(', ') || '–'}.`,
			amount: null
		});
	}
	return out;
}

/** The story of the report: the same figures for the PDF, the deck and the workbook. */
export function boardStory(input: ReportInput): BoardStory {
	const scored = scoredOf(input.scores);
	const previous = scoredOf(input.previous?.scores);
	const changes = new Map<string, DimensionChange>();
	let compared = 0;
	if (scored && previous) {
		const comparison = compareDimensions(previous.dimensions, scored.dimensions);
		for (const c of comparison.changes) changes.set(c.key, c);
		compared = comparison.comparisons;
	}
	const rows = scored ? dimensionRows(input, scored, changes) : [];
	const titles = new Map(input.instrument.sections.map((s) => [s.key, f.plain(s.title)]));
	const titleOf = (key: string) => titles.get(key) ?? f.plain(key);
	const real = rows.filter((r) => r.verdict === 'real change' && finite(r.change));
	const indexNow = scored?.overall.index ?? null;
	const indexBefore = previous?.overall.index ?? null;
	return {
		scored,
		previous,
		indexChange: finite(indexNow) && finite(indexBefore) ? indexNow - indexBefore : null,
		realChanges: {
			up: real.filter((r) => r.change! > 0).length,
			down: real.filter((r) => r.change! < 0).length,
			compared
		},
		matters: scored ? threeThings(input, rows, compared, previous !== null) : [],
		decisions: decisionsOf(input, titleOf),
		dimensions: rows
	};
}

/** "3 of 14 dimensions changed for real (2 up, 1 down)", or why there is no comparison. */
export function realChangeSummary(story: BoardStory, previousName: string | null): string {
	const { up, down, compared } = story.realChanges;
	if (!story.previous || compared === 0)
		return previousName ? `no comparison with ${previousName}` : 'first cycle: nothing to compare';
	const n = up + down;
	if (n === 0) return `none of ${compared} dimensions changed beyond noise`;
	return `${n} of ${compared} dimensions changed for real (${up} up, ${down} down)`;
}

/** A change as the tables show it: "+0.44", or "+0.05 (noise)" when within noise. */
export function changeText(r: Pick<DimensionRow, 'change' | 'verdict'>): string {
	if (r.change === null) return '–';
	return r.verdict === 'real change' ? f.signed(r.change) : `${f.signed(r.change)} (noise)`;
}

/** A gap to target as the tables show it: "+1.56 to go", "reached (−0.12)", "–" without one. */
export function gapText(gap: number | null): string {
	if (gap === null) return '–';
	return gap > 0 ? `${f.signed(gap)} to go` : `reached (${f.signed(gap)})`;
}
