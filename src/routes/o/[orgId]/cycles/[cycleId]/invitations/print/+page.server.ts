import { error } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { z } from 'zod';
import { requireLead } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import * as invitations from '$lib/server/invitations';
import type { PageServerLoad } from './$types';

const idsSchema = z.array(z.uuid()).min(1).max(500);

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireLead(event);
	const cycle = await cycles.get(organisation.id, event.params.cycleId);
	if (!cycle) error(404, 'Not found');
	const ids = idsSchema.safeParse((event.url.searchParams.get('ids') ?? '').split(',').filter(Boolean));
	if (!ids.success) error(400, 'Choose which links to print.');
	const links = (await invitations.links(organisation.id, cycle.id, ids.data)).filter((l) => l.email === null);
	return {
		cards: await Promise.all(
			links.map(async (l, index) => {
				const url = `${event.url.origin}/s/${l.token}`;
				return { number: index + 1, url, group: l.group, qr: await QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' }) };
			})
		)
	};
};
