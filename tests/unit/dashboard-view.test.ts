import { describe, expect, it } from 'vitest';
import { notMyAreaHotSpots } from '../../src/lib/domain/dashboard/view';
import type { CycleScoresScored } from '../../src/lib/domain/scoring';

type Item = CycleScoresScored['items'][number];
const item = (key: string, n: number, notMyArea: number): Item => ({
	key,
	dimensionKey: 'vision',
	text: key,
	n,
	mean: null,
	sd: null,
	dontKnowShare: null,
	notMyArea,
	distribution: [],
	agreement: null,
	withheld: null
});

describe('“not my area” hot spots', () => {
	it('lists items where at least 20% of those who answered said “not my area”, highest first', () => {
		const spots = notMyAreaHotSpots(
			[item('low', 9, 1), item('high', 4, 6), item('edge', 8, 2), item('none', 10, 0)],
			5
		);
		expect(spots.map((s) => [s.key, s.share])).toEqual([
			['high', 0.6],
			['edge', 0.2]
		]);
	});

	it('says nothing about an item fewer than the threshold answered', () => {
		// 1 level + 3 "not my area" = 4 people, under a threshold of 5.
		expect(notMyAreaHotSpots([item('few', 1, 3)], 5)).toEqual([]);
		expect(notMyAreaHotSpots([item('enough', 2, 3)], 5).map((s) => s.key)).toEqual(['enough']);
	});
});
