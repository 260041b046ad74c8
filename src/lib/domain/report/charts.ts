/**
 * Charts for the board report as pdfmake vector nodes (canvas rectangles, lines, polylines,
 * ellipses) with ordinary text nodes for labels, so every label stays plain, selectable text.
 * Pure: data in, pdfmake content out. Designed to print in greyscale: series differ by shape
 * (bar, tick, open circle, diamond, dashed line) and by lightness, never by hue alone.
 */
import type { CanvasElement, Content, Pattern, Point } from 'pdfmake/interfaces';

export const colours = {
	ink: '#1a1a1a',
	muted: '#5f5f5f',
	grid: '#d4d4d4',
	bar: '#5a7ca3',
	barPrevious: '#ffffff',
	band: '#8fa6bf',
	bandLight: '#dfe6ee',
	noticeFill: '#f3f3f3',
	scale: ['#f0f0f0', '#cfcfcf', '#a3a3a3', '#6e6e6e', '#383838']
} as const;

/** Pattern names defined in the document (see `reportPatterns`). */
export const HATCH = 'hatch';

/** Diagonal hatching, used where a lighter band must stay distinguishable in greyscale. */
export const reportPatterns: Record<string, Pattern> = {
	[HATCH]: {
		boundingBox: [1, 1, 4, 4],
		xStep: 3,
		yStep: 3,
		pattern: '0.6 w 0 1 m 4 5 l s 2 0 m 5 3 l s'
	}
};

// pdfmake measures an ellipse by r2 (no default at measure time), so circles always set both radii.
const LABEL_SIZE = 8;

const finite = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

interface LabelOptions {
	align?: 'left' | 'right' | 'center';
	size?: number;
	bold?: boolean;
	italics?: boolean;
	color?: string;
}

/** A plain-text label placed at (x, y) relative to the chart's top-left corner. */
function label(x: number, y: number, width: number, text: string, o: LabelOptions = {}): Content {
	return {
		relativePosition: { x, y },
		columns: [
			{
				width,
				text,
				alignment: o.align ?? 'left',
				fontSize: o.size ?? LABEL_SIZE,
				bold: o.bold ?? false,
				italics: o.italics ?? false,
				color: o.color ?? colours.ink
			}
		]
	};
}

/** Centre a one-line label vertically in a band of the given height. */
const middle = (top: number, height: number, size = LABEL_SIZE) => top + (height - size * 1.17) / 2;

/**
 * The drawing first, then its labels as detached blocks positioned back up over it: text is never
 * painted over by a fill, and as the canvas is one element that moves to the next page whole, its
 * labels always land on the same page (no `unbreakable`, which pdfmake truncates past one page).
 * A transparent frame fixes the canvas height at `height`, which the labels' offsets rely on.
 */
function chart(
	width: number,
	height: number,
	labels: Content[],
	vectors: CanvasElement[]
): Content {
	const frame: CanvasElement = {
		type: 'line',
		x1: 0,
		y1: height,
		x2: width,
		y2: height,
		lineWidth: 0.01,
		lineColor: '#ffffff'
	};
	const lifted = labels.map((l) => {
		const pos = (l as { relativePosition?: { x: number; y: number } }).relativePosition;
		return pos
			? ({ ...(l as object), relativePosition: { x: pos.x, y: pos.y - height } } as Content)
			: l;
	});
	return { stack: [{ canvas: [frame, ...vectors] }, ...lifted] };
}

/** A framed, shaded box with a sentence: used wherever a figure is withheld or missing. */
export function notice(text: string, width?: number): Content {
	return {
		table: {
			widths: [width !== undefined ? width - 12 : '*'],
			body: [[{ text, italics: true, color: colours.muted, fontSize: 9, margin: [4, 6, 4, 6] }]]
		},
		layout: {
			fillColor: () => colours.noticeFill,
			hLineColor: () => colours.grid,
			vLineColor: () => colours.grid,
			hLineWidth: () => 0.5,
			vLineWidth: () => 0.5
		},
		margin: [0, 2, 0, 8]
	};
}

function diamond(
	cx: number,
	cy: number,
	r: number,
	fill: string,
	line: string = colours.ink
): CanvasElement {
	return {
		type: 'polyline',
		closePath: true,
		points: [
			{ x: cx, y: cy - r },
			{ x: cx + r, y: cy },
			{ x: cx, y: cy + r },
			{ x: cx - r, y: cy }
		],
		color: fill,
		lineColor: line,
		lineWidth: 0.75
	};
}

type LegendSymbol =
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

// ─────────────────────────────── bars against target ───────────────────────────────

export interface TargetBarRow {
	label: string;
	score: number | null;
	target: number | null;
	previous: number | null;
	ci95: { low: number; high: number } | null;
	/** Shown in place of the bar when there is no score (e.g. "not applicable in this cycle"). */
	note?: string;
}

const maturityTicks = [
	{ value: 1, name: '1 Initial' },
	{ value: 2, name: '2 Developing' },
	{ value: 3, name: '3 Defined' },
	{ value: 4, name: '4 Managed' },
	{ value: 5, name: '5 Optimising' }
];

/**
 * Horizontal bars on the 1–5 maturity scale: the score as a bar, the target as a heavy tick,
 * the previous cycle as an open circle and the 95% interval as a whisker.
 */
export function targetBarChart(rows: TargetBarRow[], width: number): Content {
	const labelW = 150;
	const valueW = 56;
	const x0 = labelW + 8;
	const plotW = width - x0 - valueW - 8;
	const rowH = 18;
	const top = 4;
	const plotH = rows.length * rowH;
	const height = top + plotH + 22;
	const x = (v: number) => x0 + ((clamp(v, 1, 5) - 1) / 4) * plotW;
	const labels: Content[] = [];
	const v: CanvasElement[] = [];

	for (const t of maturityTicks) {
		const gx = x(t.value);
		v.push({
			type: 'line',
			x1: gx,
			y1: top - 2,
			x2: gx,
			y2: top + plotH + 3,
			lineWidth: 0.5,
			lineColor: colours.grid
		});
		const w = plotW / 4;
		const align = t.value === 1 ? 'left' : t.value === 5 ? 'right' : 'center';
		const lx = t.value === 1 ? gx : t.value === 5 ? gx - w : gx - w / 2;
		labels.push(label(lx, top + plotH + 6, w, t.name, { align, size: 7, color: colours.muted }));
	}

	rows.forEach((r, i) => {
		const y = top + i * rowH;
		const cy = y + rowH / 2;
		labels.push(label(0, middle(y, rowH), labelW, r.label, { align: 'right' }));
		if (!finite(r.score)) {
			labels.push(
				label(x0 + 4, middle(y, rowH), plotW, r.note ?? 'no score', {
					italics: true,
					color: colours.muted
				})
			);
			labels.push(
				label(x0 + plotW + 8, middle(y, rowH), valueW, '–', {
					align: 'right',
					color: colours.muted
				})
			);
			return;
		}
		v.push({
			type: 'rect',
			x: x(1),
			y: cy - 5,
			w: Math.max(0.5, x(r.score) - x(1)),
			h: 10,
			color: colours.bar
		});
		if (r.ci95 && finite(r.ci95.low) && finite(r.ci95.high)) {
			const a = x(r.ci95.low);
			const b = x(r.ci95.high);
			v.push({
				type: 'line',
				x1: a,
				y1: cy,
				x2: b,
				y2: cy,
				lineWidth: 0.8,
				lineColor: colours.ink
			});
			v.push({
				type: 'line',
				x1: a,
				y1: cy - 2.5,
				x2: a,
				y2: cy + 2.5,
				lineWidth: 0.8,
				lineColor: colours.ink
			});
			v.push({
				type: 'line',
				x1: b,
				y1: cy - 2.5,
				x2: b,
				y2: cy + 2.5,
				lineWidth: 0.8,
				lineColor: colours.ink
			});
		}
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
		labels.push(
			label(x0 + plotW + 8, middle(y, rowH), valueW, r.score.toFixed(2), {
				align: 'right',
				bold: true
			})
		);
	});
	return chart(width, height, labels, v);
}

// ─────────────────────────────── trend line ───────────────────────────────

export interface TrendChartPoint {
	label: string;
	index: number | null;
	/** Lowest and highest dimension score of the cycle, drawn as a band. */
	low: number | null;
	high: number | null;
	/** Drawn hollow, joined by a dashed segment (an open cycle's provisional figure). */
	provisional?: boolean;
}

/** Index over cycles (line with markers) on the 1–5 scale, over the band of dimension scores. */
export function trendChart(points: TrendChartPoint[], width: number, height = 180): Content {
	const axisW = 30;
	const x0 = axisW + 4;
	const right = 30;
	const plotW = width - x0 - right;
	const top = 8;
	const plotH = height - top - 34;
	const n = points.length;
	const x = (i: number) => (n === 1 ? x0 + plotW / 2 : x0 + 20 + (i / (n - 1)) * (plotW - 40));
	const y = (v: number) => top + plotH - ((clamp(v, 1, 5) - 1) / 4) * plotH;
	const labels: Content[] = [];
	const v: CanvasElement[] = [];

	for (let s = 1; s <= 5; s++) {
		v.push({
			type: 'line',
			x1: x0,
			y1: y(s),
			x2: x0 + plotW,
			y2: y(s),
			lineWidth: 0.5,
			lineColor: colours.grid
		});
		labels.push(
			label(0, y(s) - 4.5, axisW, String(s), { align: 'right', size: 7, color: colours.muted })
		);
	}
	v.push({
		type: 'line',
		x1: x0,
		y1: top,
		x2: x0,
		y2: top + plotH,
		lineWidth: 0.6,
		lineColor: colours.muted
	});

	// Band between the weakest and strongest dimension, as one polygon over consecutive points.
	const banded = points
		.map((p, i) => ({ p, i }))
		.filter(({ p }) => finite(p.low) && finite(p.high));
	if (banded.length >= 2) {
		const upper: Point[] = banded.map(({ p, i }) => ({ x: x(i), y: y(p.high as number) }));
		const lower: Point[] = banded.map(({ p, i }) => ({ x: x(i), y: y(p.low as number) })).reverse();
		v.push({
			type: 'polyline',
			closePath: true,
			points: [...upper, ...lower],
			color: colours.bandLight
		});
	}
	for (const { p, i } of banded) {
		v.push({
			type: 'line',
			x1: x(i),
			y1: y(p.low as number),
			x2: x(i),
			y2: y(p.high as number),
			lineWidth: 0.6,
			lineColor: colours.band
		});
	}

	const slot = n === 1 ? plotW : (plotW - 40) / Math.max(1, n - 1);
	const labelW = Math.min(110, Math.max(40, slot - 4));
	for (let i = 0; i < n; i++) {
		const p = points[i] as TrendChartPoint;
		labels.push(
			label(x(i) - labelW / 2, top + plotH + 6, labelW, p.label, { align: 'center', size: 7 })
		);
		const next = points[i + 1];
		if (next && finite(p.index) && finite(next.index)) {
			v.push({
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
	for (let i = 0; i < n; i++) {
		const p = points[i] as TrendChartPoint;
		if (!finite(p.index)) {
			labels.push(
				label(x(i) - 30, top + plotH / 2, 60, 'withheld', {
					align: 'center',
					size: 7,
					italics: true,
					color: colours.muted
				})
			);
			continue;
		}
		v.push(
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
		labels.push(
			label(x(i) - 20, y(p.index) - 15, 40, p.index.toFixed(2), {
				align: 'center',
				size: 7.5,
				bold: true
			})
		);
	}
	return chart(width, height, labels, v);
}

// ─────────────────────────────── share bars against reference ───────────────────────────────

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
export function referenceBarChart(rows: ReferenceBarRow[], width: number): Content {
	const labelW = 150;
	const valueW = 90;
	const x0 = labelW + 8;
	const plotW = width - x0 - valueW - 8;
	const rowH = 17;
	const top = 6;
	const plotH = rows.length * rowH;
	const height = top + plotH + 16;
	const x = (s: number) => x0 + clamp(s, 0, 1) * plotW;
	const labels: Content[] = [];
	const v: CanvasElement[] = [];
	for (let s = 0; s <= 4; s++) {
		const gx = x(s / 4);
		v.push({
			type: 'line',
			x1: gx,
			y1: top - 2,
			x2: gx,
			y2: top + plotH + 2,
			lineWidth: 0.5,
			lineColor: colours.grid
		});
		const w = 30;
		const lx = s === 0 ? gx : s === 4 ? gx - w : gx - w / 2;
		labels.push(
			label(lx, top + plotH + 4, w, `${s * 25}%`, {
				align: s === 0 ? 'left' : s === 4 ? 'right' : 'center',
				size: 7,
				color: colours.muted
			})
		);
	}
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

// ─────────────────────────────── peer spread ───────────────────────────────

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
	const labels: Content[] = [];
	const v: CanvasElement[] = [];
	for (let s = 1; s <= 5; s++) {
		const gx = x(s);
		v.push({
			type: 'line',
			x1: gx,
			y1: top - 2,
			x2: gx,
			y2: top + plotH + 2,
			lineWidth: 0.5,
			lineColor: colours.grid
		});
		const w = 20;
		const lx = s === 1 ? gx : s === 5 ? gx - w : gx - w / 2;
		labels.push(
			label(lx, top + plotH + 4, w, String(s), {
				align: s === 1 ? 'left' : s === 5 ? 'right' : 'center',
				size: 7,
				color: colours.muted
			})
		);
	}
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

// ─────────────────────────────── answer distribution ───────────────────────────────

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
