import { error } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { z } from 'zod';
import { requireCycle } from '$lib/server/auth/guard';
import * as instruments from '$lib/server/instruments';
import * as invitations from '$lib/server/survey/invitations';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

/** No ids: every anonymous link of the cycle that is still valid. */
const idsSchema = z.array(z.uuid()).max(500);

export const load: PageServerLoad = async (event) => {
	const { organisation, cycle } = await requireCycle(event, ['lead']);
	const ids = idsSchema.safeParse(
		(event.url.searchParams.get('ids') ?? '').split(',').filter(Boolean)
	);
	if (!ids.success) error(400, m.cycle_print_too_many());
	const links = (
		await invitations.links(organisation.id, cycle.id, ids.data.length > 0 ? ids.data : undefined)
	)
		.filter((l) => l.email === null)
		.slice(0, 500);
	return {
		minutes: await instruments.minutesToAnswer(organisation.id, cycle.instrumentId),
		cards: await Promise.all(
			links.map(async (l, index) => {
				const url = `${event.url.origin}/s/${l.token}`;
				return {
					number: index + 1,
					url,
					group: l.group,
					qr: await QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' })
				};
			})
		)
	};
};
