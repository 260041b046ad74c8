import { studyPractices } from '../../src/lib/domain/benchmark/practices';
import { describe, expect, it } from 'vitest';
import {
	factDefinitions,
	factField,
	factsFormSchema,
	integrationVerdicts,
	medianRating
} from '../../src/lib/domain/cycle/facts';
import type { IntegrationFunctionScore } from '../../src/lib/domain/scoring';

const rated = (key: string, counts: [number, number, number, number]): IntegrationFunctionScore => {
	const n = counts.reduce((s, c) => s + c, 0);
	return {
		key: `functional_integration.${key}`,
		text: key,
		n,
		share: n ? (counts[2] + counts[3]) / n : null,
		mean: null,
		dontKnowShare: null,
		distribution: counts.map((count, value) => ({ value, count, share: n ? count / n : null })),
		withheld: null
	};
};
const withheld = (key: string): IntegrationFunctionScore => ({
	...rated(key, [0, 0, 0, 0]),
	n: 2,
	share: null,
	distribution: [],
	withheld: 'fewer than 5 people answered'
});

describe('organisation facts', () => {
	it('asks the nine functions, three reference questions and eight relationships of version 1', () => {
		expect(factDefinitions.filter((f) => f.kind === 'integration')).toHaveLength(9);
		expect(factDefinitions.filter((f) => f.kind === 'reference')).toHaveLength(3);
		expect(factDefinitions.filter((f) => f.kind === 'stakeholder_map')).toHaveLength(8);
	});

	it('reads the form: blank clears, values on each fact’s own scale, anything else refused by field', () => {
		const finance = factField('functional_integration.finance');
		const best = factField('reference.best_customers');
		const ok = factsFormSchema.safeParse({ [finance]: '3', [best]: '' });
		expect(ok.success && ok.data['functional_integration.finance']).toBe(3);
		expect(ok.success && ok.data['reference.best_customers']).toBeNull();
		expect(ok.success && ok.data['stakeholder_map.customers']).toBeNull();
		const bad = factsFormSchema.safeParse({ [finance]: '4', [best]: '2' });
		expect(bad.success).toBe(false);
		expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual([best, finance].sort());
		expect(factsFormSchema.safeParse({ [finance]: '1.5' }).success).toBe(false);
	});
});

describe('integration verdict in the study’s unit', () => {
	it('takes the median rating: the lowest value half the ratings reach', () => {
		expect(medianRating(rated('x', [0, 0, 2, 3]).distribution)).toBe(3);
		expect(medianRating(rated('x', [1, 1, 1, 1]).distribution)).toBe(1);
		expect(medianRating(rated('x', [0, 0, 3, 3]).distribution)).toBe(2);
		expect(medianRating([])).toBeNull();
	});

	it('lets the lead’s grid decide, the respondents’ middle rating fill in, and flags disagreement', () => {
		const { functions, study } = integrationVerdicts(
			[
				rated('finance', [0, 1, 1, 4]), // respondents: integrated
				rated('sales', [0, 1, 4, 1]), // respondents: consulted
				rated('it', [4, 1, 0, 1]), // respondents: not involved
				withheld('hr')
			],
			{ 'functional_integration.finance': 3, 'functional_integration.it': 3 }
		);
		const by = (k: string) => functions.find((f) => f.key === `functional_integration.${k}`)!;
		expect(by('finance')).toMatchObject({
			integrated: true,
			basis: 'lead',
			disputed: false,
			studyShare: 0.75
		});
		expect(by('sales')).toMatchObject({ integrated: false, basis: 'respondents', disputed: false });
		expect(by('it')).toMatchObject({ integrated: true, basis: 'lead', disputed: true });
		expect(by('hr')).toMatchObject({ integrated: null, basis: null, studyShare: 0 });
		// Marketing is not among the study's functions.
		expect(by('marketing').studyShare).toBeNull();
		// The study's seven: finance and IT integrated; sales, HR known/unknown as above.
		expect(study).toEqual({ integrated: 2, known: 3, of: 7, averageIntegrated: 3.5 });
	});
});

describe("the study's practices beside the organisation's answers (issue 15.3)", () => {
	it('puts the lead’s facts beside the study’s figures, and says what is not measured', () => {
		const rows = studyPractices(null, {
			'reference.best_customers': 1,
			'reference.hiring_crm_skills': 0,
			'functional_integration.finance': 3,
			'functional_integration.sales': 3,
			'functional_integration.hr': 1,
			'stakeholder_map.customers': 1,
			'stakeholder_map.employees': 1,
			'stakeholder_map.regulators': 0
		});
		const row = (start: string) => rows.find((r) => r.practice.startsWith(start))!;
		expect(row('Best customers')).toMatchObject({
			study: '60% of organisations',
			yours: 'Yes',
			basis: 'the lead’s answer'
		});
		expect(row('Applicants')).toMatchObject({ study: '17% of organisations', yours: 'No' });
		expect(row('Front-line')).toMatchObject({ yours: null });
		expect(row('CRM tightly integrated').yours).toBe('2 of 7 integrated (4 not known)');
		expect(row('CRM tightly integrated').study).toContain('integrates 3.5 of 7');
		expect(row('A clear, holistic vision').yours).toBe('the vision covers 2 of 8 relationships');
		expect(row('Relationship marketing deployed in stages')).toMatchObject({ yours: null });
		expect(row('A constant customer experience')).toMatchObject({ yours: null });
	});
});
