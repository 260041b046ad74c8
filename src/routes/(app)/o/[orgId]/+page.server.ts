import { requireMember } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import * as board from '$lib/server/scoring/board';
import { mailConfigured } from '$lib/server/outbox';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation, role } = await requireMember(event);
	// A board member lands on the headline made for them; a lead keeps the cycle overview.
	return {
		cycles: await cycles.list(organisation.id),
		board: role === 'board' ? await board.home(organisation.id) : null,
		mailConfigured: mailConfigured()
	};
};
