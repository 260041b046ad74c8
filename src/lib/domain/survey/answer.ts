import type { ItemKind } from '../instrument/types';

// Zod-free on purpose: the respondent's pages import these, and zod alone would be ~24 KB gzip.

export const COMMENT_MAX = 2000;

/** The stored value range of each item kind; "don't know" is value null with dontKnow. */
export const valueRanges: Record<ItemKind, { min: number; max: number }> = {
	maturity: { min: 1, max: 5 },
	integration: { min: 0, max: 3 },
	yes_no: { min: 0, max: 1 },
	stakeholder_map: { min: 0, max: 1 }
};

export interface AnswerValue {
	value: number | null;
	dontKnow: boolean;
}

export function isValidValue(kind: ItemKind, answer: AnswerValue): boolean {
	if (answer.dontKnow) return answer.value === null;
	if (answer.value === null) return true;
	const range = valueRanges[kind];
	return Number.isInteger(answer.value) && answer.value >= range.min && answer.value <= range.max;
}

/** How a choice travels in a form field: the value as digits, or "dk". */
export const DONT_KNOW = 'dk';

export function choiceOf(answer: AnswerValue | undefined): string {
	if (!answer) return '';
	if (answer.dontKnow) return DONT_KNOW;
	return answer.value === null ? '' : String(answer.value);
}

/** The reverse of choiceOf; null for something that is not a choice at all. */
export function answerFromChoice(choice: string): AnswerValue | null {
	if (choice === DONT_KNOW) return { value: null, dontKnow: true };
	if (choice === '') return { value: null, dontKnow: false };
	if (!/^[0-5]$/.test(choice)) return null;
	return { value: Number(choice), dontKnow: false };
}

export const itemField = (itemId: string) => `item.${itemId}`;
