/**
 * The board report as a slide deck (pptxgenjs), telling the PDF's story from the same
 * `boardStory`: the executive slide, the decisions, every dimension, the chart against target,
 * the trend (the index, then each dimension in its own small chart), the gaps to target, and how
 * to read the figures. Charts are native PowerPoint charts, so a board secretary can restyle
 * them; every figure is formatted as in the PDF, in the PDF's language. Only what the ReportInput
 * holds is shown.
 */
import PptxGenJS from 'pptxgenjs';
import { localeOf } from '$lib/domain/language';
import * as f from '$lib/domain/report/format';
import { fill, reportLocale } from '$lib/domain/report/messages';
import { withReasonsIn } from '$lib/domain/report/messages/reasons';
import {
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
	cells,
	footnotes,
	keyFigure,
	smallMultiple,
	textIn,
	title,
	withheldSlide,
	type Deck,
	type Slide
} from './deck-blocks';

function cover(d: Deck, input: ReportInput): void {
	const { t, f: fm } = d.locale;
	const slide = d.deck.addSlide();
	slide.background = { color: INK };
	slide.addText(
		t.kicker,
		textIn(d, {
			x: 0.8,
			y: 1.6,
			w: 11,
			h: 0.4,
			fontSize: 14,
			bold: true,
			color: 'C9D4E2',
			charSpacing: 3
		})
	);
	slide.addText(
		t.title,
		textIn(d, { x: 0.8, y: 2.1, w: 11.5, h: 1, fontSize: 40, bold: true, color: 'FFFFFF' })
	);
	slide.addText(
		[
			{ text: f.plain(input.organisation.name), options: { breakLine: true, bold: true } },
			{
				text: `${f.plain(input.cycle.name)} · ${fm.date(input.cycle.opensAt)} – ${fm.date(input.cycle.closesAt)}`,
				options: { breakLine: true }
			},
			{
				text: input.provisional
					? t.deck.provisionalCover
					: fill(t.deck.generatedOn, { date: fm.date(input.generatedAt) })
			}
		],
		textIn(d, { x: 0.8, y: 3.3, w: 11.5, h: 1.5, fontSize: 18, color: 'FFFFFF' })
	);
}

/** The four key figures across the executive slide: index, change, response rate, real changes. */
function keyFigures(d: Deck, slide: Slide, input: ReportInput, story: BoardStory): void {
	const { t, f: fm } = d.locale;
	const o = story.scored!.overall;
	let invited = 0;
	let responded = 0;
	for (const r of input.responseRates)
		if (r.invited > 0) {
			invited += r.invited;
			responded += r.responded;
		}
	const level = o.level !== null ? (t.levels[o.level - 1] ?? '') : '';
	keyFigure(
		d,
		slide,
		MARGIN,
		t.maturityIndexScale,
		fm.score(o.index),
		fill(t.deck.level, { level: o.level ?? '–', name: level })
	);
	keyFigure(
		d,
		slide,
		MARGIN + 3.1,
		t.changeSincePrevious,
		story.indexChange === null ? '–' : fm.signed(story.indexChange),
		input.previous
			? fill(t.changeFrom, {
					index: fm.score(story.previous?.overall.index),
					cycle: f.plain(input.previous.name)
				})
			: t.firstCycle
	);
	keyFigure(
		d,
		slide,
		MARGIN + 6.2,
		t.responseRate,
		invited > 0 ? fm.percent(responded / invited) : '–',
		invited > 0
			? fill(t.invitedOf, { responded, invited })
			: fill(t.responsesCount, { count: o.respondents })
	);
	keyFigure(
		d,
		slide,
		MARGIN + 9.3,
		t.deck.realChanges,
		String(story.realChanges.up + story.realChanges.down),
		realChangeSummary(story, input.previous ? f.plain(input.previous.name) : null, d.locale)
	);
}

function executive(d: Deck, input: ReportInput, story: BoardStory): void {
	const { t } = d.locale;
	if (!story.scored) return withheldSlide(d, input, t.executiveSummary);
	const slide = d.deck.addSlide();
	title(
		d,
		slide,
		t.executiveSummary,
		`${f.plain(input.organisation.name)} · ${f.plain(input.cycle.name)}${input.provisional ? ` · ${t.watermark}` : ''}`
	);
	keyFigures(d, slide, input, story);
	slide.addText(
		t.threeThings,
		textIn(d, { x: MARGIN, y: 3.3, w: 12, h: 0.45, fontSize: 18, bold: true, color: INK })
	);
	slide.addText(
		story.matters.flatMap((m, i) => [
			{ text: `${i + 1}. ${m.headline}`, options: { bold: true, breakLine: true } },
			{ text: m.detail, options: { color: MUTED, breakLine: true, paraSpaceAfter: 6 } }
		]),
		textIn(d, { x: MARGIN, y: 3.8, w: W - 2 * MARGIN, h: 2.6, fontSize: 15, valign: 'top' })
	);
	footnotes(d, slide, [t.explain.index, t.explain.realChange]);
}

function decisions(d: Deck, input: ReportInput, story: BoardStory): void {
	const { t } = d.locale;
	const slide = d.deck.addSlide();
	title(d, slide, t.decisionsAsked, t.deck.decisionsFrom);
	const lines = story.decisions.length
		? story.decisions.flatMap((decision, i) => [
				{ text: `${i + 1}. ${decision.ask}`, options: { bold: true, breakLine: true } },
				{ text: decision.detail, options: { color: MUTED, breakLine: true, paraSpaceAfter: 8 } }
			])
		: [
				{
					text:
						input.actions.length || input.roadmap?.phases.length
							? t.noDecisionWaiting
							: t.noDecisionNoPlan,
					options: {}
				}
			];
	slide.addText(
		lines,
		textIn(d, {
			x: MARGIN,
			y: 1.5,
			w: W - 2 * MARGIN,
			h: 5,
			fontSize: story.decisions.length > 5 ? 13 : 16,
			valign: 'top',
			fit: 'shrink'
		})
	);
}

function results(d: Deck, input: ReportInput, story: BoardStory): void {
	const { t, f: fm } = d.locale;
	if (!story.scored) return withheldSlide(d, input, t.deck.results);
	const { cell, head } = cells(d);
	const slide = d.deck.addSlide();
	title(d, slide, t.deck.results);
	const rows: PptxGenJS.TableRow[] = [
		[
			head(t.dimension, 'left'),
			head(t.score),
			head(t.interval95),
			head(t.level, 'center'),
			head(t.target),
			head(t.gapHeader),
			head(t.change)
		],
		...story.dimensions.map((r): PptxGenJS.TableRow =>
			r.score === null
				? [cell(r.title), cell(r.note ?? '–', { colspan: 6, italic: true, color: MUTED })]
				: [
						cell(r.title),
						cell(fm.score(r.score), { align: 'right', bold: true }),
						cell(
							r.low !== null && r.high !== null ? `${fm.score(r.low)}–${fm.score(r.high)}` : '–',
							{ align: 'right' }
						),
						cell(`${r.level ?? '–'}${r.betweenLevels ? '*' : ''}`, { align: 'center' }),
						cell(fm.score(r.target), { align: 'right' }),
						cell(gapText(r.gap, d.locale), { align: 'right' }),
						cell(changeText(r, d.locale), { align: 'right' })
					]
		)
	];
	slide.addTable(rows, {
		...textIn(d, { x: MARGIN, y: 1.1, w: W - 2 * MARGIN, fontSize: 11 }),
		colW: [4.2, 1.1, 1.7, 0.9, 1.0, 2.0, 1.43],
		rowH: 0.3,
		border: { type: 'solid', pt: 0.5, color: 'D4D4D4' },
		margin: 0.04
	});
	footnotes(d, slide, [t.explain.interval, `* ${t.explain.betweenLevels}`, t.explain.gap], 6.15);
}

function againstTarget(d: Deck, story: BoardStory): void {
	if (!story.scored) return;
	const { t } = d.locale;
	const rows = story.dimensions.filter((r) => r.score !== null);
	const slide = d.deck.addSlide();
	title(d, slide, t.deck.againstTarget, t.deck.againstTargetSub);
	const labels = rows.map((r) => r.title);
	// The values are numbers (rounded as shown); PowerPoint writes them in the reader's notation.
	slide.addChart(
		'bar',
		[
			{ name: t.score, labels, values: rows.map((r) => Number(f.score(r.score))) },
			{
				name: t.target,
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
			dataLabelFontSize: 8,
			lang: d.lang
		}
	);
	footnotes(d, slide, [t.explain.score, t.explain.gap], 6.6);
}

/** The index over closed cycles (and this open cycle, marked provisional), then each dimension. */
function trend(d: Deck, input: ReportInput, story: BoardStory): void {
	const { t, f: fm } = d.locale;
	const points = input.trend.map((p) => ({
		label: f.plain(p.cycleName),
		index: p.index,
		dims: p.dimensions
	}));
	if (input.provisional && story.scored?.overall.index != null)
		points.push({
			label: fill(t.provisionalSuffix, { cycle: f.plain(input.cycle.name) }),
			index: story.scored.overall.index,
			dims: Object.fromEntries(story.dimensions.map((r) => [r.key, r.score]))
		});
	const slide = d.deck.addSlide();
	title(d, slide, t.trendAcrossCycles, t.deck.trendSub);
	if (points.length < 2) {
		slide.addText(
			points.length === 0
				? t.noClosedCycle
				: fill(t.deck.oneCycle, { cycle: points[0]!.label, index: fm.score(points[0]!.index) }),
			textIn(d, { x: MARGIN, y: 1.6, w: 12, h: 1, fontSize: 16, color: MUTED })
		);
		return;
	}
	const shown = points.slice(-12);
	slide.addChart(
		'line',
		[
			{
				name: t.maturityIndex,
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
			valAxisLabelFontFace: FONT,
			lang: d.lang
		}
	);
	footnotes(d, slide, [t.explain.index, ...(input.provisional ? [t.deck.lastPointOpen] : [])], 6.5);
	dimensionGrid(d, input, story, shown);
}

/** Small multiples: one small panel per dimension over the cycles shown. */
function dimensionGrid(
	d: Deck,
	input: ReportInput,
	story: BoardStory,
	shown: Array<{ label: string; dims: Record<string, number | null> }>
): void {
	// Small multiples: one small panel per dimension, on the same 1–5 scale. Drawn with shapes: a
	// native chart embeds a workbook of its own (about 50 KB each).
	const { t } = d.locale;
	const grid = d.deck.addSlide();
	title(
		d,
		grid,
		t.deck.eachDimension,
		fill(t.deck.eachDimensionSub, { first: shown[0]!.label, last: shown.at(-1)!.label })
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
			d,
			grid,
			MARGIN + (i % perRow) * cw,
			1.5 + Math.floor(i / perRow) * 1.75,
			cw - 0.25,
			k,
			shown.map((p) => p.dims[k.key] ?? null)
		);
	});
}

function targets(d: Deck, story: BoardStory): void {
	if (!story.scored) return;
	const { t, f: fm } = d.locale;
	const { cell, head } = cells(d);
	const withTarget = story.dimensions
		.filter((r) => r.score !== null && r.target !== null && r.gap !== null)
		.sort((a, b) => b.gap! - a.gap! || a.title.localeCompare(b.title));
	const slide = d.deck.addSlide();
	const reached = withTarget.filter((r) => r.gap! <= 0).length;
	title(d, slide, t.deck.targets, fill(t.deck.targetsSub, { reached, total: withTarget.length }));
	if (!withTarget.length) {
		slide.addText(t.deck.noTargets, textIn(d, { x: MARGIN, y: 1.6, w: 12, h: 0.6, fontSize: 16 }));
		return;
	}
	slide.addTable(
		[
			[head(t.dimension, 'left'), head(t.score), head(t.target), head(t.gapHeader)],
			...withTarget.map((r): PptxGenJS.TableRow => [
				cell(r.title),
				cell(fm.score(r.score), { align: 'right' }),
				cell(fm.score(r.target), { align: 'right' }),
				cell(gapText(r.gap, d.locale), { align: 'right', bold: r.gap! > 0 })
			])
		],
		{
			...textIn(d, { x: MARGIN, y: 1.5, w: 9, fontSize: 11 }),
			colW: [4.6, 1.3, 1.3, 1.8],
			rowH: 0.3,
			border: { type: 'solid', pt: 0.5, color: 'D4D4D4' },
			margin: 0.04
		}
	);
	footnotes(d, slide, [t.explain.gap], 6.7);
}

function howToRead(d: Deck): void {
	const { t } = d.locale;
	const slide = d.deck.addSlide();
	title(d, slide, t.deck.howToRead);
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
		keys.map((k) => ({ text: t.explain[k], options: { breakLine: true, paraSpaceAfter: 5 } })),
		textIn(d, {
			x: MARGIN,
			y: 1.2,
			w: W - 2 * MARGIN,
			h: 5.9,
			fontSize: 13,
			valign: 'top',
			fit: 'shrink'
		})
	);
}

/** The deck's bytes, in the report's language (`input.language`, as its PDF; absent: English). */
export async function reportDeck(original: ReportInput): Promise<Uint8Array> {
	const locale = reportLocale(original.language);
	// The scoring module's reasons for withholding are English: written in the report's language.
	const input = locale.language === 'en' ? original : withReasonsIn(original, locale.t);
	const story = boardStory(input, locale);
	const deck = new PptxGenJS();
	const d: Deck = { deck, locale, lang: localeOf[locale.language] };
	deck.layout = 'LAYOUT_WIDE';
	deck.author = 'Touchstone';
	deck.company = f.plain(input.organisation.name);
	deck.title = fill(locale.t.docTitle, {
		organisation: f.plain(input.organisation.name),
		cycle: f.plain(input.cycle.name)
	});
	cover(d, input);
	executive(d, input, story);
	decisions(d, input, story);
	results(d, input, story);
	againstTarget(d, story);
	trend(d, input, story);
	targets(d, story);
	howToRead(d);
	// pptxgenjs 4.0.1 compresses only with outputType 'STREAM' (a Node Buffer); with any other
	// type it ignores `compression` and stores every part uncompressed (about 5 times the size).
	const out = (await deck.write({ outputType: 'STREAM', compression: true })) as Uint8Array;
	return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
