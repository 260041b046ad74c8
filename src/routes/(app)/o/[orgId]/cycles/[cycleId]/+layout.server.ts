import { requireCycle } from '$lib/server/auth/guard';
import { effectiveStatus } from '$lib/domain/cycle/status';
import type { LayoutServerLoad } from './$types';

// Navigation data only; pages and actions below check membership again.
export const load: LayoutServerLoad = async (event) => {
	const { cycle } = await requireCycle(event);
	return { cycle: { ...cycle, status: effectiveStatus(cycle) } };
};
