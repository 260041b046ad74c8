import { error, redirect } from '@sveltejs/kit';
import { choiceOf, parseSectionForm } from '$lib/domain/survey/schema';
import { invalid, NUL_MESSAGE, unstorableFields } from '$lib/forms';
import * as survey from '$lib/server/survey';
import { fill } from '$lib/i18n/fill';
import {
	markBegun,
	messagesOf,
	noStore,
	pageLanguage,
	requireOwnDraft,
	requireSurvey
} from '../respondent.server';
import type { Actions, PageServerLoad } from './$types';

function sectionAt(open: survey.Survey, stepParam: string) {
	const step = /^\d{1,3}$/.test(stepParam) ? Number(stepParam) : NaN;
	const section = open.instrument.sections[step - 1];
	if (!section) error(404, 'There is no such page in this survey.');
	return { step, section, items: survey.itemsOf(section) };
}

function questionRange(open: survey.Survey, step: number) {
	const counts = open.instrument.sections.map((s) => s.items.length);
	const before = counts.slice(0, step - 1).reduce((a, b) => a + b, 0);
	return {
		first: before + 1,
		last: before + (counts[step - 1] ?? 0),
		total: counts.reduce((a, b) => a + b, 0)
	};
}

export const load: PageServerLoad = async (event) => {
	noStore(event);
	const { open, state } = await requireOwnDraft(event);
	const { step, section, items } = sectionAt(open, event.params.step);
	markBegun(event, open.token);
	return {
		...pageLanguage(event, open),
		resumeCode: state.resumeCode,
		organisationName: open.organisationName,
		step,
		total: open.instrument.sections.length,
		// Progress counts questions: this page's first and last, of all.
		questions: questionRange(open, step),
		section: {
			id: section.id,
			kind: section.kind,
			title: section.title,
			description: section.description,
			items: items.map((i) => ({ id: i.id, kind: i.kind, text: i.text, anchors: i.anchors }))
		},
		notMyArea: open.instrument.offersNotMyArea ?? false,
		choices: Object.fromEntries(items.map((i) => [i.id, choiceOf(state.answers.get(i.id))])),
		comment: state.comments.get(section.id) ?? ''
	};
};

export const actions = {
	default: async (event) => {
		const open = await requireSurvey(event);
		const { step, section, items } = sectionAt(open, event.params.step);
		const t = messagesOf(event);
		const formData = await event.request.formData();
		if (Object.keys(unstorableFields(formData.entries())).length > 0)
			return invalid(400, {}, { form: NUL_MESSAGE });
		const fields: Record<string, string> = {};
		for (const [key, value] of formData)
			if (typeof value === 'string' && !(key in fields)) fields[key] = value;
		const parsed = parseSectionForm({ items }, fields);
		if (parsed.errors.length > 0) {
			return invalid(
				400,
				{},
				{
					form: parsed.errors.includes('comment') ? t.commentTooLong : t.answersInvalid
				}
			);
		}
		const result = await survey.save(open, {
			answers: parsed.answers,
			comments:
				parsed.comment === undefined ? [] : [{ sectionId: section.id, text: parsed.comment }]
		});
		if (!result.ok) {
			if (result.reason === 'submitted') redirect(303, `/s/${open.token}/thanks`);
			if (result.reason === 'locked') redirect(303, `/s/${open.token}/resume`);
			if (result.reason === 'closed')
				error(410, fill(t.errorClosedOnSave, { organisation: open.organisationName }));
			return invalid(400, {}, { form: t.answersInvalid });
		}
		const base = `/s/${open.token}`;
		const total = open.instrument.sections.length;
		const go = fields.go;
		if (go === 'back') redirect(303, step > 1 ? `${base}/${step - 1}` : base);
		if (go === 'review' || step >= total) redirect(303, `${base}/review`);
		redirect(303, `${base}/${step + 1}`);
	}
} satisfies Actions;
