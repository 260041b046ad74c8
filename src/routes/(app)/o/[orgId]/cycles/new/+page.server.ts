import { redirect } from '@sveltejs/kit';
import { invalid, parseForm } from '$lib/forms';
import { cycleSchema, targetsFromForm } from '$lib/domain/cycle/schema';
import { requireLead } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import * as instruments from '$lib/server/instruments';
import { maturitySectionKinds } from '$lib/domain/instrument/types';
import { wallTimeDaysAhead } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireLead(event);
	const available = await instruments.listAvailable(organisation.id);
	const latest = available.at(-1);
	const instrument = latest ? await instruments.get(organisation.id, latest.id) : null;
	const previous = (await cycles.list(organisation.id))[0];
	const previousTargets = previous ? await cycles.dimensions(organisation.id, previous.id) : [];
	return {
		instruments: available,
		dimensions: (instrument?.sections ?? [])
			.filter((s) => maturitySectionKinds.includes(s.kind))
			.map((s) => ({
				key: s.key,
				title: s.title,
				kind: s.kind,
				target: previousTargets.find((t) => t.dimensionKey === s.key)?.target ?? 3
			})),
		defaults: {
			instrumentId: latest?.id ?? '',
			groups: previous?.groups ?? [],
			opensAt: wallTimeDaysAhead(new Date(), organisation.timeZone, 0, 9),
			closesAt: wallTimeDaysAhead(new Date(), organisation.timeZone, 21, 17)
		}
	};
};

export const actions = {
	default: async (event) => {
		const { organisation, user } = await requireLead(event);
		const formData = await event.request.formData();
		const form = parseForm(cycleSchema(organisation.timeZone), formData, ['groups'], {
			targets: targetsFromForm(formData)
		});
		if (!form.ok) return invalid(400, form.values, form.errors);
		const cycleId = await cycles.create(organisation.id, user.id, form.data);
		if (!cycleId) return invalid(400, form.values, { instrumentId: m.cycle_choose_instrument() });
		redirect(303, `/o/${organisation.id}/cycles/${cycleId}`);
	}
} satisfies Actions;
