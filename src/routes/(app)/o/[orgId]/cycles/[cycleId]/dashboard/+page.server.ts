import { requireMember, notFound } from '$lib/server/auth/guard';
import * as dashboard from '$lib/server/scoring/dashboard';
import * as activities from '$lib/server/improvement/activities';
import { languagesOfCycle } from '$lib/server/scoring';
import { shownGroup } from '$lib/domain/dashboard/view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireMember(event);
	const sameSector = event.url.searchParams.get('peers') === 'sector';
	const sameSize = event.url.searchParams.get('peers') === 'size';
	const result = await dashboard.forCycle(organisation.id, event.params.cycleId, {
		sector: sameSector ? organisation.sector : null,
		sizeBand: sameSize ? organisation.sizeBand : null
	});
	if (!result) notFound();
	return {
		...result,
		peerFilter: sameSector ? 'sector' : sameSize ? 'size' : 'all',
		// Only a group whose figures scoring shows; any other value shows every group.
		group: shownGroup(result.view, event.url.searchParams.get('group')),
		portfolio: await activities.portfolioFor(organisation.id, event.params.cycleId),
		// After forCycle, which publishes a due snapshot: the counts are that snapshot's.
		languages: await languagesOfCycle(organisation.id, event.params.cycleId)
	};
};
