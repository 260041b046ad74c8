import { describe, expect, it } from 'vitest';
import { formatPercent, formatScore } from '$lib/format';

describe('figures in the interface language', () => {
	it('keeps English as it was without a locale', () => {
		expect(formatScore(2.7)).toBe('2.70');
		expect(formatPercent(0.74)).toBe('74%');
	});
	it('writes the decimal mark and the percent sign as each language does', () => {
		expect(formatScore(2.7, 2, 'en-GB')).toBe('2.70');
		expect(formatScore(2.7, 2, 'de-DE')).toBe('2,70');
		expect(formatScore(-0.35, 2, 'es-ES')).toBe('-0,35');
		expect(formatPercent(0.74, 0, 'en-GB')).toBe('74%');
		expect(formatPercent(0.74, 0, 'de-DE')).toBe('74\u00a0%');
		expect(formatPercent(0.745, 1, 'es-ES')).toBe('74,5\u00a0%');
	});
	it('rounds the same in every language', () => {
		for (const value of [0.125, 2.675, 1.005, 3.14159])
			for (const locale of ['es-ES', 'de-DE'])
				expect(formatScore(value, 2, locale)).toBe(formatScore(value, 2).replace('.', ','));
	});
	it('shows a dash for a missing figure', () => {
		expect(formatScore(null, 2, 'de-DE')).toBe('—');
		expect(formatPercent(undefined, 0, 'es-ES')).toBe('—');
	});
});
