/** The page the report is laid out for. */

/** A4 in points, and the margins the layout is drawn for. */
export const PAGE = {
	width: 595.28,
	height: 841.89,
	margins: [50, 64, 50, 56] as [number, number, number, number]
};
export const CONTENT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

/** The word stamped diagonally across every page of a report on an open cycle. */
export const PROVISIONAL_WATERMARK = 'PROVISIONAL';
