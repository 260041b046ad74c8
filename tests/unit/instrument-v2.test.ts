import { describe, it, expect } from 'vitest';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import { sectionsAsked } from '../../src/lib/domain/instrument/routing';
import {
	maturitySectionKinds,
	stakeholderGroups,
	type SectionDefinition
} from '../../src/lib/domain/instrument/types';
import { estimateMinutes } from '../../src/lib/domain/survey/progress';

const MAX_MINUTES = 12;
const MAX_ITEMS = 40;

const v2 = touchstoneV2;
const isDimension = (s: SectionDefinition) => maturitySectionKinds.includes(s.kind);
const dimensions = v2.sections.filter(isDimension);
const maturityItems = v2.sections.flatMap((s) => s.items).filter((i) => i.kind === 'maturity');
const asked = (group: string) => sectionsAsked(v2.sections, group, v2.routing);
const groupsAsked = (sectionKey: string) =>
	stakeholderGroups.filter((g) => asked(g.key).some((s) => s.key === sectionKey)).map((g) => g.key);
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('Touchstone CRM Maturity v2', () => {
	it('is version 2 of the same questionnaire', () => {
		expect(v2.name).toBe(touchstoneV1.name);
		expect(v2.version).toBe(2);
	});

	it('has the fourteen dimensions and the integration section of v1, with the same keys and kinds', () => {
		const shape = (sections: readonly SectionDefinition[]) =>
			sections
				.filter((s) => isDimension(s) || s.kind === 'integration')
				.map((s) => `${s.key}:${s.kind}`);
		expect(shape(v2.sections)).toEqual(shape(touchstoneV1.sections));
		expect(dimensions).toHaveLength(14);
	});

	it('leaves the organisation facts (reference, stakeholder map) to the lead’s form', () => {
		expect(v2.sections.map((s) => s.kind)).not.toContain('reference');
		expect(v2.sections.map((s) => s.kind)).not.toContain('stakeholder_map');
	});

	describe.each(stakeholderGroups.map((g) => [g.name, g.key] as const))(
		'for %s',
		(_name, group) => {
			it(`asks at most ${MAX_ITEMS} questions`, () => {
				const items = asked(group).reduce((n, s) => n + s.items.length, 0);
				expect(items).toBeGreaterThan(0);
				expect(items).toBeLessThanOrEqual(MAX_ITEMS);
			});

			it(`takes at most ${MAX_MINUTES} minutes by the estimate respondents are shown`, () => {
				expect(estimateMinutes(asked(group))).toBeLessThanOrEqual(MAX_MINUTES);
			});
		}
	);

	it('asks every dimension of at least two groups', () => {
		for (const s of v2.sections) {
			expect(groupsAsked(s.key).length, s.key).toBeGreaterThanOrEqual(2);
		}
	});

	it('routes only sections that exist, to groups that exist', () => {
		const sectionKeys = v2.sections.map((s) => s.key);
		const groupKeys: string[] = stakeholderGroups.map((g) => g.key);
		for (const [section, groups] of Object.entries(v2.routing ?? {})) {
			expect(sectionKeys).toContain(section);
			expect(groups.length).toBeGreaterThanOrEqual(2);
			for (const g of groups) expect(groupKeys).toContain(g);
		}
	});

	it('gives each dimension two to four items', () => {
		for (const s of dimensions) {
			expect(s.items.length, s.key).toBeGreaterThanOrEqual(2);
			expect(s.items.length, s.key).toBeLessThanOrEqual(4);
		}
	});

	it('describes all five levels of every maturity item', () => {
		for (const item of maturityItems) {
			expect(item.anchors, item.key).toHaveLength(5);
			for (const anchor of item.anchors!) expect(anchor.trim(), item.key).not.toBe('');
		}
	});

	it('never makes level 5 "reviewed each cycle", which running Touchstone would earn', () => {
		for (const item of maturityItems) {
			expect(item.anchors![4], item.key).not.toMatch(/review(ed)? (each|every) cycle/i);
		}
	});

	it('keeps stems and level descriptions short', () => {
		for (const item of maturityItems) {
			expect(words(item.text), item.key).toBeLessThanOrEqual(16);
			for (const anchor of item.anchors!) expect(words(anchor), anchor).toBeLessThanOrEqual(12);
		}
	});

	it('does not say "we" or "our" to partners', () => {
		for (const s of asked('partners')) {
			const texts = [s.description, ...s.items.flatMap((i) => [i.text, ...(i.anchors ?? [])])];
			for (const text of texts) expect(text, s.key).not.toMatch(/\b(we|our|us)\b/i);
		}
	});

	it('has unique item keys, each under its section', () => {
		const keys = v2.sections.flatMap((s) => s.items.map((i) => i.key));
		expect(new Set(keys).size).toBe(keys.length);
		for (const s of v2.sections) {
			for (const i of s.items) expect(i.key.startsWith(`${s.key}.`), i.key).toBe(true);
		}
	});

	it('keeps a v1 key only for an item of the same dimension and kind', () => {
		const v1 = new Map(
			touchstoneV1.sections.flatMap((s) =>
				s.items.map((i) => [i.key, { section: s.key, kind: i.kind }])
			)
		);
		let kept = 0;
		for (const s of v2.sections) {
			for (const i of s.items) {
				const before = v1.get(i.key);
				if (!before) continue;
				kept++;
				expect(before, i.key).toEqual({ section: s.key, kind: i.kind });
			}
		}
		expect(kept).toBeGreaterThan(0);
	});
});
