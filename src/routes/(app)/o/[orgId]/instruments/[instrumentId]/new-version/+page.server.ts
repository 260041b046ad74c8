import { redirect } from '@sveltejs/kit';
import { invalid, typedValues, unstorableFields } from '$lib/forms';
import { requireLead, notFound } from '$lib/server/auth/guard';
import * as instruments from '$lib/server/instruments';
import { isId } from '$lib/server/organisations';
import { editsFromForm } from '$lib/domain/instrument/versioning';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireLead(event);
	const instrument = isId(event.params.instrumentId)
		? await instruments.get(organisation.id, event.params.instrumentId)
		: null;
	if (!instrument) notFound();
	return { instrument };
};

export const actions = {
	default: async (event) => {
		const { organisation, user } = await requireLead(event);
		if (!isId(event.params.instrumentId)) notFound();
		const formData = await event.request.formData();
		const unstorable = unstorableFields(formData.entries());
		if (Object.keys(unstorable).length > 0) return invalid(400, typedValues(formData), unstorable);
		const result = await instruments.createVersion(
			organisation.id,
			user.id,
			event.params.instrumentId,
			editsFromForm(formData)
		);
		if (!result) notFound();
		if (!result.ok) {
			const values: Record<string, string> = {};
			for (const [k, v] of formData.entries()) if (typeof v === 'string') values[k] = v;
			return invalid(400, values, result.errors);
		}
		redirect(303, `/o/${organisation.id}/instruments/${result.instrumentId}`);
	}
} satisfies Actions;
