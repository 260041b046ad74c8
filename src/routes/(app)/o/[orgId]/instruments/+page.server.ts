import { requireLead } from '$lib/server/auth/guard';
import * as instruments from '$lib/server/instruments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireLead(event);
	return { instruments: await instruments.listAvailable(organisation.id) };
};
