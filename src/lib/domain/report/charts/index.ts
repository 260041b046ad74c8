/**
 * Charts for the board report as pdfmake vector nodes (canvas rectangles, lines, polylines,
 * ellipses) with ordinary text nodes for labels, so every label stays plain, selectable text.
 * Pure: data in, pdfmake content out. Designed to print in greyscale: series differ by shape
 * (bar, tick, open circle, diamond, dashed line) and by lightness, never by hue alone.
 */
export { colours, englishChartText, HATCH, notice, reportPatterns, type ChartText } from './canvas';
export { legend, type LegendSymbol } from './legend';
export { targetBarChart, type TargetBarRow } from './target-bars';
export { trendChart, type TrendChartPoint } from './trend';
export { referenceBarChart, type ReferenceBarRow } from './reference-bars';
export { peerSpreadChart, type PeerSpreadRow } from './peer-spread';
export { distributionBar, distributionLegend } from './distribution';
export { smallMultiples, type SmallMultiple } from './small-multiples';
