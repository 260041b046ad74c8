import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { requireCycle, requireLead, notFound } from '$lib/server/auth/guard';
import * as actions_ from '$lib/server/cycles/improvement-actions';
import * as cycles from '$lib/server/cycles';
import * as organisations from '$lib/server/organisations';
import { actionSchema, actionStatuses, actionTimeline } from '$lib/domain/action/schema';
import * as dashboard from '$lib/server/scoring/dashboard';
import { wallTimeOf } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation, role, user } = await requireCycle(event);
	const list = await actions_.forCycle(organisation.id, event.params.cycleId);
	const series = await dashboard.trends(organisation.id);
	const points = series.cycles.map((c, i) => ({
		cycleId: c.id,
		cycleName: c.name,
		closesAt: c.closesAt,
		scores: Object.fromEntries(series.dimensions.map((d) => [d.key, d.values[i] ?? null]))
	}));
	return {
		actions: list.map((a) => ({ ...a, timeline: actionTimeline(a, points) })),
		dimensions: await cycles.dimensions(organisation.id, event.params.cycleId),
		members:
			role === 'lead'
				? (await organisations.members(organisation.id)).map((member) => ({
						userId: member.userId,
						name: member.name
					}))
				: [],
		/** A new action's owner until the lead chooses another. */
		defaultOwnerId: role === 'lead' ? user.id : '',
		preselected: event.url.searchParams.get('dimension'),
		// "Add as opportunity" on the priority view prefills the title.
		prefilledTitle: event.url.searchParams.get('title')?.slice(0, 200) ?? null,
		today: wallTimeOf(new Date(), organisation.timeZone).slice(0, 10)
	};
};

const statusSchema = z.object({ actionId: z.uuid(), status: z.enum(actionStatuses) });

export const actions = {
	create: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(actionSchema, await event.request.formData(), ['dimensionKeys']);
		if (!form.ok) return invalid(400, form.values, form.errors);
		const input = await actions_.resolveOwner(organisation.id, form.data);
		if (!input)
			return invalid(400, form.values, {
				ownerUserId: m.improve_error_owner_not_member()
			});
		const id = await actions_.create(organisation.id, event.params.cycleId, input, user.id);
		if (!id) notFound();
		return { created: id };
	},
	status: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(statusSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await actions_.setStatus(organisation.id, form.data.actionId, form.data.status, user.id)))
			notFound();
		return { updated: form.data.actionId };
	}
} satisfies Actions;
