/**
 * Item scores with the threshold rule (docs/scoring.md §3, §8.2): an item's mean, SD, agreement
 * and distribution are shown only when at least the threshold of people gave it a level; and the
 * strongest / weakest lists, taken from shown items only.
 */
import type { ItemDefinition, SectionDefinition } from '../instrument/types';
import { consensus } from './math';
import { fewPeopleReason, RANKED_ITEMS } from './options';
import { compareKeys, dimensionItems } from './stats';
import { distribution, shownDontKnowShare, tallyMean, type ItemTallies, type Tally } from './tally';
import type { ItemScore, RankedItem } from './types';

/** The maturity items of one dimension, scored, and what the dimension's figures rest on. */
export interface DimensionItems {
	items: ItemScore[];
	/** Means of the shown items, in item order: the dimension score is their mean. */
	means: number[];
	/** Agreement (consensus) of the shown items. */
	agreements: number[];
	/** Shown items and how many people gave them a level. */
	shownN: Map<string, number>;
	/** Items anybody gave a level to, shown or not. */
	answered: number;
	/** Valid answers and don't knows of the items whose own don't-know share is shown. */
	valid: number;
	dontKnow: number;
}

/** One maturity item: shown only when at least `threshold` people gave a level. */
function scoreItem(
	item: ItemDefinition,
	dimensionKey: string,
	t: Tally,
	threshold: number
): ItemScore {
	const s = tallyMean('maturity', t.counts);
	const shown = s.n >= threshold;
	return {
		key: item.key,
		dimensionKey,
		text: item.text,
		n: s.n,
		mean: shown ? s.mean : null,
		sd: shown ? s.sd : null,
		dontKnowShare: shownDontKnowShare(s.n, t.dontKnow, threshold),
		notMyArea: t.notMyArea,
		distribution: shown ? distribution('maturity', t.counts) : [],
		agreement: shown ? consensus(t.counts, 1, 5) : null,
		withheld: s.n > 0 && !shown ? fewPeopleReason(threshold) : null
	};
}

/** Score the maturity items of a dimension (a shown item has a mean exactly when it is shown). */
export function scoreDimensionItems(
	section: SectionDefinition,
	tallies: ItemTallies,
	threshold: number
): DimensionItems {
	const out: DimensionItems = {
		items: [],
		means: [],
		agreements: [],
		shownN: new Map(),
		answered: 0,
		valid: 0,
		dontKnow: 0
	};
	for (const item of dimensionItems(section)) {
		const t = tallies.of(item.key);
		const score = scoreItem(item, section.key, t, threshold);
		out.items.push(score);
		if (score.n > 0) out.answered++;
		if (score.mean !== null) {
			out.means.push(score.mean);
			out.shownN.set(item.key, score.n);
		}
		if (score.agreement !== null) out.agreements.push(score.agreement);
		if (score.dontKnowShare !== null) {
			out.valid += score.n;
			out.dontKnow += t.dontKnow;
		}
	}
	return out;
}

/** The highest and lowest shown item means (a mean is present only when the item is shown). */
export function rankItems(items: readonly ItemScore[]): {
	strongest: RankedItem[];
	weakest: RankedItem[];
} {
	const ranked: RankedItem[] = items
		.filter((i) => i.mean !== null)
		.map((i) => ({
			key: i.key,
			dimensionKey: i.dimensionKey,
			text: i.text,
			mean: i.mean as number,
			n: i.n
		}));
	const strongest = [...ranked]
		.sort((a, b) => b.mean - a.mean || compareKeys(a.key, b.key))
		.slice(0, RANKED_ITEMS);
	const weakest = [...ranked]
		.sort((a, b) => a.mean - b.mean || compareKeys(a.key, b.key))
		.slice(0, RANKED_ITEMS);
	return { strongest, weakest };
}
