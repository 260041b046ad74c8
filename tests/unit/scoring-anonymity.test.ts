import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import {
	decideDisclosure,
	scoreCycle,
	statsFromResponses,
	type CycleScoresScored,
	type ScoringResponse
} from '../../src/lib/domain/scoring';

const m = (key: string) => ({ key, kind: 'maturity' as const, text: `Item ${key}` });
const instrument: InstrumentDefinition = {
	name: 'anon',
	version: 1,
	sections: [
		{ key: 'vision', kind: 'building_block', title: 'Vision', description: '', items: [m('v1'), m('v2')] },
		{ key: 'team', kind: 'governance', title: 'Team', description: '', items: [m('t1')] }
	]
};

/** `count` responses of `group`, all answering `value`, each with a comment naming the group. */
function groupOf(group: string, count: number, value: number): ScoringResponse[] {
	return Array.from({ length: count }, (_, i) => ({
		id: `${group}${i}`,
		group,
		answers: { v1: value, v2: value, t1: value },
		comments: { vision: `comment ${i} from ${group}` }
	}));
}

function scored(rs: ScoringResponse[], threshold = 5): CycleScoresScored {
	const s = scoreCycle(instrument, statsFromResponses(instrument, rs), { anonymityThreshold: threshold });
	if (s.status !== 'scored') throw new Error(s.withheld);
	return s;
}

/** Every group named anywhere in the output next to a figure, comment or gap. */
function groupsWithFigures(s: CycleScoresScored): Set<string> {
	const named = new Set<string>();
	for (const d of s.dimensions) {
		for (const g of d.groups) if (!('withheld' in g)) named.add(g.group);
		if (!('withheld' in d.perceptionGap)) {
			named.add(d.perceptionGap.highGroup);
			named.add(d.perceptionGap.lowGroup);
		}
	}
	for (const c of s.comments) if ('comments' in c) for (const x of c.comments) if (x.group) named.add(x.group);
	return named;
}

describe('anonymity', () => {
	it('a group below the threshold never appears with figures or on comments', () => {
		// finance (2) is below 5: withheld; it alone would be revealed by whole − (sales + service),
		// so the smallest shown group (service, 6) is withheld too.
		const rs = [...groupOf('sales', 7, 2), ...groupOf('service', 6, 3), ...groupOf('finance', 2, 5)];
		const s = scored(rs);
		expect(s.groups).toEqual([
			{ group: 'finance', responses: 2, withheld: 'fewer than 5 responses' },
			{
				group: 'sales',
				responses: 7,
				withheld: null
			},
			{
				group: 'service',
				responses: 6,
				withheld: 'withheld so that a group with fewer than 5 responses cannot be worked out from the totals'
			}
		]);
		expect([...groupsWithFigures(s)]).toEqual(['sales']);
		const vision = s.dimensions.find((d) => d.key === 'vision');
		expect(vision?.groups).toContainEqual({ group: 'finance', withheld: 'fewer than 5 responses' });
		// Only one shown group: no perception gap.
		expect(vision?.perceptionGap).toEqual({
			withheld: 'fewer than two stakeholder groups with at least 5 responses'
		});
		// Comments from finance are shown (the dimension has ≥ 5) but carry no group.
		const comments = s.comments.find((c) => c.dimensionKey === 'vision');
		if (!comments || !('comments' in comments)) throw new Error('comments expected');
		expect(comments.comments.filter((c) => c.text.endsWith('finance'))).toEqual([
			{ text: 'comment 0 from finance' },
			{ text: 'comment 1 from finance' }
		]);
		// The group key of a withheld group is absent from every figure-bearing place in the JSON.
		const json = JSON.stringify({ d: s.dimensions.map((d) => d.perceptionGap), c: s.comments });
		expect(json).not.toMatch(/"group":"finance"|"highGroup":"finance"|"lowGroup":"finance"/);
	});

	it('complementary suppression blocks differencing', () => {
		// Whole vision score = (7·2 + 6·3 + 2·5)/15 = 42/15 = 2.8 (every respondent answers every
		// item, so item means are weighted group means). Had sales (2, n 7) and service (3, n 6)
		// both been shown, finance = (2.8·15 − 7·2 − 6·3)/2 = 5 would follow. With service also
		// withheld, the whole and sales only give (42 − 14)/8 = 3.5 for service and finance
		// together: 8 people, at least the threshold.
		const rs = [...groupOf('sales', 7, 2), ...groupOf('service', 6, 3), ...groupOf('finance', 2, 5)];
		const s = scored(rs);
		const vision = s.dimensions.find((d) => d.key === 'vision');
		expect(vision?.score).toBeCloseTo(2.8, 12);
		expect(vision?.groups.filter((g) => !('withheld' in g))).toEqual([{ group: 'sales', mean: 2, n: 7 }]);
		const withheld = s.groups.filter((g) => g.withheld !== null);
		expect(withheld.reduce((n, g) => n + g.responses, 0)).toBeGreaterThanOrEqual(5);
	});

	it('no complementary suppression when the withheld groups together reach the threshold', () => {
		const rs = [...groupOf('sales', 7, 2), ...groupOf('finance', 3, 5), ...groupOf('it', 3, 4)];
		const s = scored(rs);
		expect(s.groups.map((g) => [g.group, g.withheld])).toEqual([
			['finance', 'fewer than 5 responses'],
			['it', 'fewer than 5 responses'],
			['sales', null]
		]);
	});

	it('repeats suppression until the withheld groups reach the threshold', () => {
		// hr 1 withheld; then smallest shown it (1 < 5 → already withheld); combined 2;
		// then legal 5 → combined 7 ≥ 5.
		const d = decideDisclosure(
			[
				{ group: 'hr', n: 1 },
				{ group: 'it', n: 1 },
				{ group: 'legal', n: 5 },
				{ group: 'sales', n: 9 },
				{ group: 'empty', n: 0 }
			],
			5
		);
		expect(d.groups.map((g) => [g.group, g.withheld !== null])).toEqual([
			['hr', true],
			['it', true],
			['legal', true],
			['sales', false]
		]);
	});

	it('ties for the complementary group are broken by group key', () => {
		const d = decideDisclosure(
			[
				{ group: 'b', n: 6 },
				{ group: 'a', n: 6 },
				{ group: 'c', n: 1 }
			],
			5
		);
		expect(d.groups.map((g) => [g.group, g.withheld !== null])).toEqual([
			['a', true],
			['b', false],
			['c', true]
		]);
	});

	it('a whole cycle below the threshold withholds everything except counts', () => {
		const rs = [...groupOf('sales', 3, 2), ...groupOf('finance', 1, 5)];
		const s = scoreCycle(instrument, statsFromResponses(instrument, rs));
		expect(s).toEqual({
			status: 'withheld',
			withheld: 'fewer than 5 responses in the cycle',
			instrument: { name: 'anon', version: 1 },
			anonymityThreshold: 5,
			commentThreshold: 5,
			respondents: 4,
			groups: [
				{ group: 'finance', responses: 1, withheld: 'fewer than 5 responses in the cycle' },
				{ group: 'sales', responses: 3, withheld: 'fewer than 5 responses in the cycle' }
			]
		});
		expect(JSON.stringify(s)).not.toContain('from sales');
	});

	it('groups in the statistics but missing from response counts are treated by their size', () => {
		// Inconsistent input (counts lost): the scorer still withholds the small group.
		const stats = statsFromResponses(instrument, [...groupOf('sales', 7, 2), ...groupOf('finance', 2, 5)]);
		stats.responses = stats.responses.filter((r) => r.group !== 'finance');
		const s = scoreCycle(instrument, stats);
		if (s.status !== 'scored') throw new Error('expected scores');
		expect(s.groups.find((g) => g.group === 'finance')?.withheld).toBe('fewer than 5 responses');
		expect(s.groups.find((g) => g.group === 'sales')?.withheld).not.toBeNull();
	});

	it('property: shown groups reach the threshold and withheld groups together are 0 or ≥ threshold', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 1, max: 10 }),
				(sizes, threshold) => {
					const d = decideDisclosure(
						sizes.map((n, i) => ({ group: `g${i}`, n })),
						threshold
					);
					const total = sizes.reduce((s, n) => s + n, 0);
					if (total < threshold) {
						expect(d.cycleWithheld).not.toBeNull();
						expect(d.groups.every((g) => g.withheld !== null)).toBe(true);
						return;
					}
					expect(d.cycleWithheld).toBeNull();
					for (const g of d.groups) if (g.withheld === null) expect(g.responses).toBeGreaterThanOrEqual(threshold);
					const hidden = d.groups.filter((g) => g.withheld !== null).reduce((s, g) => s + g.responses, 0);
					expect(hidden === 0 || hidden >= threshold).toBe(true);
					expect(d.groups.every((g) => g.responses > 0)).toBe(true);
				}
			)
		);
	});

	it('property: no withheld group ever has a figure or a labelled comment in the scores', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 })), {
					minLength: 1,
					maxLength: 5
				}),
				(groups) => {
					const rs = groups.flatMap(([n, v], i) => groupOf(`g${i}`, n, v));
					const s = scoreCycle(instrument, statsFromResponses(instrument, rs), { commentThreshold: 1 });
					if (s.status === 'withheld') {
						expect(rs.length).toBeLessThan(5);
						return;
					}
					const withheld = new Set(s.groups.filter((g) => g.withheld !== null).map((g) => g.group));
					for (const g of groupsWithFigures(s)) expect(withheld.has(g)).toBe(false);
				}
			)
		);
	});
});
