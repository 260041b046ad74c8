/**
 * The value axis every chart draws the same way: a light gridline at each tick across the plot,
 * and a small muted plain-text label per tick.
 */
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { colours, label } from './canvas';

export interface AxisTick {
	/** Position of the tick along the scale, in chart coordinates. */
	at: number;
	text: string;
}

export interface AxisOptions {
	/**
	 * 'x': a horizontal scale: vertical gridlines, labels underneath, the end labels aligned inwards
	 * so they stay over the plot. 'y': a vertical scale: horizontal gridlines, labels at the left.
	 */
	scale: 'x' | 'y';
	ticks: AxisTick[];
	/** Where each gridline starts and ends, across the scale. */
	from: number;
	to: number;
	/** 'x': the labels' top; 'y': the labels' left edge. */
	labelAt: number;
	labelWidth: number;
	/** Draws the axis line itself at `from`, between these two positions along the scale. */
	spine?: [number, number];
}

export interface Axis {
	/** Gridlines in tick order, then the spine. */
	lines: CanvasElement[];
	/** One label per tick, in tick order. */
	labels: Content[];
}

/** A vertical or horizontal line segment: at `at` on one axis, from `from` to `to` on the other. */
function segment(
	vertical: boolean,
	at: number,
	from: number,
	to: number,
	lineWidth: number,
	lineColor: string
): CanvasElement {
	return vertical
		? { type: 'line', x1: at, y1: from, x2: at, y2: to, lineWidth, lineColor }
		: { type: 'line', x1: from, y1: at, x2: to, y2: at, lineWidth, lineColor };
}

function tickLabel(o: AxisOptions, tick: AxisTick, i: number): Content {
	const style = { size: 7, color: colours.muted };
	if (o.scale === 'y')
		return label(o.labelAt, tick.at - 4.5, o.labelWidth, tick.text, { align: 'right', ...style });
	const w = o.labelWidth;
	const first = i === 0;
	const last = i === o.ticks.length - 1;
	const align = first ? 'left' : last ? 'right' : 'center';
	const lx = first ? tick.at : last ? tick.at - w : tick.at - w / 2;
	return label(lx, o.labelAt, w, tick.text, { align, ...style });
}

/** Gridlines and tick labels (and optionally the axis line) of one value axis. */
export function axis(o: AxisOptions): Axis {
	const across = o.scale === 'x';
	const lines = o.ticks.map((t) => segment(across, t.at, o.from, o.to, 0.5, colours.grid));
	if (o.spine) lines.push(segment(!across, o.from, o.spine[0], o.spine[1], 0.6, colours.muted));
	return { lines, labels: o.ticks.map((t, i) => tickLabel(o, t, i)) };
}
