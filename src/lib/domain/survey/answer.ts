import type { ItemKind } from '../instrument/types';

// Zod-free on purpose: the respondent's pages import these, and zod alone would be ~24 KB gzip.

export const COMMENT_MAX = 2000;

/**
 * The stored value range of each item kind; "don't know" is value null with dontKnow, "not my
 * area" value null with notMyArea (maturity items only).
 */
export const valueRanges: Record<ItemKind, { min: number; max: number }> = {
	maturity: { min: 1, max: 5 },
	integration: { min: 0, max: 3 },
	yes_no: { min: 0, max: 1 },
	stakeholder_map: { min: 0, max: 1 }
};

export interface AnswerValue {
	value: number | null;
	dontKnow: boolean;
	/** "Not my area": the respondent does not see this part of the organisation. */
	notMyArea: boolean;
}

/** "Not my area" is offered on maturity items only: a function's involvement is either known or not. */
export const offersNotMyArea = (kind: ItemKind): boolean => kind === 'maturity';

export function isValidValue(
	kind: ItemKind,
	answer: Omit<AnswerValue, 'notMyArea'> & { notMyArea?: boolean }
): boolean {
	if (answer.dontKnow && answer.notMyArea) return false;
	if (answer.notMyArea) return answer.value === null && offersNotMyArea(kind);
	if (answer.dontKnow) return answer.value === null;
	if (answer.value === null) return true;
	const range = valueRanges[kind];
	return Number.isInteger(answer.value) && answer.value >= range.min && answer.value <= range.max;
}

/** How a choice travels in a form field: the value as digits, "dk" or "na". */
export const DONT_KNOW = 'dk';
export const NOT_MY_AREA = 'na';

export function choiceOf(answer: AnswerValue | undefined): string {
	if (!answer) return '';
	if (answer.dontKnow) return DONT_KNOW;
	if (answer.notMyArea) return NOT_MY_AREA;
	return answer.value === null ? '' : String(answer.value);
}

/** The reverse of choiceOf; null for something that is not a choice at all. */
export function answerFromChoice(choice: string): AnswerValue | null {
	if (choice === DONT_KNOW) return { value: null, dontKnow: true, notMyArea: false };
	if (choice === NOT_MY_AREA) return { value: null, dontKnow: false, notMyArea: true };
	if (choice === '') return { value: null, dontKnow: false, notMyArea: false };
	if (!/^[0-5]$/.test(choice)) return null;
	return { value: Number(choice), dontKnow: false, notMyArea: false };
}

export const itemField = (itemId: string) => `item.${itemId}`;
