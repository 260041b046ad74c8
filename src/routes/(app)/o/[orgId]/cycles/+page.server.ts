import { requireMember } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireMember(event);
	return { cycles: await cycles.list(organisation.id) };
};
