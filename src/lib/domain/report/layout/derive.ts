/** Figures derived once from the report input and shared by every section. */
import { compareDimensions, type DimensionChange } from '../../cycle/compare';
import { dimensionsWithChangedItems } from '../../dashboard/trends';
import type { CycleScores, CycleScoresScored, DimensionScore } from '../../scoring';
import * as f from '../format';
import { fill, reportLocale, type ReportLocale } from '../messages';
import { boardStory, type BoardStory } from '../story';
import type { ReportInput } from '../types';

export interface Derived {
	/** The report's language: its fixed texts (`t`) and its number and date formats (`f`). */
	locale: ReportLocale;
	scored: CycleScoresScored | null;
	previous: CycleScoresScored | null;
	/** Dimensions whose questions differ from the previous cycle's (another version). */
	itemsChanged: Set<string>;
	titles: Map<string, string>;
	dimensions: DimensionScore[];
	changes: Map<string, DimensionChange>;
	/** Dimensions the change test covered (Holm's family); 0 without a previous cycle. */
	comparisons: number;
	responseRate: { invited: number; responded: number; rate: number | null };
	/** Main sections start on a new page; not when the cycle is withheld (they are one notice each). */
	breaks: boolean;
	/** What matters, the decisions and the dimension rows: shared with the deck and the workbook. */
	story: BoardStory;
}

const scoredOf = (s: CycleScores | null | undefined): CycleScoresScored | null =>
	s && s.status === 'scored' ? s : null;

export function derive(input: ReportInput): Derived {
	const locale = reportLocale(input.language);
	const scored = scoredOf(input.scores);
	const previous = scoredOf(input.previous?.scores);
	const titles = new Map<string, string>();
	for (const s of input.instrument.sections) titles.set(s.key, f.plain(s.title));
	for (const d of scored?.dimensions ?? [])
		if (!titles.has(d.key)) titles.set(d.key, f.plain(d.title));
	const dimensions = scored?.dimensions ?? [];
	const changes = new Map<string, DimensionChange>();
	let comparisons = 0;
	const itemsChanged = new Set<string>();
	if (scored && previous) {
		const comparison = compareDimensions(previous.dimensions, scored.dimensions);
		for (const c of comparison.changes) changes.set(c.key, c);
		comparisons = comparison.comparisons;
		for (const key of dimensionsWithChangedItems(previous, scored)) itemsChanged.add(key);
	}
	let invited = 0;
	let responded = 0;
	for (const r of input.responseRates) {
		if (r.invited > 0) {
			invited += r.invited;
			responded += r.responded;
		}
	}
	return {
		locale,
		scored,
		previous,
		itemsChanged,
		titles,
		dimensions,
		changes,
		comparisons,
		responseRate: { invited, responded, rate: invited > 0 ? responded / invited : null },
		breaks: scored !== null,
		story: boardStory(input, locale)
	};
}

export const titleOf = (d: Derived, key: string): string =>
	key === 'index' ? d.locale.t.overallIndex : (d.titles.get(key) ?? f.plain(key));

/** Scored, applicable dimensions from strongest to weakest (ties by title). */
export function ranked(d: Derived): Array<DimensionScore & { score: number }> {
	return d.dimensions
		.filter(
			(x): x is DimensionScore & { score: number } =>
				!x.notApplicable && x.score !== null && Number.isFinite(x.score)
		)
		.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
}

export function responseRateText(d: Derived, input: ReportInput): string {
	const { t, f: fm } = d.locale;
	const { rate, invited, responded } = d.responseRate;
	if (rate === null) return fill(t.noInvitationList, { responses: input.scores.respondents });
	return `${fm.percent(rate)} (${fill(t.invitedOf, { responded, invited })})`;
}

/** The function's key of a functional-integration item ("functional_integration.sales" → "sales"). */
export const functionKey = (itemKey: string) => itemKey.slice(itemKey.indexOf('.') + 1);
