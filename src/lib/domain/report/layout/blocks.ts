/**
 * Small reusable pdfmake blocks of the report: table layouts, tables and their cells, headings,
 * paragraphs and notes. Each call makes fresh nodes: pdfmake annotates nodes while laying out,
 * so a node cannot be shared between two places in the document.
 */
import type { Content, ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { CycleScores } from '../../scoring';
import { colours, notice } from '../charts';
import * as f from '../format';
import { fill, type ReportLocale } from '../messages';

/** Tables up to this many rows may be kept on one page with their heading. */
const KEEP_MAX_ROWS = 16;

/** Why a withheld cycle shows no scores, as plain text ('' when it is not withheld). */
export const withheldReason = (scores: CycleScores): string =>
	f.plain(scores.status === 'withheld' ? scores.withheld : '');

/** The notice in place of a figure that a withheld cycle does not show. */
export const notShown = (scores: CycleScores, d: { locale: ReportLocale }): Content =>
	notice(fill(d.locale.t.notShown, { reason: withheldReason(scores) }));

export const rules: CustomTableLayout = {
	hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 0.8 : 0.4),
	vLineWidth: () => 0,
	hLineColor: (i) => (i === 1 ? colours.muted : colours.grid),
	paddingLeft: (i) => (i === 0 ? 0 : 5),
	paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 5),
	paddingTop: () => 3,
	paddingBottom: () => 3
};

export const compactRules: CustomTableLayout = {
	...rules,
	paddingLeft: (i) => (i === 0 ? 0 : 4),
	paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 4),
	paddingTop: () => 2,
	paddingBottom: () => 2
};

export const cards: CustomTableLayout = {
	hLineWidth: () => 0.6,
	vLineWidth: () => 0.6,
	hLineColor: () => colours.grid,
	vLineColor: () => colours.grid,
	fillColor: () => '#f7f8fa',
	paddingLeft: () => 8,
	paddingRight: () => 8,
	paddingTop: () => 7,
	paddingBottom: () => 7
};

export const th = (text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell => ({
	text,
	style: 'th',
	alignment
});
export const td = (
	text: string,
	alignment: 'left' | 'right' | 'center' = 'left',
	extra: Record<string, unknown> = {}
): TableCell => ({
	text,
	alignment,
	...extra
});

export function table(
	widths: Array<number | string>,
	header: TableCell[],
	body: TableCell[][],
	margin: [number, number, number, number] = [0, 2, 0, 10]
): ContentTable {
	return {
		table: {
			headerRows: 1,
			keepWithHeaderRows: 1,
			dontBreakRows: true,
			widths,
			body: [header, ...body]
		},
		layout: rules,
		margin,
		fontSize: 8.5
	};
}

/** A key figure on a card: caption, the figure, a line under it. */
export function keyFigure(labelText: string, value: string, sub: string): TableCell {
	return {
		stack: [
			{ text: labelText, style: 'small' },
			{ text: value, style: 'figure' },
			{ text: sub, style: 'small' }
		]
	};
}

export const h1 = (text: string, pageBreak: boolean): Content => ({
	text,
	style: 'h1',
	tocItem: true,
	...(pageBreak
		? { pageBreak: 'before' as const }
		: { margin: [0, 20, 0, 10] as [number, number, number, number] })
});
export const h2 = (text: string): Content => ({ text, style: 'h2', headlineLevel: 2 });

/** Rows a table node has (0 for anything else). */
const rowsOf = (node: Content): number =>
	typeof node === 'object' && node !== null && 'table' in node ? (node.table?.body.length ?? 0) : 0;

/**
 * Keeps each sub-heading on the page of what follows it (plus a caption line under it). Only
 * short followers are kept together: pdfmake drops whatever of an unbreakable block does not fit
 * on one page, so long tables are left free to break (their header row repeats).
 */
export function keepHeadings(nodes: Content[]): Content[] {
	const out: Content[] = [];
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i] as Content;
		const isHeading =
			typeof node === 'object' &&
			node !== null &&
			(node as { headlineLevel?: number }).headlineLevel === 2;
		const next = nodes[i + 1];
		if (!isHeading || next === undefined || rowsOf(next) > KEEP_MAX_ROWS) {
			out.push(node);
			continue;
		}
		const group: Content[] = [node, next];
		i++;
		const isCaption =
			typeof next === 'object' && next !== null && (next as { style?: string }).style === 'small';
		const after = nodes[i + 1];
		if (isCaption && after !== undefined && rowsOf(after) <= KEEP_MAX_ROWS) {
			group.push(after);
			i++;
		}
		out.push({ unbreakable: true, stack: group });
	}
	return out;
}
export const p = (text: string | Content[], extra: Record<string, unknown> = {}): Content =>
	({ text, margin: [0, 0, 0, 6], ...extra }) as Content;
export const small = (text: string, extra: Record<string, unknown> = {}): Content => ({
	text,
	style: 'small',
	...extra
});
