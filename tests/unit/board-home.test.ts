import { describe, expect, it } from 'vitest';
import {
	actionPlanLine,
	boardAsks,
	boardHeadline,
	targetProgress,
	type PlanAction
} from '../../src/lib/domain/board/home';
import { compareDimensions } from '../../src/lib/domain/cycle/compare';
import {
	overallInterval,
	type CycleScores,
	type CycleScoresScored,
	type DimensionScore
} from '../../src/lib/domain/scoring';
import { awaitsBudgetApproval } from '../../src/lib/domain/action/schema';

const dim = (
	key: string,
	score: number | null,
	half: number | null,
	target: number | null = null,
	notApplicable = false
): DimensionScore =>
	({
		key,
		title: key[0]!.toUpperCase() + key.slice(1),
		kind: 'building_block',
		notApplicable,
		score,
		ci95: score === null || half === null ? null : { low: score - half, high: score + half },
		target,
		gapToTarget: target === null || score === null ? null : target - score
	}) as DimensionScore;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
function scored(dimensions: DimensionScore[]): CycleScoresScored {
	const shown = dimensions.filter((d) => !d.notApplicable && d.score !== null);
	const index = mean(shown.map((d) => d.score!));
	return {
		status: 'scored',
		dimensions,
		overall: {
			index,
			index100: ((index - 1) / 4) * 100,
			level: Math.floor(index),
			levelName: 'Developing',
			respondents: 12,
			dimensionsScored: shown.length
		}
	} as CycleScoresScored;
}

describe('the overall index’s interval', () => {
	it('is the index ± the mean half-width of the dimensions in it (not-applicable ones left out)', () => {
		const interval = overallInterval({ index: 2.5 }, [
			dim('vision', 2, 0.4),
			dim('strategy', 3, 0.2),
			dim('technology', 5, 0.1, null, true)
		]);
		expect(interval!.low).toBeCloseTo(2.2, 10);
		expect(interval!.high).toBeCloseTo(2.8, 10);
	});

	it('is at least as wide as the interval of independent dimensions would be', () => {
		const halves = [0.3, 0.5, 0.2, 0.4];
		const interval = overallInterval(
			{ index: 3 },
			halves.map((h, i) => dim(`d${i}`, 3, h))
		)!;
		const independent = Math.sqrt(halves.reduce((s, h) => s + h * h, 0)) / halves.length;
		expect((interval.high - interval.low) / 2).toBeGreaterThan(independent);
	});

	it('is not given when a dimension in the index has no interval, or there is no index', () => {
		expect(overallInterval({ index: 2.5 }, [dim('vision', 2, 0.4), dim('strategy', 3, null)])).toBe(
			null
		);
		expect(overallInterval({ index: null }, [dim('vision', 2, 0.4)])).toBe(null);
	});
});

describe('progress against targets', () => {
	it('counts the dimensions at or above target and averages what the others have to go', () => {
		const progress = targetProgress([
			dim('vision', 3, 0.2, 3), // exactly at target: reached
			dim('strategy', 2.5, 0.2, 3.5), // 1.0 to go
			dim('metrics', 2.8, 0.2, 3), // 0.2 to go
			dim('process', 4, 0.2, 3), // above
			dim('culture', 2, 0.2, null), // no target: not counted
			dim('people', null, null, 3) // no score: not counted
		]);
		expect(progress.withTarget).toBe(4);
		expect(progress.reached).toBe(2);
		expect(progress.meanGapToGo).toBeCloseTo(0.6, 10);
		expect(progress.largestGap).toEqual({ title: 'Strategy', gap: 1 });
	});
});

describe('the board’s headline', () => {
	const before = scored([dim('vision', 2, 0.2, 3), dim('strategy', 2, 0.2, 3)]);
	const after = scored([dim('vision', 3, 0.2, 3), dim('strategy', 2.1, 0.2, 3)]);
	const ref = (id: string) => ({ id, name: id });

	it('tests the index’s change with the same rule as a dimension’s, and counts the dimensions’ real changes', () => {
		const headline = boardHeadline(
			{ cycle: ref('spring'), scores: after },
			{ cycle: ref('autumn'), scores: before }
		);
		if (headline.status !== 'scored') throw new Error('expected a scored headline');
		expect(headline.index).toBeCloseTo(2.55, 10);
		expect(headline.interval!.low).toBeCloseTo(2.35, 10);
		const expected = compareDimensions(
			[{ key: 'index', title: 'Maturity index', score: 2, ci95: { low: 1.8, high: 2.2 } }],
			[{ key: 'index', title: 'Maturity index', score: 2.55, ci95: { low: 2.35, high: 2.75 } }]
		).changes[0]!;
		expect(headline.change!.overall.verdict).toBe(expected.verdict);
		expect(headline.change!.overall.delta).toBeCloseTo(0.55, 10);
		expect(headline.change!.overall.pAdjusted).toBeCloseTo(expected.pAdjusted!, 10);
		expect(headline.change!.overall.verdict).toBe('real change');
		// Vision rose by 1.0 on a margin of 0.28: real; strategy's 0.1 is noise.
		expect([headline.change!.realUp, headline.change!.realDown]).toEqual([1, 0]);
		expect(headline.change!.comparisons).toBe(2);
		expect(headline.targets.reached).toBe(1);
	});

	it('calls a change within noise when the interval is wide', () => {
		const wideBefore = scored([dim('vision', 2, 1.2)]);
		const wideAfter = scored([dim('vision', 2.5, 1.2)]);
		const headline = boardHeadline(
			{ cycle: ref('b'), scores: wideAfter },
			{ cycle: ref('a'), scores: wideBefore }
		);
		expect(headline.status === 'scored' && headline.change?.overall.verdict).toBe('within noise');
	});

	it('has no change without an earlier cycle, or when the earlier one was withheld', () => {
		const alone = boardHeadline({ cycle: ref('b'), scores: after }, null);
		expect(alone.status === 'scored' && alone.change).toBe(null);
		const withheld = { status: 'withheld', withheld: 'too few', respondents: 2 } as CycleScores;
		const after2 = boardHeadline(
			{ cycle: ref('b'), scores: after },
			{ cycle: ref('a'), scores: withheld }
		);
		expect(after2.status === 'scored' && after2.change).toBe(null);
	});

	it('says why when the latest closed cycle is withheld, and that there is none', () => {
		const withheld = { status: 'withheld', withheld: 'too few', respondents: 2 } as CycleScores;
		expect(boardHeadline({ cycle: ref('b'), scores: withheld }, null)).toEqual({
			status: 'withheld',
			cycle: ref('b'),
			withheld: 'too few'
		});
		expect(boardHeadline(null, null)).toEqual({ status: 'none' });
	});
});

describe('the action plan and what is asked of the board', () => {
	const action = (over: Partial<PlanAction>): PlanAction => ({
		title: 'An action',
		status: 'planned',
		owner: 'Someone',
		dueDate: null,
		budget: null,
		approvedAmount: null,
		...over
	});
	const actions = [
		action({ title: 'Late', status: 'in_progress', dueDate: '2026-01-31' }),
		action({ title: 'Asks money', budget: 25000, dueDate: '2027-01-31' }),
		action({ title: 'Approved', status: 'in_progress', budget: 450000, approvedAmount: 400000 }),
		action({ title: 'Done with budget', status: 'done', budget: 1000, dueDate: '2025-01-01' }),
		action({ title: 'Dropped', status: 'dropped', budget: 500 })
	];

	it('counts actions by status and the unfinished ones past their due date', () => {
		expect(actionPlanLine(actions, '2026-12-01')).toEqual({
			total: 5,
			counts: { planned: 1, in_progress: 2, done: 1, dropped: 1 },
			overdue: 1
		});
	});

	it('asks for the budgets of unfinished actions that none was approved for, and a missing authorisation', () => {
		const steps = [
			{ step: 6, title: 'Programme goal generation', state: 'not_started' },
			{ step: 7, title: 'Financial authorisation', state: 'in_progress' }
		];
		expect(boardAsks(actions, steps)).toEqual([
			{
				kind: 'budget',
				title: 'Asks money',
				owner: 'Someone',
				budget: 25000,
				dueDate: '2027-01-31'
			},
			{ kind: 'authorisation', step: 7, title: 'Financial authorisation' }
		]);
		expect(boardAsks([], [{ step: 7, title: 'Financial authorisation', state: 'done' }])).toEqual(
			[]
		);
	});

	it('asks for exactly the budgets awaitsBudgetApproval names, the rule the board report uses', () => {
		const every = [
			...actions,
			action({ title: 'Zero asked', budget: 0 }),
			action({ title: 'Zero approved', budget: 100, approvedAmount: 0 }),
			action({ title: 'No budget', status: 'in_progress' })
		];
		const asked = boardAsks(every, [])
			.filter((a) => a.kind === 'budget')
			.map((a) => a.title);
		expect(asked).toEqual(every.filter(awaitsBudgetApproval).map((a) => a.title));
		expect(asked).toEqual(['Asks money', 'Zero asked']);
	});
});
