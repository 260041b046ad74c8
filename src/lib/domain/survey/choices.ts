import { integrationLevels, maturityLevels, type ItemKind } from '../instrument/types';
import { DONT_KNOW, NOT_MY_AREA, offersNotMyArea } from './answer';

export interface Choice {
	/** The form value: digits, or "dk". */
	value: string;
	label: string;
	/** What the level looks like for this item (maturity anchors). */
	detail?: string;
}

export const dontKnowChoice: Choice = { value: DONT_KNOW, label: 'Don’t know' };
/** Where both are offered, each says which it is: a gap in what is shared, or not my part of it. */
const dontKnowBeside: Choice = {
	value: DONT_KNOW,
	label: 'Don’t know',
	detail: 'I should know, but can’t say'
};
export const notMyAreaChoice: Choice = {
	value: NOT_MY_AREA,
	label: 'Not my area',
	detail: 'I can’t see this from where I am'
};

/**
 * The answer choices of an item, in the order shown; "don't know" (and, where the version offers
 * it, "not my area") last.
 */
export function choicesFor(
	item: { kind: ItemKind; anchors?: readonly string[] },
	options: { notMyArea?: boolean } = {}
): Choice[] {
	switch (item.kind) {
		case 'maturity': {
			const levels = maturityLevels.map((l, i) => ({
				value: String(l.level),
				label: `${l.level} · ${l.name}`,
				detail: item.anchors?.[i] ?? l.summary
			}));
			return options.notMyArea && offersNotMyArea(item.kind)
				? [...levels, dontKnowBeside, notMyAreaChoice]
				: [...levels, dontKnowChoice];
		}
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
