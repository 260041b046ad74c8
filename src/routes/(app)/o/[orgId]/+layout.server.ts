import { requireMember } from '$lib/server/auth/guard';
import * as organisations from '$lib/server/organisations';
import type { LayoutServerLoad } from './$types';

// Navigation data; each page and action still calls requireMember itself.
export const load: LayoutServerLoad = async (event) => {
	const { organisation, role, user } = await requireMember(event);
	const all = await organisations.listForUser(user.id);
	return { organisation, role, switchable: all.filter((o) => o.id !== organisation.id) };
};
