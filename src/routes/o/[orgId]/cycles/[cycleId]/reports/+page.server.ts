import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { requireLead, requireMember } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import { mailer } from '$lib/server/mail';
import * as reports from '$lib/server/reports';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireMember(event);
	if (!(await cycles.get(organisation.id, event.params.cycleId))) error(404, 'Not found');
	event.depends('app:reports');
	return {
		reports: await reports.list(organisation.id, event.params.cycleId),
		peerSector: organisation.sector,
		peerSizeBand: organisation.sizeBand,
		mailConfigured: mailer() !== null
	};
};

const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on');
const generateSchema = z.object({ sector: checkbox, sizeBand: checkbox });
const mailSchema = z.object({ reportId: z.uuid() });

export const actions = {
	generate: async (event) => {
		const { organisation, user } = await requireLead(event);
		const form = parseForm(generateSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const id = await reports.request(organisation.id, event.params.cycleId, user.id, form.data);
		if (!id) error(404, 'Not found');
		return { requested: id };
	},
	mail: async (event) => {
		const { organisation } = await requireLead(event);
		const form = parseForm(mailSchema, await event.request.formData());
		if (!form.ok) error(404, 'Not found');
		const transport = mailer();
		if (!transport) {
			return fail(503, { mailError: 'E-mail is not set up on this installation (no SMTP_URL), so nothing was sent. Download the PDF and send it yourself.' });
		}
		const existing = await reports.get(organisation.id, form.data.reportId);
		if (!existing || existing.cycleId !== event.params.cycleId) error(404, 'Not found');
		const result = await reports.mailToBoard(organisation.id, form.data.reportId, transport);
		if (!result.ok) {
			if (result.reason === 'not-found') error(404, 'Not found');
			return fail(409, {
				mailError: result.reason === 'not-done' ? 'Only a finished report can be sent.' : 'This organisation has no board members to send it to yet.'
			});
		}
		return { mailed: { reportId: form.data.reportId, sent: result.outcome.sent, failed: result.outcome.failed } };
	}
} satisfies Actions;
