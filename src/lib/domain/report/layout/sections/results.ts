/** "Results at a glance": dimensions against target, the trend, functional integration. */
import type { Content } from 'pdfmake/interfaces';
import { integrationReference, referenceSource } from '../../../benchmark/reference';
import {
	legend,
	notice,
	referenceBarChart,
	targetBarChart,
	trendChart,
	type ReferenceBarRow,
	type TrendChartPoint
} from '../../charts';
import * as f from '../../format';
import type { ReportInput } from '../../types';
import { h1, h2, notShown, small, table, td, th } from '../blocks';
import { functionKey, titleOf, type Derived } from '../derive';
import { CONTENT_WIDTH } from '../page';

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
		h2('The 14 dimensions against target'),
		...targetBlock(input, d),
		h2('Trend across cycles'),
		...trendBlock(input, d),
		h2('Functional integration against the reference study'),
		...integrationBlock(input, d)
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
	const keys = d.dimensions.length
		? d.dimensions.map((x) => x.key)
		: input.instrument.sections
				.filter((s) => s.kind === 'building_block' || s.kind === 'governance')
				.map((s) => s.key);
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
	const cols = points.slice(-MAX_TREND_COLUMNS);
	if (cols.length >= 2) out.push(trendTable(input, d, cols));
	return out;
}

function integrationBlock(input: ReportInput, d: Derived): Content[] {
	if (!d.scored) return [notShown(input.scores)];
	const fns = d.scored.integration.functions;
	if (fns.length === 0)
		return [notice('This questionnaire has no functional-integration questions.')];
	const rows: ReferenceBarRow[] = fns.map((fn) => {
		const ref = integrationReference[functionKey(fn.key)];
		return {
			label: f.plain(fn.text),
			share: fn.share,
			reference: ref ?? null,
			value: `${f.percent(fn.share)}${ref !== undefined ? ` · study ${f.percent(ref)}` : ' · no study figure'}`
		};
	});
	return [
		small(
			'Share of respondents who rate each function as consulted or integrated in CRM efforts (don’t know excluded).',
			{ margin: [0, 0, 0, 4] }
		),
		referenceBarChart(rows, CONTENT_WIDTH),
		legend([
			{ symbol: 'bar', text: 'Your organisation' },
			{
				symbol: 'diamond',
				text: 'Reference study: share of organisations integrating the function'
			}
		]),
		small(`Source of the reference figures: ${referenceSource}.`, { margin: [0, -4, 0, 8] })
	];
}
