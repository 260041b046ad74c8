import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { requireCycle, requireLead, notFound } from '$lib/server/auth/guard';
import * as outbox from '$lib/server/outbox';
import * as reports from '$lib/server/reports';
import { organisationLanguageSchema } from '$lib/domain/language-schema';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation, user } = await requireCycle(event);
	event.depends('app:reports');
	const [list, mail, language] = await Promise.all([
		reports.list(organisation.id, event.params.cycleId),
		outbox.byReport(organisation.id, event.params.cycleId),
		reports.languageFor(user.id, organisation.language)
	]);
	return {
		reports: list.map((r) => ({ ...r, mail: mail.get(r.id) ?? null })),
		peerSector: organisation.sector,
		peerSizeBand: organisation.sizeBand,
		// The asking person's own language, else the organisation's (issue 17). Not `language`:
		// that key is the page's interface language ((app)/+layout.server.ts), which this would hide.
		reportLanguage: language,
		mailConfigured: outbox.mailConfigured()
	};
};

const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on');
const generateSchema = z.object({
	sector: checkbox,
	sizeBand: checkbox,
	/** Absent (older forms, scripts): the asking person's language, else the organisation's. */
	language: organisationLanguageSchema.shape.language.optional()
});
const mailSchema = z.object({ reportId: z.uuid() });

export const actions = {
	generate: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(generateSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const language =
			form.data.language ?? (await reports.languageFor(user.id, organisation.language));
		const id = await reports.request(organisation.id, event.params.cycleId, user.id, {
			...form.data,
			language
		});
		if (!id) notFound();
		await outbox.mailBoardWhenReady(organisation.id, id);
		// A report takes about a second: the page comes back with it ready, or (past 1.5 s) showing
		// its progress and asking again every half second.
		await reports.madeWithin(id, 1_500);
		return { requested: id };
	},
	mail: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(mailSchema, await event.request.formData());
		if (!form.ok) notFound();
		if (!outbox.mailConfigured()) {
			return invalid(
				503,
				{},
				{
					mail: m.improve_reports_error_no_smtp()
				}
			);
		}
		const existing = await reports.get(organisation.id, form.data.reportId);
		if (!existing || existing.cycleId !== event.params.cycleId) notFound();
		const result = await outbox.queueReport(organisation.id, form.data.reportId);
		if (!result.ok) {
			if (result.reason === 'not-found') notFound();
			return invalid(
				409,
				{},
				{
					mail:
						result.reason === 'not-done'
							? m.improve_reports_error_not_done()
							: m.improve_reports_error_no_board()
				}
			);
		}
		return { mailQueued: { reportId: form.data.reportId, queued: result.queued } };
	}
} satisfies Actions;
