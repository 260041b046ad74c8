import { describe, it, expect } from 'vitest';
import { languageBreakdown } from '../../src/lib/domain/scoring/languages';

describe('published responses per language (issue 17)', () => {
	it('names each language with at least the threshold of people', () => {
		expect(
			languageBreakdown(
				[
					{ language: 'en', n: 12 },
					{ language: 'es', n: 5 }
				],
				5
			)
		).toEqual({
			shown: [
				{ language: 'en', responses: 12 },
				{ language: 'es', responses: 5 }
			],
			other: 0,
			total: 17,
			withheld: null
		});
	});

	it('never names a language below the threshold, nor lets the total give it away', () => {
		// Spanish alone (2) would be 14 − 12: it joins the smallest named language instead.
		const one = languageBreakdown(
			[
				{ language: 'en', n: 12 },
				{ language: 'es', n: 2 }
			],
			5
		);
		expect(one).toMatchObject({ shown: [], other: 14, withheld: null });
		// Two small languages together reach the threshold: they are one figure.
		const two = languageBreakdown(
			[
				{ language: 'en', n: 20 },
				{ language: 'es', n: 3 },
				{ language: 'de', n: 2 }
			],
			5
		);
		expect(two).toMatchObject({ shown: [{ language: 'en', responses: 20 }], other: 5 });
		// With three languages, the smallest named one joins the small one.
		const three = languageBreakdown(
			[
				{ language: 'en', n: 20 },
				{ language: 'es', n: 6 },
				{ language: 'de', n: 1 }
			],
			5
		);
		expect(three).toMatchObject({ shown: [{ language: 'en', responses: 20 }], other: 7 });
		for (const b of [one, two, three]) {
			expect(b.other === 0 || b.other >= 5).toBe(true);
			for (const s of b.shown) expect(s.responses).toBeGreaterThanOrEqual(5);
		}
	});

	it('shows nothing by language below the threshold in the whole cycle', () => {
		expect(languageBreakdown([{ language: 'es', n: 4 }], 5)).toMatchObject({
			shown: [],
			other: 0,
			total: 4,
			withheld: 'fewer than 5 responses in the cycle'
		});
	});
});
