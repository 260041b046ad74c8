/**
 * "Results at a glance": every dimension's figures, the chart against target, the strongest and
 * weakest, the trend (the index, then the dimensions as small multiples), functional integration
 * and participation. The trend's table of figures is in the appendix (`trendAppendix`).
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
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
import { fill, studyCitationIn } from '../../messages';
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
	if (!d.scored) return [notShown(input.scores, d)];
	const { t } = d.locale;
	const prevByKey = new Map((d.previous?.dimensions ?? []).map((x) => [x.key, x.score]));
	return [
		small(t.barsExplained, { margin: [0, 0, 0, 4] }),
		targetBarChart(
			d.dimensions.map((x) => ({
				label: titleOf(d, x.key),
				score: x.score,
				target: x.target,
				previous: prevByKey.get(x.key) ?? null,
				ci95: x.ci95,
				note: x.notApplicable ? t.notApplicable : t.noAnswers
			})),
			CONTENT_WIDTH,
			d.locale.chart
		),
		legend([
			{ symbol: 'bar', text: t.thisCycle },
			{ symbol: 'tick', text: t.target },
			{
				symbol: 'circle',
				text: d.previous
					? fill(t.previousCycleLegend, {
							cycle: f.truncate(f.plain(input.previous?.name ?? ''), 40)
						})
					: t.previousCycleNone
			},
			{ symbol: 'whisker', text: t.confidenceInterval }
		])
	];
}

export function chartsSection(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	return [
		h1(t.resultsAtAGlance, d.breaks),
		h2(t.everyDimension),
		...dimensionTable(input, d),
		h2(t.againstTarget),
		...targetBlock(input, d),
		...strongestAndWeakest(d),
		h2(t.trendAcrossCycles),
		...trendBlock(input, d),
		h2(t.integrationAgainstStudy),
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
			label: fill(d.locale.t.provisionalSuffix, { cycle: f.plain(input.cycle.name) }),
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
	const { t, f: fm } = d.locale;
	const keys = dimensionKeys(input, d);
	const colW = Math.min(62, (CONTENT_WIDTH - 150) / cols.length);
	return {
		...table(
			['*', ...cols.map(() => colW)],
			[th(t.dimension), ...cols.map((c) => th(f.truncate(c.label, 40), 'right'))],
			[
				...keys.map((k) => [
					td(titleOf(d, k)),
					...cols.map((c) => td(fm.score(c.dims[k]), 'right'))
				]),
				[
					td(t.maturityIndex, 'left', { bold: true }),
					...cols.map((c) => td(fm.score(c.index), 'right', { bold: true }))
				]
			]
		),
		fontSize: 7.5
	};
}

function trendBlock(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	const points = trendPoints(input, d);
	if (points.length === 0) return [notice(t.noClosedCycle)];
	const shown = points.slice(-MAX_TREND_COLUMNS * 2);
	const out: Content[] = [];
	if (shown.length === 1) out.push(small(t.oneCycleOnly, { margin: [0, 0, 0, 4] }));
	out.push(trendChart(shown, CONTENT_WIDTH, 170, d.locale.chart));
	out.push(
		legend([
			{ symbol: 'line', text: t.maturityIndex },
			{ symbol: 'band', text: t.rangeBand },
			...(shown.some((x) => x.provisional)
				? [{ symbol: 'dashed' as const, text: t.openCycleLegend }]
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
			text: d.locale.t.eachDimension,
			style: 'h3',
			headlineLevel: 2,
			margin: [0, 8, 0, 2]
		} as Content,
		small(fill(d.locale.t.panelsExplained, { first: shown[0]!.label, last: shown.at(-1)!.label }), {
			margin: [0, 0, 0, 6]
		}),
		...smallMultiples(panels, CONTENT_WIDTH, 4, d.locale.chart)
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
	return [h2(d.locale.t.trendFigures), trendTable(input, d, cols)];
}

function integrationBlock(input: ReportInput, d: Derived): Content[] {
	if (!d.scored) return [notShown(input.scores, d)];
	const { t, f: fm } = d.locale;
	const fns = d.scored.integration.functions;
	const verdicts = integrationVerdicts(fns, input.facts ?? {});
	if (fns.length === 0 && verdicts.study.known === 0) return [notice(t.nobodySaidFunctions)];
	const { study } = verdicts;
	const itemText = new Map(
		input.instrument.sections.flatMap((s) => s.items.map((i) => [i.key, i.text] as const))
	);
	const nameOf = (key: string, text: string) => f.plain(itemText.get(key) ?? text);
	const verdictRows: TableCell[][] = verdicts.functions.map((v) => [
		td(nameOf(v.key, v.text)),
		td(v.integrated === null ? t.notKnown : v.integrated ? t.integrated : t.notIntegrated, 'left', {
			bold: v.integrated === true
		}),
		td(
			v.basis === 'lead'
				? `${t.leadsFacts}${v.disputed ? t.respondentsDiffer : ''}`
				: v.basis === 'respondents'
					? t.respondentsMiddle
					: '–',
			'left',
			{ fontSize: 7.5 }
		),
		td(v.studyShare === null ? '–' : fm.percent(v.studyShare), 'right')
	]);
	const respondents: ReferenceBarRow[] = fns.map((fn) => ({
		label: nameOf(fn.key, fn.text),
		share: fn.share,
		reference: null,
		value: fm.percent(fn.share)
	}));
	return [
		p([
			{
				text: fill(t.studyIntegrated, { integrated: study.integrated, of: study.of }),
				bold: true
			},
			{
				text: `${study.known < study.of ? fill(t.studyNotKnown, { count: study.of - study.known }) : ''}${fill(t.studyAverage, { average: fm.score(study.averageIntegrated, 1) })}`
			}
		] as Content[]),
		table(
			['*', 80, 110, 70],
			[th(t.function), th(t.here), th(t.from), th(t.study, 'right')],
			verdictRows
		),
		small(t.integratedExplained, { margin: [0, -4, 0, 8] }),
		...(respondents.length > 0
			? [
					small(t.respondentsRate, { margin: [0, 0, 0, 4] }),
					referenceBarChart(respondents, CONTENT_WIDTH, d.locale.chart)
				]
			: []),
		small(fill(t.referenceSource, { source: studyCitationIn(t) }), { margin: [0, 4, 0, 8] })
	];
}
