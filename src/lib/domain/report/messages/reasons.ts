/**
 * Why a figure is withheld, in the report's language (issue 17). The scoring module gives its
 * reasons in English (the dashboard's words); the report recognises each of their shapes and
 * writes it with the catalogue's `reasons`, numbers kept. A reason of no known shape stays as given.
 */
import type { ReportInput } from '../types';
import type { ReportMessages } from './en';

/** Each reason's English shape; the captured numbers are {n} and {m} in the catalogue. */
export const reasonShapes = {
	responsesInCycle: /^fewer than (\d+) responses in the cycle$/,
	responses: /^fewer than (\d+) responses$/,
	groupComplementary:
		/^withheld so that a group with fewer than (\d+) responses cannot be worked out from the totals$/,
	peers: /^fewer than (\d+) peer organisations$/,
	comments: /^fewer than (\d+) comments$/,
	alphaComplete: /^fewer than (\d+) respondents answered every item \((\d+)\)$/,
	fewRespondents: /^not enough respondents \(fewer than (\d+)\)$/,
	yesNo: /^fewer than (\d+) respondents said yes, or said no$/,
	twoGroups:
		/^fewer than two stakeholder groups with figures shown \(each needs at least (\d+) people giving a level\)$/,
	fewPeopleDimension:
		/^fewer than (\d+) people gave an answer other than “don’t know” in this dimension$/,
	fewPeople: /^fewer than (\d+) people gave an answer other than “don’t know”$/,
	cellComplementary:
		/^withheld so that fewer than (\d+) people’s answers cannot be worked out from the totals$/,
	noPeerBenchmark: /^no peer benchmark for this cycle$/
} as const;

export type ReasonShape = keyof typeof reasonShapes;

/** One reason in the catalogue's language. */
export function reasonIn(t: ReportMessages, reason: string): string {
	for (const [shape, pattern] of Object.entries(reasonShapes) as Array<[ReasonShape, RegExp]>) {
		const match = pattern.exec(reason);
		if (match)
			return t.reasons[shape].replace('{n}', match[1] ?? '').replace('{m}', match[2] ?? '');
	}
	return reason;
}

/** A copy of the input with every `withheld` reason in the catalogue's language. */
export function withReasonsIn(input: ReportInput, t: ReportMessages): ReportInput {
	const walk = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(walk);
		if (value === null || typeof value !== 'object') return value;
		return Object.fromEntries(
			Object.entries(value).map(([key, v]) => [
				key,
				key === 'withheld' && typeof v === 'string' ? reasonIn(t, v) : walk(v)
			])
		);
	};
	return walk(input) as ReportInput;
}
