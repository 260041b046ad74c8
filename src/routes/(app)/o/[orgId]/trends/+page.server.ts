import { z } from 'zod';
import { requireMember } from '$lib/server/auth/guard';
import * as dashboard from '$lib/server/scoring/dashboard';
import type { PageServerLoad } from './$types';

const pair = z.object({ before: z.uuid(), after: z.uuid() });

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireMember(event);
	const series = await dashboard.trends(organisation.id);
	const chosen = pair.safeParse({
		before: event.url.searchParams.get('before'),
		after: event.url.searchParams.get('after')
	});
	const defaults =
		series.cycles.length >= 2
			? { before: series.cycles.at(-2)!.id, after: series.cycles.at(-1)!.id }
			: null;
	const selection = chosen.success ? chosen.data : defaults;
	const comparison = selection
		? await dashboard.compare(organisation.id, selection.before, selection.after)
		: null;
	const pickParam = event.url.searchParams.get('dimension');
	// Only closed cycles can be compared: the same cycles the trend lines draw.
	return {
		series,
		// A dimension drawn beside the index: only one of the series' own keys.
		picked: series.dimensions.find((d) => d.key === pickParam)?.key ?? null,
		cycles: series.cycles.map((c) => ({ id: c.id, name: c.name })),
		selection,
		comparison
	};
};
