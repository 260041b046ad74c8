import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import { assertEveryFigureRestsOnThreshold, type CheckedFigures } from '../support/anonymity-check';
import {
	consensus,
	mergeStats,
	NOT_MY_AREA_ANSWER,
	scoreCycle,
	statsFromResponses,
	tQuantile975,
	type CycleStats,
	type ScoringResponse
} from '../../src/lib/domain/scoring';

const m = (key: string) => ({ key, kind: 'maturity' as const, text: key });
const instrument: InstrumentDefinition = {
	name: 'props',
	version: 1,
	sections: [
		{
			key: 'd1',
			kind: 'building_block',
			title: 'D1',
			description: '',
			items: [m('a'), m('b'), m('c')]
		},
		{ key: 'd2', kind: 'governance', title: 'D2', description: '', items: [m('e'), m('f')] },
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
			items: [{ key: 'yn', kind: 'yes_no', text: 'Yes/no' }]
		}
	]
};

type Answer = ScoringResponse['answers'][string];

/**
 * An answer: a valid value, don't know (null), not answered (undefined) or, on maturity items
 * (values from 1), "not my area".
 */
const answer = (min: number, max: number): fc.Arbitrary<Answer | undefined> =>
	fc.oneof(
		{ weight: 6, arbitrary: fc.integer({ min, max }) },
		{ weight: 1, arbitrary: fc.constant(null) },
		{ weight: 1, arbitrary: fc.constant(undefined) },
		{ weight: min >= 1 ? 1 : 0, arbitrary: fc.constant(NOT_MY_AREA_ANSWER) }
	);

const responseArb = fc
	.record({
		group: fc.constantFrom('g1', 'g2', 'g3'),
		a: answer(1, 5),
		b: answer(1, 5),
		c: answer(1, 5),
		e: answer(1, 5),
		f: answer(1, 5),
		fin: answer(0, 3),
		yn: answer(0, 1),
		comment: fc.option(fc.constantFrom('good', 'bad', 'unclear'), { nil: undefined })
	})
	.map(({ group, comment, ...values }) => {
		const answers: Record<string, Answer> = {};
		for (const [k, v] of Object.entries(values)) if (v !== undefined) answers[k] = v;
		return { group, answers, comments: comment ? { d1: comment } : undefined };
	});

/**
 * A cycle for the anonymity properties: 1–6 groups of any size (0–14 responses, so groups below,
 * at and above the threshold), a don't-know and a not-answered rate drawn per cycle (from none to
 * most answers, so dimensions where only one or two people give a level come up), comments on
 * two sections.
 */
const anonymityCycleArb = fc
	.record({
		sizes: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 6 }),
		dontKnow: fc.integer({ min: 0, max: 12 }),
		missing: fc.integer({ min: 0, max: 8 }),
		threshold: fc.integer({ min: 3, max: 8 }),
		commentThreshold: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined })
	})
	.chain(({ sizes, dontKnow, missing, threshold, commentThreshold }) => {
		const value = (min: number, max: number): fc.Arbitrary<Answer | undefined> =>
			fc.oneof(
				{ weight: 6, arbitrary: fc.integer({ min, max }) },
				{ weight: dontKnow, arbitrary: fc.constant(null) },
				{ weight: missing, arbitrary: fc.constant(undefined) },
				{ weight: min >= 1 ? 1 : 0, arbitrary: fc.constant(NOT_MY_AREA_ANSWER) }
			);
		const one = (group: string) =>
			fc
				.record({
					a: value(1, 5),
					b: value(1, 5),
					c: value(1, 5),
					e: value(1, 5),
					f: value(1, 5),
					fin: value(0, 3),
					yn: value(0, 1),
					d1: fc.option(fc.constantFrom('good', 'bad', 'unclear'), { nil: undefined }),
					integ: fc.option(fc.constantFrom('yes', 'no'), { nil: undefined })
				})
				.map(({ d1, integ, ...values }) => {
					const answers: Record<string, Answer> = {};
					for (const [k, v] of Object.entries(values)) if (v !== undefined) answers[k] = v;
					const comments: Record<string, string> = {};
					if (d1) comments.d1 = d1;
					if (integ) comments.integ = integ;
					return { group, answers, comments };
				});
		return fc
			.tuple(...sizes.map((n, g) => fc.array(one(`g${g}`), { minLength: n, maxLength: n })))
			.map((groups) => ({
				responses: groups.flat().map((r, i): ScoringResponse => ({ id: `r${i}`, ...r })),
				threshold,
				commentThreshold
			}));
	});

const responsesArb = fc
	.array(responseArb, { maxLength: 40 })
	.map((rs): ScoringResponse[] => rs.map((r, i) => ({ id: `r${i}`, ...r, comments: r.comments })));

/** Replace floating sums by rounded values so equal-up-to-rounding statistics compare equal. */
function rounded(s: CycleStats): CycleStats {
	const r = (x: number) => Math.round(x * 1e9) / 1e9;
	return {
		...s,
		dimensions: s.dimensions.map((d) => ({ ...d, sum: r(d.sum), sumSq: r(d.sumSq) }))
	};
}

/** Deep-round every number in a JSON value (float sums depend on summation order). */
function roundDeep(x: unknown): unknown {
	if (typeof x === 'number') return Math.round(x * 1e9) / 1e9;
	if (Array.isArray(x)) return x.map(roundDeep);
	if (x && typeof x === 'object')
		return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, roundDeep(v)]));
	return x;
}

describe('scoring properties', () => {
	it('statistics are additive: stats(A ∪ B) = merge(stats(A), stats(B))', () => {
		fc.assert(
			fc.property(responsesArb, fc.nat(), (rs, cut) => {
				const k = rs.length === 0 ? 0 : cut % (rs.length + 1);
				const merged = mergeStats(
					statsFromResponses(instrument, rs.slice(0, k)),
					statsFromResponses(instrument, rs.slice(k))
				);
				expect(rounded(merged)).toEqual(rounded(statsFromResponses(instrument, rs)));
			})
		);
	});

	it('scores lie in [1, 5], 0–100 scores in [0, 100], shares and agreement in [0, 1]', () => {
		fc.assert(
			fc.property(responsesArb, fc.integer({ min: 1, max: 6 }), (rs, threshold) => {
				const s = scoreCycle(instrument, statsFromResponses(instrument, rs), {
					anonymityThreshold: threshold
				});
				if (s.status === 'withheld') {
					// Thresholds below 3 are raised to 3.
					expect(rs.length).toBeLessThan(Math.max(3, threshold));
					return;
				}
				const eps = 1e-9;
				const in15 = (x: number | null) => x === null || (x >= 1 - eps && x <= 5 + eps);
				const in01 = (x: number | null) => x === null || (x >= -eps && x <= 1 + eps);
				for (const d of s.dimensions) {
					expect(in15(d.score)).toBe(true);
					expect(in15(d.respondentMean)).toBe(true);
					expect(d.score100 === null || (d.score100 >= -eps && d.score100 <= 100 + eps)).toBe(true);
					expect(in01(d.agreement)).toBe(true);
					expect(in01(d.dontKnowShare)).toBe(true);
					// The interval is centred on the score shown, with the respondent-mean half-width.
					if (d.ci95) {
						expect(d.score).not.toBeNull();
						expect(d.respondentMean).not.toBeNull();
						expect(d.sd).not.toBeNull();
						expect((d.ci95.low + d.ci95.high) / 2).toBeCloseTo(d.score!, 9);
						expect((d.ci95.high - d.ci95.low) / 2).toBeCloseTo(
							(tQuantile975(d.n - 1) * d.sd!) / Math.sqrt(d.n),
							9
						);
					}
					for (const g of d.groups) if ('mean' in g) expect(in15(g.mean)).toBe(true);
					// Level: the floor of the score as shown; "between levels" when a level boundary
					// 2…5 lies in the interval as shown, (low, high].
					const shown = (x: number) => Number(x.toFixed(2));
					if (d.score !== null) expect(d.level).toBe(Math.floor(shown(d.score)));
					if (d.ci95 === null) expect(d.levelUncertain).toBeNull();
					else
						expect(d.levelUncertain).toBe(
							[2, 3, 4, 5].some((k) => shown(d.ci95!.low) < k && k <= shown(d.ci95!.high))
						);
				}
				for (const i of s.items) {
					expect(in15(i.mean)).toBe(true);
					expect(in01(i.agreement)).toBe(true);
				}
				expect(in15(s.overall.index)).toBe(true);
				expect(s.overall.level === null || [1, 2, 3, 4, 5].includes(s.overall.level)).toBe(true);
				for (const f of s.integration.functions) {
					expect(in01(f.share)).toBe(true);
					expect(f.mean === null || (f.mean >= 0 && f.mean <= 3)).toBe(true);
				}
				for (const r of s.reference) expect(in01(r.share)).toBe(true);
			})
		);
	});

	it('“not my area” is excluded from scores: as if not answered, but for its own count', () => {
		fc.assert(
			fc.property(responsesArb, fc.integer({ min: 1, max: 6 }), (rs, threshold) => {
				const opts = { anonymityThreshold: threshold };
				const asNotAnswered = rs.map((r) => ({
					...r,
					answers: Object.fromEntries(
						Object.entries(r.answers).filter(([, v]) => v !== NOT_MY_AREA_ANSWER)
					)
				}));
				// Without "not my area" answers a respondent may have answered nothing: disclosure
				// counts them all the same, as it counts every submitted response.
				const a = scoreCycle(instrument, statsFromResponses(instrument, rs), opts);
				const b = scoreCycle(instrument, statsFromResponses(instrument, asNotAnswered), opts);
				const stripCounts = (x: unknown) =>
					JSON.parse(JSON.stringify(roundDeep(x)), (k, v) => (k === 'notMyArea' ? 0 : v));
				expect(stripCounts(a)).toEqual(stripCounts(b));
				if (a.status === 'scored') {
					for (const item of a.items) {
						const said = rs.filter((r) => r.answers[item.key] === NOT_MY_AREA_ANSWER).length;
						expect(item.notMyArea).toBe(said);
					}
				}
			})
		);
	});

	it('shuffling responses does not change the scores', () => {
		fc.assert(
			fc.property(
				responsesArb.chain((rs) =>
					fc.tuple(
						fc.constant(rs),
						fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })
					)
				),
				([rs, shuffled]) => {
					const opts = { anonymityThreshold: 2, commentThreshold: 2 };
					const a = scoreCycle(instrument, statsFromResponses(instrument, rs), opts);
					const b = scoreCycle(instrument, statsFromResponses(instrument, shuffled), opts);
					expect(roundDeep(b)).toEqual(roundDeep(a));
				}
			)
		);
	});

	it('scoring merged per-group statistics equals scoring all responses at once', () => {
		fc.assert(
			fc.property(responsesArb, (rs) => {
				const opts = { anonymityThreshold: 2 };
				const perGroup = ['g1', 'g2', 'g3'].map((g) =>
					statsFromResponses(
						instrument,
						rs.filter((r) => r.group === g)
					)
				);
				const a = scoreCycle(instrument, statsFromResponses(instrument, rs), opts);
				const b = scoreCycle(instrument, mergeStats(...perGroup), opts);
				expect(roundDeep(b)).toEqual(roundDeep(a));
			})
		);
	});

	it('consensus is in [0, 1] for any distribution on 1..5', () => {
		fc.assert(
			fc.property(fc.array(fc.nat({ max: 50 }), { minLength: 5, maxLength: 5 }), (c) => {
				const value = consensus([0, ...c], 1, 5);
				if (c.every((x) => x === 0)) expect(value).toBeNull();
				else {
					expect(value).toBeGreaterThanOrEqual(0);
					expect(value).toBeLessThanOrEqual(1);
				}
			})
		);
	});

	it('dimension score equals the respondent mean (and the CI centre) when nothing is missing', () => {
		const full = fc.array(
			fc.record({
				a: fc.integer({ min: 1, max: 5 }),
				b: fc.integer({ min: 1, max: 5 }),
				c: fc.integer({ min: 1, max: 5 })
			}),
			{ minLength: 5, maxLength: 30 }
		);
		fc.assert(
			fc.property(full, (rows) => {
				const rs = rows.map((answers, i) => ({ id: `r${i}`, group: 'g', answers }));
				const s = scoreCycle(instrument, statsFromResponses(instrument, rs));
				if (s.status !== 'scored') throw new Error('expected scores');
				const d1 = s.dimensions.find((d) => d.key === 'd1');
				expect(d1?.score).toBeCloseTo(d1?.respondentMean ?? NaN, 9);
				if (d1?.ci95) expect((d1.ci95.low + d1.ci95.high) / 2).toBeCloseTo(d1.score ?? NaN, 9);
			})
		);
	});

	describe('every figure rests on at least threshold people (issue 11, item 4)', () => {
		it('no figure in CycleScores is computed from fewer than threshold people, recounted from the raw responses', () => {
			const total: CheckedFigures = { items: 0, dimensions: 0, cells: 0, binary: 0, comments: 0 };
			fc.assert(
				fc.property(anonymityCycleArb, ({ responses, threshold, commentThreshold }) => {
					const options = { anonymityThreshold: threshold, commentThreshold };
					const s = scoreCycle(instrument, statsFromResponses(instrument, responses), options);
					const checked = assertEveryFigureRestsOnThreshold(instrument, responses, s, options);
					for (const k of Object.keys(total) as (keyof CheckedFigures)[]) total[k] += checked[k];
				}),
				{ numRuns: 300 }
			);
			// The generator reaches shown figures of every kind, not only withheld ones.
			for (const k of Object.keys(total) as (keyof CheckedFigures)[])
				expect(total[k], k).toBeGreaterThan(20);
		});

		it('a stored threshold below 3 is raised to 3 and still holds', () => {
			fc.assert(
				fc.property(anonymityCycleArb, fc.integer({ min: -2, max: 2 }), ({ responses }, low) => {
					const s = scoreCycle(instrument, statsFromResponses(instrument, responses), {
						anonymityThreshold: low,
						commentThreshold: low
					});
					expect(s.anonymityThreshold).toBe(3);
					expect(s.commentThreshold).toBe(5);
					assertEveryFigureRestsOnThreshold(instrument, responses, s);
				}),
				{ numRuns: 100 }
			);
		});

		it('both ways to the statistics (all at once, merged per group) give the same withheld-safe scores', () => {
			fc.assert(
				fc.property(anonymityCycleArb, ({ responses, threshold, commentThreshold }) => {
					const options = { anonymityThreshold: threshold, commentThreshold };
					const groups = [...new Set(responses.map((r) => r.group))];
					const merged = mergeStats(
						...groups.map((g) =>
							statsFromResponses(
								instrument,
								responses.filter((r) => r.group === g)
							)
						)
					);
					const a = scoreCycle(instrument, statsFromResponses(instrument, responses), options);
					const b = scoreCycle(instrument, merged, options);
					expect(roundDeep(b)).toEqual(roundDeep(a));
					assertEveryFigureRestsOnThreshold(instrument, responses, b, options);
				}),
				{ numRuns: 100 }
			);
		});
	});
});
