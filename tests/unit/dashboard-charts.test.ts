import { describe, it, expect } from 'vitest';
import {
	dashboardColours,
	integrationChart,
	radarChart,
	trendChart,
	trendDashes,
	trendPalette,
	wrapLabel
} from '../../src/lib/domain/dashboard/charts';
import type { DashboardView } from '../../src/lib/domain/dashboard/view';
import type { TrendSeries } from '../../src/lib/domain/dashboard/trends';

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

	it('gives each dimension a palette colour in order, dashed once the palette is used up', () => {
		const lines = trendChart(series).data.datasets.slice(1);
		expect(lines).toHaveLength(16);
		expect(lines[0]).toEqual({
			label: 'Dimension 0',
			data: [3, null, 3.5],
			borderColor: '#1f4e5f',
			borderDash: [],
			borderWidth: 1.5,
			pointRadius: 2,
			hidden: false
		});
		expect(lines.slice(0, 14).map((l) => l.borderColor)).toEqual([...trendPalette]);
		expect(lines.slice(0, 14).every((l) => (l.borderDash as number[]).length === 0)).toBe(true);
		// The 15th and 16th lines reuse the first colours, dashed.
		expect(lines[14]).toMatchObject({ borderColor: '#1f4e5f', borderDash: [6, 3] });
		expect(lines[15]).toMatchObject({ borderColor: '#2f7d6d', borderDash: trendDashes[1] });
	});

	it('shows the 1–5 scale with its title and a compact legend below', () => {
		const { options } = trendChart(series);
		expect(options?.scales?.y).toEqual({
			min: 1,
			max: 5,
			title: { display: true, text: 'Maturity (1–5)' }
		});
		expect(options?.plugins?.legend).toEqual({ position: 'bottom', labels: { boxWidth: 12 } });
	});

	it('draws only the index line without dimensions', () => {
		const config = trendChart({ cycles: [cycle('a', null)], dimensions: [], itemChanges: [] });
		expect(config.data.datasets).toHaveLength(1);
		expect(config.data.datasets[0]!.data).toEqual([null]);
	});
});
