/**
 * The drawing primitives every report chart shares: the greyscale palette, plain-text labels
 * placed over a canvas, the canvas frame that keeps labels and drawing on one page, and the
 * notice box used wherever a figure is withheld or missing.
 */
import type { CanvasElement, Content, Pattern } from 'pdfmake/interfaces';

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
export const LABEL_SIZE = 8;

export const finite = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);
export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export interface LabelOptions {
	align?: 'left' | 'right' | 'center';
	size?: number;
	bold?: boolean;
	italics?: boolean;
	color?: string;
}

/** A plain-text label placed at (x, y) relative to the chart's top-left corner. */
export function label(
	x: number,
	y: number,
	width: number,
	text: string,
	o: LabelOptions = {}
): Content {
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
export const middle = (top: number, height: number, size = LABEL_SIZE) =>
	top + (height - size * 1.17) / 2;

/**
 * The drawing first, then its labels as detached blocks positioned back up over it: text is never
 * painted over by a fill, and as the canvas is one element that moves to the next page whole, its
 * labels always land on the same page (no `unbreakable`, which pdfmake truncates past one page).
 * A transparent frame fixes the canvas height at `height`, which the labels' offsets rely on.
 */
export function chart(
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

export function diamond(
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

/** How a chart writes its numbers and the level names in the report's language (English default). */
export interface ChartText {
	score: (v: number) => string;
	percent: (v: number) => string;
	/** The five maturity levels' names, 1 to 5. */
	levels: readonly string[];
}

export const englishChartText: ChartText = {
	score: (v) => v.toFixed(2),
	percent: (v) => `${Math.round(v * 100)}%`,
	levels: ['Initial', 'Developing', 'Defined', 'Managed', 'Optimising']
};
