import { describe, it, expect } from 'vitest';
import { deriveVersion, editsFromForm } from '../../src/lib/domain/instrument/versioning';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';

function form(fields: Record<string, string>): FormData {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.append(k, v);
	return f;
}

describe('deriving a new questionnaire version', () => {
	const firstVision = touchstoneV1.sections[0]!.items[0]!;

	it('changes wording, removes and adds items, keeping the other keys', () => {
		const removed = touchstoneV1.sections[0]!.items[1]!.key;
		const edits = editsFromForm(
			form({
				[`item.${firstVision.key}.text`]: 'Our CRM vision is written down and known by everyone.',
				[`item.${removed}.text`]: touchstoneV1.sections[0]!.items[1]!.text,
				[`item.${removed}.remove`]: 'yes',
				'new.vision.text': 'Partners can explain our CRM vision.',
				'new.vision.anchor.1': 'Nobody outside knows it',
				'new.vision.anchor.2': 'A few partners heard of it',
				'new.vision.anchor.3': 'Shared with all partners',
				'new.vision.anchor.4': 'Partners checked yearly',
				'new.vision.anchor.5': 'Partners shape it with us'
			})
		);
		const result = deriveVersion(touchstoneV1, edits, 2);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const vision = result.definition.sections[0]!;
		expect(result.definition.version).toBe(2);
		expect(vision.items[0]!.text).toBe('Our CRM vision is written down and known by everyone.');
		expect(vision.items[0]!.key).toBe(firstVision.key);
		expect(vision.items.map((i) => i.key)).not.toContain(removed);
		expect(vision.items.at(-1)).toMatchObject({
			key: 'vision.custom_1',
			kind: 'maturity',
			text: 'Partners can explain our CRM vision.'
		});
		expect(vision.items.at(-1)!.anchors).toHaveLength(5);
		expect(touchstoneV1.sections[0]!.items).toHaveLength(5); // the base is untouched
	});

	it('reports every problem against its field', () => {
		const edits = editsFromForm(
			form({
				[`item.${firstVision.key}.text`]: ' ',
				'new.vision.text': 'A new item without anchors'
			})
		);
		const result = deriveVersion(touchstoneV1, edits, 2);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[`item.${firstVision.key}.text`]).toBe('Write at least 3 characters.');
		expect(result.errors['new.vision.anchor.1']).toBe('Describe this level.');
	});

	it('refuses to leave a dimension without items', () => {
		const fields: Record<string, string> = {};
		for (const item of touchstoneV1.sections[0]!.items) fields[`item.${item.key}.remove`] = 'yes';
		const result = deriveVersion(touchstoneV1, editsFromForm(form(fields)), 2);
		expect(result).toEqual({
			ok: false,
			errors: { 'section.vision': '“Vision” needs at least one item.' }
		});
	});
});
