import { error } from '@sveltejs/kit';
import { requireMember } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import { effectiveStatus } from '$lib/domain/cycle/status';
import type { LayoutServerLoad } from './$types';

// Navigation data only; pages and actions below check membership again.
export const load: LayoutServerLoad = async (event) => {
	const { organisation } = await requireMember(event);
	const cycle = await cycles.get(organisation.id, event.params.cycleId);
	if (!cycle) error(404, 'Not found');
	return { cycle: { ...cycle, status: effectiveStatus(cycle) } };
};
