import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	averageRanks,
	keyDrivers,
	spearman,
	spearmanInterval,
	type RespondentProfile
} from '../../src/lib/domain/scoring/drivers';
import { priorities, type PriorityInput } from '../../src/lib/domain/priority';

/** Respondents from columns: dimension means per dimension key, outcome answers per item key. */
function respondents(
	dimensions: Record<string, Array<number | undefined>>,
	outcomes: Record<string, Array<0 | 1 | undefined>> = {}
): RespondentProfile[] {
	const n = Object.values(dimensions)[0]!.length;
	return Array.from({ length: n }, (_, i) => ({
		dimensions: Object.fromEntries(
			Object.entries(dimensions)
				.filter(([, v]) => v[i] !== undefined)
				.map(([k, v]) => [k, v[i]!])
		),
		outcomes: Object.fromEntries(
			Object.entries(outcomes)
				.filter(([, v]) => v[i] !== undefined)
				.map(([k, v]) => [k, v[i]!])
		)
	}));
}

describe('Spearman rank correlation', () => {
	it('gives tied values the mean of their ranks', () => {
		expect(averageRanks([3, 1, 4, 1, 5])).toEqual([3, 1.5, 4, 1.5, 5]);
	});

	it('matches a hand computation with ties', () => {
		// Ranks of y: 1, 2, 3.5, 5, 3.5; deviations from 3: x −2 −1 0 1 2, y −2 −1 .5 2 .5;
		// Σxy = 8, Σx² = 10, Σy² = 9.5 → ρ = 8/√95 = 0.82078 (R: cor(..., method = "spearman")).
		expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207827, 6);
		expect(spearman([1, 2, 3], [2, 2, 2])).toBeNull();
	});

	it('has a Fisher-z interval with the Bonett–Wright standard error', () => {
		// atanh(.5) = .549306 ± 1.959964·√(1.125/25) = ± .415771 → tanh: .13275, .74653.
		const { low, high } = spearmanInterval(0.5, 28);
		expect(low).toBeCloseTo(0.1327469, 6);
		expect(high).toBeCloseTo(0.7465331, 6);
		expect(() => spearmanInterval(0.5, 3)).toThrow();
	});

	it('is unchanged by any increasing transformation of either variable (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), {
					minLength: 3,
					maxLength: 40
				}),
				(pairs) => {
					const x = pairs.map((p) => p[0]);
					const y = pairs.map((p) => p[1]);
					const rho = spearman(x, y);
					const moved = spearman(
						x.map((v) => v ** 3 + 7),
						y.map((v) => Math.log(v))
					);
					if (rho === null) return moved === null;
					return moved !== null && Math.abs(rho - moved) < 1e-9 && Math.abs(rho) <= 1;
				}
			)
		);
	});
});

describe('key-driver analysis', () => {
	// The hand example above, each respondent twice: ranks move linearly, so ρ stays 8/√95.
	const x = [1, 1, 2, 2, 3, 3, 4, 4, 5, 5];
	const y = [5, 5, 6, 6, 7, 7, 8, 8, 7, 7];

	it('correlates each dimension with the index without it, and releases rounded figures', () => {
		const [a, b] = keyDrivers(respondents({ a: x, b: y }), {
			dimensions: ['a', 'b'],
			outcomes: [],
			anonymityThreshold: 5
		});
		// n = 10: atanh(.82078) ± 1.96·√((1 + .82078²/2)/7) → .2938, .9651.
		expect(a!.index).toEqual({ rho: 0.82, low: 0.29, high: 0.97, n: 10 });
		expect(b!.index).toEqual(a!.index);
	});

	it('says "not enough respondents" below max(10, T)', () => {
		const [a] = keyDrivers(respondents({ a: x.slice(1), b: y.slice(1) }), {
			dimensions: ['a', 'b'],
			outcomes: [],
			anonymityThreshold: 5
		});
		expect(a!.index).toEqual({ withheld: 'not enough respondents (fewer than 10)', n: 9 });
		const [withT12] = keyDrivers(respondents({ a: x, b: y }), {
			dimensions: ['a', 'b'],
			outcomes: [],
			anonymityThreshold: 12
		});
		expect(withT12!.index).toMatchObject({ withheld: 'not enough respondents (fewer than 12)' });
	});

	it('avoids part-whole inflation: a dimension unrelated to the others gets ~0, not its share of the total', () => {
		// a is unrelated to b and c (which move together); the full index contains a.
		const a = [1, 5, 2, 4, 3, 3, 4, 2, 5, 1, 3, 3];
		const b = [1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5];
		const c = [1, 2, 1, 2, 3, 4, 3, 4, 5, 4, 5, 5];
		const [drivers] = keyDrivers(respondents({ a, b, c }), {
			dimensions: ['a', 'b', 'c'],
			outcomes: [],
			anonymityThreshold: 5
		});
		const rest = b.map((v, i) => (v + c[i]!) / 2);
		const whole = b.map((v, i) => (v + c[i]! + a[i]!) / 3);
		const withoutA = spearman(a, rest)!;
		expect(drivers!.index).toMatchObject({ rho: Math.round(withoutA * 100) / 100, n: 12 });
		expect(Math.abs(withoutA)).toBeLessThan(0.3);
		expect(spearman(a, whole)!).toBeGreaterThan(withoutA + 0.2);
	});

	it('leaves out dimensions not analysed (withheld respondent figures) from the rest of the index', () => {
		const hidden = [5, 4, 3, 2, 1, 5, 4, 3, 2, 1];
		const [a] = keyDrivers(respondents({ a: x, b: y, hidden }), {
			dimensions: ['a', 'b'],
			outcomes: [],
			anonymityThreshold: 5
		});
		expect(a!.index).toMatchObject({ rho: 0.82 });
	});

	it('releases an outcome coefficient only when T said yes and T said no', () => {
		const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		const b = [2, 1, 4, 3, 6, 5, 8, 7, 10, 9];
		const yesNo: Array<0 | 1> = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
		const [drivers] = keyDrivers(respondents({ a, b }, { best: yesNo }), {
			dimensions: ['a', 'b'],
			outcomes: ['best'],
			anonymityThreshold: 5
		});
		// Ranks of y: 3 (no) and 8 (yes); ρ = 62.5/√(82.5 · 62.5) = .8704 → interval .4340, .9760.
		expect(drivers!.outcomes.best).toEqual({ rho: 0.87, low: 0.43, high: 0.98, n: 10 });
		const [fewNo] = keyDrivers(respondents({ a, b }, { best: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1] }), {
			dimensions: ['a', 'b'],
			outcomes: ['best'],
			anonymityThreshold: 5
		});
		expect(fewNo!.outcomes.best).toEqual({
			withheld: 'fewer than 5 respondents said yes, or said no',
			n: 10
		});
	});
});

const coefficient = (rho: number, low: number, high: number) => ({ rho, low, high, n: 40 });

describe('the priority rule', () => {
	const base = (key: string, over: Partial<PriorityInput>): PriorityInput => ({
		key,
		title: key,
		score: 3,
		target: null,
		peerMedian: null,
		driver: null,
		...over
	});

	it('puts dimensions below target whose relation is clear and at least the median first', () => {
		const rows = priorities([
			base('weak-driver', { score: 2, target: 4, driver: coefficient(0.3, 0.05, 0.53) }),
			base('strong-small-gap', { score: 3.5, target: 4, driver: coefficient(0.7, 0.5, 0.83) }),
			base('strong-big-gap', { score: 2.5, target: 4, driver: coefficient(0.6, 0.37, 0.76) }),
			base('at-target-strong', { score: 4, target: 4, driver: coefficient(0.65, 0.43, 0.8) }),
			base('at-target-weak', { score: 4.2, target: 4, driver: coefficient(0.2, -0.1, 0.47) }),
			base('unknown', { score: 1.5, target: 4 }),
			base('no-yardstick', { score: 2 })
		]);
		expect(rows.map((r) => [r.key, r.tier])).toEqual([
			['strong-big-gap', 'first'],
			['strong-small-gap', 'first'],
			['unknown', 'next'],
			['weak-driver', 'next'],
			['at-target-strong', 'keep'],
			['no-yardstick', 'later'],
			['at-target-weak', 'later']
		]);
		const first = rows[0]!;
		expect(first).toMatchObject({ belowTarget: 1.5, belowPeers: null, need: 1.5, rho: 0.6 });
		expect(rows.find((r) => r.key === 'weak-driver')!.relation).toBe('clear');
		expect(rows.find((r) => r.key === 'at-target-weak')!.relation).toBe('unclear');
		expect(rows.find((r) => r.key === 'unknown')!.relation).toBe('unknown');
	});

	it('takes the larger of the gap to target and the shortfall against the peer median', () => {
		const [row] = priorities([
			base('v', { score: 2.84, target: 3, peerMedian: 3.4, driver: coefficient(0.5, 0.2, 0.7) })
		]);
		expect(row).toMatchObject({ belowTarget: 0.16, belowPeers: 0.56, need: 0.56, tier: 'first' });
		const [abovePeers] = priorities([base('v', { score: 3.5, peerMedian: 3.4 })]);
		expect(abovePeers).toMatchObject({ belowPeers: 0, need: 0, tier: 'later' });
	});

	it('never ranks a dimension with no need above one with need (property)', () => {
		const input = fc.record({
			score: fc.option(fc.double({ min: 1, max: 5, noNaN: true })),
			target: fc.option(fc.double({ min: 1, max: 5, noNaN: true })),
			peerMedian: fc.option(fc.double({ min: 1, max: 5, noNaN: true })),
			rho: fc.option(fc.double({ min: -1, max: 1, noNaN: true }))
		});
		fc.assert(
			fc.property(fc.array(input, { maxLength: 14 }), (list) => {
				const rows = priorities(
					list.map((d, i) =>
						base(`d${i}`, {
							score: d.score,
							target: d.target,
							peerMedian: d.peerMedian,
							driver:
								d.rho === null ? null : coefficient(d.rho, d.rho - 0.3, Math.min(1, d.rho + 0.3))
						})
					)
				);
				const lastWithNeed = rows.findLastIndex((r) => (r.need ?? 0) > 0);
				const firstWithout = rows.findIndex((r) => !((r.need ?? 0) > 0));
				return (
					rows.length === list.length &&
					(lastWithNeed < 0 || firstWithout < 0 || lastWithNeed < firstWithout)
				);
			})
		);
	});
});
