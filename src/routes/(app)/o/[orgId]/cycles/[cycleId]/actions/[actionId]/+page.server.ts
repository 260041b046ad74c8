import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { requireCycle, requireLead, notFound } from '$lib/server/auth/guard';
import * as actions_ from '$lib/server/cycles/improvement-actions';
import * as cycles from '$lib/server/cycles';
import * as organisations from '$lib/server/organisations';
import { actionSchema, actionUpdateSchema } from '$lib/domain/action/schema';
import { wallTimeOf } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation, role } = await requireCycle(event);
	const found = await actions_.get(organisation.id, event.params.actionId);
	if (!found) notFound();
	return {
		action: found,
		updates: await actions_.updatesOf(organisation.id, found.id),
		dimensions: await cycles.dimensions(organisation.id, event.params.cycleId),
		members:
			role === 'lead'
				? (await organisations.members(organisation.id)).map((member) => ({
						userId: member.userId,
						name: member.name
					}))
				: [],
		// The no-JavaScript confirmation step of deleting: ?delete shows it instead of the forms.
		confirmingDelete: role === 'lead' && event.url.searchParams.has('delete'),
		today: wallTimeOf(new Date(), organisation.timeZone).slice(0, 10)
	};
};

const deleteSchema = z.object({
	confirm: z.literal('yes', { error: () => m.improve_error_confirm() })
});

export const actions = {
	update: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(actionSchema, await event.request.formData(), ['dimensionKeys']);
		if (!form.ok) return invalid(400, form.values, form.errors);
		const input = await actions_.resolveOwner(organisation.id, form.data);
		if (!input)
			return invalid(400, form.values, {
				ownerUserId: m.improve_error_owner_not_member()
			});
		if (!(await actions_.update(organisation.id, event.params.actionId, input, user.id)))
			notFound();
		return { saved: true };
	},
	note: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(actionUpdateSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await actions_.addUpdate(organisation.id, event.params.actionId, user, form.data)))
			notFound();
		return { noted: true };
	},
	/** Deletes the action and its notes. Asked first on ?delete. */
	delete: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(deleteSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await actions_.remove(organisation.id, event.params.actionId, user.id))) notFound();
		redirect(303, `/o/${organisation.id}/cycles/${event.params.cycleId}/actions?deleted`);
	}
} satisfies Actions;
