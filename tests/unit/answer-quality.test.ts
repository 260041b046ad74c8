/**
 * The answer-quality card (dashboard, lead only). Once the answers were erased under the retention
 * setting, straight lines are no longer counted; the quick-submission count still is, and so is
 * what it cannot see: responses finished on another device carry no timing (on the demo, all 51).
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AnswerQuality from '../../src/lib/components/AnswerQuality.svelte';

const text = (quality: Parameters<typeof AnswerQuality>[1]['quality']) =>
	render(AnswerQuality, { props: { quality } })
		.body.replace(/<!--.*?-->/g, '') // hydration markers sit inside sentences
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
const counts = { responses: 51, straightLineMin: 8, answeredQuickly: 0 };

describe('the answer-quality card', () => {
	it('says how many responses have no timing, with the counts and after erasure alike', () => {
		for (const straightLined of [2, null]) {
			const shown = text({ ...counts, straightLined, timingUnknown: 51 });
			expect(shown).toContain('Of 51 responses,');
			expect(shown).toContain('under a third of the estimated time (51 without timing');
		}
	});

	it('says straight lines are no longer counted once the answers were erased', () => {
		const erased = text({ ...counts, straightLined: null, timingUnknown: 0 });
		expect(erased).toContain('is no longer counted');
		expect(erased).not.toContain('without timing');
		expect(erased).toContain('estimated time. How many gave the same level');
		const kept = text({ ...counts, straightLined: 2, timingUnknown: 0 });
		expect(kept).not.toContain('no longer counted');
		expect(kept).toMatch(/Of 51 responses, 2 gave the same level/);
	});
});
