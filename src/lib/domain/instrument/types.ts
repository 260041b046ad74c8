/**
 * The questionnaire as data. An instrument version is a list of sections; the fourteen
 * maturity dimensions (eight building blocks, six governance areas) are sections whose
 * items are answered on the five-level maturity scale. Item and section keys are stable
 * across versions so that cycles on compatible versions can be compared.
 */
import type { InstrumentTranslation } from './languages';

export const sectionKinds = [
	'building_block',
	'governance',
	'integration',
	'reference',
	'stakeholder_map'
] as const;
export type SectionKind = (typeof sectionKinds)[number];

export const itemKinds = ['maturity', 'integration', 'yes_no', 'stakeholder_map'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Sections whose score is a maturity dimension (1–5). */
export const maturitySectionKinds: readonly SectionKind[] = ['building_block', 'governance'];

export const maturityLevels = [
	{ level: 1, name: 'Initial', summary: 'ad hoc' },
	{ level: 2, name: 'Developing', summary: 'repeatable in pockets' },
	{ level: 3, name: 'Defined', summary: 'documented, organisation-wide' },
	{ level: 4, name: 'Managed', summary: 'measured and steered' },
	{ level: 5, name: 'Optimising', summary: 'improved continuously' }
] as const;

/** Functional-integration ratings, stored as 0–3. */
export const integrationLevels = [
	{ value: 0, name: 'Not involved' },
	{ value: 1, name: 'Informed' },
	{ value: 2, name: 'Consulted' },
	{ value: 3, name: 'Integrated' }
] as const;

export type LevelAnchors = readonly [string, string, string, string, string];

export interface ItemDefinition {
	key: string;
	kind: ItemKind;
	text: string;
	/** What levels 1–5 look like for this item; maturity items only. */
	anchors?: LevelAnchors;
}

export interface SectionDefinition {
	key: string;
	kind: SectionKind;
	title: string;
	/** One or two sentences shown above the section's items. */
	description: string;
	items: ItemDefinition[];
}

export interface InstrumentDefinition {
	name: string;
	version: number;
	/** Written in English (the source language); `translations` give the same texts in others. */
	sections: SectionDefinition[];
	/** Complete translations by language (languages.ts); absent: English only. */
	translations?: Readonly<Record<string, InstrumentTranslation>>;
	/**
	 * Which stakeholder groups are asked which sections (routing.ts); sections not listed are
	 * asked of everyone. Absent: everyone answers everything (version 1).
	 */
	routing?: Readonly<Record<string, readonly StakeholderGroupKey[]>>;
	/**
	 * Maturity items offer "not my area" beside "don't know": the respondent does not see this part
	 * of the organisation (version 2 on). Excluded from scores and counted apart (scoring.md §3).
	 */
	offersNotMyArea?: boolean;
}

export const stakeholderGroups = [
	{ key: 'executives', name: 'Executives' },
	{ key: 'marketing', name: 'Marketing' },
	{ key: 'sales', name: 'Sales' },
	{ key: 'service', name: 'Customer service' },
	{ key: 'it', name: 'IT' },
	{ key: 'finance', name: 'Finance' },
	{ key: 'front_line', name: 'Front line' },
	{ key: 'partners', name: 'Partners' }
] as const;
export type StakeholderGroupKey = (typeof stakeholderGroups)[number]['key'];
export const stakeholderGroupKeys = stakeholderGroups.map((g) => g.key) as [
	StakeholderGroupKey,
	...StakeholderGroupKey[]
];

/** A stakeholder group's display name; unknown keys show as they are. */
export const groupName = (key: string): string =>
	stakeholderGroups.find((g) => g.key === key)?.name ?? key;
