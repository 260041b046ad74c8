/** The cover page: organisation, cycle, the headline figures and the table of contents. */
import type { Content } from 'pdfmake/interfaces';
import { notice } from '../../charts';
import * as f from '../../format';
import { fill } from '../../messages';
import type { ReportInput } from '../../types';
import { cards, keyFigure, small, withheldReason } from '../blocks';
import type { Derived } from '../derive';

/** Index, level and responses as cards, or why no score is shown. */
function headline(input: ReportInput, d: Derived): Content {
	const { t, f: fm } = d.locale;
	if (!d.scored) return notice(fill(t.coverWithheld, { reason: withheldReason(input.scores) }));
	const o = d.scored.overall;
	return {
		table: {
			widths: ['*', '*', '*'],
			body: [
				[
					keyFigure(t.maturityIndex, fm.score(o.index), t.onScale),
					keyFigure(
						t.maturityLevel,
						o.level !== null ? `${o.level} ${t.levels[o.level - 1] ?? ''}` : '–',
						o.level !== null ? (t.levelSummaries[o.level - 1] ?? '') : ''
					),
					keyFigure(
						t.responses,
						String(o.respondents),
						fill(t.responseRateOf, { rate: fm.percent(d.responseRate.rate) })
					)
				]
			]
		},
		layout: cards,
		margin: [0, 24, 0, 0]
	};
}

/** Cycle, period, status, questionnaire and generation time. */
function particulars(input: ReportInput, d: Derived): Content {
	const { t, f: fm } = d.locale;
	const status = input.provisional ? t.statusProvisional : t.statuses[input.cycle.status];
	return {
		table: {
			widths: [110, '*'],
			body: [
				[small(t.assessmentCycle), { text: f.plain(input.cycle.name), bold: true }],
				[small(t.period), `${fm.date(input.cycle.opensAt)} – ${fm.date(input.cycle.closesAt)}`],
				[small(t.status), { text: status, bold: input.provisional }],
				[
					small(t.questionnaire),
					fill(t.questionnaireVersion, {
						name: f.plain(input.instrument.name),
						version: input.instrument.version
					})
				],
				[small(t.generated), fm.dateTime(input.generatedAt)]
			]
		},
		layout: 'noBorders',
		margin: [0, 28, 0, 0]
	};
}

export function cover(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	const org = input.organisation;
	const sector = org.sector ? (t.sectors[org.sector] ?? org.sector) : null;
	const meta = [sector, org.sizeBand ? fill(t.employees, { band: org.sizeBand }) : null]
		.filter((x): x is string => !!x)
		.map(f.plain);
	return [
		{ text: t.kicker, style: 'kicker', margin: [0, 70, 0, 6] },
		{ text: t.title, style: 'title' },
		{ text: f.plain(org.name), style: 'coverOrg' },
		...(meta.length ? [{ text: meta.join(' · '), style: 'coverMeta' } as Content] : []),
		particulars(input, d),
		headline(input, d),
		...(input.provisional ? [notice(t.provisionalNotice)] : []),
		{
			toc: {
				title: { text: t.contents, style: 'h2' },
				textStyle: { fontSize: 9.5 },
				numberStyle: { fontSize: 9.5 }
			},
			margin: [0, 28, 0, 0]
		}
	];
}
