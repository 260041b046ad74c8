import { expect } from 'vitest';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import {
	scoreCycle,
	statsFromResponses,
	type CycleScoresScored,
	type ScoringResponse
} from '../../src/lib/domain/scoring';
import type { HttpClient } from './http';

/**
 * A closed version-2 cycle's exported scores equal the scoring module's over these responses,
 * whatever language each was given in (issue 17.2: answers pool across languages).
 */
export async function expectScoresOfResponses(
	lead: HttpClient,
	cyclePath: string,
	responses: ScoringResponse[]
): Promise<void> {
	const scores = (await (
		await lead.get(`${cyclePath}/export/scores.json`)
	).json()) as CycleScoresScored;
	const expected = scoreCycle(touchstoneV2, statsFromResponses(touchstoneV2, responses), {
		targets: {},
		anonymityThreshold: 5
	});
	expect(expected.status).toBe('scored');
	if (expected.status !== 'scored') return;
	const dimension = (d: { key: string; n: number; score: number | null }) => [d.key, d.n, d.score];
	const scored = scores.dimensions.filter((d) => d.score !== null);
	expect(scored.length).toBeGreaterThan(0);
	expect(scored.map(dimension)).toEqual(
		expected.dimensions.filter((d) => d.score !== null).map(dimension)
	);
	expect(scores.overall.index).toBeCloseTo(expected.overall.index!, 10);
}
