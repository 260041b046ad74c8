/** Answer distributions as small stacked bars, light (level 1) to dark (level 5). */
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { colours, finite } from './canvas';

/** A stacked bar of answer shares 1–5, light (1) to dark (5): reads in greyscale by order. */
export function distributionBar(counts: number[], width = 70, height = 8): Content {
	const total = counts.reduce((s, c) => s + (finite(c) && c > 0 ? c : 0), 0);
	if (total === 0) return { text: '–', fontSize: 7.5, color: colours.muted };
	const v: CanvasElement[] = [];
	let at = 0;
	counts.forEach((c, i) => {
		if (!finite(c) || c <= 0) return;
		const w = (c / total) * width;
		v.push({ type: 'rect', x: at, y: 1, w, h: height, color: colours.scale[i] ?? colours.ink });
		at += w;
	});
	v.push({
		type: 'rect',
		x: 0,
		y: 1,
		w: width,
		h: height,
		lineColor: colours.muted,
		lineWidth: 0.4
	});
	return { canvas: v };
}

/** Legend for `distributionBar`. */
export function distributionLegend(): Content {
	return {
		columns: colours.scale.map((fill, i) => ({
			width: 'auto',
			columns: [
				{
					width: 10,
					canvas: [
						{
							type: 'rect',
							x: 0,
							y: 1.5,
							w: 8,
							h: 6,
							color: fill,
							lineColor: colours.muted,
							lineWidth: 0.4
						}
					]
				},
				{
					width: 'auto',
					text: String(i + 1),
					fontSize: 7,
					color: colours.muted,
					margin: [0, 0, 6, 0]
				}
			]
		})),
		columnGap: 2
	};
}
