import { invalid, parseForm } from '$lib/forms';
import { requireCycle, requireLead, notFound } from '$lib/server/auth/guard';
import * as activities from '$lib/server/improvement/activities';
import { activityReviewSchema } from '$lib/domain/activity';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireCycle(event);
	const reviewed = await activities.reviewsFor(organisation.id, event.params.cycleId);
	return {
		activities: reviewed,
		portfolio: await activities.portfolioFor(organisation.id, event.params.cycleId)
	};
};

export const actions = {
	/** The lead's review of one activity in this cycle; a decision creates or updates an action. */
	review: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(activityReviewSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const saved = await activities.saveReview(
			organisation.id,
			event.params.cycleId,
			user,
			form.data
		);
		if (!saved) notFound();
		return { reviewed: form.data.activityId, actionId: saved.actionId };
	}
} satisfies Actions;
