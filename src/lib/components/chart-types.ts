/**
 * The chart.js pieces Touchstone's charts draw, imported by name so that the bundle holds only
 * these (no `chart.js/auto`, issue 18.4): the dashboard and trends pages (domain/dashboard/charts.ts:
 * radar, horizontal bars, lines) and the actions' impact × complexity matrix (scatter). Loaded by
 * Chart.svelte and ActionMatrixChart.svelte only when a chart is shown. Every chart.js import of the
 * client goes through here: one `import('chart.js')` elsewhere would pull all of chart.js into the
 * chunk the dashboard loads. A type added to the dashboard's specs must be registered below (a
 * unit test checks it).
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	ScatterController,
	Tooltip
} from 'chart.js';

/** Chart types (config.type) the dashboard and trends pages can draw. */
export const dashboardChartTypes = ['radar', 'bar', 'line'] as const;

/** chart.js with what the dashboard and trends charts need registered. */
export function dashboardCharts(): typeof Chart {
	Chart.register(
		RadarController,
		BarController,
		LineController,
		RadialLinearScale,
		LinearScale,
		CategoryScale,
		PointElement,
		LineElement,
		BarElement,
		// The radar's filled area (its line element fills by default), the legend and the tooltips.
		Filler,
		Legend,
		Tooltip
	);
	return Chart;
}

/** chart.js with what the impact × complexity matrix needs registered. */
export function matrixCharts(): typeof Chart {
	Chart.register(ScatterController, PointElement, LinearScale, Tooltip);
	return Chart;
}
