/** The spread of peer organisations' scores per dimension, with the organisation's own. */
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { axis } from './axis';
import { chart, clamp, colours, diamond, finite, HATCH, label, middle } from './canvas';

export type PeerSpreadRow =
	| {
			label: string;
			own: number | null;
			median: number;
			topQuartile: number;
			topDecile: number | null;
			value: string;
	  }
	| { label: string; withheld: string };

/**
 * Peer distribution per dimension on the 1–5 scale: median → top quartile as a solid band,
 * top quartile → top decile hatched (when the decile is shown), the median as a heavy line, the
 * organisation as a diamond.
 */
export function peerSpreadChart(rows: PeerSpreadRow[], width: number): Content {
	const labelW = 150;
	const valueW = 70;
	const x0 = labelW + 8;
	const plotW = width - x0 - valueW - 8;
	const rowH = 18;
	const top = 4;
	const plotH = rows.length * rowH;
	const height = top + plotH + 16;
	const x = (v: number) => x0 + ((clamp(v, 1, 5) - 1) / 4) * plotW;
	const grid = axis({
		scale: 'x',
		ticks: [1, 2, 3, 4, 5].map((s) => ({ at: x(s), text: String(s) })),
		from: top - 2,
		to: top + plotH + 2,
		labelAt: top + plotH + 4,
		labelWidth: 20
	});
	const labels: Content[] = grid.labels;
	const v: CanvasElement[] = grid.lines;
	rows.forEach((r, i) => {
		const y = top + i * rowH;
		const cy = y + rowH / 2;
		labels.push(label(0, middle(y, rowH), labelW, r.label, { align: 'right' }));
		if ('withheld' in r) {
			labels.push(
				label(x0 + 4, middle(y, rowH), plotW + valueW, `Withheld: ${r.withheld}`, {
					italics: true,
					color: colours.muted
				})
			);
			return;
		}
		const m = x(r.median);
		const q = x(r.topQuartile);
		const d = r.topDecile === null ? q : x(r.topDecile);
		if (d > q) {
			v.push({ type: 'rect', x: q, y: cy - 4, w: d - q, h: 8, color: colours.bandLight });
			v.push({
				type: 'rect',
				x: q,
				y: cy - 4,
				w: d - q,
				h: 8,
				color: [HATCH, colours.muted],
				lineColor: colours.muted,
				lineWidth: 0.4
			});
		}
		v.push({ type: 'rect', x: m, y: cy - 5, w: Math.max(0.5, q - m), h: 10, color: colours.band });
		v.push({
			type: 'line',
			x1: m,
			y1: cy - 7,
			x2: m,
			y2: cy + 7,
			lineWidth: 1.5,
			lineColor: colours.ink
		});
		if (finite(r.own)) v.push(diamond(x(r.own), cy, 4.5, colours.ink, '#ffffff'));
		labels.push(
			label(x0 + plotW + 8, middle(y, rowH), valueW, r.value, { align: 'right', size: 7.5 })
		);
	});
	return chart(width, height, labels, v);
}
