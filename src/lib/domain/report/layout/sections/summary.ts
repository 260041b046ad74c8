/** The executive summary: the headline figures, strongest and weakest dimensions, gaps, actions. */
import type { Content } from 'pdfmake/interfaces';
import { isEarlyWin } from '../../../action/schema';
import type { DimensionChange } from '../../../cycle/compare';
import { LOW_RESPONSE_RATE } from '../../../cycle/status';
import type { CycleScoresScored, DimensionScore } from '../../../scoring';
import { notice } from '../../charts';
import * as f from '../../format';
import type { ReportInput } from '../../types';
import { cards, h1, h2, keyFigure, p, table, td, th, withheldReason } from '../blocks';
import { ranked, responseRateText, titleOf, type Derived } from '../derive';

type Ranked = DimensionScore & { score: number };

function changeText(c: DimensionChange | undefined): string {
	if (!c || c.delta === null) return '–';
	return c.verdict === 'real change' ? `${f.signed(c.delta)}` : `${f.signed(c.delta)} (noise)`;
}

/** A withheld cycle: why, how many responded, and the threshold. */
function withheldSummary(input: ReportInput, d: Derived): Content[] {
	return [
		notice(
			`No scores are shown for this cycle: ${withheldReason(input.scores)}. ${input.scores.respondents} responses were submitted; the anonymity threshold is ${input.scores.anonymityThreshold}.`
		),
		p(`Response rate: ${responseRateText(d, input)}.`)
	];
}

/** The opening sentence: level, index and the base it rests on. */
function overview(input: ReportInput, scored: CycleScoresScored): Content {
	const o = scored.overall;
	const level = o.level !== null ? `level ${o.level}, ${o.levelName}` : 'no maturity level';
	return p([
		{ text: f.plain(input.organisation.name) },
		` is at ${level}: a maturity index of `,
		{ text: f.score(o.index), bold: true },
		` on the 1–5 scale (${f.score(o.index100, 0)} of 100), from ${o.respondents} responses across ${o.dimensionsScored} dimensions.`,
		input.provisional ? ' The cycle is still open, so these figures are provisional.' : ''
	] as Content[]);
}

/** Index, level, change since the previous cycle and response rate as four cards. */
function keyFigures(input: ReportInput, d: Derived, scored: CycleScoresScored): Content {
	const o = scored.overall;
	const prevIndex = d.previous?.overall.index ?? null;
	const change = o.index !== null && prevIndex !== null ? o.index - prevIndex : null;
	const changeCell =
		change === null
			? keyFigure(
					'Change since previous cycle',
					'–',
					input.previous ? `${f.plain(input.previous.name)}: not scored` : 'first cycle'
				)
			: keyFigure(
					'Change since previous cycle',
					f.signed(change),
					`from ${f.score(prevIndex)} in ${f.plain(input.previous?.name ?? '')}`
				);
	return {
		table: {
			widths: ['*', '*', '*', '*'],
			body: [
				[
					keyFigure('Maturity index', f.score(o.index), `${f.score(o.index100, 0)} of 100`),
					keyFigure('Maturity level', o.level !== null ? String(o.level) : '–', o.levelName ?? ''),
					changeCell,
					keyFigure(
						'Response rate',
						f.percent(d.responseRate.rate),
						d.responseRate.rate === null
							? `${o.respondents} responses`
							: `${d.responseRate.responded} of ${d.responseRate.invited} invited`
					)
				]
			]
		},
		layout: cards,
		margin: [0, 4, 0, 14]
	};
}

function rankTable(d: Derived, title: string, rows: Ranked[]): Content {
	return {
		stack: [
			{ text: title, style: 'h3' },
			table(
				['*', 34, 62],
				[th('Dimension'), th('Score', 'right'), th('Change', 'right')],
				rows.length
					? rows.map((r) => [
							td(titleOf(d, r.key)),
							td(f.score(r.score), 'right', { bold: true }),
							td(changeText(d.changes.get(r.key)), 'right')
						])
					: [[td('No scored dimensions', 'left', { colSpan: 3, italics: true }), '', '']]
			)
		]
	};
}

/** The three strongest and three weakest dimensions, side by side. */
function strongestAndWeakest(d: Derived, order: Ranked[]): Content {
	const strongest = order.slice(0, 3);
	const weakest = [...order].reverse().slice(0, 3);
	return {
		columns: [
			rankTable(d, 'Three strongest dimensions', strongest),
			rankTable(d, 'Three weakest dimensions', weakest)
		],
		columnGap: 18
	};
}

/** Response rate, groups under the low-rate line, and groups whose figures are withheld. */
function participation(input: ReportInput, d: Derived, scored: CycleScoresScored): Content[] {
	const out: Content[] = [h2('Participation'), p(`Response rate: ${responseRateText(d, input)}.`)];
	const lowGroups = input.responseRates.filter((r) => r.low);
	if (lowGroups.length) {
		out.push(
			p(
				`Groups below a ${f.percent(LOW_RESPONSE_RATE)} response rate: ${lowGroups
					.map((g) => `${f.groupName(g.group)} (${f.percent(g.rate)})`)
					.join(', ')}. Their views may be under-represented.`
			)
		);
	}
	const withheldGroups = scored.groups.filter((g) => g.withheld !== null);
	if (withheldGroups.length) {
		out.push(
			p(
				`Group figures not shown: ${withheldGroups.map((g) => `${f.groupName(g.group)} (${g.withheld})`).join('; ')}. Their answers still count in the whole-organisation figures.`
			)
		);
	}
	return out;
}

/** The three dimensions furthest below their target. */
function largestGaps(d: Derived, order: Ranked[]): Content[] {
	const gaps = order
		.map((x) => ({ x, gap: x.gapToTarget }))
		.filter((g): g is { x: Ranked; gap: number } => g.gap !== null && g.gap > 0)
		.sort((a, b) => b.gap - a.gap)
		.slice(0, 3);
	if (!gaps.length) return [];
	return [
		h2('Largest gaps to target'),
		{
			ul: gaps.map(
				(g) =>
					`${titleOf(d, g.x.key)}: ${f.score(g.x.score)} against a target of ${f.score(g.x.target)} (${f.score(g.gap)} to go)`
			),
			margin: [0, 0, 0, 6]
		}
	];
}

/** How many actions are planned, done, and open early wins. */
function actionPlan(input: ReportInput): Content[] {
	if (!input.actions.length) return [];
	const wins = input.actions.filter(
		(a) => isEarlyWin(a) && a.status !== 'done' && a.status !== 'dropped'
	);
	return [
		h2('Action plan'),
		p(
			`${input.actions.length} action${input.actions.length === 1 ? '' : 's'} planned, ${input.actions.filter((a) => a.status === 'done').length} done; ${wins.length} open early win${wins.length === 1 ? '' : 's'} (high impact, low to medium complexity).`
		)
	];
}

export function executiveSummary(input: ReportInput, d: Derived): Content[] {
	const heading = h1('Executive summary', true);
	if (!d.scored) return [heading, ...withheldSummary(input, d)];
	const order = ranked(d);
	return [
		heading,
		overview(input, d.scored),
		keyFigures(input, d, d.scored),
		strongestAndWeakest(d, order),
		...participation(input, d, d.scored),
		...largestGaps(d, order),
		...actionPlan(input)
	];
}
