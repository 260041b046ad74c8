import { error, redirect } from '@sveltejs/kit';
import { invalid } from '$lib/forms';
import { z } from 'zod';
import * as survey from '$lib/server/survey';
import { fill } from '$lib/i18n/fill';
import { messagesOf, noStore, pageLanguage, requireSurvey } from '../respondent.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const open = await requireSurvey(event);
	const state = await survey.state(open);
	if (state.status !== 'locked') redirect(303, `/s/${open.token}`);
	return { ...pageLanguage(event, open), organisationName: open.organisationName };
};

const codeSchema = (t: ReturnType<typeof messagesOf>) =>
	z.object({ code: z.string().trim().min(1, t.resumeCodeMissing).max(20, t.resumeCodeTooLong) });

export const actions = {
	code: async (event) => {
		const open = await requireSurvey(event);
		const t = messagesOf(event);
		const parsed = codeSchema(t).safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success)
			return invalid(400, { code: '' }, { code: parsed.error.issues[0]!.message });
		const result = await survey.resumeWithCode(open, parsed.data.code);
		if (result.ok || result.reason === 'no-draft') redirect(303, `/s/${open.token}`);
		if (result.reason === 'submitted') redirect(303, `/s/${open.token}/thanks`);
		if (result.reason === 'rate-limited') {
			error(
				429,
				fill(t.resumeRateLimited, { minutes: Math.ceil((result.retryAfterSeconds ?? 60) / 60) })
			);
		}
		return invalid(400, { code: parsed.data.code }, { code: t.resumeCodeWrong });
	},
	startOver: async (event) => {
		const open = await requireSurvey(event);
		const confirmed = (await event.request.formData()).get('confirm') === 'yes';
		if (!confirmed) return invalid(400, {}, { confirm: messagesOf(event).resumeConfirmMissing });
		await survey.startOver(open);
		redirect(303, `/s/${open.token}`);
	}
} satisfies Actions;
