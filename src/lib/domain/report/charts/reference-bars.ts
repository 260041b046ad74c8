/** Share bars on 0–100% against a reference study's figure. */
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { axis } from './axis';
import {
	chart,
	clamp,
	colours,
	diamond,
	englishChartText,
	finite,
	label,
	middle,
	type ChartText
} from './canvas';

export interface ReferenceBarRow {
	label: string;
	/** 0–1, null when nobody gave a valid answer. */
	share: number | null;
	/** 0–1 reference figure, null when the study gives none. */
	reference: number | null;
	/** Right-hand text, e.g. "67% · study 75%". */
	value: string;
}

/** Share bars on 0–100% with the reference figure as a heavy tick topped by a diamond. */
export function referenceBarChart(
	rows: ReferenceBarRow[],
	width: number,
	text: ChartText = englishChartText
): Content {
	const labelW = 150;
	const valueW = 90;
	const x0 = labelW + 8;
	const plotW = width - x0 - valueW - 8;
	const rowH = 17;
	const top = 6;
	const plotH = rows.length * rowH;
	const height = top + plotH + 16;
	const x = (s: number) => x0 + clamp(s, 0, 1) * plotW;
	const grid = axis({
		scale: 'x',
		ticks: [0, 1, 2, 3, 4].map((s) => ({ at: x(s / 4), text: text.percent(s / 4) })),
		from: top - 2,
		to: top + plotH + 2,
		labelAt: top + plotH + 4,
		labelWidth: 30
	});
	const labels: Content[] = grid.labels;
	const v: CanvasElement[] = grid.lines;
	rows.forEach((r, i) => {
		const y = top + i * rowH;
		const cy = y + rowH / 2;
		labels.push(label(0, middle(y, rowH), labelW, r.label, { align: 'right' }));
		if (finite(r.share)) {
			v.push({
				type: 'rect',
				x: x0,
				y: cy - 4.5,
				w: Math.max(0.5, x(r.share) - x0),
				h: 9,
				color: colours.bar
			});
		} else {
			labels.push(
				label(x0 + 4, middle(y, rowH), plotW, 'no valid answers', {
					italics: true,
					color: colours.muted
				})
			);
		}
		if (finite(r.reference)) {
			const rx = x(r.reference);
			v.push({
				type: 'line',
				x1: rx,
				y1: y + 3,
				x2: rx,
				y2: y + rowH - 1,
				lineWidth: 2,
				lineColor: colours.ink
			});
			v.push(diamond(rx, y + 3, 2.6, colours.ink));
		}
		labels.push(
			label(x0 + plotW + 8, middle(y, rowH), valueW, r.value, { align: 'right', size: 7.5 })
		);
	});
	return chart(width, height, labels, v);
}
