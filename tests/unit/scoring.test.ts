import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import { finitePopulationFactor } from '../../src/lib/domain/scoring/dimensions';
import {
	consensus,
	isWithheld,
	levelUncertainOf,
	maturityLevelOf,
	mergeStats,
	peerBand,
	peerBenchmark,
	percentileRank,
	quantileType7,
	scoreCycle,
	statsFromResponses,
	tQuantile975,
	to100,
	type CycleScores,
	type CycleScoresScored,
	type DimensionScore,
	type ScoringResponse
} from '../../src/lib/domain/scoring';

const m = (key: string) => ({ key, kind: 'maturity' as const, text: `Item ${key}` });

/** A small instrument: three dimensions, two integration functions, one yes/no, two map items. */
const instrument: InstrumentDefinition = {
	name: 'fixture',
	version: 1,
	sections: [
		{
			key: 'vision',
			kind: 'building_block',
			title: 'Vision',
			description: '',
			items: [m('v1'), m('v2')]
		},
		{ key: 'team', kind: 'governance', title: 'Team', description: '', items: [m('t1'), m('t2')] },
		{ key: 'tech', kind: 'building_block', title: 'Technology', description: '', items: [m('x1')] },
		{
			key: 'integ',
			kind: 'integration',
			title: 'Functions',
			description: '',
			items: [
				{ key: 'finance', kind: 'integration', text: 'Finance' },
				{ key: 'sales', kind: 'integration', text: 'Sales' }
			]
		},
		{
			key: 'ref',
			kind: 'reference',
			title: 'Reference',
			description: '',
			items: [{ key: 'best', kind: 'yes_no', text: 'Best customers treated differently' }]
		},
		{
			key: 'map',
			kind: 'stakeholder_map',
			title: 'Stakeholders',
			description: '',
			items: [
				{ key: 'customers', kind: 'stakeholder_map', text: 'Customers' },
				{ key: 'regulators', kind: 'stakeholder_map', text: 'Regulators' }
			]
		}
	]
};

/**
 * The worked example of docs/scoring.md (null = don't know, absent = not answered):
 *
 *        grp  v1 v2  t1 t2  x1 | finance sales | best | customers regulators
 *   R1   A    4  dk  3  2   5  | 3       0     | 1    | 1         0
 *   R2   A    3  4   2  2   5  | 2       0     | 1    | 1         1
 *   R3   B    2  2   1  –   5  | 1       3     | 0    | 1         –
 *   R4   B    1  3   2  3   5  | dk      2     | dk   | 1         –
 */
const responses: ScoringResponse[] = [
	{
		id: 'R1',
		group: 'A',
		answers: {
			v1: 4,
			v2: null,
			t1: 3,
			t2: 2,
			x1: 5,
			finance: 3,
			sales: 0,
			best: 1,
			customers: 1,
			regulators: 0
		},
		comments: { vision: 'Vision is clear at the top', team: 'Meetings are rare' }
	},
	{
		id: 'R2',
		group: 'A',
		answers: {
			v1: 3,
			v2: 4,
			t1: 2,
			t2: 2,
			x1: 5,
			finance: 2,
			sales: 0,
			best: 1,
			customers: 1,
			regulators: 1
		}
	},
	{
		id: 'R3',
		group: 'B',
		answers: { v1: 2, v2: 2, t1: 1, x1: 5, finance: 1, sales: 3, best: 0, customers: 1 },
		comments: { vision: '  Nobody told us  ', tech: '   ' }
	},
	{
		id: 'R4',
		group: 'B',
		answers: {
			v1: 1,
			v2: 3,
			t1: 2,
			t2: 3,
			x1: 5,
			finance: null,
			sales: 2,
			best: null,
			customers: 1
		}
	}
];

/** Threshold 3, the lowest there is (a stored 2 would be raised to 3); comment threshold 5, likewise. */
const options = {
	targets: { vision: 4, team: 3 },
	notApplicable: ['tech'],
	anonymityThreshold: 3,
	commentThreshold: 5
};

function scored(s: CycleScores): CycleScoresScored {
	if (s.status !== 'scored') throw new Error(`expected scores, got ${s.withheld}`);
	return s;
}
function dim(s: CycleScoresScored, key: string): DimensionScore {
	const d = s.dimensions.find((x) => x.key === key);
	if (!d) throw new Error(`no dimension ${key}`);
	return d;
}

const result = scored(scoreCycle(instrument, statsFromResponses(instrument, responses), options));

/**
 * The worked example with every respondent three times (R1…R4 ×3): the same item and group means,
 * but groups A and B have 6 respondents each, so group figures and comments pass threshold 3.
 */
const tripled: ScoringResponse[] = [0, 1, 2].flatMap((copy) =>
	responses.map((r) => ({ ...r, id: `${r.id}.${copy}` }))
);
const tripledResult = scored(
	scoreCycle(instrument, statsFromResponses(instrument, tripled), options)
);

describe('statistics', () => {
	it('counts answers, don\u2019t knows, respondent means and complete cases', () => {
		const stats = statsFromResponses(instrument, responses);
		// v2 in group A: one 4 and one don't know.
		expect(stats.items.find((r) => r.itemKey === 'v2' && r.group === 'A')).toEqual({
			itemKey: 'v2',
			group: 'A',
			counts: [0, 0, 0, 0, 1, 0],
			dontKnow: 1,
			notMyArea: 0
		});
		// vision, group A: respondent means R1 = 4 (v1 only), R2 = (3+4)/2 = 3.5.
		expect(stats.dimensions.find((r) => r.dimensionKey === 'vision' && r.group === 'A')).toEqual({
			dimensionKey: 'vision',
			group: 'A',
			n: 2,
			sum: 7.5,
			sumSq: 16 + 12.25
		});
		// team complete cases: R1 (3,2), R2 (2,2), R4 (2,3); R3 lacks t2.
		expect(stats.alpha.find((a) => a.dimensionKey === 'team')).toEqual({
			dimensionKey: 'team',
			k: 2,
			nComplete: 3,
			itemSums: { t1: 7, t2: 7 },
			itemSumSqs: { t1: 17, t2: 17 },
			totalSum: 14, // totals 5, 4, 5
			totalSumSq: 66
		});
		expect(stats.responses).toEqual([
			{ group: 'A', n: 2 },
			{ group: 'B', n: 2 }
		]);
		// Trimmed, blank ones dropped.
		expect(stats.comments.map((c) => c.text)).toEqual([
			'Meetings are rare',
			'Vision is clear at the top',
			'Nobody told us'
		]);
	});

	it('rejects values outside the item scale and ignores unknown items', () => {
		expect(() =>
			statsFromResponses(instrument, [{ id: 'x', group: 'A', answers: { v1: 6 } }])
		).toThrow(RangeError);
		expect(() =>
			statsFromResponses(instrument, [{ id: 'x', group: 'A', answers: { finance: 4 } }])
		).toThrow(RangeError);
		const s = statsFromResponses(instrument, [{ id: 'x', group: 'A', answers: { old_item: 3 } }]);
		expect(s.items).toEqual([]);
	});

	it('merging per-group statistics equals statistics of all responses', () => {
		const a = statsFromResponses(instrument, responses.slice(0, 2));
		const b = statsFromResponses(instrument, responses.slice(2));
		expect(mergeStats(a, b)).toEqual(statsFromResponses(instrument, responses));
	});
});

describe('golden: worked example of docs/scoring.md', () => {
	it('item means exclude don\u2019t know, which is reported as its own share', () => {
		const v1 = result.items.find((i) => i.key === 'v1');
		const v2 = result.items.find((i) => i.key === 'v2');
		const t2 = result.items.find((i) => i.key === 't2');
		// v1: (4+3+2+1)/4 = 2.5; sample SD of 1,2,3,4 = √(5/3) = 1.290994
		expect(v1?.mean).toBe(2.5);
		expect(v1?.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
		expect(v1?.dontKnowShare).toBe(0);
		// v2: (4+2+3)/3 = 3; 1 don't know of 4 answers → 0.25
		expect(v2?.mean).toBe(3);
		expect(v2?.n).toBe(3);
		expect(v2?.dontKnowShare).toBe(0.25);
		// t2: (2+2+3)/3 = 7/3; R3 did not answer (not a don't know) → share 0
		expect(t2?.mean).toBeCloseTo(7 / 3, 12);
		expect(t2?.dontKnowShare).toBe(0);
		expect(v2?.distribution).toEqual([
			{ value: 1, count: 0, share: 0 },
			{ value: 2, count: 1, share: 1 / 3 },
			{ value: 3, count: 1, share: 1 / 3 },
			{ value: 4, count: 1, share: 1 / 3 },
			{ value: 5, count: 0, share: 0 }
		]);
	});

	it('consensus (Tastle & Wierman) of a uniform 1..4 spread', () => {
		// μ = 2.5, d = 4: 1 + ¼·2·[log2(1 − 1.5/4) + log2(1 − 0.5/4)]
		//   = 1 + ½·(log2 0.625 + log2 0.875) = 1 + ½·(−0.678072 − 0.192645) = 0.564642
		const v1 = result.items.find((i) => i.key === 'v1');
		expect(v1?.agreement).toBeCloseTo(0.5646415084724832, 12);
	});

	it('dimension score is the mean of its item means; gap to target = target − score', () => {
		const vision = dim(result, 'vision');
		// (2.5 + 3) / 2 = 2.75; 0–100: (2.75 − 1)/4·100 = 43.75; level 2 (floor; [2, 3))
		expect(vision.score).toBe(2.75);
		expect(vision.score100).toBe(43.75);
		expect(vision.level).toBe(2);
		expect(vision.gapToTarget).toBe(1.25); // 4 − 2.75
		// 1 don't know among 7 valid + 1 → 1/8
		expect(vision.dontKnowShare).toBe(0.125);
		const team = dim(result, 'team');
		// (2 + 7/3) / 2 = 13/6 = 2.1667; gap 3 − 13/6 = 5/6
		expect(team.score).toBeCloseTo(13 / 6, 12);
		expect(team.gapToTarget).toBeCloseTo(5 / 6, 12);
		expect(team.level).toBe(2);
	});

	it('SD over respondent-level dimension means; the 95% interval is centred on the score shown', () => {
		// vision respondent means: 4, 3.5, 2, 2 → mean 2.875 (≠ score 2.75: R1's don't know on v2)
		// deviations 1.125, 0.625, −0.875, −0.875 → Σd² = 3.1875, s² = 1.0625, s = 1.030776
		// half-width = t(0.975, 3)·s/√4 = 3.182446·1.030776/2 = 1.640195, around the score 2.75
		// → [1.109805, 4.390195] (before issue 13 it was around 2.875: [1.234805, 4.515195])
		const vision = dim(result, 'vision');
		expect(vision.n).toBe(4);
		expect(vision.respondentMean).toBe(2.875);
		const visionSd = Math.sqrt(3.1875 / 3);
		expect(vision.sd).toBeCloseTo(visionSd, 12);
		const visionHalf = (tQuantile975(3) * visionSd) / Math.sqrt(4);
		expect(visionHalf).toBeCloseTo(1.640195, 6);
		expect(vision.ci95?.low).toBeCloseTo(2.75 - visionHalf, 12);
		expect(vision.ci95?.high).toBeCloseTo(2.75 + visionHalf, 12);
		expect(vision.ci95?.low).toBeCloseTo(1.109805, 6);
		expect(vision.ci95?.high).toBeCloseTo(4.390195, 6);
		// team respondent means 2.5, 2, 1, 2.5 → mean 2, s = √0.5; half 3.182446·0.707107/2 = 1.125165
		// around the score 13/6 = 2.166667 → [1.041502, 3.291831]
		const team = dim(result, 'team');
		const teamHalf = (tQuantile975(3) * Math.sqrt(0.5)) / 2;
		expect(team.ci95?.low).toBeCloseTo(13 / 6 - teamHalf, 12);
		expect(team.ci95?.high).toBeCloseTo(13 / 6 + teamHalf, 12);
		expect(team.ci95?.low).toBeCloseTo(1.041502, 6);
		expect(team.ci95?.high).toBeCloseTo(3.291831, 6);
		// Between levels: vision's interval 1.11–4.39 reaches levels 1 to 4, team's 1.04–3.29 levels 1 to 3.
		expect(vision.levelUncertain).toBe(true);
		expect(team.levelUncertain).toBe(true);
		expect(dim(result, 'tech').levelUncertain).toBeNull();
	});

	it('not-applicable dimensions are left out of every score, including the index', () => {
		const tech = dim(result, 'tech');
		expect(tech.notApplicable).toBe(true);
		expect(tech.score).toBeNull();
		expect(result.items.some((i) => i.key === 'x1')).toBe(false);
		expect(result.strongest.some((i) => i.key === 'x1')).toBe(false);
		expect(result.comments.some((c) => c.dimensionKey === 'tech')).toBe(false);
		// index = (2.75 + 13/6) / 2 = 59/24 = 2.458333 → level 2; 0–100: (59/24 − 1)/4·100 = 36.458333
		expect(result.overall.index).toBeCloseTo(59 / 24, 12);
		expect(result.overall.index100).toBeCloseTo(36.458333333333336, 10);
		expect(result.overall.level).toBe(2);
		expect(result.overall.levelName).toBe('Developing');
		expect(result.overall.dimensionsScored).toBe(2);
		expect(result.overall.respondents).toBe(4);

		// With tech applicable (all 5s): (2.75 + 13/6 + 5) / 3 = 119/36 = 3.3056 → level 3
		const all = scored(
			scoreCycle(instrument, statsFromResponses(instrument, responses), {
				...options,
				notApplicable: []
			})
		);
		expect(all.overall.index).toBeCloseTo(119 / 36, 12);
		expect(all.overall.level).toBe(3);
	});

	it('perception gap: largest difference between shown group means', () => {
		// Groups A and B have 2 respondents each, below threshold 3: no group figure, no gap.
		expect(dim(result, 'vision').groups).toEqual([
			{ group: 'A', withheld: 'fewer than 3 responses' },
			{ group: 'B', withheld: 'fewer than 3 responses' }
		]);
		expect(isWithheld(dim(result, 'vision').perceptionGap)).toBe(true);
		// Tripled: vision, A: v1 (4+3)/2 = 3.5, v2 4 (3 levels: R2 ×3) → 3.75; B: v1 1.5, v2 2.5 → 2. Gap 1.75.
		const vision = dim(tripledResult, 'vision');
		// Margin: A's respondent means 4, 3.5 (×3) → sd √0.075, h = t(5)·sd/√6; B's are all 2 → h 0.
		const hA = (tQuantile975(5) * Math.sqrt(0.075)) / Math.sqrt(6);
		expect(vision.perceptionGap).toEqual({
			value: 1.75,
			highGroup: 'A',
			lowGroup: 'B',
			margin: expect.closeTo(hA, 12),
			standsOut: true
		});
		expect(vision.groups).toEqual([
			{ group: 'A', mean: 3.75, n: 6 },
			{ group: 'B', mean: 2, n: 6 }
		]);
		// team, A: t1 2.5, t2 2 → 2.25; B: t1 1.5, t2 3 → 2.25. No gap.
		const team = dim(tripledResult, 'team');
		expect(isWithheld(team.perceptionGap)).toBe(false);
		if (!isWithheld(team.perceptionGap)) expect(team.perceptionGap.value).toBe(0);
	});

	it('functional integration: share consulted/integrated and mean level, per function and overall', () => {
		const [finance, sales] = result.integration.functions;
		// finance 3, 2, 1, dk → share 2/3, mean 2, dk 1/4
		expect(finance?.share).toBeCloseTo(2 / 3, 12);
		expect(finance?.mean).toBe(2);
		expect(finance?.dontKnowShare).toBe(0.25);
		// sales 0, 0, 3, 2 → share 1/2, mean 1.25
		expect(sales?.share).toBe(0.5);
		expect(sales?.mean).toBe(1.25);
		// overall: share (2/3 + 1/2)/2 = 7/12, mean (2 + 1.25)/2 = 1.625
		expect(result.integration.overall.share).toBeCloseTo(7 / 12, 12);
		expect(result.integration.overall.mean).toBe(1.625);
	});

	it('reference yes/no and stakeholder-map shares', () => {
		// best: 1, 1, 0, dk → 2/3 yes, dk 1/4
		expect(result.reference[0]?.share).toBeCloseTo(2 / 3, 12);
		expect(result.reference[0]?.dontKnowShare).toBe(0.25);
		// regulators: only 2 valid answers, below threshold 3: the count shows, the share does not.
		expect(result.stakeholderMap.map((s) => [s.key, s.share, s.n, s.withheld])).toEqual([
			['customers', 1, 4, null],
			['regulators', null, 2, 'fewer than 3 people gave an answer other than “don’t know”']
		]);
		expect(tripledResult.stakeholderMap.map((s) => [s.key, s.share, s.n])).toEqual([
			['customers', 1, 12],
			['regulators', 0.5, 6]
		]);
	});

	it('comments shown only from the comment threshold, sorted by text', () => {
		// 2 comments on vision: below the comment threshold (5).
		expect(result.comments.find((c) => c.dimensionKey === 'vision')).toEqual({
			dimensionKey: 'vision',
			count: 2,
			withheld: 'fewer than 5 comments'
		});
		// Tripled: 6 comments on vision are shown, by text; 3 on team are not.
		const vision = tripledResult.comments.find((c) => c.dimensionKey === 'vision');
		expect(vision).toEqual({
			dimensionKey: 'vision',
			count: 6,
			comments: [
				...Array(3).fill({ text: 'Nobody told us', group: 'B' }),
				...Array(3).fill({ text: 'Vision is clear at the top', group: 'A' })
			]
		});
		expect(tripledResult.comments.find((c) => c.dimensionKey === 'team')).toEqual({
			dimensionKey: 'team',
			count: 3,
			withheld: 'fewer than 5 comments'
		});
	});

	it('strongest and weakest items', () => {
		expect(result.strongest.map((i) => i.key)).toEqual(['v2', 'v1', 't2', 't1']);
		expect(result.weakest.map((i) => i.key)).toEqual(['t1', 't2', 'v1', 'v2']);
	});

	it('alpha is withheld below 10 complete responses, with the reason', () => {
		expect(dim(result, 'team').alpha).toEqual({
			withheld: 'fewer than 10 respondents answered every item (3)'
		});
	});
});

describe('math', () => {
	it('consensus: all equal → 1; half 1s half 5s → 0', () => {
		expect(consensus([0, 0, 0, 7, 0, 0], 1, 5)).toBe(1);
		expect(consensus([0, 9, 0, 0, 0, 0], 1, 5)).toBe(1);
		expect(consensus([0, 3, 0, 0, 0, 3], 1, 5)).toBe(0);
		expect(consensus([0, 0, 0, 0, 0, 0], 1, 5)).toBeNull();
		// yes/no split evenly: μ = ½, 1 + log2(½) = 0
		expect(consensus([4, 4], 0, 1)).toBe(0);
	});

	it('maturity level: the floor of the score as shown (2 decimals), never a level not reached', () => {
		const cases: [number, number][] = [
			[1, 1],
			[1.99, 1],
			[1.994, 1], // shown as 1.99
			[2, 2],
			[2.5, 2], // was level 3 ("Defined") with nearest-level bands
			[2.75, 2],
			[2.99, 2],
			// Shown as "3.00", so it reads as level 3, not 2 (the level of the score as shown).
			[2.995, 3],
			[2.9999, 3],
			[3 - 1e-12, 3], // float noise for 3 is treated as 3
			[3.5, 3],
			[4.99, 4],
			[5, 5],
			[0.5, 1], // clamped (an interval's end may leave 1–5)
			[5.4, 5]
		];
		for (const [score, level] of cases) expect(maturityLevelOf(score), String(score)).toBe(level);
	});

	it('between levels: the interval as shown reaches more than one level', () => {
		expect(levelUncertainOf(null)).toBeNull();
		expect(levelUncertainOf({ low: 2.1, high: 2.95 })).toBe(false); // levels 2 and 2
		expect(levelUncertainOf({ low: 2.1, high: 3.0 })).toBe(true); // reaches 3.00
		expect(levelUncertainOf({ low: 2.1, high: 2.994 })).toBe(false); // shown 2.99
		expect(levelUncertainOf({ low: 2.1, high: 2.995 })).toBe(true); // shown 3.00
		expect(levelUncertainOf({ low: 1.9, high: 2.4 })).toBe(true);
		expect(levelUncertainOf({ low: 0.4, high: 1.8 })).toBe(false); // both ends level 1 (clamped)
		expect(levelUncertainOf({ low: 4.2, high: 5.3 })).toBe(true); // reaches 5.00
	});

	it('to100 maps 1–5 onto 0–100', () => {
		expect(to100(1)).toBe(0);
		expect(to100(5)).toBe(100);
		expect(to100(3)).toBe(50);
	});

	it('t quantiles: table and Cornish–Fisher expansion agree with reference values', () => {
		// Reference values t(0.975, df), e.g. any statistics table (and scipy.stats.t.ppf).
		expect(tQuantile975(1)).toBeCloseTo(12.7062, 4);
		expect(tQuantile975(3)).toBeCloseTo(3.18245, 5);
		expect(tQuantile975(30)).toBeCloseTo(2.04227, 5);
		expect(tQuantile975(31)).toBeCloseTo(2.039513446396408, 6);
		expect(tQuantile975(40)).toBeCloseTo(2.021075390306273, 6);
		expect(tQuantile975(60)).toBeCloseTo(2.0002978220142604, 7);
		expect(tQuantile975(120)).toBeCloseTo(1.9799304050824402, 8);
		expect(tQuantile975(1000)).toBeCloseTo(1.9623390808264083, 9);
		expect(() => tQuantile975(0)).toThrow(RangeError);
	});

	it('type-7 quantiles and mid-rank percentile', () => {
		const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		// h = 9p: 4.5 → 5.5; 6.75 → 7.75; 8.1 → 9.1
		expect(quantileType7(ten, 0.5)).toBe(5.5);
		expect(quantileType7(ten, 0.75)).toBe(7.75);
		expect(quantileType7(ten, 0.9)).toBeCloseTo(9.1, 12);
		expect(quantileType7([], 0.5)).toBeNull();
		// 3 below, 2 equal of 6: (3 + 1)/6 = 66.67
		expect(percentileRank(3, [1, 2, 2.5, 3, 3, 4])).toBeCloseTo(200 / 3, 12);
	});
});

describe('Cronbach\u2019s alpha', () => {
	/**
	 * Worked example constructed for this test (not taken from a publication), computed by hand
	 * from Cronbach's (1951) formula α = k/(k−1)·(1 − Σs²_i/s²_X), sample variances (n − 1):
	 *
	 *   item a: 1 2 3 4 5 2 3 4 5 1   Σ = 30, Σx² = 110, s² = (110 − 900/10)/9 = 20/9
	 *   item b: 2 2 3 3 4 1 4 5 5 1   Σ = 30, Σx² = 110, s² = 20/9
	 *   item c: 1 3 3 4 5 2 3 4 4 2   Σ = 31, Σx² = 109, s² = (109 − 96.1)/9 = 43/30
	 *   total : 4 7 9 11 14 5 10 13 14 4   Σ = 91, Σx² = 969, s² = (969 − 828.1)/9 = 1409/90
	 *   Σs²_i = 200/90 + 200/90 + 129/90 = 529/90
	 *   α = 3/2 · (1 − 529/1409) = 3/2 · 880/1409 = 1320/1409 = 0.936835
	 * The test also recomputes α from the covariance matrix (α = k/(k−1)·(1 − tr C / ΣC)),
	 * an independent route to the same number.
	 */
	const a = [1, 2, 3, 4, 5, 2, 3, 4, 5, 1];
	const b = [2, 2, 3, 3, 4, 1, 4, 5, 5, 1];
	const c = [1, 3, 3, 4, 5, 2, 3, 4, 4, 2];
	const alphaInstrument: InstrumentDefinition = {
		name: 'alpha',
		version: 1,
		sections: [
			{ key: 'd', kind: 'governance', title: 'D', description: '', items: [m('a'), m('b'), m('c')] }
		]
	};
	const build = (cols: number[][], extra: ScoringResponse[] = []): ScoringResponse[] => [
		...(cols[0] ?? []).map((_, r) => ({
			id: `r${r}`,
			group: r % 2 ? 'x' : 'y',
			answers: Object.fromEntries(['a', 'b', 'c'].map((k, j) => [k, cols[j]?.[r] ?? null]))
		})),
		...extra
	];
	const alphaOf = (rs: ScoringResponse[]) => {
		const s = scored(scoreCycle(alphaInstrument, statsFromResponses(alphaInstrument, rs)));
		return s.dimensions[0]?.alpha;
	};

	function covarianceAlpha(cols: number[][]): number {
		const n = (cols[0] ?? []).length;
		const means = cols.map((x) => x.reduce((s, v) => s + v, 0) / n);
		let trace = 0;
		let total = 0;
		cols.forEach((x, i) =>
			cols.forEach((y, j) => {
				let cov = 0;
				for (let r = 0; r < n; r++)
					cov += ((x[r] ?? 0) - (means[i] ?? 0)) * ((y[r] ?? 0) - (means[j] ?? 0));
				cov /= n - 1;
				total += cov;
				if (i === j) trace += cov;
			})
		);
		const k = cols.length;
		return (k / (k - 1)) * (1 - trace / total);
	}

	it('matches the hand computation and the covariance-matrix form', () => {
		const alpha = alphaOf(build([a, b, c]));
		expect(alpha).toEqual({ value: expect.closeTo(1320 / 1409, 12), n: 10 });
		expect(covarianceAlpha([a, b, c])).toBeCloseTo(1320 / 1409, 12);
	});

	it('uses only respondents who answered every item (listwise)', () => {
		// Two more respondents with a don't know / a missing item do not change α.
		const extra: ScoringResponse[] = [
			{ id: 'e1', group: 'x', answers: { a: 5, b: null, c: 1 } },
			{ id: 'e2', group: 'y', answers: { a: 1, b: 5 } }
		];
		expect(alphaOf(build([a, b, c], extra))).toEqual({
			value: expect.closeTo(1320 / 1409, 12),
			n: 10
		});
	});

	it('perfectly parallel items → α = 1', () => {
		expect(alphaOf(build([a, a, a]))).toEqual({ value: expect.closeTo(1, 12), n: 10 });
	});

	it('is withheld with a reason when n < 10 or totals do not vary', () => {
		expect(alphaOf(build([a.slice(0, 9), b.slice(0, 9), c.slice(0, 9)]))).toEqual({
			withheld: 'fewer than 10 respondents answered every item (9)'
		});
		const flat = new Array<number>(10).fill(3);
		expect(alphaOf(build([flat, flat, flat]))).toEqual({ withheld: 'total scores do not vary' });
	});
});

describe('peer benchmark', () => {
	// 20 peers: 1.0, 1.2, …, 4.8 (two of each step of 0.4 would tie; these are distinct).
	const values = Array.from({ length: 20 }, (_, i) => 1 + i * 0.2);
	const peers = values.map((v) => ({ vision: v, team: v / 2 }));

	it('median, top quartile, top decile (type 7), rounded to one decimal, and a band for the own score', () => {
		// h = 19p: p=.5 → 9.5 → 2.8 + .5·.2 = 2.9; p=.75 → 14.25 → 3.8 + .25·.2 = 3.85 → 3.9;
		// p=.9 → 17.1 → 4.4 + .1·.2 = 4.42 → 4.4. Own 3.2: from the median, below the top quartile.
		const [vision] = peerBenchmark({ vision: 3.2 }, peers);
		expect(vision).toEqual({
			key: 'vision',
			peers: 20,
			own: 3.2,
			median: 2.9,
			topQuartile: 3.9,
			topDecile: 4.4,
			band: 'upper half'
		});
		expect(quantileType7(values, 0.75)).toBeCloseTo(3.85, 12);
		// Every figure that leaves is a multiple of 0.1.
		for (const b of peerBenchmark({ vision: 1, team: 5 }, peers)) {
			if ('withheld' in b) throw new Error('expected figures');
			for (const x of [b.median, b.topQuartile, b.topDecile as number])
				expect(Math.abs(x * 10 - Math.round(x * 10))).toBeLessThan(1e-9);
		}
		expect(
			peerBenchmark({ vision: 1, team: 5 }, peers).map((b) => ('band' in b ? b.band : null))
		).toEqual(['lower half', 'top decile']);
	});

	it('the band is read off the rounded figures and the own score as shown', () => {
		expect(peerBand(2.899, 2.9, 3.9, 4.4)).toBe('upper half'); // shown as 2.90
		expect(peerBand(2.894, 2.9, 3.9, 4.4)).toBe('lower half'); // shown as 2.89
		expect(peerBand(3.9, 2.9, 3.9, null)).toBe('top quartile');
		expect(peerBand(4.9, 2.9, 3.9, null)).toBe('top quartile');
		expect(peerBand(4.4, 2.9, 3.9, 4.4)).toBe('top decile');
	});

	it('withheld below 10 peers; the top decile only from 20', () => {
		expect(peerBenchmark({ vision: 3 }, peers.slice(0, 9))[0]).toEqual({
			key: 'vision',
			peers: 9,
			own: 3,
			withheld: 'fewer than 10 peer organisations'
		});
		const ten = peerBenchmark({ vision: 3 }, peers.slice(0, 19))[0]!;
		expect(ten).toMatchObject({ peers: 19, topDecile: null });
		expect(ten).toHaveProperty('median');
		// A minimum can be raised, never lowered.
		expect(peerBenchmark({ vision: 3 }, peers.slice(0, 12), { minPeers: 3 })[0]).toHaveProperty(
			'median'
		);
		expect(peerBenchmark({ vision: 3 }, peers.slice(0, 12), { minPeers: 15 })[0]).toMatchObject({
			withheld: 'fewer than 15 peer organisations'
		});
		// A peer without a score for the dimension does not count.
		const sparse = [...peers.slice(0, 9), { team: 1 }];
		expect(peerBenchmark({ vision: 3 }, sparse)[0]).toMatchObject({ peers: 9 });
	});

	it('a Sybil panel of chosen scores cannot place an exact score at a quantile once it is rounded', () => {
		// Five peers at 1 and five at 5 around a victim at 3.14159: the median is the victim.
		// Rounded, the figure says 3.1 — the victim's score to ±0.05 at best; the panel rules
		// (operator admission, no shared member: tests/db/scoring-peers) keep such peers out.
		const sybil = [
			...Array(5).fill({ vision: 1 }),
			...Array(5).fill({ vision: 5 }),
			{ vision: 3.14159 }
		];
		expect(peerBenchmark({ vision: 2 }, sybil)[0]).toMatchObject({ median: 3.1 });
	});
});

describe('finite-population correction (issue 13.4)', () => {
	it('narrows the interval by √((N − n)/(N − 1)) for the people invited in the groups asked', () => {
		const plain = scored(
			scoreCycle(instrument, statsFromResponses(instrument, responses), options)
		);
		const vision = plain.dimensions.find((d) => d.key === 'vision')!;
		expect(vision.ci95).not.toBeNull();
		const half = (vision.ci95!.high - vision.ci95!.low) / 2;
		const corrected = scored(
			scoreCycle(instrument, statsFromResponses(instrument, responses), {
				...options,
				population: { vision: 10 }
			})
		).dimensions.find((d) => d.key === 'vision')!;
		const n = vision.n;
		expect((corrected.ci95!.high - corrected.ci95!.low) / 2).toBeCloseTo(
			half * Math.sqrt((10 - n) / 9),
			12
		);
		// Centred on the same score.
		expect((corrected.ci95!.high + corrected.ci95!.low) / 2).toBeCloseTo(vision.score!, 12);
	});

	it('leaves the interval alone without a population or with one smaller than the sample', () => {
		expect(finitePopulationFactor(8, undefined)).toBe(1);
		expect(finitePopulationFactor(8, 5)).toBe(1);
		expect(finitePopulationFactor(8, 8)).toBe(0);
		expect(finitePopulationFactor(8, 1000)).toBeCloseTo(Math.sqrt(992 / 999), 12);
	});
});
