import { choicesFor } from './choices';
import type { ItemKind } from '../instrument/types';

export interface ProgressSection {
	id: string;
	items: ReadonlyArray<{ id: string; kind: ItemKind }>;
}

export interface SectionProgress {
	sectionId: string;
	answered: number;
	total: number;
}

/** Answered (a value or "don't know") against total items, per section. */
export function sectionProgress(
	sections: readonly ProgressSection[],
	answeredItemIds: ReadonlySet<string>
): SectionProgress[] {
	return sections.map((s) => ({
		sectionId: s.id,
		answered: s.items.filter((i) => answeredItemIds.has(i.id)).length,
		total: s.items.length
	}));
}

/**
 * Where a returning respondent goes on: the first section with an unanswered item after the
 * last section they answered anything in, else the review; step 1 when nothing is answered yet.
 */
export function resumeStep(progress: readonly SectionProgress[]): number | 'review' {
	let last = -1;
	progress.forEach((p, i) => {
		if (p.answered > 0) last = i;
	});
	if (last === -1) return 1;
	for (let i = last; i < progress.length; i++) {
		if (progress[i]!.answered < progress[i]!.total) return i + 1;
	}
	return 'review';
}

/**
 * The anchor of the question a returning respondent stopped at: the first unanswered question of
 * a section already begun (`#q-<item id>`), or '' to start at the top of the section.
 */
export function resumeAnchor(
	section: ProgressSection | undefined,
	answeredItemIds: ReadonlySet<string>
): string {
	if (!section || !section.items.some((i) => answeredItemIds.has(i.id))) return '';
	const next = section.items.find((i) => !answeredItemIds.has(i.id));
	return next ? `#q-${next.id}` : '';
}

/** Reading speed of an adult reading for comprehension on a screen (issue 13: about 230). */
export const WORDS_PER_MINUTE = 230;
/** Deciding and tapping, per answer, on top of reading its choices. */
export const SECONDS_PER_ANSWER = 4;

export interface ReadableSection {
	title: string;
	description?: string | null;
	items: ReadonlyArray<{ kind: ItemKind; text: string; anchors?: readonly string[] }>;
}

const wordCount = (text: string | null | undefined) =>
	(text ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words a respondent reads in a section: its heading and intro, each question and its choices. */
export function wordsToRead(section: ReadableSection): number {
	let words = wordCount(section.title) + wordCount(section.description);
	for (const item of section.items) {
		words += wordCount(item.text);
		for (const choice of choicesFor(item))
			words += wordCount(choice.label) + wordCount(choice.detail);
	}
	return words;
}

/**
 * The one time estimate shown everywhere (landing page, QR cards, e-mails): the words to read at
 * WORDS_PER_MINUTE plus SECONDS_PER_ANSWER per question, in whole minutes, rounded up.
 */
export function estimateMinutes(sections: readonly ReadableSection[]): number {
	const words = sections.reduce((sum, s) => sum + wordsToRead(s), 0);
	const answers = sections.reduce((sum, s) => sum + s.items.length, 0);
	const seconds = (words / WORDS_PER_MINUTE) * 60 + answers * SECONDS_PER_ANSWER;
	return Math.max(1, Math.ceil(seconds / 60));
}

/** Below this share of the estimated time a submission counts as "answered quickly" (speeding). */
export const QUICK_SHARE = 1 / 3;

/**
 * Whether a response was submitted in under a third of the group's estimated time, from the
 * seconds between this device's first question page and the submission; null when unknown.
 */
export function answeredQuickly(
	elapsedSeconds: number | null,
	estimatedMinutes: number
): boolean | null {
	if (elapsedSeconds === null || !Number.isFinite(elapsedSeconds) || elapsedSeconds < 0)
		return null;
	return elapsedSeconds < estimatedMinutes * 60 * QUICK_SHARE;
}

/** At least this many levels, all the same, make a straight line (a diagnostic, never an exclusion). */
export const STRAIGHT_LINE_MIN_ANSWERS = 8;
