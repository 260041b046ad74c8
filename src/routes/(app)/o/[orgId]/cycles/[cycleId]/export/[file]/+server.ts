import { error } from '@sveltejs/kit';
import { requireLead, notFound } from '$lib/server/auth/guard';
import * as exports from '$lib/server/scoring/exports';
import * as reports from '$lib/server/reports';
import { FILE_TYPE } from '$lib/server/reports/office-types';
import * as scoring from '$lib/server/scoring';
import { answersCsv, scoresCsv } from '$lib/domain/export/answers';
import type { RequestHandler } from './$types';

const files = [
	'answers.csv',
	'answers.json',
	'scores.csv',
	'scores.json',
	'workbook.xlsx'
] as const;

export const GET: RequestHandler = async (event) => {
	const { organisation, user } = await requireLead(event);
	const file = files.find((f) => f === event.params.file);
	if (!file) notFound();
	if (file === 'workbook.xlsx') {
		// The figures as they stand, in the board report's workbook (the same sheets, rules and
		// language as a report the lead would ask for).
		const book = await reports.currentWorkbook(
			organisation.id,
			event.params.cycleId,
			await reports.languageFor(user.id, organisation.language)
		);
		if (!book) notFound();
		return new Response(Buffer.from(book.bytes), {
			headers: {
				'content-type': FILE_TYPE.xlsx,
				'content-disposition': `attachment; filename="${book.provisional ? 'provisional-' : ''}workbook.xlsx"`,
				'cache-control': 'no-store'
			}
		});
	}
	let text: string;
	if (file.startsWith('answers')) {
		const answers = await exports.cycleAnswers(organisation.id, event.params.cycleId);
		if (!answers.ok && answers.reason === 'not-closed') {
			error(
				409,
				'Answers can be exported once the cycle is closed: two exports of an open cycle would show who answered in between.'
			);
		}
		if (!answers.ok) notFound();
		text =
			file === 'answers.csv' ? answersCsv(answers.export) : JSON.stringify(answers.export, null, 2);
	} else {
		const scores = await scoring.scoreCycleForOrganisation(organisation.id, event.params.cycleId);
		if (!scores) notFound();
		text = file === 'scores.csv' ? scoresCsv(scores) : JSON.stringify(scores, null, 2);
	}
	return new Response(text, {
		headers: {
			'content-type': file.endsWith('.json')
				? 'application/json; charset=utf-8'
				: 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${file}"`,
			'cache-control': 'no-store'
		}
	});
};
