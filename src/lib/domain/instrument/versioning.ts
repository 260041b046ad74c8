import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { InstrumentDefinition, ItemDefinition, LevelAnchors } from './types';

const text = z
	.string()
	.trim()
	.min(3, { error: () => m.org_version_error_text_short() })
	.max(300, { error: () => m.org_version_error_text_long() });
const anchor = z
	.string()
	.trim()
	.min(2, { error: () => m.org_version_error_anchor_short() })
	.max(200, { error: () => m.org_version_error_anchor_long() });

export const MAX_ITEMS_PER_SECTION = 10;

export interface ItemEdit {
	key: string;
	text: string;
	anchors?: string[];
	remove: boolean;
}

export interface NewItem {
	sectionKey: string;
	text: string;
	anchors: string[];
}

export interface InstrumentEdits {
	items: ItemEdit[];
	added: NewItem[];
}

/** Reads the editor's fields: item.<key>.text, item.<key>.anchor.<1-5>, item.<key>.remove, new.<section>.text … */
export function editsFromForm(formData: FormData): InstrumentEdits {
	const items = new Map<string, ItemEdit>();
	const added = new Map<string, NewItem>();
	for (const [name, raw] of formData.entries()) {
		if (typeof raw !== 'string') continue;
		const itemMatch = /^item\.(.+)\.(text|remove|anchor\.([1-5]))$/.exec(name);
		if (itemMatch) {
			const key = itemMatch[1]!;
			const edit = items.get(key) ?? { key, text: '', remove: false };
			if (itemMatch[2] === 'text') edit.text = raw;
			else if (itemMatch[2] === 'remove') edit.remove = raw === 'yes';
			else (edit.anchors ??= ['', '', '', '', ''])[Number(itemMatch[3]) - 1] = raw;
			items.set(key, edit);
			continue;
		}
		const newMatch = /^new\.(.+)\.(text|anchor\.([1-5]))$/.exec(name);
		if (newMatch) {
			const sectionKey = newMatch[1]!;
			const item = added.get(sectionKey) ?? { sectionKey, text: '', anchors: ['', '', '', '', ''] };
			if (newMatch[2] === 'text') item.text = raw;
			else item.anchors[Number(newMatch[3]) - 1] = raw;
			added.set(sectionKey, item);
		}
	}
	return {
		items: [...items.values()],
		added: [...added.values()].filter(
			(a) => a.text.trim() !== '' || a.anchors.some((x) => x.trim() !== '')
		)
	};
}

export type DeriveResult =
	{ ok: true; definition: InstrumentDefinition } | { ok: false; errors: Record<string, string> };

/**
 * A new version from an old one and the lead's edits: wording changed, items removed or added.
 * Keys of kept items stay, so results remain comparable across versions.
 */
export function deriveVersion(
	base: InstrumentDefinition,
	edits: InstrumentEdits,
	version: number
): DeriveResult {
	const errors: Record<string, string> = {};
	const editByKey = new Map(edits.items.map((e) => [e.key, e]));
	const sections = base.sections.map((section) => {
		const items: ItemDefinition[] = [];
		for (const item of section.items) {
			const edit = editByKey.get(item.key);
			if (edit?.remove) continue;
			const next: ItemDefinition = { ...item };
			if (edit) {
				const t = text.safeParse(edit.text);
				if (!t.success) errors[`item.${item.key}.text`] = t.error.issues[0]!.message;
				else next.text = t.data;
				if (item.anchors && edit.anchors) {
					const anchors = edit.anchors.map((a, i) => {
						const parsed = anchor.safeParse(a);
						if (!parsed.success)
							errors[`item.${item.key}.anchor.${i + 1}`] = parsed.error.issues[0]!.message;
						return parsed.success ? parsed.data : a;
					});
					next.anchors = anchors as unknown as LevelAnchors;
				}
			}
			items.push(next);
		}
		for (const addition of edits.added.filter((a) => a.sectionKey === section.key)) {
			const prefix = `new.${section.key}`;
			const t = text.safeParse(addition.text);
			if (!t.success) errors[`${prefix}.text`] = t.error.issues[0]!.message;
			const isMaturity = section.kind === 'building_block' || section.kind === 'governance';
			const anchors = addition.anchors.map((a, i) => {
				const parsed = anchor.safeParse(a);
				if (isMaturity && !parsed.success)
					errors[`${prefix}.anchor.${i + 1}`] = parsed.error.issues[0]!.message;
				return parsed.success ? parsed.data : a;
			});
			let n = 1;
			while ([...section.items, ...items].some((i) => i.key === `${section.key}.custom_${n}`))
				n += 1;
			const kind = section.items[0]?.kind ?? 'maturity';
			items.push({
				key: `${section.key}.custom_${n}`,
				kind,
				text: t.success ? t.data : addition.text,
				...(kind === 'maturity' ? { anchors: anchors as unknown as LevelAnchors } : {})
			});
		}
		if (items.length === 0)
			errors[`section.${section.key}`] = m.org_version_error_section_empty({
				section: section.title
			});
		if (items.length > MAX_ITEMS_PER_SECTION)
			errors[`section.${section.key}`] = m.org_version_error_section_full({
				section: section.title,
				max: MAX_ITEMS_PER_SECTION
			});
		return { ...section, items };
	});
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	// A derived version keeps its base's routing and answers: the same groups are asked the same
	// sections, with the same choices.
	return {
		ok: true,
		definition: {
			name: base.name,
			version,
			sections,
			...(base.routing ? { routing: base.routing } : {}),
			...(base.offersNotMyArea ? { offersNotMyArea: true } : {})
		}
	};
}
