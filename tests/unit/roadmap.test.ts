import { describe, expect, it } from 'vitest';
import {
	assignSchema,
	earlyWinsFirst,
	interviewSchema,
	phasedPlan,
	phaseSchema
} from '../../src/lib/domain/roadmap';

const action = (id: string, impact: number, complexity: number, dims = ['vision']) => ({
	id,
	title: id,
	impact,
	complexity,
	dimensionKeys: dims
});
const phase = (id: string, position: number) => ({
	id,
	name: `Phase ${position}`,
	position,
	startsOn: null,
	endsOn: null
});

describe('the phased plan', () => {
	const win = action('win', 5, 3, ['technology']);
	const big = action('big', 5, 5, ['information']);
	const fill = action('fill', 2, 1, ['metrics', 'technology']);

	it('groups actions by phase in phase order, early wins first, and lists the dimensions of each', () => {
		const plan = phasedPlan([phase('p2', 2), phase('p1', 1)], [big, fill, win], {
			win: 'p1',
			fill: 'p1',
			big: 'p2'
		});
		expect(plan.phases.map((p) => p.id)).toEqual(['p1', 'p2']);
		expect(plan.phases[0]!.actions.map((a) => a.id)).toEqual(['win', 'fill']);
		expect(plan.phases[0]!.dimensionKeys).toEqual(['technology', 'metrics']);
		expect(plan.phases[0]!.earlyWins).toBe(1);
		expect(plan.unphased).toEqual([]);
		expect(earlyWinsFirst(plan)).toBe(true);
	});

	it('flags an early win placed after a phase of other work', () => {
		const plan = phasedPlan([phase('p1', 1), phase('p2', 2)], [big, win], { big: 'p1', win: 'p2' });
		expect(plan.lateEarlyWins.map((a) => a.id)).toEqual(['win']);
		expect(earlyWinsFirst(plan)).toBe(false);
	});

	it('does not flag early wins in a later phase when every phase before holds only early wins', () => {
		const other = action('win2', 4, 1);
		const plan = phasedPlan([phase('p1', 1), phase('p2', 2)], [win, other, big], {
			win: 'p1',
			win2: 'p2',
			big: 'p2'
		});
		expect(earlyWinsFirst(plan)).toBe(true);
	});

	it('keeps actions of no phase (or of a phase that is gone) apart, by priority', () => {
		const plan = phasedPlan([phase('p1', 1)], [fill, big, win], { fill: 'gone' });
		expect(plan.unphased.map((a) => a.id)).toEqual(['win', 'big', 'fill']);
	});
});

describe('roadmap forms', () => {
	it('refuses a phase that ends before it starts', () => {
		const r = phaseSchema.safeParse({
			name: 'Quick wins',
			startsOn: '2027-03-01',
			endsOn: '2027-02-01'
		});
		expect(r.error?.issues[0]?.path).toEqual(['endsOn']);
		expect(phaseSchema.parse({ name: 'Later', startsOn: '', endsOn: '' }).startsOn).toBeNull();
	});

	it('needs who and when for an interview', () => {
		expect(interviewSchema.safeParse({ who: '', heldOn: '' }).success).toBe(false);
		expect(interviewSchema.parse({ who: 'Head of service', heldOn: '2026-11-02' }).topic).toBe('');
	});

	it('takes an empty phase as taking an action out of the plan', () => {
		expect(
			assignSchema.parse({ actionId: '0e6c9a8e-8a0b-4c39-9d0f-3b0f1c2d3e4f', phaseId: '' }).phaseId
		).toBeNull();
	});
});
