import { describe, it, expect } from 'vitest';
import {
	dashboardColours,
	integrationChart,
	radarChart,
	trendChart,
	wrapLabel
} from '../../src/lib/domain/dashboard/charts';
import type { DashboardView } from '../../src/lib/domain/dashboard/view';
import { trendRuns, type TrendSeries } from '../../src/lib/domain/dashboard/trends';

type Radar = DashboardView['radar'][number];
type Integration = DashboardView['integration'];

const radar = (previous: Radar['previous']): Radar => ({
	kind: 'governance',
	labels: ['Vision', 'Data governance and quality'],
	current: [3.25, null],
	target: [4, 3.5],
	previous
});

describe('wrapping axis labels', () => {
	it('fills lines up to the width and keeps a longer word whole', () => {
		expect(wrapLabel('Data governance and quality')).toEqual(['Data', 'governance', 'and quality']);
		expect(wrapLabel('Customer knowledge management')).toEqual([
			'Customer',
			'knowledge',
			'management'
		]);
		expect(wrapLabel('Vision')).toEqual(['Vision']);
		expect(wrapLabel('Organisational alignment', 30)).toEqual(['Organisational alignment']);
		expect(wrapLabel('a b c d e', 3)).toEqual(['a b', 'c d', 'e']);
	});
});

describe('the dashboard radar', () => {
	it('draws this cycle filled and the targets dashed on a 1–5 scale, labels wrapped', () => {
		const config = radarChart(radar(null), 'Spring 2024');
		expect(config.type).toBe('radar');
		expect(config.data.labels).toEqual([['Vision'], ['Data', 'governance', 'and quality']]);
		const [current, target, ...rest] = config.data.datasets;
		expect(rest).toHaveLength(0);
		expect(current).toEqual({
			label: 'This cycle',
			data: [3.25, null],
			borderColor: '#1f4e5f',
			backgroundColor: 'rgba(31,78,95,0.15)',
			pointRadius: 3
		});
		expect(target).toEqual({
			label: 'Target',
			data: [4, 3.5],
			borderColor: '#c27c0e',
			borderDash: [6, 4],
			backgroundColor: 'transparent',
			pointRadius: 2
		});
		expect(config.options?.scales?.r).toEqual({
			min: 1,
			max: 5,
			ticks: { stepSize: 1 },
			pointLabels: { font: { size: 11 } }
		});
		expect(config.options?.plugins?.legend?.position).toBe('bottom');
	});

	it('keeps a withheld score as a gap, never a zero', () => {
		const config = radarChart(radar(null), null);
		expect(config.data.datasets[0]!.data).toEqual([3.25, null]);
	});

	it('adds the previous cycle under its name, or a generic one', () => {
		const named = radarChart(radar([2.5, null]), 'Spring 2024');
		expect(named.data.datasets).toHaveLength(3);
		expect(named.data.datasets[2]).toEqual({
			label: 'Spring 2024',
			data: [2.5, null],
			borderColor: dashboardColours.previous,
			backgroundColor: 'transparent',
			pointRadius: 2
		});
		expect(radarChart(radar([2.5, 3]), undefined).data.datasets[2]!.label).toBe('Previous cycle');
	});
});

describe('the functional integration bars', () => {
	const integration: Integration = [
		{
			key: 'integration.marketing',
			text: 'Marketing',
			share: 0.625,
			mean: 2.1,
			n: 8,
			reference: 0.75
		},
		{ key: 'integration.finance', text: 'Finance', share: null, mean: null, n: 2, reference: null },
		{ key: 'integration.hr', text: 'HR', share: 0, mean: 0.4, n: 6, reference: 0.1 }
	];

	it('draws the respondents’ ratings in percent, in the view’s order, never beside the study (another unit)', () => {
		const config = integrationChart(integration);
		expect(config.type).toBe('bar');
		expect(config.options?.indexAxis).toBe('y');
		expect(config.data.labels).toEqual(['Marketing', 'Finance', 'HR']);
		expect(config.data.datasets).toHaveLength(1);
		const [here] = config.data.datasets;
		expect(here).toMatchObject({
			label: 'Respondents rating it consulted or integrated',
			backgroundColor: '#1f4e5f'
		});
		expect(here!.data).toEqual([62.5, null, 0]);
	});

	it('runs the value axis from 0 to 100% with its title', () => {
		expect(integrationChart(integration).options?.scales?.x).toEqual({
			min: 0,
			max: 100,
			title: { display: true, text: '% of respondents who rated the function' }
		});
	});

	it('keeps the labels and datasets when there are no functions', () => {
		const config = integrationChart([]);
		expect(config.data.labels).toEqual([]);
		expect(config.data.datasets.map((d) => d.data)).toEqual([[]]);
	});
});

describe('the trends chart', () => {
	const cycle = (id: string, index: number | null): TrendSeries['cycles'][number] => ({
		id,
		name: `Cycle ${id}`,
		closesAt: new Date('2024-06-30T00:00:00Z'),
		index,
		withheld: index === null ? 'fewer than 5 respondents' : null
	});
	const dimension = (i: number): TrendSeries['dimensions'][number] => ({
		key: `d${i}`,
		title: `Dimension ${i}`,
		kind: i < 8 ? 'building_block' : 'governance',
		values: [3, null, 3.5]
	});
	const series: TrendSeries = {
		cycles: [cycle('a', 2.75), cycle('b', null), cycle('c', 3.1)],
		dimensions: Array.from({ length: 16 }, (_, i) => dimension(i)),
		itemChanges: []
	};

	it('draws the maturity index first, heavy and black, with a gap for a withheld cycle', () => {
		const config = trendChart(series);
		expect(config.type).toBe('line');
		expect(config.data.labels).toEqual(['Cycle a', 'Cycle b', 'Cycle c']);
		expect(config.data.datasets[0]).toEqual({
			label: 'Maturity index',
			data: [2.75, null, 3.1],
			borderColor: '#111',
			borderWidth: 4,
			spanGaps: false
		});
	});

	it('draws no dimension unless one is picked, and then only that one beside the index', () => {
		expect(trendChart(series).data.datasets).toHaveLength(1);
		const picked = trendChart(series, 'd3').data.datasets;
		expect(picked).toHaveLength(2);
		expect(picked[1]).toMatchObject({
			label: 'Dimension 3',
			data: [3, null, 3.5],
			spanGaps: false
		});
		// A key that is not a dimension of the series draws nothing more.
		expect(trendChart(series, 'nonsense').data.datasets).toHaveLength(1);
	});

	it('shows the 1–5 scale with its title, and a legend only when a dimension is picked', () => {
		const { options } = trendChart(series);
		expect(options?.scales?.y).toEqual({
			min: 1,
			max: 5,
			title: { display: true, text: 'Maturity (1–5)' }
		});
		expect(options?.plugins?.legend).toEqual({ display: false, position: 'bottom' });
		expect(trendChart(series, 'd0').options?.plugins?.legend?.display).toBe(true);
	});

	it('draws only the index line without dimensions', () => {
		const config = trendChart({ cycles: [cycle('a', null)], dimensions: [], itemChanges: [] });
		expect(config.data.datasets).toHaveLength(1);
		expect(config.data.datasets[0]!.data).toEqual([null]);
	});
});

describe('a small multiple of the trends page', () => {
	const box = { left: 10, top: 0, width: 100, height: 40 };

	it('places 1 at the bottom and 5 at the top, cycles evenly from left to right', () => {
		const [run] = trendRuns([1, 3, 5], box);
		expect(run!.map((p) => [p.x, p.y])).toEqual([
			[10, 40],
			[60, 20],
			[110, 0]
		]);
	});

	it('breaks the line where a cycle has no figure, never drawing a zero', () => {
		const runs = trendRuns([2, null, 3, 3.5, null], box);
		expect(runs.map((r) => r.map((p) => p.index))).toEqual([[0], [2, 3]]);
		expect(trendRuns([null, null], box)).toEqual([]);
	});

	it('centres a single cycle', () => {
		expect(trendRuns([4], box)[0]![0]).toMatchObject({ x: 60, y: 10 });
	});
});
