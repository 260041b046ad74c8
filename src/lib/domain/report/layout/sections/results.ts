/**
 * "Results at a glance": every dimension's figures, the chart against target, the strongest and
 * weakest, the trend (the index, then the dimensions as small multiples), functional integration
 * and participation. The trend's table of figures is in the appendix (`trendAppendix`).
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { referenceSource } from '../../../benchmark/reference';
import { integrationVerdicts } from '../../../cycle/facts';
import {
	legend,
	notice,
	referenceBarChart,
	smallMultiples,
	targetBarChart,
	trendChart,
	type ReferenceBarRow,
	type TrendChartPoint
} from '../../charts';
import * as f from '../../format';
import type { ReportInput } from '../../types';
import { h1, h2, notShown, p, small, table, td, th } from '../blocks';
import { titleOf, type Derived } from '../derive';
import { CONTENT_WIDTH } from '../page';
import { dimensionTable, participation, strongestAndWeakest } from './overview';

/** Cycles in the trend table (the chart shows up to twice as many). */
const MAX_TREND_COLUMNS = 6;

type TrendPoint = TrendChartPoint & { dims: Record<string, number | null> };

/** The 14 dimensions as bars against their targets, with the previous cycle and the intervals. */
function targetBlock(input: ReportInput, d: Derived): Content[] {
	if (!d.scored) return [notShown(input.scores)];
	const prevByKey = new Map((d.previous?.dimensions ?? []).map((x) => [x.key, x.score]));
	return [
		small(
			'Bars show this cycle’s score (mean of item means) on the 1–5 maturity scale, whiskers the 95% confidence interval.',
			{ margin: [0, 0, 0, 4] }
		),
		targetBarChart(
			d.dimensions.map((x) => ({
				label: titleOf(d, x.key),
				score: x.score,
				target: x.target,
				previous: prevByKey.get(x.key) ?? null,
				ci95: x.ci95,
				note: x.notApplicable ? 'not applicable in this cycle' : 'no answers'
			})),
			CONTENT_WIDTH
		),
		legend([
			{ symbol: 'bar', text: 'This cycle' },
			{ symbol: 'tick', text: 'Target' },
			{
				symbol: 'circle',
				text: d.previous
					? `Previous cycle (${f.truncate(f.plain(input.previous?.name ?? ''), 40)})`
					: 'Previous cycle (none)'
			},
			{ symbol: 'whisker', text: '95% confidence interval' }
		])
	];
}

export function chartsSection(input: ReportInput, d: Derived): Content[] {
	return [
		h1('Results at a glance', d.breaks),
		h2('Every dimension'),
		...dimensionTable(input, d),
		h2('The 14 dimensions against target'),
		...targetBlock(input, d),
		...strongestAndWeakest(d),
		h2('Trend across cycles'),
		...trendBlock(input, d),
		h2('Functional integration against the reference study'),
		...integrationBlock(input, d),
		...participation(input, d)
	];
}

/** Lowest and highest of a cycle's dimension scores (null without any). */
function range(dims: Record<string, number | null>): { low: number | null; high: number | null } {
	const vals = Object.values(dims).filter(
		(v): v is number => typeof v === 'number' && Number.isFinite(v)
	);
	return {
		low: vals.length ? Math.min(...vals) : null,
		high: vals.length ? Math.max(...vals) : null
	};
}

/** The closed cycles, then this open cycle's provisional figure. */
function trendPoints(input: ReportInput, d: Derived): TrendPoint[] {
	const points: TrendPoint[] = input.trend.map((t) => ({
		label: f.plain(t.cycleName),
		index: t.index,
		...range(t.dimensions),
		dims: t.dimensions
	}));
	if (input.provisional && d.scored && d.scored.overall.index !== null) {
		const dims = Object.fromEntries(d.dimensions.map((x) => [x.key, x.score]));
		points.push({
			label: `${f.plain(input.cycle.name)} (provisional)`,
			index: d.scored.overall.index,
			...range(dims),
			provisional: true,
			dims
		});
	}
	return points;
}

/** Dimension scores per cycle, the latest cycles only. */
function trendTable(input: ReportInput, d: Derived, cols: TrendPoint[]): Content {
	const keys = dimensionKeys(input, d);
	const colW = Math.min(62, (CONTENT_WIDTH - 150) / cols.length);
	return {
		...table(
			['*', ...cols.map(() => colW)],
			[th('Dimension'), ...cols.map((c) => th(f.truncate(c.label, 40), 'right'))],
			[
				...keys.map((k) => [
					td(titleOf(d, k)),
					...cols.map((c) => td(f.score(c.dims[k]), 'right'))
				]),
				[
					td('Maturity index', 'left', { bold: true }),
					...cols.map((c) => td(f.score(c.index), 'right', { bold: true }))
				]
			]
		),
		fontSize: 7.5
	};
}

function trendBlock(input: ReportInput, d: Derived): Content[] {
	const points = trendPoints(input, d);
	if (points.length === 0)
		return [notice('No closed cycle yet: the trend starts once a cycle has closed.')];
	const shown = points.slice(-MAX_TREND_COLUMNS * 2);
	const out: Content[] = [];
	if (shown.length === 1)
		out.push(
			small('Only one cycle so far: the trend line starts with the next closed cycle.', {
				margin: [0, 0, 0, 4]
			})
		);
	out.push(trendChart(shown, CONTENT_WIDTH, 170));
	out.push(
		legend([
			{ symbol: 'line', text: 'Maturity index' },
			{ symbol: 'band', text: 'Range from weakest to strongest dimension' },
			...(shown.some((x) => x.provisional)
				? [{ symbol: 'dashed' as const, text: 'Open cycle (provisional)' }]
				: [])
		])
	);
	out.push(...dimensionTrends(input, d, shown));
	return out;
}

/** The dimensions' own lines, one small panel each (from two cycles on). */
function dimensionTrends(input: ReportInput, d: Derived, shown: TrendPoint[]): Content[] {
	if (shown.length < 2) return [];
	const targets = new Map(d.dimensions.map((x) => [x.key, x.target]));
	const panels = dimensionKeys(input, d).map((k) => ({
		title: titleOf(d, k),
		values: shown.map((pt) => pt.dims[k] ?? null),
		target: targets.get(k) ?? null
	}));
	return [
		{
			text: 'Each dimension on its own',
			style: 'h3',
			headlineLevel: 2,
			margin: [0, 8, 0, 2]
		} as Content,
		small(
			`Each panel runs from ${shown[0]!.label} (left) to ${shown.at(-1)!.label} (right) on the same scale, from 1 (bottom line) to 5 (top line); the dashed line is this cycle’s target; beside the line, the first and the latest score. The figures are in appendix A.`,
			{ margin: [0, 0, 0, 6] }
		),
		...smallMultiples(panels, CONTENT_WIDTH)
	];
}

/** The maturity dimensions in the report's order. */
function dimensionKeys(input: ReportInput, d: Derived): string[] {
	return d.dimensions.length
		? d.dimensions.map((x) => x.key)
		: input.instrument.sections
				.filter((s) => s.kind === 'building_block' || s.kind === 'governance')
				.map((s) => s.key);
}

/** Appendix: the trend's figures, dimension by cycle (the latest cycles). */
export function trendAppendix(input: ReportInput, d: Derived): Content[] {
	const cols = trendPoints(input, d).slice(-MAX_TREND_COLUMNS);
	if (cols.length < 2) return [];
	return [h2('Trend figures'), trendTable(input, d, cols)];
}

function integrationBlock(input: ReportInput, d: Derived): Content[] {
	if (!d.scored) return [notShown(input.scores)];
	const fns = d.scored.integration.functions;
	const verdicts = integrationVerdicts(fns, input.facts ?? {});
	if (fns.length === 0 && verdicts.study.known === 0)
		return [notice('Nobody has said which functions take part in CRM for this cycle.')];
	const { study } = verdicts;
	const verdictRows: TableCell[][] = verdicts.functions.map((v) => [
		td(f.plain(v.text)),
		td(
			v.integrated === null ? 'not known' : v.integrated ? 'integrated' : 'not integrated',
			'left',
			{ bold: v.integrated === true }
		),
		td(
			v.basis === 'lead'
				? `lead’s facts${v.disputed ? ' (respondents differ)' : ''}`
				: v.basis === 'respondents'
					? 'respondents’ middle rating'
					: '–',
			'left',
			{ fontSize: 7.5 }
		),
		td(v.studyShare === null ? '–' : f.percent(v.studyShare), 'right')
	]);
	const respondents: ReferenceBarRow[] = fns.map((fn) => ({
		label: f.plain(fn.text),
		share: fn.share,
		reference: null,
		value: f.percent(fn.share)
	}));
	return [
		p([
			{
				text: `${study.integrated} of the study’s ${study.of} functions integrated`,
				bold: true
			},
			{
				text: `${study.known < study.of ? ` (${study.of - study.known} not known)` : ''}; the study’s average organisation integrates ${f.score(study.averageIntegrated, 1)}.`
			}
		] as Content[]),
		table(
			['*', 80, 110, 70],
			[th('Function'), th('Here'), th('From'), th('Study', 'right')],
			verdictRows
		),
		small(
			'Integrated: the function is fully part of CRM work — what the study counts, as the share of its organisations integrating each function. The lead’s facts decide; where the lead left a function blank, the median rating of the respondents who rated it.',
			{ margin: [0, -4, 0, 8] }
		),
		...(respondents.length > 0
			? [
					small(
						'How respondents rate each function: the share rating it consulted or integrated (don’t know excluded).',
						{ margin: [0, 0, 0, 4] }
					),
					referenceBarChart(respondents, CONTENT_WIDTH)
				]
			: []),
		small(`Source of the reference figures: ${referenceSource}.`, { margin: [0, 4, 0, 8] })
	];
}
