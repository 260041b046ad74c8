import { describe, it, expect } from 'vitest';
import { compareDimensions } from '../../src/lib/domain/cycle/compare';
import { actionTimeline, isEarlyWin, quadrantOf } from '../../src/lib/domain/action/schema';

describe('comparing two cycles', () => {
	it('calls a change real only when it exceeds the combined 95% margin', () => {
		const before = [
			{ key: 'vision', title: 'Vision', score: 2.5, ci95: { low: 2.2, high: 2.8 } },
			{ key: 'metrics', title: 'Metrics', score: 3.0, ci95: { low: 2.6, high: 3.4 } }
		];
		const after = [
			// margin √(0.3² + 0.4²) = 0.5; delta 0.6 > 0.5 → real
			{ key: 'vision', title: 'Vision', score: 3.1, ci95: { low: 2.7, high: 3.5 } },
			// margin √(0.4² + 0.3²) = 0.5; delta 0.4 < 0.5 → noise
			{ key: 'metrics', title: 'Metrics', score: 3.4, ci95: { low: 3.1, high: 3.7 } }
		];
		const [vision, metrics] = compareDimensions(before, after);
		expect(vision!.delta).toBeCloseTo(0.6, 10);
		expect(vision!.margin).toBeCloseTo(0.5, 10);
		expect(vision!.verdict).toBe('real change');
		expect(metrics!.verdict).toBe('within noise');
	});

	it('says when a dimension cannot be compared', () => {
		const [only] = compareDimensions(
			[],
			[{ key: 'vision', title: 'Vision', score: 3, ci95: { low: 2, high: 4 } }]
		);
		expect(only!.verdict).toBe('not comparable');
		const [noCi] = compareDimensions(
			[{ key: 'vision', title: 'Vision', score: 2, ci95: null }],
			[{ key: 'vision', title: 'Vision', score: 3, ci95: { low: 2, high: 4 } }]
		);
		expect(noCi).toMatchObject({ delta: 1, verdict: 'not comparable' });
	});
});

describe('actions', () => {
	it('marks high impact, low complexity as early wins', () => {
		expect(isEarlyWin({ impact: 5, complexity: 1 })).toBe(true);
		expect(isEarlyWin({ impact: 4, complexity: 2 })).toBe(true);
		expect(isEarlyWin({ impact: 4, complexity: 3 })).toBe(false);
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
