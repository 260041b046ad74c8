import { invalid, parseForm } from '$lib/forms';
import { requireCycle, requireLead, notFound } from '$lib/server/auth/guard';
import * as facts from '$lib/server/cycles/facts';
import { factChoices, factDefinitions, factsFormSchema } from '$lib/domain/cycle/facts';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation, cycle } = await requireCycle(event);
	return {
		questions: factDefinitions.map((f) => ({ ...f, choices: factChoices(f.kind) })),
		answers: await facts.factsOf(organisation.id, cycle.id),
		editable: facts.factsEditable(cycle.status)
	};
};

export const actions = {
	save: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(factsFormSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const saved = await facts.saveFacts(organisation.id, event.params.cycleId, user.id, form.data);
		if (!saved.ok) {
			if (saved.reason === 'not-found') notFound();
			return invalid(409, form.values, { form: m.cycle_facts_refused() });
		}
		return { saved: true };
	}
} satisfies Actions;
