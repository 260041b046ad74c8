/**
 * The drawn impact × complexity matrix: one dot per action (complexity across, impact up), the
 * early-win region shaded. Pure: actions in, a chart.js configuration out; the component adds the
 * click that opens an action.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { HIGH_IMPACT, MEDIUM_COMPLEXITY, quadrantOf, type Rated } from './ranking';
import { m } from '$lib/paraglide/messages';

export interface MatrixPoint<T> {
	x: number;
	y: number;
	action: T;
}

/** Actions on the same cell sit side by side (0.2 apart, alternating), not on top of each other. */
export function matrixPoints<T extends Rated>(actions: readonly T[]): MatrixPoint<T>[] {
	const seen: Record<string, number> = {};
	return actions.map((a) => {
		const cell = `${a.impact}:${a.complexity}`;
		const n = seen[cell] ?? 0;
		seen[cell] = n + 1;
		const offset = n === 0 ? 0 : (n % 2 === 1 ? 1 : -1) * Math.ceil(n / 2) * 0.2;
		return { x: a.complexity + offset, y: a.impact, action: a };
	});
}

export const matrixColours = { earlyWin: '#1d7a46', other: '#2f5d8a' } as const;

/** Shades the early-win region: high impact, low to medium complexity. */
const earlyWinRegion: Plugin<'scatter'> = {
	id: 'earlyWinRegion',
	beforeDatasetsDraw(chart) {
		const { ctx, scales } = chart;
		const x = scales.x;
		const y = scales.y;
		if (!x || !y) return;
		const x0 = x.getPixelForValue(0.5);
		const x1 = x.getPixelForValue(MEDIUM_COMPLEXITY + 0.5);
		const y0 = y.getPixelForValue(5.5);
		const y1 = y.getPixelForValue(HIGH_IMPACT - 0.5);
		ctx.save();
		ctx.fillStyle = 'rgba(29, 122, 70, 0.10)';
		ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
		ctx.fillStyle = '#1d5a36';
		ctx.font = '600 12px system-ui, sans-serif';
		ctx.fillText(m.improve_quadrant_early_win(), x0 + 6, y0 + 16);
		ctx.restore();
	}
};

export function matrixChart<T extends Rated & { title: string }>(
	points: MatrixPoint<T>[]
): ChartConfiguration<'scatter', MatrixPoint<T>[]> {
	const axis = (text: string) => ({
		min: 0.5,
		max: 5.5,
		// Ticks and grid lines on the ratings 1–5 (the range's half steps only leave room for the dots).
		afterBuildTicks: (scale: { ticks: Array<{ value: number }> }) => {
			scale.ticks = [1, 2, 3, 4, 5].map((value) => ({ value }));
		},
		title: { display: true, text }
	});
	return {
		type: 'scatter',
		data: {
			datasets: [
				{
					data: points,
					pointRadius: 9,
					pointHoverRadius: 11,
					pointBackgroundColor: points.map((p) =>
						quadrantOf(p.action) === 'early-win' ? matrixColours.earlyWin : matrixColours.other
					),
					pointBorderColor: '#fff',
					pointBorderWidth: 2
				}
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			scales: {
				x: axis(m.improve_matrix_axis_complexity()),
				y: axis(m.improve_matrix_axis_impact())
			},
			plugins: {
				tooltip: {
					callbacks: {
						label: (item) => {
							const a = (item.raw as MatrixPoint<T>).action;
							return m.improve_matrix_tooltip({
								title: a.title,
								impact: a.impact,
								complexity: a.complexity
							});
						}
					}
				}
			}
		},
		plugins: [earlyWinRegion]
	};
}
