/** The pieces the board deck's slides are built from: palette, titles, notes, cells, a small multiple. */
import type PptxGenJS from 'pptxgenjs';
import * as f from '$lib/domain/report/format';

export const INK = '1F3550';
export const MUTED = '5F5F5F';
export const BAR = '5A7CA3';
export const LIGHT = 'F3F5F8';
export const FONT = 'Arial';
/** Slide size of LAYOUT_WIDE, inches. */
export const W = 13.333;
export const MARGIN = 0.5;

export type Slide = PptxGenJS.Slide;

export function title(slide: Slide, text: string, sub?: string): void {
	slide.addText(text, {
		x: MARGIN,
		y: 0.3,
		w: W - 2 * MARGIN,
		h: 0.7,
		fontFace: FONT,
		fontSize: 28,
		bold: true,
		color: INK
	});
	if (sub)
		slide.addText(sub, {
			x: MARGIN,
			y: 0.95,
			w: W - 2 * MARGIN,
			h: 0.4,
			fontFace: FONT,
			fontSize: 13,
			color: MUTED
		});
}

export function footnotes(slide: Slide, lines: string[], y = 6.55): void {
	if (!lines.length) return;
	slide.addText(
		lines.map((t) => ({ text: t, options: { breakLine: true } })),
		{
			x: MARGIN,
			y,
			w: W - 2 * MARGIN,
			h: 7.4 - y,
			fontFace: FONT,
			fontSize: 9,
			color: MUTED,
			valign: 'top'
		}
	);
}

export function keyFigure(
	slide: Slide,
	x: number,
	caption: string,
	value: string,
	sub: string
): void {
	slide.addShape('rect', {
		x,
		y: 1.5,
		w: 2.95,
		h: 1.55,
		fill: { color: LIGHT },
		line: { color: 'D4D4D4' }
	});
	slide.addText(
		[
			{ text: caption, options: { fontSize: 11, color: MUTED, breakLine: true } },
			{ text: value, options: { fontSize: 30, bold: true, color: INK, breakLine: true } },
			{ text: sub, options: { fontSize: 10, color: MUTED } }
		],
		{ x: x + 0.1, y: 1.55, w: 2.75, h: 1.45, fontFace: FONT, valign: 'top' }
	);
}

export const cell = (text: string, o: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
	text,
	options: o
});
export const head = (text: string, align: 'left' | 'right' | 'center' = 'right') =>
	cell(text, { bold: true, color: MUTED, align, fill: { color: LIGHT } });

/** One dimension's scores across cycles as a small line panel at (x, y), 1.55 in high. */
export function smallMultiple(
	slide: Slide,
	x: number,
	y: number,
	w: number,
	k: { title: string; target: number | null },
	values: Array<number | null>
): void {
	const latest = [...values].reverse().find((v) => v !== null && v !== undefined) ?? null;
	slide.addText(
		[
			{ text: `${k.title} `, options: { bold: true, color: INK } },
			{ text: latest === null ? '–' : f.score(latest), options: { bold: true, color: BAR } }
		],
		{ x, y, w, h: 0.45, fontFace: FONT, fontSize: 10, valign: 'bottom', margin: 0 }
	);
	const top = y + 0.55;
	const h = 0.9;
	const at = (v: number) => top + h - ((Math.min(5, Math.max(1, v)) - 1) / 4) * h;
	const px = (i: number) => (values.length === 1 ? x + w / 2 : x + (i / (values.length - 1)) * w);
	for (const level of [1, 5])
		slide.addShape('line', { x, y: at(level), w, h: 0, line: { color: 'D4D4D4', width: 0.5 } });
	if (k.target !== null)
		slide.addShape('line', {
			x,
			y: at(k.target),
			w,
			h: 0,
			line: { color: MUTED, width: 0.75, dashType: 'dash' }
		});
	for (let i = 0; i + 1 < values.length; i++) {
		const a = values[i];
		const b = values[i + 1];
		if (a === null || a === undefined || b === null || b === undefined) continue;
		const ya = at(a);
		const yb = at(b);
		slide.addShape('line', {
			x: px(i),
			y: Math.min(ya, yb),
			w: px(i + 1) - px(i),
			h: Math.abs(yb - ya),
			flipV: yb < ya,
			line: { color: BAR, width: 2 }
		});
	}
	values.forEach((v, i) => {
		if (v === null || v === undefined) return;
		slide.addShape('ellipse', {
			x: px(i) - 0.04,
			y: at(v) - 0.04,
			w: 0.08,
			h: 0.08,
			fill: { color: BAR },
			line: { color: BAR, width: 0.5 }
		});
	});
}
