import { requireCycle } from '$lib/server/auth/guard';
import * as invitations from '$lib/server/survey/invitations';
import { toCsv } from '$lib/domain/csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisation, cycle } = await requireCycle(event, ['lead']);
	const list = await invitations.list(organisation.id, cycle.id);
	// Anonymous workshop links only: a personal link is shown once, when it is issued.
	const anonymous = list.filter((i) => !i.revokedAt && i.kind === 'anonymous');
	const links = await invitations.links(
		organisation.id,
		cycle.id,
		anonymous.map((i) => i.id)
	);
	const answered = new Map(anonymous.map((i) => [i.id, i.answered]));
	const csv = toCsv([
		['group', 'link', 'answered'],
		...links.map((l) => [
			l.group,
			`${event.url.origin}/s/${l.token}`,
			answered.get(l.id) ? 'yes' : 'no'
		])
	]);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="anonymous-links.csv"`,
			'cache-control': 'no-store'
		}
	});
};
