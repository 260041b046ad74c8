import { describe, it, expect } from 'vitest';
import {
	answerFromChoice,
	answeredQuickly,
	answerInputSchema,
	autosaveSchema,
	choiceOf,
	choicesFor,
	estimateMinutes,
	resumeAnchor,
	wordsToRead,
	isValidValue,
	parseSectionForm,
	resumeStep,
	sectionProgress
} from '../../src/lib/domain/survey';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('survey answers', () => {
	it('allows each kind its own range, and “don’t know” only without a value', () => {
		expect([1, 5].every((v) => isValidValue('maturity', { value: v, dontKnow: false }))).toBe(true);
		expect([0, 6, 2.5].some((v) => isValidValue('maturity', { value: v, dontKnow: false }))).toBe(
			false
		);
		expect(isValidValue('integration', { value: 0, dontKnow: false })).toBe(true);
		expect(isValidValue('integration', { value: 4, dontKnow: false })).toBe(false);
		expect(isValidValue('yes_no', { value: 2, dontKnow: false })).toBe(false);
		expect(isValidValue('stakeholder_map', { value: 1, dontKnow: false })).toBe(true);
		expect(isValidValue('maturity', { value: null, dontKnow: true })).toBe(true);
		expect(isValidValue('maturity', { value: 3, dontKnow: true })).toBe(false);
	});

	it('keeps “not my area” apart: maturity items only, without a value, never with “don’t know”', () => {
		const na = { value: null, dontKnow: false, notMyArea: true };
		expect(isValidValue('maturity', na)).toBe(true);
		expect(isValidValue('integration', na)).toBe(false);
		expect(isValidValue('yes_no', na)).toBe(false);
		expect(isValidValue('maturity', { ...na, value: 3 })).toBe(false);
		expect(isValidValue('maturity', { ...na, dontKnow: true })).toBe(false);
		expect(answerFromChoice('na')).toEqual(na);
		expect(choiceOf(na)).toBe('na');
		expect(
			answerInputSchema.safeParse({ itemId: id(1), value: null, dontKnow: false, notMyArea: true })
				.success
		).toBe(true);
		expect(
			answerInputSchema.safeParse({ itemId: id(1), value: null, dontKnow: true, notMyArea: true })
				.success
		).toBe(false);
		expect(
			answerInputSchema.safeParse({ itemId: id(1), value: 2, dontKnow: false, notMyArea: true })
				.success
		).toBe(false);
		// A page loaded before "not my area" existed sends no such field: it means false.
		expect(answerInputSchema.parse({ itemId: id(1), value: 2, dontKnow: false }).notMyArea).toBe(
			false
		);
	});

	it('offers “not my area” on maturity items only where the version does', () => {
		const item = { kind: 'maturity' as const, anchors: ['a', 'b', 'c', 'd', 'e'] };
		expect(choicesFor(item).map((c) => c.value)).toEqual(['1', '2', '3', '4', '5', 'dk']);
		expect(choicesFor(item, { notMyArea: true }).map((c) => c.value)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
			'dk',
			'na'
		]);
		expect(
			choicesFor({ kind: 'integration' }, { notMyArea: true }).map((c) => c.value)
		).not.toContain('na');
	});

	it('turns form choices into answers and back', () => {
		for (const choice of ['1', '5', '0', 'dk', 'na', ''])
			expect(choiceOf(answerFromChoice(choice)!)).toBe(choice);
		expect(answerFromChoice('7')).toBeNull();
		expect(answerFromChoice('one')).toBeNull();
	});

	it('offers the five level anchors of a maturity item, then “don’t know”', () => {
		const item = touchstoneV1.sections[0]!.items[0]!;
		const choices = choicesFor(item);
		expect(choices.map((c) => c.label)).toEqual([
			'1 · Initial',
			'2 · Developing',
			'3 · Defined',
			'4 · Managed',
			'5 · Optimising',
			'Don’t know'
		]);
		expect(choices.slice(0, 5).map((c) => c.detail)).toEqual([...item.anchors!]);
		expect(choicesFor({ kind: 'integration' }).map((c) => c.value)).toEqual([
			'0',
			'1',
			'2',
			'3',
			'dk'
		]);
		expect(choicesFor({ kind: 'yes_no' }).map((c) => c.label)).toEqual(['Yes', 'No', 'Don’t know']);
	});

	it('reads a section form, leaving untouched items alone and flagging tampered values', () => {
		const section = {
			items: [
				{ id: id(1), kind: 'maturity' as const },
				{ id: id(2), kind: 'yes_no' as const },
				{ id: id(3), kind: 'maturity' as const }
			]
		};
		expect(
			parseSectionForm(section, {
				[`item.${id(1)}`]: '4',
				[`item.${id(2)}`]: 'dk',
				comment: '  fine  '
			})
		).toEqual({
			answers: [
				{ itemId: id(1), value: 4, dontKnow: false, notMyArea: false },
				{ itemId: id(2), value: null, dontKnow: true, notMyArea: false }
			],
			comment: 'fine',
			errors: []
		});
		expect(
			parseSectionForm(section, { [`item.${id(2)}`]: '3', [`item.${id(3)}`]: '0' }).errors
		).toEqual([id(2), id(3)]);
		expect(parseSectionForm(section, { comment: 'x'.repeat(2001) }).errors).toEqual(['comment']);
	});

	it('accepts an autosave body of answers and comments, and nothing else', () => {
		expect(
			autosaveSchema.safeParse({ answers: [{ itemId: id(1), value: 3, dontKnow: false }] }).success
		).toBe(true);
		expect(autosaveSchema.safeParse({ comments: [{ sectionId: id(1), text: 'ok' }] }).success).toBe(
			true
		);
		expect(autosaveSchema.safeParse({}).success).toBe(false);
		expect(
			autosaveSchema.safeParse({ answers: [{ itemId: 'x', value: 3, dontKnow: false }] }).success
		).toBe(false);
		expect(
			autosaveSchema.safeParse({ answers: [{ itemId: id(1), value: 3, dontKnow: true }] }).success
		).toBe(false);
		expect(
			autosaveSchema.safeParse({ comments: [{ sectionId: id(1), text: 'x'.repeat(2001) }] }).success
		).toBe(false);
	});
});

describe('survey progress', () => {
	const sections = [
		{
			id: 'a',
			items: [
				{ id: 'a1', kind: 'maturity' as const },
				{ id: 'a2', kind: 'maturity' as const }
			]
		},
		{ id: 'b', items: [{ id: 'b1', kind: 'maturity' as const }] },
		{ id: 'c', items: [{ id: 'c1', kind: 'yes_no' as const }] }
	];

	it('counts answered items per section', () => {
		expect(sectionProgress(sections, new Set(['a1', 'c1']))).toEqual([
			{ sectionId: 'a', answered: 1, total: 2 },
			{ sectionId: 'b', answered: 0, total: 1 },
			{ sectionId: 'c', answered: 1, total: 1 }
		]);
	});

	it('resumes at the first unfinished section from where the answers stop', () => {
		expect(resumeStep(sectionProgress(sections, new Set()))).toBe(1);
		expect(resumeStep(sectionProgress(sections, new Set(['a1'])))).toBe(1);
		expect(resumeStep(sectionProgress(sections, new Set(['a1', 'a2'])))).toBe(2);
		expect(resumeStep(sectionProgress(sections, new Set(['a1', 'a2', 'b1', 'c1'])))).toBe('review');
		// a skipped question earlier does not pull the respondent back
		expect(resumeStep(sectionProgress(sections, new Set(['a1', 'b1'])))).toBe(3);
	});

	it('brings a returning respondent back to the question they stopped at', () => {
		const section = {
			id: 's',
			items: ['a', 'b', 'c'].map((id) => ({ id, kind: 'maturity' as const }))
		};
		expect(resumeAnchor(section, new Set())).toBe('');
		expect(resumeAnchor(section, new Set(['a']))).toBe('#q-b');
		expect(resumeAnchor(section, new Set(['a', 'b']))).toBe('#q-c');
		// a skipped question is where they stopped
		expect(resumeAnchor(section, new Set(['a', 'c']))).toBe('#q-b');
		expect(resumeAnchor(section, new Set(['a', 'b', 'c']))).toBe('');
		expect(resumeAnchor(undefined, new Set(['a']))).toBe('');
	});

	it('estimates time from the words read at 230 a minute plus 4 seconds per answer', () => {
		const section = {
			title: 'Vision',
			description: 'Where we are going.',
			items: [{ kind: 'yes_no' as const, text: 'Is there a written CRM vision?' }]
		};
		// 1 + 4 (intro) + 6 (question) + Yes, No, Don’t know (4 words) = 15 words
		expect(wordsToRead(section)).toBe(15);
		// 15 words: 3.9 s of reading + 4 s of answering → 1 minute (whole minutes, rounded up)
		expect(estimateMinutes([section])).toBe(1);
		const many = { ...section, items: Array.from({ length: 20 }, () => section.items[0]!) };
		// 5 + 20 × 10 = 205 words = 53.5 s, + 80 s of answering = 133.5 s → 3 minutes
		expect(estimateMinutes([many])).toBe(3);
	});

	it('says what version 1 really takes: over 30 minutes for everyone (issue 13)', () => {
		expect(estimateMinutes(touchstoneV1.sections)).toBeGreaterThan(30);
	});
});

describe('speeding flag', () => {
	it('flags a submission in under a third of the estimated time, and says nothing without timing', () => {
		expect(answeredQuickly(179, 9)).toBe(true);
		expect(answeredQuickly(180, 9)).toBe(false);
		expect(answeredQuickly(null, 9)).toBeNull();
		expect(answeredQuickly(-5, 9)).toBeNull();
	});
});
