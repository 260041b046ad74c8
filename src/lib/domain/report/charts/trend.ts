/** The maturity index over cycles, as a line with markers over the band of dimension scores. */
import type { CanvasElement, Content, Point } from 'pdfmake/interfaces';
import { axis } from './axis';
import { chart, clamp, colours, englishChartText, finite, label, type ChartText } from './canvas';

export interface TrendChartPoint {
	label: string;
	index: number | null;
	/** Lowest and highest dimension score of the cycle, drawn as a band. */
	low: number | null;
	high: number | null;
	/** Drawn hollow, joined by a dashed segment (an open cycle's provisional figure). */
	provisional?: boolean;
}

/** Where things go in a trend chart of a given size. */
interface Frame {
	n: number;
	top: number;
	plotW: number;
	plotH: number;
	/** The i-th cycle → x. */
	x: (i: number) => number;
	/** A score on the 1–5 scale → y. */
	y: (v: number) => number;
	labels: Content[];
	v: CanvasElement[];
	text: ChartText;
}

/** Band between the weakest and strongest dimension, as one polygon over consecutive points. */
function band(points: TrendChartPoint[], g: Frame): void {
	const { x, y } = g;
	const banded = points
		.map((p, i) => ({ p, i }))
		.filter(({ p }) => finite(p.low) && finite(p.high));
	if (banded.length >= 2) {
		const upper: Point[] = banded.map(({ p, i }) => ({ x: x(i), y: y(p.high as number) }));
		const lower: Point[] = banded.map(({ p, i }) => ({ x: x(i), y: y(p.low as number) })).reverse();
		g.v.push({
			type: 'polyline',
			closePath: true,
			points: [...upper, ...lower],
			color: colours.bandLight
		});
	}
	for (const { p, i } of banded) {
		g.v.push({
			type: 'line',
			x1: x(i),
			y1: y(p.low as number),
			x2: x(i),
			y2: y(p.high as number),
			lineWidth: 0.6,
			lineColor: colours.band
		});
	}
}

/** The cycle names under the plot, and the index line (dashed into a provisional point). */
function line(points: TrendChartPoint[], g: Frame): void {
	const { n, x, y } = g;
	const slot = n === 1 ? g.plotW : (g.plotW - 40) / Math.max(1, n - 1);
	const labelW = Math.min(110, Math.max(40, slot - 4));
	for (let i = 0; i < n; i++) {
		const p = points[i] as TrendChartPoint;
		g.labels.push(
			label(x(i) - labelW / 2, g.top + g.plotH + 6, labelW, p.label, { align: 'center', size: 7 })
		);
		const next = points[i + 1];
		if (next && finite(p.index) && finite(next.index)) {
			g.v.push({
				type: 'line',
				x1: x(i),
				y1: y(p.index),
				x2: x(i + 1),
				y2: y(next.index),
				lineWidth: 2,
				lineColor: colours.ink,
				...(next.provisional ? { dash: { length: 3 } } : {})
			});
		}
	}
}

/** A marker with its value per cycle (hollow when provisional), or "withheld" without an index. */
function markers(points: TrendChartPoint[], g: Frame): void {
	const { n, x, y } = g;
	for (let i = 0; i < n; i++) {
		const p = points[i] as TrendChartPoint;
		if (!finite(p.index)) {
			g.labels.push(
				label(x(i) - 30, g.top + g.plotH / 2, 60, 'withheld', {
					align: 'center',
					size: 7,
					italics: true,
					color: colours.muted
				})
			);
			continue;
		}
		g.v.push(
			p.provisional
				? {
						type: 'ellipse',
						x: x(i),
						y: y(p.index),
						r1: 3.5,
						r2: 3.5,
						color: '#ffffff',
						lineColor: colours.ink,
						lineWidth: 1.2
					}
				: { type: 'ellipse', x: x(i), y: y(p.index), r1: 3.5, r2: 3.5, color: colours.ink }
		);
		g.labels.push(
			label(x(i) - 20, y(p.index) - 15, 40, g.text.score(p.index), {
				align: 'center',
				size: 7.5,
				bold: true
			})
		);
	}
}

/** Index over cycles (line with markers) on the 1–5 scale, over the band of dimension scores. */
export function trendChart(
	points: TrendChartPoint[],
	width: number,
	height = 180,
	text: ChartText = englishChartText
): Content {
	const axisW = 30;
	const x0 = axisW + 4;
	const right = 30;
	const plotW = width - x0 - right;
	const top = 8;
	const plotH = height - top - 34;
	const n = points.length;
	const x = (i: number) => (n === 1 ? x0 + plotW / 2 : x0 + 20 + (i / (n - 1)) * (plotW - 40));
	const y = (v: number) => top + plotH - ((clamp(v, 1, 5) - 1) / 4) * plotH;
	const grid = axis({
		scale: 'y',
		ticks: [1, 2, 3, 4, 5].map((s) => ({ at: y(s), text: String(s) })),
		from: x0,
		to: x0 + plotW,
		labelAt: 0,
		labelWidth: axisW,
		spine: [top, top + plotH]
	});
	const g: Frame = { n, top, plotW, plotH, x, y, labels: grid.labels, v: grid.lines, text };
	band(points, g);
	line(points, g);
	markers(points, g);
	return chart(width, height, g.labels, g.v);
}
