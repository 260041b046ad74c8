import { error } from '@sveltejs/kit';
import { requireLead } from '$lib/server/auth/guard';
import * as exports from '$lib/server/exports';
import * as scoring from '$lib/server/scoring';
import { answersCsv, scoresCsv } from '$lib/domain/export/answers';
import type { RequestHandler } from './$types';

const files = ['answers.csv', 'answers.json', 'scores.csv', 'scores.json'] as const;

export const GET: RequestHandler = async (event) => {
	const { organisation } = await requireLead(event);
	const file = files.find((f) => f === event.params.file);
	if (!file) error(404, 'Not found');
	const body = file.startsWith('answers')
		? await exports.cycleAnswers(organisation.id, event.params.cycleId)
		: await scoring.scoreCycleForOrganisation(organisation.id, event.params.cycleId);
	if (!body) error(404, 'Not found');
	const text = file.endsWith('.json')
		? JSON.stringify(body, null, 2)
		: file === 'answers.csv'
			? answersCsv(body as Exclude<Awaited<ReturnType<typeof exports.cycleAnswers>>, null>)
			: scoresCsv(body as Exclude<Awaited<ReturnType<typeof scoring.scoreCycleForOrganisation>>, null>);
	return new Response(text, {
		headers: {
			'content-type': file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${file}"`,
			'cache-control': 'no-store'
		}
	});
};
