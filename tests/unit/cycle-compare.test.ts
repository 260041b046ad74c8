import { describe, it, expect } from 'vitest';
import { compareDimensions, holmAdjust } from '../../src/lib/domain/cycle/compare';
import { normalTwoSidedP } from '../../src/lib/domain/scoring';
import { actionTimeline, isEarlyWin, quadrantOf } from '../../src/lib/domain/action/schema';

type Estimate = { key: string; title: string; score: number; ci95: { low: number; high: number } };
/** A dimension with a score and a symmetric 95% interval of half-width h. */
const est = (key: string, score: number, h: number): Estimate => ({
	key,
	title: key,
	score,
	ci95: { low: score - h, high: score + h }
});
/** Two-sided normal p-value of z, computed independently of the code under test (scipy values). */
const Z = 1.959963984540054;

describe('comparing two cycles', () => {
	it('tests each dimension with z = Δ / (√(h₁² + h₂²) / 1.96) and a two-sided normal p-value', () => {
		// vision: margin √(0.3² + 0.4²) = 0.5, Δ 0.6 → z = 0.6·1.96/0.5 = 2.3520, p = 0.018675
		// metrics: margin 0.5, Δ 0.4 → z = 1.5680, p = 0.116888
		const { changes, comparisons } = compareDimensions(
			[est('vision', 2.5, 0.3), est('metrics', 3.0, 0.4)],
			[est('vision', 3.1, 0.4), est('metrics', 3.4, 0.3)]
		);
		const [vision, metrics] = changes;
		expect(comparisons).toBe(2);
		expect(vision!.delta).toBeCloseTo(0.6, 10);
		expect(vision!.margin).toBeCloseTo(0.5, 10);
		expect((vision!.delta! * Z) / vision!.margin!).toBeCloseTo(2.351957, 5);
		expect(vision!.p).toBeCloseTo(0.0186749, 6);
		expect(metrics!.p).toBeCloseTo(0.1168879, 6);
		// Holm, m = 2: vision p ≤ 0.05/2 → real; metrics p > 0.05/1 → noise.
		expect(vision!.pAdjusted).toBeCloseTo(2 * 0.0186749, 6);
		expect(vision!.verdict).toBe('real change');
		expect(metrics!.pAdjusted).toBeCloseTo(0.1168879, 6);
		expect(metrics!.verdict).toBe('within noise');
	});

	it('is the plain 95% rule for one dimension: |Δ| beyond the combined margin, or not', () => {
		const real = compareDimensions([est('v', 2, 0.3)], [est('v', 2.51, 0.4)]);
		expect(real.comparisons).toBe(1);
		expect(real.changes[0]!.verdict).toBe('real change'); // 0.51 > 0.5
		const noise = compareDimensions([est('v', 2, 0.3)], [est('v', 2.49, 0.4)]);
		expect(noise.changes[0]!.verdict).toBe('within noise'); // 0.49 < 0.5
	});

	it('a change the old rule called real is within noise among 14 dimensions; a clear one stays real', () => {
		// 12 unchanged dimensions, one moved by 0.6 against a margin of 0.5 (the old rule: real,
		// |Δ| > margin), one moved by 1.5 against the same margin.
		const keys = Array.from({ length: 12 }, (_, i) => `same${i}`);
		const before = [
			...keys.map((k) => est(k, 3, 0.3)),
			est('modest', 2.5, 0.3),
			est('clear', 2, 0.3)
		];
		const after = [
			...keys.map((k) => est(k, 3, 0.4)),
			est('modest', 3.1, 0.4),
			est('clear', 3.5, 0.4)
		];
		const { changes, comparisons } = compareDimensions(before, after);
		expect(comparisons).toBe(14);
		const modest = changes.find((c) => c.key === 'modest')!;
		const clear = changes.find((c) => c.key === 'clear')!;
		expect(Math.abs(modest.delta!)).toBeGreaterThan(modest.margin!); // old rule: real
		// p = 0.018675; the smallest but one of 14: Holm needs p ≤ 0.05/13 = 0.003846.
		expect(modest.p).toBeCloseTo(0.0186749, 6);
		expect(modest.pAdjusted).toBeCloseTo(13 * 0.0186749, 5);
		expect(modest.verdict).toBe('within noise');
		// z = 1.5·1.96/0.5 = 5.88, p = 4.1e-9; 14 · p far below 0.05.
		expect(clear.p).toBeLessThan(1e-8);
		expect(clear.pAdjusted).toBeCloseTo(14 * clear.p!, 12);
		expect(clear.verdict).toBe('real change');
		for (const k of keys) {
			const c = changes.find((x) => x.key === k)!;
			expect(c.p).toBe(1);
			expect(c.verdict).toBe('within noise');
		}
	});

	it('steps down: each p against α/(m − i + 1) in ascending order, stopping at the first that fails', () => {
		// Margin 0.5 everywhere, so Δ = z · 0.5 / 1.96 gives the p-values wanted (z from scipy):
		// p 0.001 (z 3.290527), 0.02 (z 2.326348), 0.03 (z 2.170090), 0.04 (z 2.053749).
		const withP = (key: string, z: number) => [est(key, 2, 0.3), est(key, 2 + (z * 0.5) / Z, 0.4)];
		const run = (pairs: Array<[string, number]>) => {
			const rows = pairs.map(([k, z]) => withP(k, z));
			return compareDimensions(
				rows.map((r) => r[0]!),
				rows.map((r) => r[1]!)
			).changes;
		};
		// m = 3, p 0.001, 0.02, 0.03 (listed out of order): 0.001 ≤ 0.05/3, 0.02 ≤ 0.05/2,
		// 0.03 ≤ 0.05/1 → all real (Bonferroni, 0.05/3 for each, would keep only the first).
		const all = run([
			['c', 2.17009037758456],
			['a', 3.2905267314918945],
			['b', 2.3263478740408408]
		]);
		expect(all.map((c) => c.p)).toEqual([
			expect.closeTo(0.03, 9),
			expect.closeTo(0.001, 9),
			expect.closeTo(0.02, 9)
		]);
		expect(all.map((c) => c.verdict)).toEqual(['real change', 'real change', 'real change']);
		// Adjusted: a 3·0.001 = 0.003, b max(0.003, 2·0.02) = 0.04, c max(0.04, 0.03) = 0.04.
		expect(all.map((c) => c.pAdjusted)).toEqual([
			expect.closeTo(0.04, 9),
			expect.closeTo(0.003, 9),
			expect.closeTo(0.04, 9)
		]);
		// m = 3, p 0.001, 0.03, 0.04: 0.03 > 0.05/2 stops the procedure, so 0.04 is not real
		// although 0.04 ≤ 0.05 (its adjusted p is max(2·0.03, 0.04) = 0.06).
		const stopped = run([
			['a', 3.2905267314918945],
			['b', 2.17009037758456],
			['c', 2.0537489106318225]
		]);
		expect(stopped.map((c) => c.verdict)).toEqual(['real change', 'within noise', 'within noise']);
		expect(stopped[2]!.p).toBeCloseTo(0.04, 9);
		expect(stopped[2]!.pAdjusted).toBeCloseTo(0.06, 9);
	});

	it('holmAdjust is monotone in the sorted order and capped at 1', () => {
		const adjusted = holmAdjust([
			{ key: 'x', p: 0.5 },
			{ key: 'y', p: 0.01 },
			{ key: 'z', p: 0.4 }
		]);
		// sorted y 0.01, z 0.4, x 0.5 → 0.03, max(0.03, 0.8) = 0.8, max(0.8, min(1, 0.5)) = 0.8
		expect(adjusted.get('y')).toBeCloseTo(0.03, 12);
		expect(adjusted.get('z')).toBeCloseTo(0.8, 12);
		expect(adjusted.get('x')).toBeCloseTo(0.8, 12);
		expect(
			holmAdjust([
				{ key: 'a', p: 0.6 },
				{ key: 'b', p: 0.7 }
			]).get('a')
		).toBe(1);
	});

	it('normal p-values agree with reference values', () => {
		expect(normalTwoSidedP(0)).toBe(1);
		expect(normalTwoSidedP(1)).toBeCloseTo(0.31731050786291415, 14);
		expect(normalTwoSidedP(-Z)).toBeCloseTo(0.05, 14);
		expect(normalTwoSidedP(3)).toBeCloseTo(0.0026997960632601866, 14);
		expect(normalTwoSidedP(5) / 5.733031437583866e-7).toBeCloseTo(1, 10);
		expect(normalTwoSidedP(8) / 1.244192114854348e-15).toBeCloseTo(1, 8);
		expect(normalTwoSidedP(Infinity)).toBe(0);
	});

	it('says when a dimension cannot be compared, and leaves it out of the count', () => {
		const only = compareDimensions([], [est('vision', 3, 1)]);
		expect(only.changes[0]!.verdict).toBe('not comparable');
		expect(only.comparisons).toBe(0);
		const noCi = compareDimensions(
			[{ key: 'vision', title: 'Vision', score: 2, ci95: null }, est('team', 2, 0.3)],
			[est('vision', 3, 1), est('team', 2.6, 0.4)]
		);
		expect(noCi.changes[0]).toMatchObject({ delta: 1, p: null, verdict: 'not comparable' });
		expect(noCi.comparisons).toBe(1);
		// team alone in the family: p 0.018676 ≤ 0.05 → real.
		expect(noCi.changes[1]!.verdict).toBe('real change');
	});
});

describe('actions', () => {
	it('marks high impact with low to medium complexity as early wins (tests/unit/action-ranking.test.ts has the rule)', () => {
		expect(isEarlyWin({ impact: 5, complexity: 1 })).toBe(true);
		expect(isEarlyWin({ impact: 4, complexity: 2 })).toBe(true);
		expect(isEarlyWin({ impact: 4, complexity: 3 })).toBe(true);
		expect(isEarlyWin({ impact: 4, complexity: 4 })).toBe(false);
		expect(isEarlyWin({ impact: 3, complexity: 1 })).toBe(false);
		expect(quadrantOf({ impact: 5, complexity: 5 })).toBe('major-project');
		expect(quadrantOf({ impact: 2, complexity: 1 })).toBe('fill-in');
		expect(quadrantOf({ impact: 2, complexity: 4 })).toBe('reconsider');
	});

	it("follows its dimensions' scores from its cycle to the one it finished in", () => {
		const cycles = [
			{
				cycleId: 'c1',
				cycleName: 'Spring',
				closesAt: new Date('2025-04-01'),
				scores: { vision: 2.1, metrics: 2.0 }
			},
			{
				cycleId: 'c2',
				cycleName: 'Autumn',
				closesAt: new Date('2025-10-01'),
				scores: { vision: 2.6, metrics: 2.2 }
			},
			{
				cycleId: 'c3',
				cycleName: 'Spring 26',
				closesAt: new Date('2026-04-01'),
				scores: { vision: 3.0, metrics: 2.9 }
			}
		];
		expect(
			actionTimeline(
				{ originCycleId: 'c1', dimensionKeys: ['vision'], finishedAt: new Date('2025-09-15') },
				cycles
			)
		).toEqual([
			{ cycleName: 'Spring', scores: { vision: 2.1 } },
			{ cycleName: 'Autumn', scores: { vision: 2.6 } }
		]);
		expect(
			actionTimeline({ originCycleId: 'c2', dimensionKeys: ['metrics'], finishedAt: null }, cycles)
		).toEqual([
			{ cycleName: 'Autumn', scores: { metrics: 2.2 } },
			{ cycleName: 'Spring 26', scores: { metrics: 2.9 } }
		]);
	});
});
