/** The pieces the board deck's slides are built from: palette, titles, notes, cells, a small multiple. */
import type PptxGenJS from 'pptxgenjs';
import * as f from '$lib/domain/report/format';
import { fill, type ReportLocale } from '$lib/domain/report/messages';
import type { ReportInput } from '$lib/domain/report/types';

export const INK = '1F3550';
export const MUTED = '5F5F5F';
export const BAR = '5A7CA3';
export const LIGHT = 'F3F5F8';
export const FONT = 'Arial';
/** Slide size of LAYOUT_WIDE, inches. */
export const W = 13.333;
export const MARGIN = 0.5;

export type Slide = PptxGenJS.Slide;

/** The deck being made, in the report's language: its words and formats, and that language's tag. */
export interface Deck {
	deck: PptxGenJS;
	locale: ReportLocale;
	/** E.g. 'de-DE': PowerPoint checks the spelling of the text and breaks its lines in it. */
	lang: string;
}

/** Text options in the deck's font, the text marked with the report's language. */
export const textIn = (
	{ lang }: Pick<Deck, 'lang'>,
	options: PptxGenJS.TextPropsOptions
): PptxGenJS.TextPropsOptions => ({ fontFace: FONT, lang, ...options });

export function title(d: Deck, slide: Slide, text: string, sub?: string): void {
	slide.addText(
		text,
		textIn(d, {
			x: MARGIN,
			y: 0.3,
			w: W - 2 * MARGIN,
			h: 0.7,
			fontSize: 28,
			bold: true,
			color: INK
		})
	);
	if (sub)
		slide.addText(
			sub,
			textIn(d, { x: MARGIN, y: 0.95, w: W - 2 * MARGIN, h: 0.4, fontSize: 13, color: MUTED })
		);
}

export function footnotes(d: Deck, slide: Slide, lines: string[], y = 6.55): void {
	if (!lines.length) return;
	slide.addText(
		lines.map((t) => ({ text: t, options: { breakLine: true } })),
		textIn(d, {
			x: MARGIN,
			y,
			w: W - 2 * MARGIN,
			h: 7.4 - y,
			fontSize: 9,
			color: MUTED,
			valign: 'top'
		})
	);
}

/** A slide that says why the cycle shows no score, with the counts that are always shown. */
export function withheldSlide(d: Deck, input: ReportInput, heading: string): void {
	const slide = d.deck.addSlide();
	title(d, slide, heading);
	slide.addText(
		fill(d.locale.t.deck.withheld, {
			reason: f.plain(input.scores.status === 'withheld' ? input.scores.withheld : ''),
			responses: input.scores.respondents,
			threshold: input.scores.anonymityThreshold
		}),
		textIn(d, { x: MARGIN, y: 1.6, w: W - 2 * MARGIN, h: 1, fontSize: 16, color: MUTED })
	);
}

export function keyFigure(
	d: Deck,
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
		textIn(d, { x: x + 0.1, y: 1.55, w: 2.75, h: 1.45, valign: 'top' })
	);
}

/** A table's cells in the report's language. */
export function cells({ lang }: Pick<Deck, 'lang'>) {
	const cell = (text: string, o: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
		text,
		options: { lang, ...o }
	});
	const head = (text: string, align: 'left' | 'right' | 'center' = 'right') =>
		cell(text, { bold: true, color: MUTED, align, fill: { color: LIGHT } });
	return { cell, head };
}

/** One dimension's scores across cycles as a small line panel at (x, y), 1.55 in high. */
export function smallMultiple(
	d: Deck,
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
			{
				text: latest === null ? '–' : d.locale.f.score(latest),
				options: { bold: true, color: BAR }
			}
		],
		textIn(d, { x, y, w, h: 0.45, fontSize: 10, valign: 'bottom', margin: 0 })
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
