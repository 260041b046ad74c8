/**
 * Published responses per language for the dashboard (issue 17), under the rule of the groups
 * (`decideDisclosure`): a language is named with its count only when at least the threshold of
 * people answered in it; the languages below it are one "other languages" figure, and while that
 * figure would be between 1 and the threshold − 1 the smallest named language joins it too, so no
 * small count can be worked out as the total minus the named ones. The counts come from the
 * published snapshots only, so two views differ by at least the threshold of people; scores are
 * never split by language (docs/scoring.md, "Responses per language").
 */
import { decideDisclosure } from './anonymity';

export interface LanguageBreakdown {
	/** Languages named with their published responses, most first. */
	shown: Array<{ language: string; responses: number }>;
	/** Published responses in the languages not named (0 or at least the threshold). */
	other: number;
	/** Published responses in all (the dashboard's response count). */
	total: number;
	/** Null when the breakdown may be shown; else why not (fewer than the threshold in the cycle). */
	withheld: string | null;
}

export function languageBreakdown(
	counts: readonly { language: string; n: number }[],
	threshold: number
): LanguageBreakdown {
	const disclosure = decideDisclosure(
		counts.map((c) => ({ group: c.language, n: c.n })),
		threshold
	);
	if (disclosure.cycleWithheld)
		return { shown: [], other: 0, total: disclosure.total, withheld: disclosure.cycleWithheld };
	const shown = disclosure.groups
		.filter((g) => g.withheld === null)
		.map((g) => ({ language: g.group, responses: g.responses }))
		.sort((a, b) => b.responses - a.responses || a.language.localeCompare(b.language));
	const other = disclosure.groups
		.filter((g) => g.withheld !== null)
		.reduce((sum, g) => sum + g.responses, 0);
	return { shown, other, total: disclosure.total, withheld: null };
}
