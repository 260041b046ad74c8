import { invalid, parseForm } from '$lib/forms';
import { requireLead, requireMember } from '$lib/server/auth/guard';
import * as implementation from '$lib/server/improvement/implementation';
import { implementationStepSchema } from '$lib/domain/implementation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireMember(event);
	return {
		checklist: await implementation.list(organisation.id),
		practices: await implementation.practicesBeside(organisation.id)
	};
};

export const actions = {
	save: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(implementationStepSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await implementation.save(organisation.id, user.id, form.data);
		return { savedStep: form.data.step };
	}
} satisfies Actions;
