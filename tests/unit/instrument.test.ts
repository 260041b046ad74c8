import { describe, it, expect } from 'vitest';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import {
	itemKinds,
	sectionKinds,
	type ItemDefinition,
	type SectionDefinition
} from '../../src/lib/domain/instrument/types';

const buildingBlockKeys = [
	'vision',
	'strategy',
	'customer_experience',
	'collaboration',
	'processes',
	'information',
	'technology',
	'metrics'
];
const governanceKeys = [
	'management_team',
	'crm_department',
	'technology_infrastructure',
	'contact_channels',
	'relationship_processes',
	'knowledge_management'
];
const functionKeys = [
	'finance',
	'sales',
	'marketing',
	'customer_service',
	'it',
	'rnd',
	'operations',
	'purchasing',
	'hr'
];
const stakeholderKeys = [
	'customers',
	'employees',
	'management',
	'vendors',
	'shareholders',
	'board',
	'regulators',
	'interest_groups'
];

const sections = touchstoneV1.sections;
const allItems: ItemDefinition[] = sections.flatMap((s) => s.items);
const maturitySections = sections.filter(
	(s) => s.kind === 'building_block' || s.kind === 'governance'
);
const maturityItems = allItems.filter((i) => i.kind === 'maturity');

function section(key: string): SectionDefinition {
	const found = sections.find((s) => s.key === key);
	if (!found) throw new Error(`section ${key} missing`);
	return found;
}

function allStrings(): string[] {
	const out: string[] = [touchstoneV1.name];
	for (const s of sections) {
		out.push(s.title, s.description);
		for (const i of s.items) out.push(i.text, ...(i.anchors ?? []));
	}
	return out;
}

describe('touchstone v1 instrument', () => {
	it('has the expected name and version', () => {
		expect(touchstoneV1.name).toBe('Touchstone CRM Maturity');
		expect(touchstoneV1.version).toBe(1);
	});

	it('lists the sections in the agreed order', () => {
		expect(sections.map((s) => s.key)).toEqual([
			...buildingBlockKeys,
			...governanceKeys,
			'functional_integration',
			'reference',
			'stakeholder_map'
		]);
	});

	it('has exactly the eight building blocks and six governance areas', () => {
		expect(sections.filter((s) => s.kind === 'building_block').map((s) => s.key)).toEqual(
			buildingBlockKeys
		);
		expect(sections.filter((s) => s.kind === 'governance').map((s) => s.key)).toEqual(
			governanceKeys
		);
	});

	it('uses only known section and item kinds, with unique section keys', () => {
		for (const s of sections) expect(sectionKinds).toContain(s.kind);
		for (const i of allItems) expect(itemKinds).toContain(i.kind);
		expect(new Set(sections.map((s) => s.key)).size).toBe(sections.length);
	});

	it('gives every section a title and a short description', () => {
		for (const s of sections) {
			expect(s.title.trim().length, s.key).toBeGreaterThan(0);
			expect(s.description.trim().length, s.key).toBeGreaterThan(0);
			expect(s.description.length, s.key).toBeLessThanOrEqual(250);
		}
	});

	it('gives each maturity dimension 3–5 maturity items and nothing else', () => {
		for (const s of maturitySections) {
			expect(s.items.length, s.key).toBeGreaterThanOrEqual(3);
			expect(s.items.length, s.key).toBeLessThanOrEqual(5);
			for (const i of s.items) expect(i.kind, i.key).toBe('maturity');
		}
		expect(maturityItems.length).toBeGreaterThanOrEqual(60);
		expect(maturityItems.length).toBeLessThanOrEqual(70);
	});

	it('puts maturity items only in maturity dimensions', () => {
		const outside = sections
			.filter((s) => !maturitySections.includes(s))
			.flatMap((s) => s.items)
			.filter((i) => i.kind === 'maturity');
		expect(outside).toEqual([]);
	});

	it('gives every maturity item exactly five distinct, non-empty anchors of at most 140 characters', () => {
		for (const i of maturityItems) {
			expect(i.text.trim().length, i.key).toBeGreaterThan(0);
			expect(i.anchors, i.key).toBeDefined();
			const anchors = i.anchors ?? [];
			expect(anchors, i.key).toHaveLength(5);
			for (const a of anchors) {
				expect(a.trim().length, i.key).toBeGreaterThan(0);
				expect(a.length, `${i.key}: ${a}`).toBeLessThanOrEqual(140);
			}
			expect(new Set(anchors).size, i.key).toBe(5);
		}
	});

	it('gives anchors only to maturity items', () => {
		for (const i of allItems.filter((x) => x.kind !== 'maturity')) {
			expect(i.anchors, i.key).toBeUndefined();
		}
	});

	it('has unique item keys, each prefixed by its section key', () => {
		const keys = allItems.map((i) => i.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const s of sections) {
			for (const i of s.items) {
				expect(i.key.startsWith(`${s.key}.`), i.key).toBe(true);
				expect(i.key, i.key).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
			}
		}
	});

	it('has the nine functions in the integration section', () => {
		const s = section('functional_integration');
		expect(s.kind).toBe('integration');
		expect(s.title).toBe('Functional integration');
		expect(s.items.map((i) => i.key)).toEqual(
			functionKeys.map((f) => `functional_integration.${f}`)
		);
		for (const i of s.items) expect(i.kind).toBe('integration');
	});

	it('has the three yes/no reference facts', () => {
		const s = section('reference');
		expect(s.kind).toBe('reference');
		expect(s.title).toBe('A few facts');
		expect(s.items.map((i) => i.key)).toEqual([
			'reference.frontline_data',
			'reference.hiring_crm_skills',
			'reference.best_customers'
		]);
		for (const i of s.items) expect(i.kind).toBe('yes_no');
	});

	it('has the eight stakeholders in the stakeholder map', () => {
		const s = section('stakeholder_map');
		expect(s.kind).toBe('stakeholder_map');
		expect(s.description).toBe('Which relationships does the CRM vision cover?');
		expect(s.items.map((i) => i.key)).toEqual(stakeholderKeys.map((k) => `stakeholder_map.${k}`));
		for (const i of s.items) expect(i.kind).toBe('stakeholder_map');
	});

	it('contains no HTML and uses British spelling', () => {
		for (const text of allStrings()) {
			expect(text, text).not.toMatch(/<[a-z/!]/i);
			expect(text, text).not.toMatch(/&[a-z]+;/i);
			expect(text, text).not.toMatch(
				/\b(organiz|prioritiz|optimiz|personaliz|analyz|behavior|center\b|program\b|color)/i
			);
		}
	});
});
