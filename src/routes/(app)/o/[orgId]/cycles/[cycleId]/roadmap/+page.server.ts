import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/forms';
import { requireCycle, requireLead, notFound } from '$lib/server/auth/guard';
import * as actions_ from '$lib/server/cycles/improvement-actions';
import * as cycles from '$lib/server/cycles';
import * as roadmap from '$lib/server/improvement/roadmap';
import {
	assignSchema,
	discoverySchema,
	futureStateSchema,
	interviewSchema,
	phaseSchema,
	removeInterviewSchema,
	removePhaseSchema
} from '$lib/domain/roadmap';
import { isUnfinished } from '$lib/domain/action/schema';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation, role } = await requireCycle(event);
	const cycleId = event.params.cycleId;
	const actions = await actions_.forCycle(organisation.id, cycleId);
	const rm = await roadmap.get(organisation.id, cycleId);
	const asked = (key: string) => (role === 'lead' ? event.url.searchParams.get(key) : null);
	return {
		roadmap: rm,
		// The no-JavaScript confirmation steps of removing (?removePhase=<id>, ?removeInterview=<id>).
		removingPhase: rm.phases.find((p) => p.id === asked('removePhase')) ?? null,
		removingInterview: rm.interviews.find((i) => i.id === asked('removeInterview')) ?? null,
		opportunities: actions.filter((a) => isUnfinished(a.status) || a.originCycleId === cycleId),
		dimensions: (await cycles.dimensions(organisation.id, cycleId)).filter((d) => !d.notApplicable),
		current: await roadmap.currentState(organisation.id, cycleId)
	};
};

export const actions = {
	discovery: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(discoverySchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await roadmap.saveDiscovery(organisation.id, event.params.cycleId, form.data)))
			notFound();
		return { saved: 'discovery' };
	},
	interview: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(interviewSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await roadmap.addInterview(organisation.id, event.params.cycleId, form.data))) notFound();
		return { saved: 'interview' };
	},
	futureState: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(futureStateSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const known = await cycles.dimensions(organisation.id, event.params.cycleId);
		if (!known.some((d) => d.dimensionKey === form.data.dimensionKey))
			return invalid(400, form.values, { dimensionKey: m.improve_error_dimension_of_cycle() });
		if (!(await roadmap.saveFutureState(organisation.id, event.params.cycleId, form.data)))
			notFound();
		return { saved: `future-${form.data.dimensionKey}` };
	},
	phase: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(phaseSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await roadmap.addPhase(organisation.id, event.params.cycleId, form.data))) notFound();
		return { saved: 'phase' };
	},
	assign: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(assignSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const ok = await roadmap.assign(
			organisation.id,
			event.params.cycleId,
			form.data.actionId,
			form.data.phaseId
		);
		if (!ok) notFound();
		return { saved: `assign-${form.data.actionId}` };
	},
	/** Removes a phase; its actions go back to no phase. Asked first on ?removePhase=<id>. */
	removePhase: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(removePhaseSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await roadmap.removePhase(organisation.id, event.params.cycleId, form.data.phaseId)))
			notFound();
		redirect(303, `/o/${organisation.id}/cycles/${event.params.cycleId}/roadmap?removed`);
	},
	/** Removes an interview recorded by mistake. Asked first on ?removeInterview=<id>. */
	removeInterview: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(removeInterviewSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const ok = await roadmap.removeInterview(
			organisation.id,
			event.params.cycleId,
			form.data.interviewId
		);
		if (!ok) notFound();
		redirect(303, `/o/${organisation.id}/cycles/${event.params.cycleId}/roadmap?removed`);
	}
} satisfies Actions;
