import { redirect } from '@sveltejs/kit';
import { invalid, typedValues, unstorableFields } from '$lib/forms';
import { requireLead, notFound } from '$lib/server/auth/guard';
import * as translations from '$lib/server/instruments/translations';
import { isId } from '$lib/server/organisations';
import { MAX_XLIFF_BYTES } from '$lib/domain/instrument/xliff';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Texts typed on the page at once: the rest is for a file. */
const EDITABLE = 30;
const MAX_TEXT = 2000;

async function context(event: RequestEvent) {
	const { organisation, user } = await requireLead(event);
	const { instrumentId, language } = event.params;
	if (!isId(instrumentId) || !translations.isTargetLanguage(language)) notFound();
	return { organisation, user, instrumentId, language };
}

/** SvelteKit refuses a body over BODY_SIZE_LIMIT (413) when the action reads it. */
const isTooLarge = (e: unknown) => (e as { status?: unknown } | null)?.status === 413;
const tooLarge = () => m.org_translation_error_too_large();

export const load: PageServerLoad = async (event) => {
	const { organisation, instrumentId, language } = await context(event);
	const state = await translations.state(organisation.id, instrumentId, language);
	if (!state) notFound();
	const { instrument, ...rest } = state;
	return {
		translation: {
			...rest,
			instrument: {
				id: instrument.id,
				name: instrument.name,
				version: instrument.version,
				builtIn: instrument.organisationId === null
			},
			editable: [...state.stale, ...state.missing.map((u) => ({ ...u, target: '' }))].slice(
				0,
				EDITABLE
			)
		}
	};
};

export const actions = {
	import: async (event) => {
		const { organisation, user, instrumentId, language } = await context(event);
		let formData: FormData;
		try {
			formData = await event.request.formData();
		} catch (e) {
			if (isTooLarge(e)) return invalid(413, {}, { file: tooLarge() });
			throw e;
		}
		const file = formData.get('file');
		if (!(file instanceof File) || file.size === 0)
			return invalid(400, {}, { file: m.org_translation_error_choose_file() });
		if (file.size > MAX_XLIFF_BYTES) return invalid(400, {}, { file: tooLarge() });
		const text = await file.text();
		if (text.includes('\u0000')) return invalid(400, {}, { file: m.org_translation_error_nul() });
		const result = await translations.importXliff(
			organisation.id,
			user.id,
			instrumentId,
			language,
			text
		);
		if (!result) notFound();
		if (!result.ok) return invalid(400, {}, { file: result.error });
		return { imported: { taken: result.taken, stale: result.stale, unknown: result.unknown } };
	},
	edit: async (event) => {
		const { organisation, user, instrumentId, language } = await context(event);
		const formData = await event.request.formData();
		const unstorable = unstorableFields(formData.entries());
		if (Object.keys(unstorable).length > 0) return invalid(400, typedValues(formData), unstorable);
		const edits: Record<string, string> = {};
		const errors: Record<string, string> = {};
		for (const [name, value] of formData.entries()) {
			if (!name.startsWith('unit.') || typeof value !== 'string') continue;
			if (value.length > MAX_TEXT)
				errors[name] = m.org_translation_error_text_long({ max: MAX_TEXT });
			else if (Object.keys(edits).length < 1000) edits[name.slice('unit.'.length)] = value;
		}
		if (Object.keys(errors).length > 0) return invalid(400, typedValues(formData), errors);
		if (!(await translations.saveEdits(organisation.id, user.id, instrumentId, language, edits)))
			notFound();
		return { saved: true };
	},
	publish: async (event) => {
		const { organisation, user, instrumentId, language } = await context(event);
		const result = await translations.publish(organisation.id, user.id, instrumentId, language);
		if (!result) notFound();
		if (!result.ok) return invalid(409, {}, { publish: result.error });
		redirect(
			303,
			`/o/${organisation.id}/instruments/${result.instrumentId}?published=${language}${result.newVersion ? '&as=new' : ''}`
		);
	}
} satisfies Actions;
