/**
 * Item tallies (docs/scoring.md §3): the answer counts of every item, over the whole cycle and per
 * stakeholder group, and the figures read off a tally.
 */
import type { InstrumentDefinition, ItemKind } from '../instrument/types';
import { summariseCounts } from './math';
import { countsLength, itemScale, type ItemGroupStats } from './stats';
import type { DistributionEntry } from './types';

/** Answers to one item: `counts[value]`, the don't knows and the "not my area"s. */
export interface Tally {
	counts: number[];
	dontKnow: number;
	notMyArea: number;
}

export interface ItemTallies {
	/** The item's tally over the whole cycle (all zero when nobody answered it). */
	of(itemKey: string): Tally;
	/** The item's tally within one group; undefined when nobody of the group answered it. */
	ofGroup(group: string, itemKey: string): Tally | undefined;
}

function addTally(into: Tally, row: ItemGroupStats) {
	const { counts } = row;
	for (let i = 0; i < counts.length; i++) into.counts[i] = (into.counts[i] ?? 0) + (counts[i] ?? 0);
	into.dontKnow += row.dontKnow;
	into.notMyArea += row.notMyArea;
}

/** Sum the statistics' item × group rows per item and per group; items not in the instrument drop out. */
export function tallyItems(
	instrument: InstrumentDefinition,
	rows: readonly ItemGroupStats[]
): ItemTallies {
	const kindOf = new Map<string, ItemKind>();
	for (const s of instrument.sections) for (const i of s.items) kindOf.set(i.key, i.kind);
	const whole = new Map<string, Tally>();
	const byGroup = new Map<string, Map<string, Tally>>();
	const fresh = (key: string): Tally => ({
		counts: new Array<number>(countsLength(kindOf.get(key) ?? 'maturity')).fill(0),
		dontKnow: 0,
		notMyArea: 0
	});
	for (const r of rows) {
		if (!kindOf.has(r.itemKey)) continue;
		let w = whole.get(r.itemKey);
		if (!w) whole.set(r.itemKey, (w = fresh(r.itemKey)));
		addTally(w, r);
		let gm = byGroup.get(r.group);
		if (!gm) byGroup.set(r.group, (gm = new Map()));
		let g = gm.get(r.itemKey);
		if (!g) gm.set(r.itemKey, (g = fresh(r.itemKey)));
		addTally(g, r);
	}
	return {
		of: (key) => whole.get(key) ?? fresh(key),
		ofGroup: (group, key) => byGroup.get(group)?.get(key)
	};
}

/** Count and share of every value of the item's scale. */
export function distribution(kind: ItemKind, counts: readonly number[]): DistributionEntry[] {
	const { min, max } = itemScale[kind];
	let n = 0;
	for (let v = min; v <= max; v++) n += counts[v] ?? 0;
	const out: DistributionEntry[] = [];
	for (let v = min; v <= max; v++) {
		const count = counts[v] ?? 0;
		out.push({ value: v, count, share: n > 0 ? count / n : null });
	}
	return out;
}

/** Valid answers: values on the item's scale (don't know excluded). */
export function validCount(kind: ItemKind, counts: readonly number[]): number {
	const { min, max } = itemScale[kind];
	let n = 0;
	for (let v = min; v <= max; v++) n += counts[v] ?? 0;
	return n;
}

/** Mean over the values min..max only (maturity index 0 is never a valid value). */
export function tallyMean(
	kind: ItemKind,
	counts: readonly number[]
): { n: number; mean: number | null; sd: number | null } {
	const { min } = itemScale[kind];
	const trimmed = counts.map((c, v) => (v < min ? 0 : c));
	return summariseCounts(trimmed);
}

/** don't know / (valid + don't know); null when nobody answered. */
export function dontKnowShare(n: number, dontKnow: number): number | null {
	return n + dontKnow > 0 ? dontKnow / (n + dontKnow) : null;
}

/** A don't-know share rests on everyone who answered the item (a level or don't know). */
export function shownDontKnowShare(n: number, dontKnow: number, threshold: number): number | null {
	return n + dontKnow >= threshold ? dontKnowShare(n, dontKnow) : null;
}
