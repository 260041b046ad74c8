/** Bars against target: the dimension scores chart of the report. */
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { axis } from './axis';
import {
	chart,
	clamp,
	colours,
	englishChartText,
	finite,
	label,
	middle,
	type ChartText
} from './canvas';

export interface TargetBarRow {
	label: string;
	score: number | null;
	target: number | null;
	previous: number | null;
	ci95: { low: number; high: number } | null;
	/** Shown in place of the bar when there is no score (e.g. "not applicable in this cycle"). */
	note?: string;
}

const labelW = 150;
const valueW = 56;
const rowH = 18;
const top = 4;

/** Where things go in a target bar chart of a given width. */
interface Frame {
	x0: number;
	plotW: number;
	/** A score on the 1–5 scale → x. */
	x: (v: number) => number;
	labels: Content[];
	v: CanvasElement[];
	text: ChartText;
}

/** The 95% interval as a horizontal line with end caps, centred on `cy`. */
function whisker(a: number, b: number, cy: number): CanvasElement[] {
	const cap = (at: number): CanvasElement => ({
		type: 'line',
		x1: at,
		y1: cy - 2.5,
		x2: at,
		y2: cy + 2.5,
		lineWidth: 0.8,
		lineColor: colours.ink
	});
	return [
		{ type: 'line', x1: a, y1: cy, x2: b, y2: cy, lineWidth: 0.8, lineColor: colours.ink },
		cap(a),
		cap(b)
	];
}

/** A row without a score: its note in the plot, a dash for the value. */
function unscoredRow(g: Frame, r: TargetBarRow, y: number): void {
	g.labels.push(
		label(g.x0 + 4, middle(y, rowH), g.plotW, r.note ?? 'no score', {
			italics: true,
			color: colours.muted
		})
	);
	g.labels.push(
		label(g.x0 + g.plotW + 8, middle(y, rowH), valueW, '–', {
			align: 'right',
			color: colours.muted
		})
	);
}

/** A scored row: bar, whisker, target tick, previous-cycle circle, and the score at the right. */
function scoredRow(g: Frame, r: TargetBarRow, score: number, y: number): void {
	const { x, v } = g;
	const cy = y + rowH / 2;
	v.push({
		type: 'rect',
		x: x(1),
		y: cy - 5,
		w: Math.max(0.5, x(score) - x(1)),
		h: 10,
		color: colours.bar
	});
	if (r.ci95 && finite(r.ci95.low) && finite(r.ci95.high))
		v.push(...whisker(x(r.ci95.low), x(r.ci95.high), cy));
	if (finite(r.target)) {
		const tx = x(r.target);
		v.push({
			type: 'line',
			x1: tx,
			y1: y + 1,
			x2: tx,
			y2: y + rowH - 1,
			lineWidth: 2,
			lineColor: colours.ink
		});
	}
	if (finite(r.previous)) {
		v.push({
			type: 'ellipse',
			x: x(r.previous),
			y: cy,
			r1: 3.2,
			r2: 3.2,
			color: '#ffffff',
			lineColor: colours.ink,
			lineWidth: 1
		});
	}
	g.labels.push(
		label(g.x0 + g.plotW + 8, middle(y, rowH), valueW, g.text.score(score), {
			align: 'right',
			bold: true
		})
	);
}

/**
 * Horizontal bars on the 1–5 maturity scale: the score as a bar, the target as a heavy tick,
 * the previous cycle as an open circle and the 95% interval as a whisker.
 */
export function targetBarChart(
	rows: TargetBarRow[],
	width: number,
	text: ChartText = englishChartText
): Content {
	const x0 = labelW + 8;
	const plotW = width - x0 - valueW - 8;
	const plotH = rows.length * rowH;
	const height = top + plotH + 22;
	const x = (v: number) => x0 + ((clamp(v, 1, 5) - 1) / 4) * plotW;
	const grid = axis({
		scale: 'x',
		ticks: text.levels.map((name, i) => ({ at: x(i + 1), text: `${i + 1} ${name}` })),
		from: top - 2,
		to: top + plotH + 3,
		labelAt: top + plotH + 6,
		labelWidth: plotW / 4
	});
	const g: Frame = { x0, plotW, x, labels: grid.labels, v: grid.lines, text };
	rows.forEach((r, i) => {
		const y = top + i * rowH;
		g.labels.push(label(0, middle(y, rowH), labelW, r.label, { align: 'right' }));
		if (finite(r.score)) scoredRow(g, r, r.score, y);
		else unscoredRow(g, r, y);
	});
	return chart(width, height, g.labels, g.v);
}
