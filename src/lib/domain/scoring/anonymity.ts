/**
 * Which stakeholder groups may be shown. A group with fewer submitted responses than the
 * threshold is withheld; and because the whole cycle is shown, withheld groups together must
 * also reach the threshold, or "whole minus shown groups" would reveal them (complementary
 * suppression, as in statistical disclosure control of tables).
 */
import { compareKeys, type CycleStats } from './stats';

/** No figure rests on fewer people than this, whatever a cycle's stored threshold says. */
export const MIN_ANONYMITY_THRESHOLD = 3;

export interface GroupDisclosure {
	group: string;
	/** Submitted responses; counts are always shown. */
	responses: number;
	/** Null when the group's figures may be shown, else the reason they are not. */
	withheld: string | null;
}

export interface Disclosure {
	/** Null when the cycle as a whole may be shown, else the reason nothing but counts is. */
	cycleWithheld: string | null;
	total: number;
	groups: GroupDisclosure[];
}

export const belowThresholdReason = (threshold: number) => `fewer than ${threshold} responses`;
export const cycleBelowThresholdReason = (threshold: number) =>
	`fewer than ${threshold} responses in the cycle`;
export const complementaryReason = (threshold: number) =>
	`withheld so that a group with fewer than ${threshold} responses cannot be worked out from the totals`;

/**
 * Decide disclosure from submitted-response counts per group (groups with 0 responses are
 * dropped). Rule: withhold every group below the threshold; while the withheld groups' combined
 * count is above 0 and below the threshold, also withhold the smallest still-shown group (ties by
 * group key). If the cycle total is below the threshold, everything is withheld.
 */
export function decideDisclosure(
	counts: readonly { group: string; n: number }[],
	threshold: number
): Disclosure {
	const merged = new Map<string, number>();
	for (const c of counts) merged.set(c.group, (merged.get(c.group) ?? 0) + c.n);
	const groups: GroupDisclosure[] = [...merged]
		.filter(([, n]) => n > 0)
		.map(([group, responses]) => ({ group, responses, withheld: null as string | null }))
		.sort((a, b) => compareKeys(a.group, b.group));
	const total = groups.reduce((s, g) => s + g.responses, 0);

	if (total < threshold) {
		const reason = cycleBelowThresholdReason(threshold);
		return {
			cycleWithheld: reason,
			total,
			groups: groups.map((g) => ({ ...g, withheld: reason }))
		};
	}

	let withheldTotal = 0;
	for (const g of groups) {
		if (g.responses < threshold) {
			g.withheld = belowThresholdReason(threshold);
			withheldTotal += g.responses;
		}
	}
	while (withheldTotal > 0 && withheldTotal < threshold) {
		const next = groups
			.filter((g) => g.withheld === null)
			.sort((a, b) => a.responses - b.responses || compareKeys(a.group, b.group))[0];
		if (!next) break; // cannot happen: total ≥ threshold
		next.withheld = complementaryReason(threshold);
		withheldTotal += next.responses;
	}
	return { cycleWithheld: null, total, groups };
}

/**
 * Disclosure of a cycle from its statistics (docs/scoring.md §8.1): the published responses per
 * group, decided by `decideDisclosure`.
 */
export function discloseCycle(stats: CycleStats, threshold: number): Disclosure {
	// A group's size for disclosure is its submitted responses; if the statistics show more
	// respondents than that (inconsistent inputs), trust the larger number so that nobody is
	// shown on a smaller base than the threshold.
	const sizes = new Map<string, number>();
	const bump = (g: string, n: number) => sizes.set(g, Math.max(sizes.get(g) ?? 0, n));
	const responseTotals = new Map<string, number>();
	for (const r of stats.responses)
		responseTotals.set(r.group, (responseTotals.get(r.group) ?? 0) + r.n);
	for (const [g, n] of responseTotals) bump(g, n);
	for (const d of stats.dimensions) bump(d.group, d.n);
	for (const it of stats.items)
		bump(it.group, it.counts.reduce((s, c) => s + c, 0) + it.dontKnow + it.notMyArea);
	return decideDisclosure(
		[...sizes].map(([group, n]) => ({ group, n })),
		threshold
	);
}
