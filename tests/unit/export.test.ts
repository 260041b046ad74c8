import { describe, it, expect } from 'vitest';
import {
	anonymisedAnswers,
	answersCsv,
	shuffledIndices
} from '../../src/lib/domain/export/answers';

const cycle = { name: 'Spring', instrument: 'T v1', anonymityThreshold: 5 };
const person = (group: string, v: number) => ({
	group,
	answers: { 'vision.a': v, 'vision.b': 'dont_know' as const }
});
const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('anonymised answer export', () => {
	it('exports nothing when the cycle is below the threshold', () => {
		const data = anonymisedAnswers(
			cycle,
			['vision.a'],
			[person('sales', 3), person('sales', 4)],
			identity
		);
		expect(data.responses).toEqual([]);
		expect(data.withheld).toBe('fewer than 5 responses in the cycle');
	});

	it('hides the group of a small group and of the group suppressed with it', () => {
		const responses = [
			...Array.from({ length: 6 }, () => person('sales', 3)),
			...Array.from({ length: 5 }, () => person('service', 2)),
			...Array.from({ length: 2 }, () => person('it', 5))
		];
		const data = anonymisedAnswers(cycle, ['vision.a', 'vision.b'], responses, identity);
		const groups = new Set(data.responses.map((r) => r.group));
		expect(groups).toEqual(new Set(['sales', 'withheld']));
		expect(data.responses.filter((r) => r.group === 'withheld')).toHaveLength(7);
	});

	it('numbers rows in shuffled order, without ids, and writes formula-safe CSV', () => {
		const responses = Array.from({ length: 5 }, (_, i) => ({
			group: '=cmd',
			answers: { 'vision.a': i + 1 }
		}));
		const data = anonymisedAnswers(cycle, ['vision.a'], responses, (n) =>
			shuffledIndices(n, () => 0.3)
		);
		expect(data.responses.map((r) => r.respondent)).toEqual([1, 2, 3, 4, 5]);
		expect(data.responses.map((r) => r.answers['vision.a'])).not.toEqual([1, 2, 3, 4, 5]);
		const csv = answersCsv(data);
		expect(csv.split('\r\n')[0]).toBe('respondent,group,vision.a');
		expect(csv).toContain(`'=cmd`);
		expect(csv).not.toMatch(/(^|,)=cmd/m);
	});

	it('shuffles into a permutation', () => {
		let seed = 1;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const order = shuffledIndices(50, random);
		expect([...order].sort((a, b) => a - b)).toEqual(identity(50));
	});
});
