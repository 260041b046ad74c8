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
import {
	isWithheld,
	type CycleScores,
	type CycleScoresScored,
	type DimensionScore
} from '../scoring';
import * as f from './format';
import { fill, reportLocale, type ReportLocale, type ReportMessages } from './messages';
import type { ReportAction, ReportInput, ReportRoadmap } from './types';

/**
 * A statistic with its one line in plain words (messages/*.ts `explain`), shown wherever the
 * statistic appears: in the PDF, the deck and the workbook, in the report's language.
 */
export type Explained = keyof ReportMessages['explain'];

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
	kind: DimensionScore['kind'];
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

const scoredOf = (s: CycleScores | null | undefined): CycleScoresScored | null =>
	s && s.status === 'scored' ? s : null;

const finite = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);

/** Whole units with thousands separators: 120000 → "120,000". */
export const amount = (v: number): string => f.reportFormat('en-GB').amount(v);

function dimensionRows(
	input: ReportInput,
	scored: CycleScoresScored,
	changes: Map<string, DimensionChange>,
	{ t }: ReportLocale
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
			kind: d.kind,
			notApplicable: d.notApplicable,
			note: d.notApplicable
				? t.notApplicable
				: d.withheld
					? fill(t.notShownBecause, { reason: f.plain(d.withheld) })
					: scoredHere
						? null
						: t.noValidAnswers,
			score: scoredHere ? d.score : null,
			low: scoredHere ? (d.ci95?.low ?? null) : null,
			high: scoredHere ? (d.ci95?.high ?? null) : null,
			level: scoredHere ? d.level : null,
			levelName: scoredHere && d.level !== null ? (t.levels[d.level - 1] ?? null) : null,
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

/** The dimension furthest from its target. */
function gapMatter(gap: Scored, { t, f: fm }: ReportLocale): Matter {
	return {
		rule: 'gap to target',
		dimensionKey: gap.key,
		headline: fill(t.matterGap, { dimension: gap.title }),
		detail: fill(t.matterGapDetail, {
			score: fm.score(gap.score),
			target: fm.score(gap.target),
			gap: fm.score(gap.gap)
		}),
		explains: ['gap']
	};
}

/** The dimension furthest below (or closest to) the peer median. */
function peerMatter(peer: Scored, { t, f: fm }: ReportLocale): Matter {
	const behind = peer.score - peer.peerMedian! < 0;
	return {
		rule: 'against peers',
		dimensionKey: peer.key,
		headline: fill(behind ? t.matterBehindPeers : t.matterClosestPeers, {
			dimension: peer.title
		}),
		detail: fill(t.matterPeersDetail, {
			score: fm.score(peer.score),
			median: fm.score(peer.peerMedian, 1),
			topQuartile: finite(peer.peerTopQuartile)
				? fill(t.matterTopQuartile, { value: fm.score(peer.peerTopQuartile, 1) })
				: ''
		}),
		explains: ['peers']
	};
}

/** A weak dimension filling a slot; `among` once the weakest was named. */
function weakestMatter(w: Scored, among: boolean, { t, f: fm }: ReportLocale): Matter {
	return {
		rule: 'weakest',
		dimensionKey: w.key,
		headline: fill(among ? t.matterAmongWeakest : t.matterWeakest, { dimension: w.title }),
		detail: fill(t.matterWeakestDetail, {
			score: fm.score(w.score),
			level: w.level ?? '–',
			name: w.levelName ?? '',
			interval:
				w.low !== null && w.high !== null
					? fill(t.matterInterval, { low: fm.score(w.low), high: fm.score(w.high) })
					: ''
		}),
		explains: w.low !== null ? ['score', 'interval'] : ['score']
	};
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
	hasPrevious: boolean,
	locale: ReportLocale
): Matter[] {
	const { t, f: fm } = locale;
	const scored = rows.filter((r): r is Scored => finite(r.score));
	const named = new Set<string>();
	const out: Matter[] = [];
	const add = (m: Matter) => {
		out.push(m);
		if (m.dimensionKey) named.add(m.dimensionKey);
	};
	const previousName = input.previous ? f.plain(input.previous.name) : t.previousCycleName;

	const real = scored
		.filter((r) => r.verdict === 'real change' && finite(r.change))
		.sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!) || a.title.localeCompare(b.title));
	const change = firstNew(real, named);
	if (change) {
		add({
			rule: 'real change',
			dimensionKey: change.key,
			headline: fill(change.change! > 0 ? t.matterImproved : t.matterFell, {
				dimension: change.title,
				change: fm.signed(change.change),
				previous: previousName
			}),
			detail: fill(t.matterChangeDetail, {
				before: fm.score(change.previous),
				after: fm.score(change.score)
			}),
			explains: ['realChange']
		});
	} else if (hasPrevious && compared > 0) {
		add({
			rule: 'no real change',
			dimensionKey: null,
			headline: fill(t.matterNoChange, { previous: previousName }),
			detail: fill(t.matterNoChangeDetail, { compared }),
			explains: ['realChange']
		});
	}

	const gaps = scored
		.filter((r) => finite(r.gap) && r.gap! > 0)
		.sort((a, b) => b.gap! - a.gap! || b.score - a.score || a.title.localeCompare(b.title));
	const gap = firstNew(gaps, named);
	if (gap) add(gapMatter(gap, locale));

	const belowPeers = scored
		.filter((r) => finite(r.peerMedian))
		.sort(
			(a, b) =>
				a.score - a.peerMedian! - (b.score - b.peerMedian!) || a.title.localeCompare(b.title)
		);
	const peer = firstNew(belowPeers, named);
	if (peer) add(peerMatter(peer, locale));
	const weakest = [...scored].sort((a, b) => a.score - b.score || a.title.localeCompare(b.title));
	while (out.length < 3) {
		const w = firstNew(weakest, named);
		if (!w) break;
		add(
			weakestMatter(
				w,
				out.some((m) => m.rule === 'weakest'),
				locale
			)
		);
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
function decisionsOf(
	input: ReportInput,
	titleOf: (key: string) => string,
	{ t, f: fm }: ReportLocale
): Decision[] {
	const out: Decision[] = [];
	const budgets = input.actions
		.map((a) => ({ a, rest: outstandingBudget(a) }))
		.filter((x): x is { a: ReportAction; rest: number } => x.rest !== null)
		.sort((x, y) => byPriority(x.a, y.a));
	for (const { a, rest } of budgets) {
		out.push({
			kind: 'budget',
			ask: fill(t.decisionBudget, { amount: fm.amount(rest), action: f.plain(a.title) }),
			detail: fill(t.decisionBudgetDetail, {
				kind: isEarlyWin(a) ? t.earlyWin : t.action,
				dimensions: a.dimensionKeys.map(titleOf).join(', ') || '–',
				owner: f.plain(a.owner) || '–',
				impact: a.impact,
				complexity: a.complexity,
				due: a.dueDate ? fill(t.due, { date: fm.shortDate(a.dueDate) }) : ''
			}),
			amount: rest
		});
	}
	if (input.financialAuthorisation) {
		out.push({
			kind: 'authorisation',
			ask: fill(t.decisionAuthorisation, {
				step: input.financialAuthorisation.step,
				title: f.plain(input.financialAuthorisation.title)
			}),
			detail: t.decisionAuthorisationDetail,
			amount: null
		});
	}
	const next = nextPhase(input.roadmap, input.generatedAt);
	if (next) {
		const { phase } = next;
		const wins = phase.actions.filter(isEarlyWin).length;
		const dates =
			phase.startsOn || phase.endsOn
				? `${phase.startsOn ? fm.shortDate(phase.startsOn) : '…'} – ${phase.endsOn ? fm.shortDate(phase.endsOn) : '…'}`
				: t.noDatesYet;
		out.push({
			kind: 'phase',
			ask: fill(t.decisionPhase, { number: next.number, phase: f.plain(phase.name), dates }),
			detail: fill(t.decisionPhaseDetail, {
				actions: countOf(phase.actions.length, t.actionOne, t.actionMany),
				wins: wins ? countOf(wins, t.earlyWinsSuffixOne, t.earlyWinsSuffixMany) : '',
				dimensions: phase.dimensionKeys.map(titleOf).join(', ') || '–'
			}),
			amount: null
		});
	}
	return out;
}

/** "1 action" or "3 actions": the one and the many message of a count. */
export const countOf = (count: number, one: string, many: string): string =>
	count === 1 ? one : fill(many, { count });

/**
 * The story of the report: the same figures for the PDF, the deck and the workbook, its words in
 * the report's language.
 */
export function boardStory(input: ReportInput, locale = reportLocale(input.language)): BoardStory {
	const scored = scoredOf(input.scores);
	const previous = scoredOf(input.previous?.scores);
	const changes = new Map<string, DimensionChange>();
	let compared = 0;
	if (scored && previous) {
		const comparison = compareDimensions(previous.dimensions, scored.dimensions);
		for (const c of comparison.changes) changes.set(c.key, c);
		compared = comparison.comparisons;
	}
	const rows = scored ? dimensionRows(input, scored, changes, locale) : [];
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
		matters: scored ? threeThings(input, rows, compared, previous !== null, locale) : [],
		decisions: decisionsOf(input, titleOf, locale),
		dimensions: rows
	};
}

/** "3 of 14 dimensions changed for real (2 up, 1 down)", or why there is no comparison. */
export function realChangeSummary(
	story: BoardStory,
	previousName: string | null,
	{ t } = reportLocale('en')
): string {
	const { up, down, compared } = story.realChanges;
	if (!story.previous || compared === 0)
		return previousName
			? fill(t.noComparisonWith, { previous: previousName })
			: t.firstCycleNothing;
	const n = up + down;
	if (n === 0) return fill(t.noneChanged, { compared });
	return fill(t.someChanged, { changed: n, compared, up, down });
}

/** A change as the tables show it: "+0.44", or "+0.05 (noise)" when within noise. */
export function changeText(
	r: Pick<DimensionRow, 'change' | 'verdict'>,
	{ t, f: fm } = reportLocale('en')
): string {
	if (r.change === null) return '–';
	return r.verdict === 'real change'
		? fm.signed(r.change)
		: fill(t.changeNoise, { change: fm.signed(r.change) });
}

/** A gap to target as the tables show it: "+1.56 to go", "reached (−0.12)", "–" without one. */
export function gapText(gap: number | null, { t, f: fm } = reportLocale('en')): string {
	if (gap === null) return '–';
	return fill(gap > 0 ? t.gapToGo : t.gapReached, { gap: fm.signed(gap) });
}
