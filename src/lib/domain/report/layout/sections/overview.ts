/**
 * The start of the results: every dimension in one table (score, interval, level, target, gap,
 * change, n) with a line explaining each column, the strongest and weakest, and participation.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { LOW_RESPONSE_RATE } from '../../../cycle/status';
import type { CycleScoresScored } from '../../../scoring';
import { colours } from '../../charts';
import * as f from '../../format';
import { fill, groupNameIn, type ReportLocale } from '../../messages';
import { changeText, gapText, type DimensionRow } from '../../story';
import type { ReportInput } from '../../types';
import { h2, notShown, p, small, table, td, th } from '../blocks';
import { responseRateText, type Derived } from '../derive';

type Scored = DimensionRow & { score: number };

function dimensionRow(r: DimensionRow, locale: ReportLocale): TableCell[] {
	const fm = locale.f;
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
		td(fm.score(r.score), 'right', { bold: true }),
		td(r.low !== null && r.high !== null ? `${fm.score(r.low)}–${fm.score(r.high)}` : '–', 'right'),
		td(`${r.level ?? '–'}${r.betweenLevels ? '*' : ''}`, 'center'),
		td(fm.score(r.target), 'right'),
		td(gapText(r.gap, locale), 'right'),
		td(fm.score(r.previous), 'right'),
		td(changeText(r, locale), 'right'),
		td(String(r.n), 'right')
	];
}

/** All dimensions with their figures, building blocks then governance areas. */
export function dimensionTable(input: ReportInput, d: Derived): Content[] {
	if (!d.scored) return [notShown(input.scores, d)];
	const { t } = d.locale;
	const previous = input.previous ? f.truncate(f.plain(input.previous.name), 18) : t.previous;
	return [
		table(
			['*', 30, 52, 28, 34, 62, 44, 50, 24],
			[
				th(t.dimension),
				th(t.scoreShort, 'right'),
				th(t.interval95, 'right'),
				th(t.level, 'center'),
				th(t.target, 'right'),
				th(t.gapHeader, 'right'),
				th(previous, 'right'),
				th(t.change, 'right'),
				th('n', 'right')
			],
			d.story.dimensions.map((r) => dimensionRow(r, d.locale))
		),
		{
			stack: [
				t.explain.score,
				t.explain.interval,
				`* ${t.explain.betweenLevels}`,
				t.explain.gap,
				...(d.previous ? [t.explain.realChange] : []),
				t.explain.n
			].map((t) => small(t, { margin: [0, 0, 0, 1.5] })),
			margin: [0, -4, 0, 6]
		}
	];
}

function rankTable(title: string, rows: Scored[], locale: ReportLocale): Content {
	const { t, f: fm } = locale;
	return {
		stack: [
			{ text: title, style: 'h3' },
			table(
				['*', 34, 62],
				[th(t.dimension), th(t.scoreShort, 'right'), th(t.change, 'right')],
				rows.length
					? rows.map((r) => [
							td(r.title),
							td(fm.score(r.score), 'right', { bold: true }),
							td(changeText(r, locale), 'right')
						])
					: [[td(t.noScoredDimensions, 'left', { colSpan: 3, italics: true }), '', '']]
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
				rankTable(d.locale.t.strongest, order.slice(0, 3), d.locale),
				rankTable(d.locale.t.weakest, [...order].reverse().slice(0, 3), d.locale)
			],
			columnGap: 18
		}
	];
}

/** Response rate, groups under the low-rate line, and groups whose figures are withheld. */
export function participation(input: ReportInput, d: Derived): Content[] {
	const { t, f: fm } = d.locale;
	const groupName = (key: string) => f.plain(groupNameIn(t, key));
	const out: Content[] = [
		h2(t.participation),
		p(fill(t.responseRateLine, { rate: responseRateText(d, input) })),
		small(t.explain.responseRate, { margin: [0, -3, 0, 6] })
	];
	const lowGroups = input.responseRates.filter((r) => r.low);
	if (lowGroups.length) {
		out.push(
			p(
				fill(t.lowGroups, {
					rate: fm.percent(LOW_RESPONSE_RATE),
					groups: lowGroups.map((g) => `${groupName(g.group)} (${fm.percent(g.rate)})`).join(', ')
				})
			)
		);
	}
	const scored: CycleScoresScored | null = d.scored;
	const withheldGroups = scored?.groups.filter((g) => g.withheld !== null) ?? [];
	if (withheldGroups.length) {
		out.push(
			p(
				fill(t.withheldGroups, {
					groups: withheldGroups.map((g) => `${groupName(g.group)} (${g.withheld})`).join('; ')
				})
			)
		);
	}
	return out;
}
