import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/forms';
import { organisationSchema } from '$lib/domain/organisation/schema';
import { requireUser } from '$lib/server/auth/guard';
import { timeZones } from '$lib/domain/time-zone';
import * as organisations from '$lib/server/organisations';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { zones: timeZones(), verified: user.emailVerified, email: user.email };
};

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const form = parseForm(organisationSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		// An account creates organisations once its address is confirmed (docs/threat-model.md).
		if (!user.emailVerified)
			return invalid(403, form.values, { form: m.common_new_organisation_refused() });
		const created = await organisations.create(user.id, form.data);
		redirect(303, `/o/${created.id}`);
	}
} satisfies Actions;
