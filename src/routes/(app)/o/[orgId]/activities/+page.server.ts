import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { requireLead, requireMember, notFound } from '$lib/server/auth/guard';
import * as activities from '$lib/server/improvement/activities';
import { activitySchema } from '$lib/domain/activity';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation, role } = await requireMember(event);
	const list = await activities.list(organisation.id);
	const pick = (key: string) => {
		const id = role === 'lead' ? event.url.searchParams.get(key) : null;
		return id ? (list.find((a) => a.id === id) ?? null) : null;
	};
	return { activities: list, editing: pick('edit'), deleting: pick('delete') };
};

const idSchema = z.object({ activityId: z.uuid({ error: () => m.org_activity_error_choose() }) });
const deleteSchema = idSchema.extend({
	confirm: z.literal('yes', { error: () => m.org_activity_error_confirm() })
});

export const actions = {
	create: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(activitySchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		return { created: await activities.create(organisation.id, form.data) };
	},
	update: async (event) => {
		const { organisation } = await requireLead(event);
		const formData = await event.request.formData();
		const form = parseForm(activitySchema.extend(idSchema.shape), formData);
		if (!form.ok) return invalid(400, form.values, form.errors);
		const { activityId, ...input } = form.data;
		if (!(await activities.update(organisation.id, activityId, input))) notFound();
		redirect(303, `/o/${organisation.id}/activities?saved`);
	},
	/** Deletes an activity with its reviews. Asked first on ?delete=<id>. */
	delete: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(deleteSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await activities.remove(organisation.id, form.data.activityId))) notFound();
		redirect(303, `/o/${organisation.id}/activities?deleted`);
	}
} satisfies Actions;
