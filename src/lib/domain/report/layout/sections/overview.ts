/**
 * The start of the results: every dimension in one table (score, interval, level, target, gap,
 * change, n) with a line explaining each column, the strongest and weakest, and participation.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { LOW_RESPONSE_RATE } from '../../../cycle/status';
import type { CycleScoresScored } from '../../../scoring';
import { colours } from '../../charts';
import * as f from '../../format';
import { EXPLAIN, changeText, gapText, type DimensionRow } from '../../story';
import type { ReportInput } from '../../types';
import { h2, notShown, p, small, table, td, th } from '../blocks';
import { responseRateText, type Derived } from '../derive';

type Scored = DimensionRow & { score: number };

function dimensionRow(r: DimensionRow): TableCell[] {
	if (r.score === null)
		return [
			td(r.title),
			td(r.note ?? '–', 'left', { colSpan: 7, italics: true, color: colours.muted }),
			'',
			'',
			'',
			'',
			'',
			'',
			td(String(r.n), 'right')
		];
	return [
		td(r.title),
		td(f.score(r.score), 'right', { bold: true }),
		td(r.low !== null && r.high !== null ? `${f.score(r.low)}–${f.score(r.high)}` : '–', 'right'),
		td(`${r.level ?? '–'}${r.betweenLevels ? '*' : ''}`, 'center'),
		td(f.score(r.target), 'right'),
		td(gapText(r.gap), 'right'),
		td(f.score(r.previous), 'right'),
		td(changeText(r), 'right'),
		td(String(r.n), 'right')
	];
}

/** All dimensions with their figures, building blocks then governance areas. */
export function dimensionTable(input: ReportInput, d: Derived): Content[] {
	if (!d.scored) return [notShown(input.scores)];
	const previous = input.previous ? f.truncate(f.plain(input.previous.name), 18) : 'Previous';
	return [
		table(
			['*', 30, 52, 28, 34, 62, 44, 50, 24],
			[
				th('Dimension'),
				th('Score', 'right'),
				th('95% interval', 'right'),
				th('Level', 'center'),
				th('Target', 'right'),
				th('Gap (target − score)', 'right'),
				th(previous, 'right'),
				th('Change', 'right'),
				th('n', 'right')
			],
			d.story.dimensions.map(dimensionRow)
		),
		{
			stack: [
				EXPLAIN.score,
				EXPLAIN.interval,
				`* ${EXPLAIN.betweenLevels}`,
				EXPLAIN.gap,
				...(d.previous ? [EXPLAIN.realChange] : []),
				EXPLAIN.n
			].map((t) => small(t, { margin: [0, 0, 0, 1.5] })),
			margin: [0, -4, 0, 6]
		}
	];
}

function rankTable(title: string, rows: Scored[]): Content {
	return {
		stack: [
			{ text: title, style: 'h3' },
			table(
				['*', 34, 62],
				[th('Dimension'), th('Score', 'right'), th('Change', 'right')],
				rows.length
					? rows.map((r) => [
							td(r.title),
							td(f.score(r.score), 'right', { bold: true }),
							td(changeText(r), 'right')
						])
					: [[td('No scored dimensions', 'left', { colSpan: 3, italics: true }), '', '']]
			)
		]
	};
}

/** The three strongest and three weakest dimensions, side by side. */
export function strongestAndWeakest(d: Derived): Content[] {
	if (!d.scored) return [];
	const order = d.story.dimensions
		.filter((r): r is Scored => r.score !== null && Number.isFinite(r.score))
		.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
	return [
		{
			columns: [
				rankTable('Three strongest dimensions', order.slice(0, 3)),
				rankTable('Three weakest dimensions', [...order].reverse().slice(0, 3))
			],
			columnGap: 18
		}
	];
}

/** Response rate, groups under the low-rate line, and groups whose figures are withheld. */
export function participation(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = [
		h2('Participation'),
		p(`Response rate: ${responseRateText(d, input)}.`),
		small(EXPLAIN.responseRate, { margin: [0, -3, 0, 6] })
	];
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
	const scored: CycleScoresScored | null = d.scored;
	const withheldGroups = scored?.groups.filter((g) => g.withheld !== null) ?? [];
	if (withheldGroups.length) {
		out.push(
			p(
				`Group figures not shown: ${withheldGroups.map((g) => `${f.groupName(g.group)} (${g.withheld})`).join('; ')}. Their answers still count in the whole-organisation figures.`
			)
		);
	}
	return out;
}
