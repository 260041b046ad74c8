import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { requireLead } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import * as invitations from '$lib/server/invitations';
import * as outreach from '$lib/server/outreach';
import { parseInvitees } from '$lib/domain/invitation/csv';
import { stakeholderGroupKeys } from '$lib/domain/instrument/types';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function context(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const { organisation } = await requireLead(event);
	const cycle = await cycles.get(organisation.id, event.params.cycleId);
	if (!cycle) error(404, 'Not found');
	return { organisation, cycle };
}

const surveyUrl = (origin: string, token: string) => `${origin}/s/${token}`;

export const load: PageServerLoad = async (event) => {
	const { organisation, cycle } = await context(event);
	const [list, links, rates] = await Promise.all([
		invitations.list(organisation.id, cycle.id),
		invitations.links(organisation.id, cycle.id),
		invitations.rates(organisation.id, cycle.id)
	]);
	// Anonymous workshop links stay copyable; a personal link is shown once, when it is issued.
	const linkById = new Map(links.filter((l) => l.email === null).map((l) => [l.id, surveyUrl(event.url.origin, l.token)]));
	return {
		invitations: list.map((i) => ({ ...i, link: i.revokedAt || i.kind !== 'anonymous' ? null : (linkById.get(i.id) ?? null) })),
		rates,
		mailConfigured: outreach.mailConfigured()
	};
};

const importSchema = z.object({ csv: z.string().max(2_000_000, 'The list is too long (2 MB at most).'), send: z.string().optional() });
const anonymousSchema = z.object({
	group: z.enum(stakeholderGroupKeys, { error: 'Choose a group.' }),
	count: z.coerce.number({ error: 'Enter a number.' }).int('Enter a whole number.').min(1, 'At least 1.').max(500, 'At most 500 at a time.')
});
const idSchema = z.object({ invitationId: z.uuid() });

export const actions = {
	import: async (event) => {
		const { organisation, cycle } = await context(event);
		const formData = await event.request.formData();
		const file = formData.get('file');
		const pasted = String(formData.get('csv') ?? '');
		const uploaded = file instanceof File && file.size > 0 ? await file.text() : '';
		const form = parseForm(importSchema, formData, [], { csv: [pasted, uploaded].filter(Boolean).join('\n') });
		if (!form.ok) return invalid(400, { csv: pasted }, form.errors);
		if (form.data.csv.trim() === '') return invalid(400, { csv: pasted }, { csv: 'Paste a list or choose a CSV file.' });
		const parsed = parseInvitees(form.data.csv, cycle.groups);
		const added = await invitations.addPersonal(organisation.id, cycle.id, parsed.accepted);
		const sent = form.data.send
			? await outreach.sendInvitations(organisation, cycle, added.issued, event.url.origin, false)
			: null;
		return {
			imported: {
				links: added.issued.map((l) => ({ email: l.email, name: l.name, group: l.group, url: surveyUrl(event.url.origin, l.token) })),
				rejected: [
					...parsed.rejected,
					...added.alreadyInvited.map((r) => ({ line: parsed.accepted.find((a) => a.email === r.email)?.line ?? 0, content: r.email, reason: 'Already invited to this cycle.' }))
				].sort((a, b) => a.line - b.line),
				sent
			}
		};
	},
	anonymous: async (event) => {
		const { organisation, cycle } = await context(event);
		const form = parseForm(anonymousSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!cycle.groups.includes(form.data.group)) return invalid(400, form.values, { group: 'This group does not take part in the cycle.' });
		const issued = await invitations.addAnonymous(organisation.id, cycle.id, form.data.group, form.data.count);
		return {
			anonymous: {
				group: form.data.group,
				ids: issued.map((l) => l.id),
				links: issued.map((l) => surveyUrl(event.url.origin, l.token))
			}
		};
	},
	send: async (event) => {
		const { organisation, cycle } = await context(event);
		if (!outreach.mailConfigured()) return invalid(409, {}, { mail: 'E-mail is not set up on this installation (SMTP_URL); copy the links instead.' });
		const pending = (await invitations.list(organisation.id, cycle.id)).filter((i) => i.kind === 'personal' && !i.sentAt && !i.revokedAt && !i.answered);
		const links = await invitations.links(organisation.id, cycle.id, pending.map((p) => p.id));
		return { mailed: await outreach.sendInvitations(organisation, cycle, links, event.url.origin, false) };
	},
	remind: async (event) => {
		const { organisation, cycle } = await context(event);
		if (!outreach.mailConfigured()) return invalid(409, {}, { mail: 'E-mail is not set up on this installation (SMTP_URL); copy the links instead.' });
		const waiting = await invitations.unanswered(organisation.id, cycle.id);
		const links = await invitations.links(organisation.id, cycle.id, waiting.map((w) => w.id));
		return { mailed: await outreach.sendInvitations(organisation, cycle, links, event.url.origin, true) };
	},
	reissue: async (event) => {
		const { organisation, cycle } = await context(event);
		const form = parseForm(idSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await invitations.reissue(organisation.id, cycle.id, form.data.invitationId);
		if (!result.ok && result.reason === 'not-found') error(404, 'Not found');
		if (!result.ok) return invalid(409, {}, { reissue: 'This person has already answered, so their link is not needed any more.' });
		return { reissued: { email: result.link.email, url: surveyUrl(event.url.origin, result.link.token) } };
	},
	revoke: async (event) => {
		const { organisation, cycle } = await context(event);
		const form = parseForm(idSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await invitations.revoke(organisation.id, cycle.id, form.data.invitationId))) error(404, 'Not found');
		return { revoked: form.data.invitationId };
	}
} satisfies Actions;
