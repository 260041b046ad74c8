import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import {
	decideDisclosure,
	effectiveThresholds,
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
		{
			key: 'vision',
			kind: 'building_block',
			title: 'Vision',
			description: '',
			items: [m('v1'), m('v2')]
		},
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
	const s = scoreCycle(instrument, statsFromResponses(instrument, rs), {
		anonymityThreshold: threshold
	});
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
	for (const c of s.comments)
		if ('comments' in c) for (const x of c.comments) if (x.group) named.add(x.group);
	return named;
}

describe('anonymity', () => {
	it('a group below the threshold never appears with figures or on comments', () => {
		// finance (2) is below 5: withheld; it alone would be revealed by whole − (sales + service),
		// so the smallest shown group (service, 6) is withheld too.
		const rs = [
			...groupOf('sales', 7, 2),
			...groupOf('service', 6, 3),
			...groupOf('finance', 2, 5)
		];
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
				withheld:
					'withheld so that a group with fewer than 5 responses cannot be worked out from the totals'
			}
		]);
		expect([...groupsWithFigures(s)]).toEqual(['sales']);
		const vision = s.dimensions.find((d) => d.key === 'vision');
		expect(vision?.groups).toContainEqual({ group: 'finance', withheld: 'fewer than 5 responses' });
		// Only one shown group: no perception gap.
		expect(vision?.perceptionGap).toEqual({
			withheld:
				'fewer than two stakeholder groups with figures shown (each needs at least 5 people giving a level)'
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
		const rs = [
			...groupOf('sales', 7, 2),
			...groupOf('service', 6, 3),
			...groupOf('finance', 2, 5)
		];
		const s = scored(rs);
		const vision = s.dimensions.find((d) => d.key === 'vision');
		expect(vision?.score).toBeCloseTo(2.8, 12);
		expect(vision?.groups.filter((g) => !('withheld' in g))).toEqual([
			{ group: 'sales', mean: 2, n: 7 }
		]);
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
			commentThreshold: 8,
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
		const stats = statsFromResponses(instrument, [
			...groupOf('sales', 7, 2),
			...groupOf('finance', 2, 5)
		]);
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
					for (const g of d.groups)
						if (g.withheld === null) expect(g.responses).toBeGreaterThanOrEqual(threshold);
					const hidden = d.groups
						.filter((g) => g.withheld !== null)
						.reduce((s, g) => s + g.responses, 0);
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
					const s = scoreCycle(instrument, statsFromResponses(instrument, rs), {
						commentThreshold: 1
					});
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

describe('every figure rests on at least threshold people (issue 11, attack 3)', () => {
	it('regression: two "don\u2019t know" respondents do not let one person\u2019s dimension score through', () => {
		// Threshold 3, three submitted responses in one group: the cycle and the group pass the
		// threshold, but in vision two answer "don't know" everywhere and one gives levels.
		// Before the fix the dashboard showed vision = 3 with n = 1: that one person's answers.
		const rs: ScoringResponse[] = [
			{ id: 'r1', group: 'sales', answers: { v1: null, v2: null, t1: 3 } },
			{ id: 'r2', group: 'sales', answers: { v1: null, v2: null, t1: 4 } },
			{ id: 'r3', group: 'sales', answers: { v1: 4, v2: 2, t1: 5 } }
		];
		const s = scoreCycle(instrument, statsFromResponses(instrument, rs), { anonymityThreshold: 3 });
		if (s.status !== 'scored') throw new Error('expected the cycle to be scored');
		const vision = s.dimensions.find((d) => d.key === 'vision')!;
		expect(vision.score).toBeNull();
		expect(vision.respondentMean).toBeNull();
		expect(vision.n).toBe(1);
		for (const item of s.items.filter((i) => i.dimensionKey === 'vision')) {
			expect(item.mean).toBeNull();
			expect(item.distribution.every((d) => d.count === 0)).toBe(true);
		}
		expect(s.strongest.some((i) => i.dimensionKey === 'vision')).toBe(false);
		// Nothing of the one person's 4 and 2 survives anywhere in the output.
		expect(vision.groups.every((g) => !('mean' in g) || g.mean === null)).toBe(true);
		// team: three people gave a level, so it is shown.
		expect(s.dimensions.find((d) => d.key === 'team')!.score).toBe(4);
	});

	it('a dimension score is the mean of its shown items only; respondent-level figures need every answered item shown', () => {
		// Threshold 3. v1: 4 levels (shown); v2: 2 levels and 2 don't know (withheld).
		const rs: ScoringResponse[] = [
			{ id: 'r1', group: 'sales', answers: { v1: 2, v2: 5, t1: 3 } },
			{ id: 'r2', group: 'sales', answers: { v1: 3, v2: 5, t1: 3 } },
			{ id: 'r3', group: 'sales', answers: { v1: 4, v2: null, t1: 3 } },
			{ id: 'r4', group: 'sales', answers: { v1: 3, v2: null, t1: 3 } }
		];
		const s = scored(rs, 3);
		const v2 = s.items.find((i) => i.key === 'v2')!;
		expect(v2).toMatchObject({
			n: 2,
			mean: null,
			sd: null,
			agreement: null,
			distribution: [],
			dontKnowShare: 0.5
		});
		expect(v2.withheld).toBe('fewer than 3 people gave an answer other than “don’t know”');
		const vision = s.dimensions.find((d) => d.key === 'vision')!;
		// (2 + 3 + 4 + 3) / 4 = 3, v2's two 5s left out (with them it would be (3 + 5)/2 = 4).
		expect(vision).toMatchObject({ score: 3, itemsScored: 1, n: 4, withheld: null });
		// r1's respondent mean (2 + 5)/2 would carry a withheld answer: no respondent-level figures.
		expect(vision).toMatchObject({ respondentMean: null, sd: null, ci95: null });
		// The group cell uses the same items.
		expect(vision.groups).toEqual([{ group: 'sales', mean: 3, n: 4 }]);
		// Pooled don't-know share over items whose own share is shown: (0 + 2) / (4 + 4).
		expect(vision.dontKnowShare).toBe(0.25);
	});

	it('a group cell needs threshold people giving a level in the group, however many responses it has', () => {
		// sales 5 responses, all give levels; service 5 responses, only 2 give levels in vision.
		const rs: ScoringResponse[] = [
			...groupOf('sales', 5, 2),
			...Array.from({ length: 5 }, (_, i) => ({
				id: `s${i}`,
				group: 'service',
				answers: i < 2 ? { v1: 5, v2: 5, t1: 4 } : { v1: null, v2: null, t1: 4 }
			}))
		];
		const s = scored(rs, 5);
		expect(s.groups.every((g) => g.withheld === null)).toBe(true);
		const vision = s.dimensions.find((d) => d.key === 'vision')!;
		// Whole vision: 7 people gave levels, score (5·2 + 2·5)/7 = 20/7, shown.
		expect(vision.score).toBeCloseTo(20 / 7, 12);
		// service: 2 people with a level → withheld. Had sales (5 people, mean 2) been shown,
		// whole minus sales would give the two service people's mean (20 − 10)/2 = 5: so sales is
		// withheld as well.
		expect(vision.groups).toEqual([
			{
				group: 'sales',
				withheld:
					'withheld so that fewer than 5 people’s answers cannot be worked out from the totals'
			},
			{
				group: 'service',
				withheld: 'fewer than 5 people gave an answer other than “don’t know” in this dimension'
			}
		]);
		expect(vision.perceptionGap).toHaveProperty('withheld');
		// team: everyone gave a level, both cells shown.
		const team = s.dimensions.find((d) => d.key === 'team')!;
		expect(team.groups).toEqual([
			{ group: 'sales', mean: 2, n: 5 },
			{ group: 'service', mean: 4, n: 5 }
		]);
	});

	it('complementary suppression per item keeps the cells whose removal already protects the rest', () => {
		// Three groups of 5; in vision, finance has only 1 level on v1 (the rest don't know).
		// Whole v1 − (sales + service) = finance's one person: the smaller of the two cells
		// including v1 goes (ties by key: sales), leaving 5 + 1 = 6 people unaccounted for.
		const rs: ScoringResponse[] = [
			...groupOf('sales', 5, 2),
			...groupOf('service', 5, 3),
			...Array.from({ length: 5 }, (_, i) => ({
				id: `f${i}`,
				group: 'finance',
				answers: { v1: i === 0 ? 5 : null, v2: null, t1: 1 }
			}))
		];
		const s = scored(rs, 5);
		const vision = s.dimensions.find((d) => d.key === 'vision')!;
		expect(vision.groups.map((g) => [g.group, 'withheld' in g ? g.withheld : g.mean])).toEqual([
			['finance', 'fewer than 5 people gave an answer other than “don’t know” in this dimension'],
			[
				'sales',
				'withheld so that fewer than 5 people’s answers cannot be worked out from the totals'
			],
			['service', 3]
		]);
	});

	it('integration, yes/no and stakeholder-map figures need threshold valid answers', () => {
		const withSide: InstrumentDefinition = {
			...instrument,
			sections: [
				...instrument.sections,
				{
					key: 'integ',
					kind: 'integration',
					title: 'I',
					description: '',
					items: [{ key: 'fin', kind: 'integration', text: 'Finance' }]
				},
				{
					key: 'ref',
					kind: 'reference',
					title: 'R',
					description: '',
					items: [{ key: 'yn', kind: 'yes_no', text: 'Y/N' }]
				}
			]
		};
		const rs: ScoringResponse[] = Array.from({ length: 5 }, (_, i) => ({
			id: `r${i}`,
			group: 'sales',
			answers: { v1: 3, v2: 3, t1: 3, fin: i < 2 ? 3 : null, yn: i < 3 ? 1 : null }
		}));
		const s = scoreCycle(withSide, statsFromResponses(withSide, rs), { anonymityThreshold: 3 });
		if (s.status !== 'scored') throw new Error('expected scores');
		expect(s.integration.functions[0]).toMatchObject({
			n: 2,
			share: null,
			mean: null,
			distribution: [],
			dontKnowShare: 0.6
		});
		expect(s.integration.overall).toEqual({ share: null, mean: null, functions: 0 });
		expect(s.reference[0]).toMatchObject({ n: 3, share: 1, withheld: null });
	});

	it('thresholds: never below 3; comments default 8, never below 5 nor below the numeric threshold', () => {
		expect(effectiveThresholds({})).toEqual({ anonymityThreshold: 5, commentThreshold: 8 });
		expect(effectiveThresholds({ anonymityThreshold: 1, commentThreshold: 1 })).toEqual({
			anonymityThreshold: 3,
			commentThreshold: 5
		});
		expect(effectiveThresholds({ anonymityThreshold: 2.5 })).toEqual({
			anonymityThreshold: 3,
			commentThreshold: 8
		});
		expect(effectiveThresholds({ anonymityThreshold: Number.NaN, commentThreshold: 6 })).toEqual({
			anonymityThreshold: 5,
			commentThreshold: 6
		});
		expect(effectiveThresholds({ anonymityThreshold: 12, commentThreshold: 8 })).toEqual({
			anonymityThreshold: 12,
			commentThreshold: 12
		});
		// A stored threshold of 1 cannot show one person's answers.
		const s = scoreCycle(instrument, statsFromResponses(instrument, groupOf('sales', 2, 4)), {
			anonymityThreshold: 1
		});
		expect(s.status).toBe('withheld');
		expect(s.anonymityThreshold).toBe(3);
	});

	it('alpha needs at least the anonymity threshold of complete respondents, even above 10', () => {
		const rs = Array.from({ length: 11 }, (_, i) => ({
			id: `r${i}`,
			group: 'sales',
			answers: { v1: 1 + (i % 5), v2: 1 + ((i * 2) % 5), t1: 3 }
		}));
		const at = (threshold: number) =>
			scoreCycle(instrument, statsFromResponses(instrument, rs), { anonymityThreshold: threshold });
		const low = at(5);
		const high = at(11);
		const vision = (s: ReturnType<typeof at>) =>
			s.status === 'scored' ? s.dimensions.find((d) => d.key === 'vision')!.alpha : null;
		expect(vision(low)).toHaveProperty('value');
		expect(vision(high)).toHaveProperty('value');
		const stricter = scoreCycle(
			instrument,
			statsFromResponses(instrument, [
				...rs,
				{ id: 'x', group: 'sales', answers: { v1: 3, t1: 3 } }
			]),
			{ anonymityThreshold: 12 }
		);
		expect(vision(stricter)).toEqual({
			withheld: 'fewer than 12 respondents answered every item (11)'
		});
	});
});
