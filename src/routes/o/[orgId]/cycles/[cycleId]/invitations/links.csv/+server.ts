import { error } from '@sveltejs/kit';
import { requireLead } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import * as invitations from '$lib/server/invitations';
import { toCsv } from '$lib/domain/csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisation } = await requireLead(event);
	const cycle = await cycles.get(organisation.id, event.params.cycleId);
	if (!cycle) error(404, 'Not found');
	const list = await invitations.list(organisation.id, cycle.id);
	const linkById = new Map((await invitations.links(organisation.id, cycle.id)).map((l) => [l.id, `${event.url.origin}/s/${l.token}`]));
	const csv = toCsv([
		['email', 'name', 'group', 'link', 'answered'],
		...list
			.filter((i) => !i.revokedAt)
			.map((i) => [i.email ?? '', i.name ?? '', i.group, linkById.get(i.id) ?? '', i.respondedAt ? 'yes' : 'no'])
	]);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="invitations.csv"`,
			'cache-control': 'no-store'
		}
	});
};
