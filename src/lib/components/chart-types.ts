/**
 * The chart.js pieces the dashboard and trends pages draw (domain/dashboard/charts.ts: radar,
 * horizontal bars, lines), registered once. Loaded by Chart.svelte only when a chart is shown, so
 * a phone downloads these pieces and not every chart type of `chart.js/auto` (issue 18.4). A chart
 * type added to domain/dashboard/charts.ts must be registered here (a unit test checks it).
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
	Tooltip
} from 'chart.js';

/** Chart types (config.type) this module makes drawable. */
export const registeredChartTypes = ['radar', 'bar', 'line'] as const;

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

export { Chart };
