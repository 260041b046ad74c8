import { describe, expect, it } from 'vitest';
import { dimensionsWithChangedItems, trendSeries } from '../../src/lib/domain/dashboard/trends';
import { derive } from '../../src/lib/domain/report/layout/derive';
import { dimensionSections } from '../../src/lib/domain/report/layout/sections/dimensions';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import { maturitySectionKinds } from '../../src/lib/domain/instrument/types';
import { reportFixture, scoreGenerated } from '../support/report-fixture';

describe('trends across a version 1 and a version 2 cycle (issue 13.1)', () => {
	const v1 = scoreGenerated({ respondents: 60, seed: 3 });
	const v2 = scoreGenerated({ respondents: 60, seed: 4, instrument: touchstoneV2 });
	const series = trendSeries([
		{ cycleId: 'c1', cycleName: 'Spring (v1)', closesAt: new Date('2026-04-01'), scores: v1 },
		{ cycleId: 'c2', cycleName: 'Autumn (v2)', closesAt: new Date('2026-10-01'), scores: v2 }
	]);

	it('carries every dimension line across the versions (same dimension keys)', () => {
		for (const section of touchstoneV2.sections.filter((s) =>
			maturitySectionKinds.includes(s.kind)
		)) {
			const line = series.dimensions.find((d) => d.key === section.key);
			expect(line, section.key).toBeDefined();
			expect(
				line!.values.every((v) => v !== null),
				section.key
			).toBe(true);
		}
	});

	it('says, at the version 2 cycle, which dimensions are now scored from other questions', () => {
		const keysOf = (sections: typeof touchstoneV1.sections, key: string) =>
			sections
				.find((s) => s.key === key)!
				.items.map((i) => i.key)
				.sort()
				.join('|');
		const changed = touchstoneV2.sections
			.filter((s) => maturitySectionKinds.includes(s.kind))
			.filter((s) => keysOf(touchstoneV1.sections, s.key) !== keysOf(touchstoneV2.sections, s.key))
			.map((s) => s.title);
		expect(changed.length).toBeGreaterThan(0);
		expect(series.itemChanges).toHaveLength(1);
		expect(series.itemChanges[0]!.cycleName).toBe('Autumn (v2)');
		expect([...series.itemChanges[0]!.dimensions].sort()).toEqual([...changed].sort());
	});

	it('notes nothing between two cycles on the same version', () => {
		const again = trendSeries([
			{ cycleId: 'a', cycleName: 'A', closesAt: new Date('2026-01-01'), scores: v1 },
			{
				cycleId: 'b',
				cycleName: 'B',
				closesAt: new Date('2026-06-01'),
				scores: scoreGenerated({ respondents: 60, seed: 9 })
			}
		]);
		expect(again.itemChanges).toEqual([]);
	});
});

describe('compare and the PDF across versions (issue 13.1)', () => {
	const v1 = scoreGenerated({ respondents: 60, seed: 3 });
	const v2 = scoreGenerated({ respondents: 60, seed: 4, instrument: touchstoneV2 });

	it('names the dimensions whose questions changed, and none between cycles on one version', () => {
		const changed = dimensionsWithChangedItems(
			v1 as Extract<typeof v1, { status: 'scored' }>,
			v2 as Extract<typeof v2, { status: 'scored' }>
		);
		expect(changed).toContain('vision');
		expect(
			dimensionsWithChangedItems(
				v1 as Extract<typeof v1, { status: 'scored' }>,
				scoreGenerated({ respondents: 60, seed: 9 }) as Extract<typeof v1, { status: 'scored' }>
			)
		).toEqual([]);
	});

	it('says in the PDF’s dimension pages where a change compares different questions', () => {
		const input = {
			...reportFixture(),
			scores: v2,
			previous: { name: 'Spring (v1)', scores: v1 }
		};
		const d = derive(input);
		expect([...d.itemsChanged]).toContain('vision');
		const text = JSON.stringify(dimensionSections(input, d));
		expect(text).toContain('its questions changed between the versions');
	});
});
