/**
 * The board report as a slide deck (pptxgenjs), telling the PDF's story from the same
 * `boardStory`: the executive slide, the decisions, every dimension, the chart against target,
 * the trend (the index, then each dimension in its own small chart), the gaps to target, and how
 * to read the figures. Charts are native PowerPoint charts, so a board secretary can restyle
 * them; every figure is formatted as in the PDF. Only what the ReportInput holds is shown.
 */
import PptxGenJS from 'pptxgenjs';
import * as f from '$lib/domain/report/format';
import {
	EXPLAIN,
	boardStory,
	realChangeSummary,
	changeText,
	gapText,
	type BoardStory
} from '$lib/domain/report/story';
import type { ReportInput } from '$lib/domain/report/types';
import {
	BAR,
	FONT,
	INK,
	MARGIN,
	MUTED,
	W,
	cell,
	footnotes,
	head,
	keyFigure,
	smallMultiple,
	title
} from './deck-blocks';

function withheldSlide(deck: PptxGenJS, input: ReportInput, heading: string): void {
	const slide = deck.addSlide();
	title(slide, heading);
	slide.addText(
		`Not shown: ${f.plain(input.scores.status === 'withheld' ? input.scores.withheld : '')}. ${input.scores.respondents} responses were submitted; the anonymity threshold is ${input.scores.anonymityThreshold}.`,
		{ x: MARGIN, y: 1.6, w: W - 2 * MARGIN, h: 1, fontFace: FONT, fontSize: 16, color: MUTED }
	);
}

function cover(deck: PptxGenJS, input: ReportInput): void {
	const slide = deck.addSlide();
	slide.background = { color: INK };
	slide.addText('BOARD REPORT', {
		x: 0.8,
		y: 1.6,
		w: 11,
		h: 0.4,
		fontFace: FONT,
		fontSize: 14,
		bold: true,
		color: 'C9D4E2',
		charSpacing: 3
	});
	slide.addText('CRM governance maturity', {
		x: 0.8,
		y: 2.1,
		w: 11.5,
		h: 1,
		fontFace: FONT,
		fontSize: 40,
		bold: true,
		color: 'FFFFFF'
	});
	slide.addText(
		[
			{ text: f.plain(input.organisation.name), options: { breakLine: true, bold: true } },
			{
				text: `${f.plain(input.cycle.name)} · ${f.date(input.cycle.opensAt)} – ${f.date(input.cycle.closesAt)}`,
				options: { breakLine: true }
			},
			{
				text: input.provisional
					? 'PROVISIONAL: the cycle is still open, every figure may change'
					: `Generated ${f.date(input.generatedAt)}`
			}
		],
		{ x: 0.8, y: 3.3, w: 11.5, h: 1.5, fontFace: FONT, fontSize: 18, color: 'FFFFFF' }
	);
}

function executive(deck: PptxGenJS, input: ReportInput, story: BoardStory): void {
	if (!story.scored) return withheldSlide(deck, input, 'Executive summary');
	const o = story.scored.overall;
	const slide = deck.addSlide();
	title(
		slide,
		'Executive summary',
		`${f.plain(input.organisation.name)} · ${f.plain(input.cycle.name)}${input.provisional ? ' · PROVISIONAL' : ''}`
	);
	let invited = 0;
	let responded = 0;
	for (const r of input.responseRates)
		if (r.invited > 0) {
			invited += r.invited;
			responded += r.responded;
		}
	keyFigure(
		slide,
		MARGIN,
		'Maturity index (1–5)',
		f.score(o.index),
		`level ${o.level ?? '–'} ${o.levelName ?? ''}`
	);
	keyFigure(
		slide,
		MARGIN + 3.1,
		'Change since previous cycle',
		story.indexChange === null ? '–' : f.signed(story.indexChange),
		input.previous
			? `from ${f.score(story.previous?.overall.index)} in ${f.plain(input.previous.name)}`
			: 'first cycle'
	);
	keyFigure(
		slide,
		MARGIN + 6.2,
		'Response rate',
		invited > 0 ? f.percent(responded / invited) : '–',
		invited > 0 ? `${responded} of ${invited} invited` : `${o.respondents} responses`
	);
	keyFigure(
		slide,
		MARGIN + 9.3,
		'Real changes',
		String(story.realChanges.up + story.realChanges.down),
		realChangeSummary(story, input.previous ? f.plain(input.previous.name) : null)
	);
	slide.addText('Three things that matter', {
		x: MARGIN,
		y: 3.3,
		w: 12,
		h: 0.45,
		fontFace: FONT,
		fontSize: 18,
		bold: true,
		color: INK
	});
	slide.addText(
		story.matters.flatMap((m, i) => [
			{ text: `${i + 1}. ${m.headline}`, options: { bold: true, breakLine: true } },
			{ text: m.detail, options: { color: MUTED, breakLine: true, paraSpaceAfter: 6 } }
		]),
		{ x: MARGIN, y: 3.8, w: W - 2 * MARGIN, h: 2.6, fontFace: FONT, fontSize: 15, valign: 'top' }
	);
	footnotes(slide, [EXPLAIN.index, EXPLAIN.realChange]);
}

function decisions(deck: PptxGenJS, input: ReportInput, story: BoardStory): void {
	const slide = deck.addSlide();
	title(slide, 'Decisions asked of the board', 'From the action plan and the roadmap');
	const lines = story.decisions.length
		? story.decisions.flatMap((d, i) => [
				{ text: `${i + 1}. ${d.ask}`, options: { bold: true, breakLine: true } },
				{ text: d.detail, options: { color: MUTED, breakLine: true, paraSpaceAfter: 8 } }
			])
		: [
				{
					text:
						input.actions.length || input.roadmap?.phases.length
							? 'No decision is asked in this report: no action waits for a budget and no roadmap phase waits to start.'
							: 'No decision is asked in this report: no action plan or roadmap has been recorded for this cycle yet.',
					options: {}
				}
			];
	slide.addText(lines, {
		x: MARGIN,
		y: 1.5,
		w: W - 2 * MARGIN,
		h: 5,
		fontFace: FONT,
		fontSize: story.decisions.length > 5 ? 13 : 16,
		valign: 'top',
		fit: 'shrink'
	});
}

function results(deck: PptxGenJS, input: ReportInput, story: BoardStory): void {
	if (!story.scored) return withheldSlide(deck, input, 'Results: every dimension');
	const slide = deck.addSlide();
	title(slide, 'Results: every dimension');
	const rows: PptxGenJS.TableRow[] = [
		[
			head('Dimension', 'left'),
			head('Score'),
			head('95% interval'),
			head('Level', 'center'),
			head('Target'),
			head('Gap (target − score)'),
			head('Change')
		],
		...story.dimensions.map((r): PptxGenJS.TableRow =>
			r.score === null
				? [cell(r.title), cell(r.note ?? '–', { colspan: 6, italic: true, color: MUTED })]
				: [
						cell(r.title),
						cell(f.score(r.score), { align: 'right', bold: true }),
						cell(r.low !== null && r.high !== null ? `${f.score(r.low)}–${f.score(r.high)}` : '–', {
							align: 'right'
						}),
						cell(`${r.level ?? '–'}${r.betweenLevels ? '*' : ''}`, { align: 'center' }),
						cell(f.score(r.target), { align: 'right' }),
						cell(gapText(r.gap), { align: 'right' }),
						cell(changeText(r), { align: 'right' })
					]
		)
	];
	slide.addTable(rows, {
		x: MARGIN,
		y: 1.1,
		w: W - 2 * MARGIN,
		colW: [4.2, 1.1, 1.7, 0.9, 1.0, 2.0, 1.43],
		fontFace: FONT,
		fontSize: 11,
		rowH: 0.3,
		border: { type: 'solid', pt: 0.5, color: 'D4D4D4' },
		margin: 0.04
	});
	footnotes(slide, [EXPLAIN.interval, `* ${EXPLAIN.betweenLevels}`, EXPLAIN.gap], 6.15);
}

function againstTarget(deck: PptxGenJS, story: BoardStory): void {
	if (!story.scored) return;
	const rows = story.dimensions.filter((r) => r.score !== null);
	const slide = deck.addSlide();
	title(slide, 'Against target', 'Each dimension’s score and its target on the 1–5 scale');
	const labels = rows.map((r) => r.title);
	slide.addChart(
		'bar',
		[
			{ name: 'Score', labels, values: rows.map((r) => Number(f.score(r.score))) },
			{
				name: 'Target',
				labels,
				values: rows.map((r) => (r.target === null ? 0 : Number(f.score(r.target))))
			}
		],
		{
			x: MARGIN,
			y: 1.4,
			w: W - 2 * MARGIN,
			h: 5.1,
			barDir: 'bar',
			barGrouping: 'clustered',
			chartColors: [BAR, 'C9D4E2'],
			valAxisMinVal: 1,
			valAxisMaxVal: 5,
			valAxisMajorUnit: 1,
			catAxisLabelFontSize: 10,
			catAxisLabelFontFace: FONT,
			valAxisLabelFontFace: FONT,
			showLegend: true,
			legendPos: 'b',
			showValue: true,
			dataLabelFormatCode: '0.00',
			dataLabelFontSize: 8
		}
	);
	footnotes(slide, [EXPLAIN.score, EXPLAIN.gap], 6.6);
}

/** The index over closed cycles (and this open cycle, marked provisional), then each dimension. */
function trend(deck: PptxGenJS, input: ReportInput, story: BoardStory): void {
	const points = input.trend.map((t) => ({
		label: f.plain(t.cycleName),
		index: t.index,
		dims: t.dimensions
	}));
	if (input.provisional && story.scored?.overall.index != null)
		points.push({
			label: `${f.plain(input.cycle.name)} (provisional)`,
			index: story.scored.overall.index,
			dims: Object.fromEntries(story.dimensions.map((r) => [r.key, r.score]))
		});
	const slide = deck.addSlide();
	title(slide, 'Trend across cycles', 'The maturity index of each closed cycle');
	if (points.length < 2) {
		slide.addText(
			points.length === 0
				? 'No closed cycle yet: the trend starts once a cycle has closed.'
				: `Only one cycle so far (${points[0]!.label}: ${f.score(points[0]!.index)}): the trend starts with the next closed cycle.`,
			{ x: MARGIN, y: 1.6, w: 12, h: 1, fontFace: FONT, fontSize: 16, color: MUTED }
		);
		return;
	}
	const shown = points.slice(-12);
	slide.addChart(
		'line',
		[
			{
				name: 'Maturity index',
				labels: shown.map((p) => p.label),
				values: shown.map((p) => (p.index === null ? null : Number(f.score(p.index))))
			}
		],
		{
			x: MARGIN,
			y: 1.4,
			w: W - 2 * MARGIN,
			h: 4.9,
			chartColors: [INK],
			lineSize: 3,
			lineDataSymbolSize: 9,
			valAxisMinVal: 1,
			valAxisMaxVal: 5,
			valAxisMajorUnit: 1,
			showValue: true,
			dataLabelFormatCode: '0.00',
			dataLabelPosition: 't',
			catAxisLabelFontFace: FONT,
			valAxisLabelFontFace: FONT
		}
	);
	footnotes(
		slide,
		[
			EXPLAIN.index,
			...(input.provisional ? ['The last point is the open cycle: provisional.'] : [])
		],
		6.5
	);
	dimensionGrid(deck, input, story, shown);
}

/** Small multiples: one small panel per dimension over the cycles shown. */
function dimensionGrid(
	deck: PptxGenJS,
	input: ReportInput,
	story: BoardStory,
	shown: Array<{ label: string; dims: Record<string, number | null> }>
): void {
	// Small multiples: one small panel per dimension, on the same 1–5 scale. Drawn with shapes: a
	// native chart embeds a workbook of its own (about 50 KB each).
	const grid = deck.addSlide();
	title(
		grid,
		'Each dimension over time',
		`${shown[0]!.label} (left) to ${shown.at(-1)!.label} (right); each panel from 1 (bottom line) to 5 (top line); dashed: this cycle’s target`
	);
	const keys = story.dimensions.length
		? story.dimensions.map((r) => ({ key: r.key, title: r.title, target: r.target }))
		: input.instrument.sections
				.filter((s) => s.kind === 'building_block' || s.kind === 'governance')
				.map((s) => ({ key: s.key, title: f.plain(s.title), target: null }));
	const perRow = 5;
	const cw = (W - 2 * MARGIN) / perRow;
	keys.forEach((k, i) => {
		smallMultiple(
			grid,
			MARGIN + (i % perRow) * cw,
			1.5 + Math.floor(i / perRow) * 1.75,
			cw - 0.25,
			k,
			shown.map((p) => p.dims[k.key] ?? null)
		);
	});
}

function targets(deck: PptxGenJS, story: BoardStory): void {
	if (!story.scored) return;
	const withTarget = story.dimensions
		.filter((r) => r.score !== null && r.target !== null && r.gap !== null)
		.sort((a, b) => b.gap! - a.gap! || a.title.localeCompare(b.title));
	const slide = deck.addSlide();
	const reached = withTarget.filter((r) => r.gap! <= 0).length;
	title(slide, 'Targets', `${reached} of ${withTarget.length} targets reached; largest gap first`);
	if (!withTarget.length) {
		slide.addText('No targets were set for this cycle.', {
			x: MARGIN,
			y: 1.6,
			w: 12,
			h: 0.6,
			fontFace: FONT,
			fontSize: 16
		});
		return;
	}
	slide.addTable(
		[
			[head('Dimension', 'left'), head('Score'), head('Target'), head('Gap (target − score)')],
			...withTarget.map((r): PptxGenJS.TableRow => [
				cell(r.title),
				cell(f.score(r.score), { align: 'right' }),
				cell(f.score(r.target), { align: 'right' }),
				cell(gapText(r.gap), { align: 'right', bold: r.gap! > 0 })
			])
		],
		{
			x: MARGIN,
			y: 1.5,
			w: 9,
			colW: [4.6, 1.3, 1.3, 1.8],
			fontFace: FONT,
			fontSize: 11,
			rowH: 0.3,
			border: { type: 'solid', pt: 0.5, color: 'D4D4D4' },
			margin: 0.04
		}
	);
	footnotes(slide, [EXPLAIN.gap], 6.7);
}

function howToRead(deck: PptxGenJS): void {
	const slide = deck.addSlide();
	title(slide, 'How to read the figures');
	const keys = [
		'index',
		'score',
		'interval',
		'betweenLevels',
		'realChange',
		'gap',
		'n',
		'responseRate',
		'agreement',
		'perceptionGap',
		'alpha',
		'peers'
	] as const;
	slide.addText(
		keys.map((k) => ({ text: EXPLAIN[k], options: { breakLine: true, paraSpaceAfter: 5 } })),
		{
			x: MARGIN,
			y: 1.2,
			w: W - 2 * MARGIN,
			h: 5.9,
			fontFace: FONT,
			fontSize: 13,
			valign: 'top',
			fit: 'shrink'
		}
	);
}

/** The deck's bytes. */
export async function reportDeck(input: ReportInput): Promise<Uint8Array> {
	const story = boardStory(input);
	const deck = new PptxGenJS();
	deck.layout = 'LAYOUT_WIDE';
	deck.author = 'Touchstone';
	deck.company = f.plain(input.organisation.name);
	deck.title = `CRM governance maturity – ${f.plain(input.organisation.name)} – ${f.plain(input.cycle.name)}`;
	cover(deck, input);
	executive(deck, input, story);
	decisions(deck, input, story);
	results(deck, input, story);
	againstTarget(deck, story);
	trend(deck, input, story);
	targets(deck, story);
	howToRead(deck);
	// pptxgenjs 4.0.1 compresses only with outputType 'STREAM' (a Node Buffer); with any other
	// type it ignores `compression` and stores every part uncompressed (about 5 times the size).
	const out = (await deck.write({ outputType: 'STREAM', compression: true })) as Uint8Array;
	return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
