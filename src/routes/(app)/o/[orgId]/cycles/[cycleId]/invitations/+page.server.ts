import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import { requireCycle, notFound } from '$lib/server/auth/guard';
import * as invitations from '$lib/server/survey/invitations';
import * as erasure from '$lib/server/survey/erasure';
import * as outbox from '$lib/server/outbox';
import * as instruments from '$lib/server/instruments';
import { surveyLink } from '$lib/domain/invitation/mail';
import {
	INVITEE_LIST_MAX_BYTES,
	inviteeListTooLarge,
	parseInvitees
} from '$lib/domain/invitation/csv';
import { stakeholderGroupKeys } from '$lib/domain/instrument/types';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function context(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const { organisation, cycle, user } = await requireCycle(event, ['lead']);
	return { organisation, cycle, user };
}

const surveyUrl = (origin: string, token: string, language?: string | null) =>
	surveyLink(origin, token, language);

export const load: PageServerLoad = async (event) => {
	const { organisation, cycle } = await context(event);
	const [list, links, rates, mail, languages] = await Promise.all([
		invitations.list(organisation.id, cycle.id),
		invitations.links(organisation.id, cycle.id),
		invitations.rates(organisation.id, cycle.id),
		outbox.byInvitation(organisation.id, cycle.id),
		instruments.surveyLanguages(organisation.id, cycle.instrumentId)
	]);
	// Anonymous workshop links stay copyable; a personal link is shown once, when it is issued.
	const linkById = new Map(
		links.filter((l) => l.email === null).map((l) => [l.id, surveyUrl(event.url.origin, l.token)])
	);
	return {
		invitations: list.map((i) => ({
			...i,
			link: i.revokedAt || i.kind !== 'anonymous' ? null : (linkById.get(i.id) ?? null),
			mail: mail.get(i.id) ?? null
		})),
		rates,
		languages,
		mailConfigured: outbox.mailConfigured(),
		// The confirmation step of erasing one invitee (?erase=<id>), while there is something to erase.
		erasing:
			list
				.filter((i) => i.kind === 'personal' && (i.email || i.name))
				.map(({ id, email, name, answered }) => ({ id, email, name, answered }))
				.find((i) => i.id === event.url.searchParams.get('erase')) ?? null
	};
};

const eraseSchema = z.object({
	invitationId: z.uuid({ error: () => m.cycle_inv_choose_invitation() }),
	confirm: z.literal('yes', { error: () => m.cycle_inv_confirm_erasure() })
});

const importSchema = z.object({
	csv: z.string().max(INVITEE_LIST_MAX_BYTES, { error: () => m.cycle_inv_list_too_long() }),
	send: z.string().optional()
});

/** SvelteKit refuses a body over BODY_SIZE_LIMIT (413) when the action reads it. */
const isTooLarge = (error: unknown) => (error as { status?: unknown } | null)?.status === 413;
const anonymousSchema = z.object({
	group: z.enum(stakeholderGroupKeys, { error: () => m.cycle_inv_choose_group() }),
	count: z.coerce
		.number({ error: () => m.cycle_inv_enter_number() })
		.int({ error: () => m.cycle_whole_number() })
		.min(1, { error: () => m.cycle_inv_at_least_one() })
		.max(500, { error: () => m.cycle_inv_at_most() })
});
const idSchema = z.object({ invitationId: z.uuid() });

export const actions = {
	import: async (event) => {
		const { organisation, cycle, user } = await context(event);
		let formData: FormData;
		try {
			formData = await event.request.formData();
		} catch (error) {
			if (isTooLarge(error)) return invalid(413, {}, { file: inviteeListTooLarge() });
			throw error;
		}
		const file = formData.get('file');
		const pasted = String(formData.get('csv') ?? '');
		if (file instanceof File && file.size > INVITEE_LIST_MAX_BYTES)
			return invalid(400, { csv: pasted }, { file: inviteeListTooLarge(file.size) });
		const uploaded = file instanceof File && file.size > 0 ? await file.text() : '';
		const form = parseForm(importSchema, formData, [], {
			csv: [pasted, uploaded].filter(Boolean).join('\n')
		});
		if (!form.ok) return invalid(400, { csv: pasted }, form.errors);
		if (form.data.csv.trim() === '')
			return invalid(400, { csv: pasted }, { csv: m.cycle_inv_paste_or_choose() });
		const parsed = parseInvitees(
			form.data.csv,
			cycle.groups,
			await instruments.surveyLanguages(organisation.id, cycle.instrumentId)
		);
		const added = await invitations.addPersonal(
			organisation.id,
			cycle.id,
			parsed.accepted,
			user.id
		);
		const queued =
			form.data.send && outbox.mailConfigured()
				? await outbox.queueInvitations(
						organisation.id,
						cycle.id,
						added.issued.map((l) => l.id),
						'invitation',
						event.url.origin,
						user.id
					)
				: null;
		return {
			imported: {
				links: added.issued.map((l) => ({
					email: l.email,
					name: l.name,
					group: l.group,
					language: l.language,
					url: surveyUrl(event.url.origin, l.token, l.language)
				})),
				rejected: [
					...parsed.rejected,
					...added.alreadyInvited.map((r) => ({
						line: parsed.accepted.find((a) => a.email === r.email)?.line ?? 0,
						content: r.email,
						reason: m.cycle_inv_already_invited()
					}))
				].sort((a, b) => a.line - b.line),
				queued
			}
		};
	},
	anonymous: async (event) => {
		const { organisation, cycle, user } = await context(event);
		const form = parseForm(anonymousSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!cycle.groups.includes(form.data.group))
			return invalid(400, form.values, { group: m.cycle_inv_group_not_in_cycle() });
		const issued = await invitations.addAnonymous(
			organisation.id,
			cycle.id,
			form.data.group,
			form.data.count,
			user.id
		);
		return {
			anonymous: {
				group: form.data.group,
				ids: issued.map((l) => l.id),
				links: issued.map((l) => surveyUrl(event.url.origin, l.token))
			}
		};
	},
	send: async (event) => {
		const { organisation, cycle, user } = await context(event);
		if (!outbox.mailConfigured()) return invalid(409, {}, { mail: m.cycle_inv_mail_not_set_up() });
		const pending = (await invitations.list(organisation.id, cycle.id)).filter(
			(i) => i.kind === 'personal' && !i.sentAt && !i.revokedAt && !i.answered
		);
		const queued = await outbox.queueInvitations(
			organisation.id,
			cycle.id,
			pending.map((p) => p.id),
			'invitation',
			event.url.origin,
			user.id
		);
		return { mailed: { kind: 'invitation' as const, queued } };
	},
	remind: async (event) => {
		const { organisation, cycle, user } = await context(event);
		if (!outbox.mailConfigured()) return invalid(409, {}, { mail: m.cycle_inv_mail_not_set_up() });
		const waiting = await invitations.unanswered(organisation.id, cycle.id);
		const queued = await outbox.queueInvitations(
			organisation.id,
			cycle.id,
			waiting.map((w) => w.id),
			'reminder',
			event.url.origin,
			user.id
		);
		return { mailed: { kind: 'reminder' as const, queued } };
	},
	reissue: async (event) => {
		const { organisation, cycle } = await context(event);
		const form = parseForm(idSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await invitations.reissue(organisation.id, cycle.id, form.data.invitationId);
		if (!result.ok && result.reason === 'not-found') notFound();
		if (!result.ok) return invalid(409, {}, { reissue: m.cycle_inv_reissue_refused() });
		return {
			reissued: {
				email: result.link.email,
				url: surveyUrl(event.url.origin, result.link.token, result.link.language)
			}
		};
	},
	/** Erases one invitee's address, name and link on request; asked first on ?erase=<id>. */
	erase: async (event) => {
		const { organisation, cycle, user } = await context(event);
		const form = parseForm(eraseSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await erasure.eraseInvitee(organisation.id, cycle.id, form.data.invitationId, user.id)))
			notFound();
		return { erased: true };
	},
	revoke: async (event) => {
		const { organisation, cycle, user } = await context(event);
		const form = parseForm(idSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await invitations.revoke(organisation.id, cycle.id, form.data.invitationId, user.id)))
			notFound();
		return { revoked: form.data.invitationId };
	}
} satisfies Actions;
