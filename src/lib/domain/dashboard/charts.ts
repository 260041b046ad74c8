/**
 * chart.js configurations for the lead's dashboard and the trends page, built from the
 * dashboard's views. Pure: figures in, a chart.js configuration (type, data, options) out; the
 * Chart component adds only how the canvas behaves (responsive, no animation).
 * A withheld or missing figure stays null, so chart.js leaves a gap — never a zero. Legends and
 * axis titles are messages in the reader's language.
 */
import type { ChartConfiguration } from 'chart.js';
import { m } from '$lib/paraglide/messages';
import type { TrendSeries } from './trends';
import type { DashboardView } from './view';

/** The dashboard's series colours: this cycle, its targets, the cycle before, the reference study. */
export const dashboardColours = {
	current: '#1f4e5f',
	/** This cycle's colour at 15% opacity: the radar's filled area. */
	currentFill: 'rgba(31,78,95,0.15)',
	target: '#c27c0e',
	previous: '#8a99a6',
	reference: '#c27c0e'
} as const;

/** Breaks a long axis label into lines of at most `width` characters (a longer word stays whole), so it fits a phone screen. */
export function wrapLabel(label: string, width = 13): string[] {
	const lines: string[] = [];
	for (const word of label.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && (last + ' ' + word).length <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * Radar of one dimension kind on the 1–5 scale: this cycle (filled), the targets (dashed) and,
 * when there is one, the previous cycle under its own name.
 */
export function radarChart(
	radar: DashboardView['radar'][number],
	previousName: string | null | undefined
): ChartConfiguration<'radar'> {
	const c = dashboardColours;
	return {
		type: 'radar',
		data: {
			labels: radar.labels.map((l) => wrapLabel(l)),
			datasets: [
				{
					label: m.dashboard_chart_this_cycle(),
					data: radar.current,
					borderColor: c.current,
					backgroundColor: c.currentFill,
					pointRadius: 3
				},
				{
					label: m.dashboard_chart_target(),
					data: radar.target,
					borderColor: c.target,
					borderDash: [6, 4],
					backgroundColor: 'transparent',
					pointRadius: 2
				},
				...(radar.previous
					? [
							{
								label: previousName ?? m.dashboard_chart_previous_cycle(),
								data: radar.previous,
								borderColor: c.previous,
								backgroundColor: 'transparent',
								pointRadius: 2
							}
						]
					: [])
			]
		},
		options: {
			scales: {
				r: { min: 1, max: 5, ticks: { stepSize: 1 }, pointLabels: { font: { size: 11 } } }
			},
			plugins: { legend: { position: 'bottom' } }
		}
	};
}

/** A share (0–1) as a percentage, null staying null. */
const percent = (share: number | null) => (share === null ? null : share * 100);

/**
 * Horizontal bars on 0–100%: the share of respondents who say each function is consulted or
 * integrated, beside the share of organisations in the reference study.
 */
export function integrationChart(
	integration: DashboardView['integration']
): ChartConfiguration<'bar'> {
	// Respondents only: the study counts organisations that integrate a function, a different unit,
	// so it is compared with the organisation's verdict per function instead (cycle/facts.ts).
	return {
		type: 'bar',
		data: {
			labels: integration.map((f) => f.text),
			datasets: [
				{
					label: m.dashboard_chart_integration_legend(),
					data: integration.map((f) => percent(f.share)),
					backgroundColor: dashboardColours.current
				}
			]
		},
		options: {
			indexAxis: 'y',
			scales: {
				x: {
					min: 0,
					max: 100,
					title: { display: true, text: m.dashboard_chart_integration_axis() }
				}
			},
			plugins: { legend: { position: 'bottom' } }
		}
	};
}

/**
 * The trends chart: the maturity index of each closed cycle, heavy and black (a withheld cycle
 * leaves a gap), and at most one dimension picked beside it. Fifteen lines at once could not be
 * told apart; the dimensions are drawn as small multiples under it instead (TrendMultiples).
 */
export function trendChart(
	series: TrendSeries,
	pickedKey: string | null = null
): ChartConfiguration<'line'> {
	const picked = series.dimensions.find((d) => d.key === pickedKey);
	return {
		type: 'line',
		data: {
			labels: series.cycles.map((c) => c.name),
			datasets: [
				{
					label: m.dashboard_maturity_index(),
					data: series.cycles.map((c) => c.index),
					borderColor: '#111',
					borderWidth: 4,
					spanGaps: false
				},
				...(picked
					? [
							{
								label: picked.title,
								data: picked.values,
								borderColor: dashboardColours.current,
								borderWidth: 2.5,
								pointRadius: 3,
								spanGaps: false
							}
						]
					: [])
			]
		},
		options: {
			scales: {
				y: { min: 1, max: 5, title: { display: true, text: m.dashboard_chart_maturity_axis() } }
			},
			plugins: { legend: { display: picked !== undefined, position: 'bottom' } }
		}
	};
}
