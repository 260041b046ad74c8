import { invalid, parseForm } from '$lib/forms';
import { requireCycle, requireLead, notFound } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import * as activities from '$lib/server/improvement/activities';
import { reviewStepSchema } from '$lib/domain/cycle/review-prompts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireCycle(event);
	return {
		steps: await cycles.reviewStepsOf(organisation.id, event.params.cycleId),
		portfolio: await activities.portfolioFor(organisation.id, event.params.cycleId)
	};
};

export const actions = {
	save: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(reviewStepSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const saved = await cycles.saveReviewStep(
			organisation.id,
			event.params.cycleId,
			user.id,
			form.data.step,
			form.data.notes,
			form.data.done,
			form.data.answers
		);
		if (!saved) notFound();
		return { savedStep: form.data.step };
	},
	reviewed: async (event) => {
		const { organisation, user } = await requireLead(event);
		const result = await cycles.transition(
			organisation.id,
			event.params.cycleId,
			'review',
			user.id
		);
		if (!result.ok) {
			if (result.reason === 'not-found') notFound();
			return invalid(409, {}, { transition: result.reason });
		}
		return { reviewed: true };
	}
} satisfies Actions;
