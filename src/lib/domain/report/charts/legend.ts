/** The one-line chart legends: a small drawn symbol before each plain-text entry. */
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { colours, diamond, HATCH } from './canvas';

export type LegendSymbol =
	| 'bar'
	| 'tick'
	| 'circle'
	| 'diamond'
	| 'whisker'
	| 'band'
	| 'hatch'
	| 'line'
	| 'dashed'
	| 'median';

function legendSymbol(kind: LegendSymbol): CanvasElement[] {
	switch (kind) {
		case 'bar':
			return [{ type: 'rect', x: 0, y: 2, w: 14, h: 6, color: colours.bar }];
		case 'band':
			return [{ type: 'rect', x: 0, y: 2, w: 14, h: 6, color: colours.band }];
		case 'hatch':
			return [
				{ type: 'rect', x: 0, y: 2, w: 14, h: 6, color: colours.bandLight },
				{ type: 'rect', x: 0, y: 2, w: 14, h: 6, color: [HATCH, colours.muted] }
			];
		case 'tick':
			return [{ type: 'line', x1: 7, y1: 0, x2: 7, y2: 10, lineWidth: 2, lineColor: colours.ink }];
		case 'median':
			return [
				{ type: 'line', x1: 7, y1: 0, x2: 7, y2: 10, lineWidth: 1.5, lineColor: colours.ink }
			];
		case 'circle':
			return [
				{
					type: 'ellipse',
					x: 7,
					y: 5,
					r1: 3.2,
					r2: 3.2,
					color: '#ffffff',
					lineColor: colours.ink,
					lineWidth: 1
				}
			];
		case 'diamond':
			return [diamond(7, 5, 4, colours.ink)];
		case 'whisker':
			return [
				{ type: 'line', x1: 1, y1: 5, x2: 13, y2: 5, lineWidth: 0.8, lineColor: colours.ink },
				{ type: 'line', x1: 1, y1: 2.5, x2: 1, y2: 7.5, lineWidth: 0.8, lineColor: colours.ink },
				{ type: 'line', x1: 13, y1: 2.5, x2: 13, y2: 7.5, lineWidth: 0.8, lineColor: colours.ink }
			];
		case 'line':
			return [
				{ type: 'line', x1: 0, y1: 5, x2: 14, y2: 5, lineWidth: 2, lineColor: colours.ink },
				{ type: 'ellipse', x: 7, y: 5, r1: 2.5, r2: 2.5, color: colours.ink }
			];
		case 'dashed':
			return [
				{
					type: 'line',
					x1: 0,
					y1: 5,
					x2: 14,
					y2: 5,
					lineWidth: 1.2,
					lineColor: colours.ink,
					dash: { length: 2.5 }
				},
				{
					type: 'ellipse',
					x: 7,
					y: 5,
					r1: 2.5,
					r2: 2.5,
					color: '#ffffff',
					lineColor: colours.ink,
					lineWidth: 1
				}
			];
	}
}

/** A one-line legend: a drawn symbol before each plain-text entry. */
export function legend(entries: Array<{ symbol: LegendSymbol; text: string }>): Content {
	return {
		columns: entries.map((e) => ({
			width: 'auto',
			columns: [
				{ width: 16, canvas: legendSymbol(e.symbol) },
				{
					width: 'auto',
					text: e.text,
					fontSize: 7.5,
					color: colours.muted,
					margin: [0, 0.5, 10, 0]
				}
			]
		})),
		columnGap: 4,
		margin: [0, 4, 0, 10]
	};
}
