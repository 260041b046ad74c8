/**
 * Functional integration, reference yes/no items and the stakeholder map (docs/scoring.md §3):
 * per item, wherever it sits in the instrument; each figure only from at least `threshold` valid
 * answers (§8.2).
 */
import type { InstrumentDefinition } from '../instrument/types';
import { mean } from './math';
import { fewPeopleReason } from './options';
import { distribution, shownDontKnowShare, tallyMean, validCount, type ItemTallies } from './tally';
import type { BinaryItemScore, CycleScoresScored, IntegrationFunctionScore } from './types';

/** Each integration item is a function: share rated consulted or integrated, and mean rating. */
export function scoreIntegration(
	instrument: InstrumentDefinition,
	tallies: ItemTallies,
	threshold: number
): CycleScoresScored['integration'] {
	const functions: IntegrationFunctionScore[] = [];
	for (const section of instrument.sections) {
		for (const item of section.items) {
			if (item.kind !== 'integration') continue;
			const t = tallies.of(item.key);
			const s = tallyMean('integration', t.counts);
			const shown = s.n >= threshold;
			const high = (t.counts[2] ?? 0) + (t.counts[3] ?? 0);
			functions.push({
				key: item.key,
				text: item.text,
				n: s.n,
				share: shown ? high / s.n : null,
				mean: shown ? s.mean : null,
				dontKnowShare: shownDontKnowShare(s.n, t.dontKnow, threshold),
				distribution: shown ? distribution('integration', t.counts) : [],
				withheld: s.n > 0 && !shown ? fewPeopleReason(threshold) : null
			});
		}
	}
	// Overall: unweighted means over the shown functions.
	const rated = functions.filter((f) => f.share !== null);
	return {
		functions,
		overall: {
			share: mean(rated.map((f) => f.share as number)),
			mean: mean(rated.map((f) => f.mean as number)),
			functions: rated.length
		}
	};
}

/** Yes/no items (`yes_no`, the reference questions) or the stakeholder map: share answering 1. */
export function scoreBinaryItems(
	instrument: InstrumentDefinition,
	tallies: ItemTallies,
	kind: 'yes_no' | 'stakeholder_map',
	threshold: number
): BinaryItemScore[] {
	const rows: BinaryItemScore[] = [];
	for (const section of instrument.sections) {
		for (const item of section.items) {
			if (item.kind !== kind) continue;
			const t = tallies.of(item.key);
			const n = validCount(kind, t.counts);
			const shown = n >= threshold;
			rows.push({
				key: item.key,
				sectionKey: section.key,
				text: item.text,
				n,
				share: shown ? (t.counts[1] ?? 0) / n : null,
				dontKnowShare: shownDontKnowShare(n, t.dontKnow, threshold),
				withheld: n > 0 && !shown ? fewPeopleReason(threshold) : null
			});
		}
	}
	return rows;
}
