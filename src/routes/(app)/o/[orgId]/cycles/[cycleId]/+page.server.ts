import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { requireCycle, requireLead, notFound } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import * as facts from '$lib/server/cycles/facts';
import * as invitations from '$lib/server/survey/invitations';
import type { CycleTransition } from '$lib/domain/cycle/status';
import { resultsSharingSchema } from '$lib/domain/cycle/schema';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation, cycle } = await requireCycle(event);
	const cycleId = cycle.id;
	return {
		rates: await invitations.rates(organisation.id, cycleId),
		dimensions: await cycles.dimensions(organisation.id, cycleId),
		routing: await cycles.routingOf(organisation.id, cycle),
		facts: await facts.summary(organisation.id, cycle)
	};
};

async function change(event: RequestEvent, transition: CycleTransition) {
	const { organisation, user } = await requireLead(event);
	const result = await cycles.transition(
		organisation.id,
		event.params.cycleId,
		transition,
		user.id
	);
	if (!result.ok) {
		if (result.reason === 'not-found') notFound();
		return invalid(409, {}, { transition: result.reason });
	}
	return { changed: transition };
}

async function archive(event: RequestEvent, archived: boolean) {
	const { organisation, user } = await requireLead(event);
	const result = await cycles.setArchived(organisation.id, event.params.cycleId, archived, user.id);
	if (result === 'not-found') notFound();
	if (result === 'refused')
		return invalid(
			409,
			{},
			{
				lifecycle: archived ? m.cycle_page_archive_refused() : m.cycle_page_restore_refused()
			}
		);
	return { archived };
}

const dimensionSchema = z.object({
	dimensionKey: z.string().min(1),
	target: z
		.string()
		.trim()
		.transform((v) => (v === '' ? null : Number(v)))
		.pipe(
			z
				.number({ error: () => m.cycle_target_range() })
				.min(1, { error: () => m.cycle_target_range() })
				.max(5, { error: () => m.cycle_target_range() })
				.nullable()
		),
	notApplicable: z.string().optional(),
	notApplicableReason: z
		.string()
		.trim()
		.max(300, { error: () => m.cycle_page_reason_too_long() })
		.optional()
});

/** One checkbox per section and group asked: "section:group". */
const routingSchema = z.object({
	asked: z
		.array(
			z
				.string()
				.regex(/^[a-z_]{1,60}:[a-z_]{1,40}$/, { error: () => m.cycle_page_choose_from_table() })
		)
		.max(500)
});

export const actions = {
	dimension: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(dimensionSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const notApplicable = form.data.notApplicable === 'yes';
		const saved = await cycles.setDimension(
			organisation.id,
			event.params.cycleId,
			form.data.dimensionKey,
			{
				target: form.data.target,
				notApplicable,
				notApplicableReason: notApplicable ? form.data.notApplicableReason || null : null
			},
			user.id
		);
		if (saved === 'not-found') notFound();
		if (saved === 'frozen')
			return invalid(409, form.values, {
				target: m.cycle_page_targets_frozen()
			});
		return { savedDimension: form.data.dimensionKey };
	},
	routing: async (event) => {
		const { organisation, user } = await requireLead(event);
		const formData = await event.request.formData();
		const form = parseForm(routingSchema, formData, ['asked']);
		if (!form.ok) return invalid(400, form.values, form.errors);
		const asked: Record<string, string[]> = {};
		for (const pair of form.data.asked) {
			const [section, group] = pair.split(':') as [string, string];
			(asked[section] ??= []).push(group);
		}
		const result = await cycles.setRouting(organisation.id, event.params.cycleId, asked, user.id);
		if (!result) notFound();
		if (!result.ok) return invalid(409, form.values, { routing: result.reason });
		return { savedRouting: true };
	},
	sharing: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(resultsSharingSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const saved = await cycles.setResultsSharing(
			organisation.id,
			event.params.cycleId,
			form.data.resultsSharing
		);
		if (!saved) notFound();
		return { savedSharing: true };
	},
	archive: (event) => archive(event, true),
	restore: (event) => archive(event, false),
	delete: async (event) => {
		const { organisation, user } = await requireLead(event);
		const result = await cycles.deleteDraft(organisation.id, event.params.cycleId, user.id);
		if (result === 'not-found') notFound();
		if (result === 'refused') return invalid(409, {}, { lifecycle: m.cycle_page_delete_refused() });
		redirect(303, `/o/${organisation.id}/cycles?deleted=1`);
	},
	open: (event) => change(event, 'open'),
	close: (event) => change(event, 'close'),
	reopen: (event) => change(event, 'reopen')
} satisfies Actions;
