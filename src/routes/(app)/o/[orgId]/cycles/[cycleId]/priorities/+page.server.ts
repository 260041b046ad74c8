import { requireCycle, notFound } from '$lib/server/auth/guard';
import { priorityView } from '$lib/server/improvement/priority';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireCycle(event);
	const view = await priorityView(organisation.id, event.params.cycleId);
	if (!view) notFound();
	return { view };
};
