import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import {
	ALPHA_MIN_COMPLETE,
	scoreCycle,
	statsFromResponses,
	type AlphaResult,
	type ScoringResponse
} from '../../src/lib/domain/scoring';

/**
 * Golden test: Cronbach's alpha against a published example from official software documentation.
 *
 * Source: Raphael Vallat, Pingouin (Python statistics package), API documentation of
 * `pingouin.cronbach_alpha`, section "Examples", "Binary wide-format dataframe (with missing
 * values)" — https://pingouin-stats.org/generated/pingouin.cronbach_alpha.html. The page is
 * built from the docstring of `cronbach_alpha` in `src/pingouin/reliability.py` of
 * https://github.com/raphaelvallat/pingouin (read at commit
 * 0d02947c5922adb171ebdf2a2e8d406b0bd27096). The example loads the dataset
 * `pg.read_dataset("cronbach_wide_missing")`, shipped with the package as
 * `src/pingouin/datasets/cronbach_wide_missing.csv` (read at commit
 * b71edc6b9b6d52a7f417078d50d03770e15648d3; `datasets.csv` there names www.real-statistics.com as
 * its origin): 12 respondents × 11 binary items Q1–Q11, with four missing cells. The documentation
 * prints, among others:
 *
 *   pg.cronbach_alpha(data=data, nan_policy="listwise")   → 0.8016949152542373  (9 complete rows)
 *   pg.cronbach_alpha(data=data.fillna(data.median()))    → 0.7380191693290734  (12 rows)
 *
 * Pingouin computes α = k/(k−1)·(1 − tr C / ΣC) from the sample (n − 1) covariance matrix C, which
 * is the same quantity as our k/(k−1)·(1 − Σs²_i / s²_T) with sample variances.
 *
 * Verified independently (plain Node script, before writing this test): the 9 complete rows give
 * 0.8016949152542374 and the median-imputed 12 rows give 0.7380191693290735, matching the printed
 * values to ~1e-16.
 *
 * Median imputation, as in the documentation's `data.fillna(data.median())`: the column medians
 * of the non-missing values are Q1 = 1, Q3 = 1, Q5 = 1 and Q9 = 0, so the four missing cells become
 * R3.Q1 = 1, R3.Q5 = 1, R6.Q3 = 1 and R10.Q9 = 0 (marked * below).
 *
 * Scale: the items are scored 0/1, our maturity items take 1–5. Adding the same constant to every
 * value leaves every item variance and the variance of the totals unchanged, so alpha is invariant;
 * the test adds 1 (0/1 → 1/2) and, as a second check, 4 (0/1 → 4/5). Both ranges fit in 1–5.
 */

const NA = undefined;

// Rows R1–R12 exactly as in cronbach_wide_missing.csv (NA = empty cell in the CSV).
const published: (0 | 1 | undefined)[][] = [
	//Q1 Q2 Q3  Q4 Q5  Q6 Q7 Q8 Q9  Q10 Q11
	[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], // R1
	[1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0], // R2
	[NA, 0, 1, 1, NA, 1, 1, 1, 1, 0, 0], // R3
	[1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0], // R4
	[1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0], // R5
	[0, 1, NA, 0, 1, 1, 1, 1, 0, 0, 0], // R6
	[1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0], // R7
	[1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0], // R8
	[0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0], // R9
	[1, 0, 0, 1, 0, 1, 0, 0, NA, 0, 0], // R10
	[1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], // R11
	[1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0] // R12
];

// The same rows after the documentation's median imputation (* = imputed cell).
const imputed: (0 | 1)[][] = [
	[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
	[1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0],
	[1 /* * */, 0, 1, 1, 1 /* * */, 1, 1, 1, 1, 0, 0],
	[1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0],
	[1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0],
	[0, 1, 1 /* * */, 0, 1, 1, 1, 1, 0, 0, 0],
	[1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
	[1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
	[0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0],
	[1, 0, 0, 1, 0, 1, 0, 0, 0 /* * */, 0, 0],
	[1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
	[1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
];

/** Printed in the Pingouin documentation (see above). */
const PRINTED_ALPHA_MEDIAN_IMPUTED = 0.7380191693290734;

const itemKeys = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10', 'Q11'];

const instrument: InstrumentDefinition = {
	name: 'pingouin-cronbach-wide',
	version: 1,
	sections: [
		{
			key: 'q',
			kind: 'building_block',
			title: 'Questionnaire',
			description: '',
			items: itemKeys.map((key) => ({ key, kind: 'maturity' as const, text: `Item ${key}` }))
		}
	]
};

/** One response per row; `shift` moves 0/1 into the 1–5 scale; a missing cell is left unanswered. */
function responsesOf(rows: readonly (number | undefined)[][], shift: number): ScoringResponse[] {
	return rows.map((row, r) => {
		const answers: Record<string, number> = {};
		row.forEach((v, j) => {
			if (v !== undefined) answers[itemKeys[j] as string] = v + shift;
		});
		return { id: `R${r + 1}`, group: 'all', answers };
	});
}

function alphaOf(responses: ScoringResponse[]): AlphaResult | undefined {
	const result = scoreCycle(instrument, statsFromResponses(instrument, responses), {
		anonymityThreshold: 1
	});
	if (result.status !== 'scored') throw new Error(`expected scores, got ${result.withheld}`);
	return result.dimensions[0]?.alpha;
}

describe('Cronbach\u2019s alpha against a published example (Pingouin documentation)', () => {
	it('the imputed table differs from the published one only in the four missing cells', () => {
		let filled = 0;
		published.forEach((row, r) =>
			row.forEach((v, j) => {
				if (v === undefined) filled++;
				else expect(imputed[r]?.[j]).toBe(v);
			})
		);
		expect(filled).toBe(4);
	});

	it('median-imputed data (12 × 11): α = 0.7380191693290734 as printed', () => {
		expect(alphaOf(responsesOf(imputed, 1))).toEqual({
			value: expect.closeTo(PRINTED_ALPHA_MEDIAN_IMPUTED, 12),
			n: 12
		});
	});

	it('a common shift of the scale leaves α unchanged (0/1 → 4/5)', () => {
		expect(alphaOf(responsesOf(imputed, 4))).toEqual({
			value: expect.closeTo(PRINTED_ALPHA_MEDIAN_IMPUTED, 12),
			n: 12
		});
	});

	it('raw data: listwise deletion keeps 9 rows, so our rule withholds α', () => {
		// Pingouin prints α = 0.8016949152542373 for these 9 complete rows (nan_policy="listwise").
		// Our method reports alpha only from ALPHA_MIN_COMPLETE (10) complete respondents, and no
		// pure alpha function is exported, so that value cannot be checked through the public API;
		// what can be checked is that listwise deletion finds the same 9 complete rows.
		expect(ALPHA_MIN_COMPLETE).toBe(10);
		expect(alphaOf(responsesOf(published, 1))).toEqual({
			withheld: 'fewer than 10 respondents answered every item (9)'
		});
	});
});
