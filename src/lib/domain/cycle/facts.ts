/**
 * The organisation's facts for a cycle, answered once by a lead (issue 13.2): version 1 asked
 * every respondent these organisation-level questions — the reference questions, the stakeholder
 * map and the functional-integration grid — though most respondents cannot see the answer. From
 * version 2 on the lead answers them once per cycle; respondents who know rate the functions too.
 *
 * The questions are version 1's items, word for word, so the answers compare with the reference
 * study and with version 1 cycles (docs/scoring.md §4.3).
 */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { integrationReference, referenceQuestions } from '../benchmark/reference';
import { touchstoneV1 } from '../instrument/touchstone-v1';
import { integrationLevels } from '../instrument/types';
import type { IntegrationFunctionScore } from '../scoring/types';

export type FactKind = 'reference' | 'stakeholder_map' | 'integration';

export interface FactDefinition {
	key: string;
	kind: FactKind;
	text: string;
}

const sectionFacts = (sectionKey: string, kind: FactKind): FactDefinition[] =>
	(touchstoneV1.sections.find((s) => s.key === sectionKey)?.items ?? []).map((i) => ({
		key: i.key,
		kind,
		text: i.text
	}));

/** Every fact, in the order the form asks them. */
export const factDefinitions: readonly FactDefinition[] = [
	...sectionFacts('functional_integration', 'integration'),
	...sectionFacts('reference', 'reference'),
	...sectionFacts('stakeholder_map', 'stakeholder_map')
];

/** The fact key → its stored value (0/1, or 0–3 for a function); a fact not answered is absent. */
export type CycleFacts = Readonly<Record<string, number>>;

const maxValue: Record<FactKind, number> = { reference: 1, stakeholder_map: 1, integration: 3 };

/** The form's field for a fact. */
export const factField = (key: string) => `fact.${key}`;

const answerOn = (kind: FactKind) =>
	z
		.string()
		.trim()
		.optional()
		.refine((v) => v === undefined || v === '' || (/^\d$/.test(v) && Number(v) <= maxValue[kind]), {
			error: () => m.cycle_facts_choose_answer()
		})
		.transform((v) => (v === undefined || v === '' ? null : Number(v)));

/**
 * The facts form: one field per fact, '' (or no field) for "not answered", else a whole number on
 * the fact's scale. Parsed, it is the fact key → the value to store, or null to clear it.
 */
export const factsFormSchema = z
	.object(Object.fromEntries(factDefinitions.map((f) => [factField(f.key), answerOn(f.kind)])))
	.transform((fields) =>
		Object.fromEntries(
			factDefinitions.map((f) => [f.key, (fields[factField(f.key)] as number | null) ?? null])
		)
	);

const levelLabels = [
	m.cycle_integration_level_0,
	m.cycle_integration_level_1,
	m.cycle_integration_level_2,
	m.cycle_integration_level_3
];

/** The answer choices of a fact, as the form shows them, in the interface's language. */
export function factChoices(kind: FactKind): Array<{ value: string; label: string }> {
	if (kind === 'integration')
		return integrationLevels.map((l) => ({
			value: String(l.value),
			label: levelLabels[l.value]?.() ?? l.name
		}));
	return [
		{ value: '1', label: m.cycle_facts_yes() },
		{ value: '0', label: m.cycle_facts_no() }
	];
}

/** Stored rating of "integrated": the study's unit is an organisation that integrates a function. */
export const INTEGRATED = 3;

export interface IntegrationVerdict {
	key: string;
	text: string;
	/** The lead's rating for the organisation, 0–3; null when not given. */
	lead: number | null;
	/** The middle rating of the respondents who rated it (0–3); null when not shown. */
	respondentsMedian: number | null;
	/** Whether the organisation integrates the function; null when nobody says. */
	integrated: boolean | null;
	/** Where the verdict comes from: the lead's grid first, else the respondents' middle rating. */
	basis: 'lead' | 'respondents' | null;
	/** The lead says one thing and the respondents' middle rating the other. */
	disputed: boolean;
	/** Share of the study's organisations that integrate the function; null when it was not studied. */
	studyShare: number | null;
}

/** The median of a distribution on 0–3: the lowest value reached by half of the ratings. */
export function medianRating(
	distribution: IntegrationFunctionScore['distribution']
): number | null {
	const total = distribution.reduce((s, d) => s + d.count, 0);
	if (total === 0) return null;
	let seen = 0;
	for (const d of [...distribution].sort((a, b) => a.value - b.value)) {
		seen += d.count;
		if (seen * 2 >= total) return d.value;
	}
	return null;
}

const studyKey = (key: string) => key.split('.').pop() ?? key;

/**
 * Per function: integrated or not, for the organisation — the same unit as the study (docs/scoring.md
 * §4.3). The lead's grid decides; without it, the respondents' median rating does (shown only when
 * the anonymity threshold allowed the distribution). Then the count over the study's seven
 * functions, beside how many the study's average organisation integrates.
 */
export function integrationVerdicts(
	functions: readonly IntegrationFunctionScore[],
	facts: CycleFacts
): {
	functions: IntegrationVerdict[];
	study: { integrated: number; known: number; of: number; averageIntegrated: number };
} {
	const byKey = new Map(functions.map((f) => [f.key, f]));
	const keys = [
		...new Set([
			...factDefinitions.filter((f) => f.kind === 'integration').map((f) => f.key),
			...functions.map((f) => f.key)
		])
	];
	const verdicts = keys.map((key): IntegrationVerdict => {
		const scored = byKey.get(key);
		const lead = facts[key] ?? null;
		const respondentsMedian = scored ? medianRating(scored.distribution) : null;
		const fromLead = lead === null ? null : lead >= INTEGRATED;
		const fromRespondents = respondentsMedian === null ? null : respondentsMedian >= INTEGRATED;
		const share = integrationReference[studyKey(key)];
		return {
			key,
			text: scored?.text ?? factDefinitions.find((f) => f.key === key)?.text ?? studyKey(key),
			lead,
			respondentsMedian,
			integrated: fromLead ?? fromRespondents,
			basis: fromLead !== null ? 'lead' : fromRespondents !== null ? 'respondents' : null,
			disputed: fromLead !== null && fromRespondents !== null && fromLead !== fromRespondents,
			studyShare: share ?? null
		};
	});
	const studied = verdicts.filter((v) => v.studyShare !== null);
	return {
		functions: verdicts,
		study: {
			integrated: studied.filter((v) => v.integrated === true).length,
			known: studied.filter((v) => v.integrated !== null).length,
			of: Object.keys(integrationReference).length,
			averageIntegrated: Object.values(integrationReference).reduce((s, x) => s + x, 0)
		}
	};
}

/** The lead's answers to the reference questions beside the study's share of organisations. */
export function referenceFacts(facts: CycleFacts) {
	return factDefinitions
		.filter((f) => f.kind === 'reference')
		.map((f) => ({
			key: f.key,
			text: f.text,
			answer: facts[f.key] === undefined ? null : facts[f.key] === 1,
			studyShare: referenceQuestions[f.key]?.share ?? null,
			studyWording: referenceQuestions[f.key]?.wording ?? null
		}));
}

/** The relationships the lead says the CRM vision covers, and those it does not. */
export function stakeholderMapFacts(facts: CycleFacts) {
	return factDefinitions
		.filter((f) => f.kind === 'stakeholder_map')
		.map((f) => ({
			key: f.key,
			text: f.text,
			covered: facts[f.key] === undefined ? null : facts[f.key] === 1
		}));
}
