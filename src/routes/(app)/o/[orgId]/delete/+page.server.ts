import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/forms';
import { organisationDeletionSchema } from '$lib/domain/organisation/schema';
import { requireLead, notFound } from '$lib/server/auth/guard';
import { logger } from '$lib/server/platform/log';
import * as organisations from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireLead(event);
	return { holdings: await organisations.holdings(organisation.id) };
};

export const actions = {
	default: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(
			organisationDeletionSchema(organisation.name),
			await event.request.formData()
		);
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await organisations.deleteOrganisation(organisation.id))) notFound();
		// The operator's record that it happened and who did it: the organisation's own audit log
		// went with it.
		logger.info(
			{ organisationId: organisation.id, userId: user.id },
			'organisation deleted by a lead'
		);
		redirect(303, '/?all&deleted=1');
	}
} satisfies Actions;
