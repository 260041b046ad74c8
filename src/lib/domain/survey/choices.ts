import { integrationLevels, maturityLevels, type ItemKind } from '../instrument/types';
import { DONT_KNOW, NOT_MY_AREA, offersNotMyArea } from './answer';

export interface Choice {
	/** The form value: digits, or "dk". */
	value: string;
	label: string;
	/** What the level looks like for this item (maturity anchors). */
	detail?: string;
}

/** The answer labels in one language (the respondent catalogue holds them per language). */
export interface ChoiceLabels {
	levels: readonly [string, string, string, string, string];
	/** Shown under a level when an item has no level descriptions of its own. */
	levelSummaries: readonly [string, string, string, string, string];
	integration: readonly [string, string, string, string];
	dontKnow: string;
	/** Where both are offered, each says which it is: a gap in what is shared, or not my part of it. */
	dontKnowDetail: string;
	notMyArea: string;
	notMyAreaDetail: string;
	yes: string;
	no: string;
}

export const englishChoiceLabels: ChoiceLabels = {
	levels: maturityLevels.map((l) => l.name) as unknown as ChoiceLabels['levels'],
	levelSummaries: maturityLevels.map((l) => l.summary) as unknown as ChoiceLabels['levelSummaries'],
	integration: integrationLevels.map((l) => l.name) as unknown as ChoiceLabels['integration'],
	dontKnow: 'Don’t know',
	dontKnowDetail: 'I should know, but can’t say',
	notMyArea: 'Not my area',
	notMyAreaDetail: 'I can’t see this from where I am',
	yes: 'Yes',
	no: 'No'
};

/**
 * The answer choices of an item, in the order shown; "don't know" (and, where the version offers
 * it, "not my area") last.
 */
export function choicesFor(
	item: { kind: ItemKind; anchors?: readonly string[] },
	options: { notMyArea?: boolean; labels?: ChoiceLabels } = {}
): Choice[] {
	const labels = options.labels ?? englishChoiceLabels;
	const dontKnow: Choice = { value: DONT_KNOW, label: labels.dontKnow };
	switch (item.kind) {
		case 'maturity': {
			const levels = maturityLevels.map((l, i) => ({
				value: String(l.level),
				label: `${l.level} · ${labels.levels[i]}`,
				detail: item.anchors?.[i] ?? labels.levelSummaries[i]
			}));
			return options.notMyArea && offersNotMyArea(item.kind)
				? [
						...levels,
						{ ...dontKnow, detail: labels.dontKnowDetail },
						{ value: NOT_MY_AREA, label: labels.notMyArea, detail: labels.notMyAreaDetail }
					]
				: [...levels, dontKnow];
		}
		case 'integration':
			return [
				...integrationLevels.map((l, i) => ({
					value: String(l.value),
					label: labels.integration[i]!
				})),
				dontKnow
			];
		case 'yes_no':
		case 'stakeholder_map':
			return [{ value: '1', label: labels.yes }, { value: '0', label: labels.no }, dontKnow];
	}
}
