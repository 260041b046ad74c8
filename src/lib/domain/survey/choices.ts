import { integrationLevels, maturityLevels, type ItemKind } from '../instrument/types';
import { DONT_KNOW } from './answer';

export interface Choice {
	/** The form value: digits, or "dk". */
	value: string;
	label: string;
	/** What the level looks like for this item (maturity anchors). */
	detail?: string;
}

export const dontKnowChoice: Choice = { value: DONT_KNOW, label: 'Don’t know' };

/** The answer choices of an item, in the order shown; "don't know" always last. */
export function choicesFor(item: { kind: ItemKind; anchors?: readonly string[] }): Choice[] {
	switch (item.kind) {
		case 'maturity':
			return [
				...maturityLevels.map((l, i) => ({
					value: String(l.level),
					label: `${l.level} · ${l.name}`,
					detail: item.anchors?.[i] ?? l.summary
				})),
				dontKnowChoice
			];
		case 'integration':
			return [
				...integrationLevels.map((l) => ({ value: String(l.value), label: l.name })),
				dontKnowChoice
			];
		case 'yes_no':
		case 'stakeholder_map':
			return [{ value: '1', label: 'Yes' }, { value: '0', label: 'No' }, dontKnowChoice];
	}
}
