/**
 * Dimensions over cycles as small multiples (issue 16): one small panel per dimension on the same
 * 1–5 scale, so each line can be read on its own instead of 14 similar lines in one chart. Each
 * panel draws the dimension's score per cycle (a gap where a cycle has none), its target as a
 * dashed line, and the first and the latest value beside their points.
 */
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { chart, clamp, colours, englishChartText, finite, label, type ChartText } from './canvas';

export interface SmallMultiple {
	title: string;
	/** One value per cycle, oldest first (null: no score that cycle). */
	values: Array<number | null>;
	target: number | null;
}

const TITLE_H = 20;
const PLOT_H = 44;
const BOTTOM = 8;
const GAP = 10;

function panel(
	m: SmallMultiple,
	left: number,
	w: number,
	labels: Content[],
	v: CanvasElement[],
	text: ChartText
) {
	const top = TITLE_H;
	// Room either side for the first and the latest value, outside the plot.
	const plotL = left + 22;
	const plotW = w - 46;
	const n = m.values.length;
	const x = (i: number) => (n === 1 ? plotL + plotW / 2 : plotL + (i / (n - 1)) * plotW);
	const y = (s: number) => top + PLOT_H - ((clamp(s, 1, 5) - 1) / 4) * PLOT_H;
	labels.push(label(left, 0, w, m.title, { size: 7, bold: true }));
	for (const s of [1, 2, 3, 4, 5]) {
		v.push({
			type: 'line',
			x1: plotL,
			y1: y(s),
			x2: plotL + plotW,
			y2: y(s),
			lineWidth: s === 1 || s === 5 ? 0.5 : 0.3,
			lineColor: colours.grid
		});
	}
	if (finite(m.target)) {
		v.push({
			type: 'line',
			x1: plotL,
			y1: y(m.target),
			x2: plotL + plotW,
			y2: y(m.target),
			lineWidth: 0.8,
			lineColor: colours.muted,
			dash: { length: 2, space: 2 }
		});
	}
	for (let i = 0; i + 1 < n; i++) {
		const a = m.values[i];
		const b = m.values[i + 1];
		if (finite(a) && finite(b))
			v.push({
				type: 'line',
				x1: x(i),
				y1: y(a),
				x2: x(i + 1),
				y2: y(b),
				lineWidth: 1.4,
				lineColor: colours.bar
			});
	}
	const shown = m.values.map((s, i) => ({ s, i })).filter((p) => finite(p.s));
	for (const { s, i } of shown)
		v.push({ type: 'ellipse', x: x(i), y: y(s!), r1: 1.8, r2: 1.8, color: colours.bar });
	const first = shown[0];
	const last = shown.at(-1);
	if (first && first !== last)
		labels.push(
			label(x(first.i) - 23, y(first.s!) - 4, 20, text.score(first.s!), {
				align: 'right',
				size: 6.5,
				color: colours.muted
			})
		);
	if (last)
		labels.push(
			label(x(last.i) + 3, y(last.s!) - 4, 22, text.score(last.s!), { size: 6.5, bold: true })
		);
}

/** Rows of `perRow` panels; each row is one canvas, so a page may break between rows. */
export function smallMultiples(
	items: SmallMultiple[],
	width: number,
	perRow = 4,
	text: ChartText = englishChartText
): Content[] {
	const w = (width - GAP * (perRow - 1)) / perRow;
	const rows: Content[] = [];
	for (let r = 0; r < items.length; r += perRow) {
		const labels: Content[] = [];
		const v: CanvasElement[] = [];
		items.slice(r, r + perRow).forEach((m, j) => panel(m, j * (w + GAP), w, labels, v, text));
		rows.push({
			...(chart(width, TITLE_H + PLOT_H + BOTTOM, labels, v) as object),
			margin: [0, 0, 0, 6]
		} as Content);
	}
	return rows;
}
