/** The cover page: organisation, cycle, the headline figures and the table of contents. */
import type { Content } from 'pdfmake/interfaces';
import { statusLabels } from '../../../cycle/status';
import { maturityLevels } from '../../../instrument/types';
import { notice } from '../../charts';
import * as f from '../../format';
import type { ReportInput } from '../../types';
import { cards, keyFigure, small, withheldReason } from '../blocks';
import type { Derived } from '../derive';

/** Index, level and responses as cards, or why no score is shown. */
function headline(input: ReportInput, d: Derived): Content {
	if (!d.scored)
		return notice(`Scores are not shown for this cycle: ${withheldReason(input.scores)}.`);
	const o = d.scored.overall;
	return {
		table: {
			widths: ['*', '*', '*'],
			body: [
				[
					keyFigure('Maturity index', f.score(o.index), 'on the 1–5 scale'),
					keyFigure(
						'Maturity level',
						o.level !== null ? `${o.level} ${o.levelName ?? ''}` : '–',
						o.level !== null ? (maturityLevels[o.level - 1]?.summary ?? '') : ''
					),
					keyFigure(
						'Responses',
						String(o.respondents),
						`response rate ${f.percent(d.responseRate.rate)}`
					)
				]
			]
		},
		layout: cards,
		margin: [0, 24, 0, 0]
	};
}

/** Cycle, period, status, questionnaire and generation time. */
function particulars(input: ReportInput): Content {
	const status = input.provisional
		? 'Open – figures are provisional'
		: statusLabels[input.cycle.status];
	return {
		table: {
			widths: [110, '*'],
			body: [
				[small('Assessment cycle'), { text: f.plain(input.cycle.name), bold: true }],
				[small('Period'), `${f.date(input.cycle.opensAt)} – ${f.date(input.cycle.closesAt)}`],
				[small('Status'), { text: status, bold: input.provisional }],
				[
					small('Questionnaire'),
					`${f.plain(input.instrument.name)}, version ${input.instrument.version}`
				],
				[small('Generated'), f.dateTime(input.generatedAt)]
			]
		},
		layout: 'noBorders',
		margin: [0, 28, 0, 0]
	};
}

export function cover(input: ReportInput, d: Derived): Content[] {
	const org = input.organisation;
	const meta = [org.sector, org.sizeBand ? `${org.sizeBand} employees` : null]
		.filter((x): x is string => !!x)
		.map(f.plain);
	return [
		{ text: 'BOARD REPORT', style: 'kicker', margin: [0, 70, 0, 6] },
		{ text: 'CRM governance maturity', style: 'title' },
		{ text: f.plain(org.name), style: 'coverOrg' },
		...(meta.length ? [{ text: meta.join(' · '), style: 'coverMeta' } as Content] : []),
		particulars(input),
		headline(input, d),
		...(input.provisional
			? [
					notice(
						'This report was made while the cycle is still open. Every figure is provisional and will change as more responses arrive; use the report made after the cycle closes for decisions.'
					)
				]
			: []),
		{
			toc: {
				title: { text: 'Contents', style: 'h2' },
				textStyle: { fontSize: 9.5 },
				numberStyle: { fontSize: 9.5 }
			},
			margin: [0, 28, 0, 0]
		}
	];
}
