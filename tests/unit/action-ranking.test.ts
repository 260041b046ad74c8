import { describe, expect, it } from 'vitest';
import {
	byPriority,
	isEarlyWin,
	quadrantOf,
	rankOpportunities
} from '../../src/lib/domain/action/ranking';
import {
	actionSchema,
	actionUpdateSchema,
	isOverdue,
	isEarlyWin as reExported
} from '../../src/lib/domain/action/schema';
import {
	daysBetween,
	dueReminder,
	type RemindableAction
} from '../../src/lib/domain/action/reminders';

const grid = [1, 2, 3, 4, 5].flatMap((impact) =>
	[1, 2, 3, 4, 5].map((complexity) => ({ impact, complexity }))
);

describe('the early-win rule (seed 002: high business impact, low to medium technical complexity)', () => {
	it('is impact 4–5 with complexity 1–3, exactly, over the whole 5 × 5 grid', () => {
		const wins = grid.filter(isEarlyWin).map((a) => `${a.impact}×${a.complexity}`);
		expect(wins).toEqual(['4×1', '4×2', '4×3', '5×1', '5×2', '5×3']);
	});

	it('counts medium complexity (3) as an early win when the impact is high — the old rule did not', () => {
		expect(isEarlyWin({ impact: 4, complexity: 3 })).toBe(true);
		expect(isEarlyWin({ impact: 5, complexity: 3 })).toBe(true);
		expect(quadrantOf({ impact: 5, complexity: 3 })).toBe('early-win');
	});

	it('never counts medium impact (3) or high complexity (4–5)', () => {
		expect(isEarlyWin({ impact: 3, complexity: 1 })).toBe(false);
		expect(isEarlyWin({ impact: 5, complexity: 4 })).toBe(false);
		expect(isEarlyWin({ impact: 4, complexity: 5 })).toBe(false);
	});

	it('splits the matrix into four quadrants at the same lines', () => {
		expect(quadrantOf({ impact: 5, complexity: 4 })).toBe('major-project');
		expect(quadrantOf({ impact: 3, complexity: 3 })).toBe('fill-in');
		expect(quadrantOf({ impact: 2, complexity: 1 })).toBe('fill-in');
		expect(quadrantOf({ impact: 3, complexity: 4 })).toBe('reconsider');
		for (const a of grid) expect(quadrantOf(a) === 'early-win').toBe(isEarlyWin(a));
	});

	it('is the one rule: the action schema module re-exports it', () => {
		expect(reExported).toBe(isEarlyWin);
	});
});

describe('ranking the opportunities', () => {
	it('puts early wins first, then major projects, fill-ins and the rest; higher impact, then lower complexity', () => {
		const ranked = rankOpportunities([
			{ title: 'fill', impact: 3, complexity: 1 },
			{ title: 'big', impact: 5, complexity: 5 },
			{ title: 'win-3', impact: 4, complexity: 3 },
			{ title: 'worst', impact: 1, complexity: 5 },
			{ title: 'win-5', impact: 5, complexity: 2 },
			{ title: 'win-4', impact: 4, complexity: 1 }
		]).map((a) => a.title);
		expect(ranked).toEqual(['win-5', 'win-4', 'win-3', 'big', 'fill', 'worst']);
	});

	it('is a total order that does not change its input', () => {
		const input = [...grid].reverse();
		const copy = [...input];
		const ranked = rankOpportunities(input);
		expect(input).toEqual(copy);
		for (let i = 1; i < ranked.length; i++)
			expect(byPriority(ranked[i - 1]!, ranked[i]!)).toBeLessThanOrEqual(0);
		const firstNonWin = ranked.findIndex((a) => !isEarlyWin(a));
		expect(ranked.slice(firstNonWin).some(isEarlyWin)).toBe(false);
	});
});

describe('the action form', () => {
	const base = {
		title: 'Self-service portal',
		dimensionKeys: ['technology'],
		impact: '4',
		complexity: '3',
		dueDate: '',
		status: 'planned'
	};

	it('takes a member as owner, or a named outsider, and refuses neither', () => {
		const member = actionSchema.safeParse({
			...base,
			ownerUserId: '0e6c9a8e-8a0b-4c39-9d0f-3b0f1c2d3e4f',
			owner: ''
		});
		expect(member.success).toBe(true);
		const outsider = actionSchema.safeParse({ ...base, ownerUserId: '', owner: 'Agency X' });
		expect(outsider.success && outsider.data.ownerUserId).toBe(null);
		const nobody = actionSchema.safeParse({ ...base, ownerUserId: '', owner: '' });
		expect(nobody.success).toBe(false);
		expect(nobody.error?.issues[0]?.path).toEqual(['owner']);
	});

	it('refuses a member and an outsider’s name at once rather than dropping the name typed', () => {
		const both = actionSchema.safeParse({
			...base,
			ownerUserId: '0e6c9a8e-8a0b-4c39-9d0f-3b0f1c2d3e4f',
			owner: 'Head of CRM'
		});
		expect(both.success).toBe(false);
		expect(both.error?.issues.map((i) => i.path)).toEqual([['owner']]);
	});

	it('reads budget and approval as whole amounts, and asks who authorised an approved amount', () => {
		const ok = actionSchema.parse({
			...base,
			owner: 'Agency X',
			budget: '12,500',
			approvedAmount: '10000',
			approvedBy: 'CFO'
		});
		expect([ok.budget, ok.approvedAmount, ok.approvedBy]).toEqual([12500, 10000, 'CFO']);
		const unsigned = actionSchema.safeParse({ ...base, owner: 'A', approvedAmount: '5' });
		expect(unsigned.success).toBe(false);
		const fraction = actionSchema.safeParse({ ...base, owner: 'Agency', budget: '12.5' });
		expect(fraction.error?.issues[0]?.path).toEqual(['budget']);
	});

	it('takes a note with an optional progress from 0 to 100', () => {
		expect(actionUpdateSchema.parse({ note: 'Kick-off held', progress: '' }).progress).toBe(null);
		expect(actionUpdateSchema.parse({ note: 'Half way', progress: '50' }).progress).toBe(50);
		expect(actionUpdateSchema.safeParse({ note: 'Too far', progress: '120' }).success).toBe(false);
	});
});

describe('overdue actions', () => {
	it('are past their due date and not done or dropped', () => {
		const today = '2026-12-01';
		expect(isOverdue({ dueDate: '2026-11-30', status: 'in_progress' }, today)).toBe(true);
		expect(isOverdue({ dueDate: '2026-12-01', status: 'planned' }, today)).toBe(false);
		expect(isOverdue({ dueDate: '2026-11-30', status: 'done' }, today)).toBe(false);
		expect(isOverdue({ dueDate: '2026-11-30', status: 'dropped' }, today)).toBe(false);
		expect(isOverdue({ dueDate: null, status: 'planned' }, today)).toBe(false);
	});
});

describe('due-date reminders (issue 15.4)', () => {
	const action = (over: Partial<RemindableAction> = {}): RemindableAction => ({
		dueDate: '2026-12-10',
		status: 'planned',
		dueSoonRemindedFor: null,
		overdueRemindedFor: null,
		...over
	});

	it('reminds from three days before the due date, and once the date has passed', () => {
		expect(dueReminder(action(), '2026-12-06')).toBeNull();
		expect(dueReminder(action(), '2026-12-07')).toBe('due-soon');
		expect(dueReminder(action(), '2026-12-10')).toBe('due-soon');
		expect(dueReminder(action(), '2026-12-11')).toBe('overdue');
		expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
	});

	it('sends each reminder once per due date; a new due date gets its own', () => {
		const reminded = action({ dueSoonRemindedFor: '2026-12-10', overdueRemindedFor: '2026-12-10' });
		expect(dueReminder(reminded, '2026-12-08')).toBeNull();
		expect(dueReminder(reminded, '2026-12-20')).toBeNull();
		const moved = { ...reminded, dueDate: '2026-12-22' };
		expect(dueReminder(moved, '2026-12-20')).toBe('due-soon');
		expect(dueReminder(moved, '2026-12-23')).toBe('overdue');
	});

	it('never reminds of a finished action or one without a due date', () => {
		expect(dueReminder(action({ status: 'done' }), '2026-12-11')).toBeNull();
		expect(dueReminder(action({ status: 'dropped' }), '2026-12-09')).toBeNull();
		expect(dueReminder(action({ status: 'in_progress' }), '2026-12-09')).toBe('due-soon');
		expect(dueReminder(action({ dueDate: null }), '2026-12-09')).toBeNull();
	});
});
