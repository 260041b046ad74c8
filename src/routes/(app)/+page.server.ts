import { redirect } from '@sveltejs/kit';
import * as organisations from '$lib/server/organisations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) return { organisations: null };
	const list = await organisations.listForUser(locals.user.id);
	if (list.length === 1 && !url.searchParams.has('all')) redirect(303, `/o/${list[0]!.id}`);
	return { organisations: list };
};
