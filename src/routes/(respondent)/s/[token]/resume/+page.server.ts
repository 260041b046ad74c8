import { error, redirect } from '@sveltejs/kit';
import { invalid } from '$lib/forms';
import { z } from 'zod';
import * as survey from '$lib/server/survey';
import { noStore, requireSurvey } from '../respondent.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const open = await requireSurvey(event);
	const state = await survey.state(open);
	if (state.status !== 'locked') redirect(303, `/s/${open.token}`);
	return { organisationName: open.organisationName };
};

const codeSchema = z.object({
	code: z
		.string()
		.trim()
		.min(1, 'Enter the code shown on your other device.')
		.max(20, 'A code has 8 letters and digits.')
});

export const actions = {
	code: async (event) => {
		const open = await requireSurvey(event);
		const parsed = codeSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success)
			return invalid(400, { code: '' }, { code: parsed.error.issues[0]!.message });
		const result = await survey.resumeWithCode(open, parsed.data.code);
		if (result.ok || result.reason === 'no-draft') redirect(303, `/s/${open.token}`);
		if (result.reason === 'submitted') redirect(303, `/s/${open.token}/thanks`);
		if (result.reason === 'rate-limited') {
			error(
				429,
				`Too many wrong codes were tried for this survey. Please try again in ${Math.ceil((result.retryAfterSeconds ?? 60) / 60)} minutes.`
			);
		}
		return invalid(
			400,
			{ code: parsed.data.code },
			{ code: 'This code does not match. Check it on your other device: each code works once.' }
		);
	},
	startOver: async (event) => {
		const open = await requireSurvey(event);
		const confirmed = (await event.request.formData()).get('confirm') === 'yes';
		if (!confirmed)
			return invalid(
				400,
				{},
				{
					confirm: 'Tick the box to confirm that the earlier answers may be deleted.'
				}
			);
		await survey.startOver(open);
		redirect(303, `/s/${open.token}`);
	}
} satisfies Actions;
