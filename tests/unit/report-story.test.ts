/** The rules that pick the three things that matter and the decisions asked (docs/scoring.md §12). */
import { describe, expect, it } from 'vitest';
import { boardStory, nextPhase, outstandingBudget } from '../../src/lib/domain/report/story';
import type { ReportAction, ReportInput } from '../../src/lib/domain/report/types';
import type { CycleScoresScored } from '../../src/lib/domain/scoring';
import { boardPlan, reportFixture, DEFAULT_ACTIONS } from '../support/report-fixture';

const scored = (input: ReportInput) => input.scores as CycleScoresScored;

describe('the three things that matter', () => {
	it('are the largest real change, the largest gap to target and the furthest below the peer median, about three dimensions', () => {
		const input = reportFixture();
		const story = boardStory(input);
		expect(story.matters.map((m) => m.rule)).toEqual([
			'real change',
			'gap to target',
			'against peers'
		]);
		const real = story.dimensions.filter((r) => r.verdict === 'real change');
		const largest = real.reduce((a, b) => (Math.abs(b.change!) > Math.abs(a.change!) ? b : a));
		expect(story.matters[0]!.dimensionKey).toBe(largest.key);
		const gaps = story.dimensions.filter((r) => r.gap !== null && r.gap > 0);
		const widest = gaps.reduce((a, b) => (b.gap! > a.gap! ? b : a));
		expect(story.matters[1]!.dimensionKey).toBe(widest.key);
		const keys = story.matters.map((m) => m.dimensionKey);
		expect(new Set(keys).size).toBe(3);
		// The peer slot: the lowest score − median among the dimensions not already named.
		const behind = story.dimensions
			.filter((r) => r.peerMedian !== null && !keys.slice(0, 2).includes(r.key))
			.sort((a, b) => a.score! - a.peerMedian! - (b.score! - b.peerMedian!))[0]!;
		expect(story.matters[2]!.dimensionKey).toBe(behind.key);
		expect(story.matters[2]!.detail).toContain(`peer median of ${behind.peerMedian!.toFixed(1)}`);
	});

	it('say so when nothing changed for real, and fall back on the weakest dimension without peers', () => {
		const input = reportFixture();
		// The same cycle as its own previous one: every change is ±0.00, within noise.
		input.previous = { name: 'Spring 2026 again', scores: input.scores };
		input.peers = { benchmark: { withheld: 'no peer benchmark for this cycle' }, filter: null };
		const story = boardStory(input);
		expect(story.matters[0]).toMatchObject({ rule: 'no real change', dimensionKey: null });
		expect(story.matters[0]!.detail).toContain('All 14 changes compared are within noise');
		const weakest = [...scored(input).dimensions]
			.sort((a, b) => a.score! - b.score!)
			.find((d) => d.key !== story.matters[1]!.dimensionKey)!;
		expect(story.matters[2]).toMatchObject({ rule: 'weakest', dimensionKey: weakest.key });
	});

	it('are three weakest-first fallbacks for a first cycle without targets or peers', () => {
		const input = reportFixture();
		input.previous = null;
		input.peers = { benchmark: { withheld: 'no peers' }, filter: null };
		for (const d of scored(input).dimensions) {
			d.target = null;
			d.gapToTarget = null;
		}
		const story = boardStory(input);
		const order = [...scored(input).dimensions].sort((a, b) => a.score! - b.score!);
		expect(story.matters.map((m) => m.dimensionKey)).toEqual(order.slice(0, 3).map((d) => d.key));
		expect(story.matters[0]!.headline).toContain('is the weakest dimension');
		expect(story.matters[1]!.headline).toContain('among the weakest');
	});

	it('are none for a withheld cycle', () => {
		expect(boardStory(reportFixture({ respondents: 3 })).matters).toEqual([]);
	});
});

describe('the decisions asked of the board', () => {
	const action = (o: Partial<ReportAction>): ReportAction => ({ ...DEFAULT_ACTIONS[1]!, ...o });

	it('ask for a budget only where nothing is approved yet, on unfinished actions (as the board’s home)', () => {
		expect(outstandingBudget(action({ budget: 100, approvedAmount: null }))).toBe(100);
		expect(outstandingBudget(action({ budget: 100, approvedAmount: 40 }))).toBeNull();
		expect(outstandingBudget(action({ budget: 100, status: 'done' }))).toBeNull();
		expect(outstandingBudget(action({ budget: 100, status: 'dropped' }))).toBeNull();
		expect(outstandingBudget(action({ budget: 100, status: 'in_progress' }))).toBe(100);
		expect(outstandingBudget(action({ budget: null }))).toBeNull();
		expect(outstandingBudget(action({}))).toBeNull(); // a snapshot from before budgets
	});

	it('ask to start the first phase with actions that has not started by the report’s date', () => {
		const { roadmap } = boardPlan();
		expect(nextPhase(roadmap, '2026-05-04T09:30:00.000Z')?.phase.name).toBe('Foundations');
		expect(nextPhase(roadmap, '2026-03-01T09:30:00.000Z')?.phase.name).toBe('Early wins');
		expect(nextPhase(roadmap, '2026-07-01T09:30:00.000Z')).toBeNull(); // started that day
		const undated = { ...roadmap!, phases: roadmap!.phases.map((p) => ({ ...p, startsOn: null })) };
		expect(nextPhase(undated, '2026-07-01T09:30:00.000Z')?.number).toBe(1);
		expect(nextPhase(undefined, '2026-07-01T09:30:00.000Z')).toBeNull();
	});

	it('are budgets by priority (early wins first), the authorisation, then the phase; none without a plan', () => {
		const story = boardStory({ ...reportFixture(), ...boardPlan() });
		expect(story.decisions.map((d) => d.ask)).toEqual([
			'Approve a budget of 12,000 for “Monthly metrics review with the sponsor”',
			'Approve a budget of 30,000 for “Knowledge base for competitor intelligence”',
			'Give the financial authorisation of the implementation plan (step 7: Financial authorisation)',
			'Start phase 2 of the roadmap, “Foundations” (1 Jul 2026 – 31 Dec 2026)'
		]);
		expect(boardStory(reportFixture()).decisions).toEqual([]);
	});
});
