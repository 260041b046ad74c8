import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { notFound } from '$lib/server/auth/guard';
import * as operator from '$lib/server/organisations/operator';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Only the operator: everyone else, signed in or not, gets 404 — the page's existence is not revealed. */
function requireOperator(event: Pick<RequestEvent, 'locals'>) {
	if (!operator.isOperator(event.locals.user)) notFound();
}

const admitSchema = z.object({
	organisationId: z.uuid({ error: () => m.common_operator_choose_organisation() })
});
const removeSchema = admitSchema.extend({
	confirm: z.literal('yes', { error: () => m.common_operator_confirm_removal() })
});

export const load: PageServerLoad = async (event) => {
	requireOperator(event);
	const organisations = await operator.organisations();
	// Removal is confirmed on a second step: ?remove=<id> shows what will happen before anything does.
	const removing =
		organisations.find((o) => o.id === event.url.searchParams.get('remove') && o.benchmarkPanel) ??
		null;
	return { organisations, removing: removing ? { id: removing.id, name: removing.name } : null };
};

export const actions = {
	admit: async (event) => {
		requireOperator(event);
		const form = parseForm(admitSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const name = await operator.setPanel(form.data.organisationId, true);
		if (name === null)
			return invalid(404, form.values, {
				organisationId: m.common_operator_no_such_organisation()
			});
		return { admitted: name };
	},
	remove: async (event) => {
		requireOperator(event);
		const form = parseForm(removeSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const name = await operator.setPanel(form.data.organisationId, false);
		if (name === null)
			return invalid(404, form.values, {
				organisationId: m.common_operator_no_such_organisation()
			});
		return { removed: name };
	}
} satisfies Actions;
