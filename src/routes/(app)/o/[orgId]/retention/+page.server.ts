import { invalid, parseForm } from '$lib/forms';
import { retentionSchema } from '$lib/domain/organisation/retention';
import { requireLead } from '$lib/server/auth/guard';
import * as organisations from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

/** How long invitees and raw answers are kept after a cycle closes (issue 14.6), for leads. */
export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireLead(event);
	return { retention: await organisations.retentionOf(organisation.id) };
};

export const actions = {
	save: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(retentionSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await organisations.setRetention(organisation.id, form.data, user.id);
		return { saved: true };
	}
} satisfies Actions;
