/**
 * The board report's figures as an Excel workbook (exceljs), told from the same story as the PDF
 * (`boardStory`): headline, building blocks, governance areas, functional integration, the trend
 * across closed cycles and the actions. Numbers are stored as numbers with a number format (the
 * unrounded figure, shown to the PDF's decimals), dates as dates. Only what the ReportInput holds
 * — the scoring service's anonymity-safe output — reaches a cell: a withheld figure is an empty
 * cell with the reason beside it.
 */
import ExcelJS from 'exceljs';
import { isEarlyWin } from '$lib/domain/action/schema';
import { integrationVerdicts } from '$lib/domain/cycle/facts';
import { boardStory, outstandingBudget, type DimensionRow } from '$lib/domain/report/story';
import * as f from '$lib/domain/report/format';
import { fill, reportLocale, type ReportMessages } from '$lib/domain/report/messages';
import { withReasonsIn } from '$lib/domain/report/messages/reasons';
import type { ReportInput } from '$lib/domain/report/types';

const FORMAT = {
	score: '0.00',
	signed: '+0.00;−0.00;0.00',
	percent: '0%',
	count: '#,##0',
	money: '#,##0',
	peer: '0.0',
	date: 'd mmm yyyy'
} as const;

type Cell = string | number | Date | null;
interface Column {
	header: string;
	width: number;
	format?: string;
}

/** A sheet with a bold header row, frozen under it, and the rows as given. */
function tableSheet(
	book: ExcelJS.Workbook,
	name: string,
	columns: Column[],
	rows: Cell[][],
	notes: string[] = []
): ExcelJS.Worksheet {
	const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
	sheet.getRow(1).font = { bold: true };
	sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
	for (const row of rows) sheet.addRow(row);
	columns.forEach((c, i) => {
		if (c.format) sheet.getColumn(i + 1).numFmt = c.format;
	});
	if (notes.length) {
		sheet.addRow([]);
		for (const note of notes)
			sheet.addRow([note]).font = { italic: true, color: { argb: 'FF5F5F5F' } };
	}
	return sheet;
}

function dimensionColumns(t: ReportMessages, previousName: string): Column[] {
	const w = t.workbook;
	return [
		{ header: t.dimension, width: 34 },
		{ header: w.scoreScale, width: 11, format: FORMAT.score },
		{ header: w.intervalLow, width: 11, format: FORMAT.score },
		{ header: w.intervalHigh, width: 11, format: FORMAT.score },
		{ header: t.level, width: 7 },
		{ header: w.levelName, width: 12 },
		{ header: w.betweenLevels, width: 9 },
		{ header: t.target, width: 8, format: FORMAT.score },
		{ header: w.gapToTarget, width: 16, format: FORMAT.signed },
		{ header: previousName, width: 11, format: FORMAT.score },
		{ header: t.change, width: 9, format: FORMAT.signed },
		{ header: w.changeIs, width: 13 },
		{ header: w.nPeople, width: 9, format: FORMAT.count },
		{ header: w.agreement, width: 11, format: FORMAT.score },
		{ header: t.dontKnow, width: 9, format: FORMAT.percent },
		{ header: w.perceptionGap, width: 10, format: FORMAT.score },
		{ header: w.peerMedian, width: 9, format: FORMAT.peer },
		{ header: w.peerTopQuartile, width: 10, format: FORMAT.peer },
		{ header: w.note, width: 40 }
	];
}

const dimensionCells = (t: ReportMessages, r: DimensionRow): Cell[] => [
	r.title,
	r.score,
	r.low,
	r.high,
	r.level,
	r.levelName,
	r.betweenLevels === null ? null : r.betweenLevels ? t.yes : t.no,
	r.target,
	r.gap,
	r.previous,
	r.change,
	r.verdict === null ? null : t.verdicts[r.verdict],
	r.n,
	r.agreement,
	r.dontKnow,
	r.perceptionGap,
	r.peerMedian,
	r.peerTopQuartile,
	r.note
];

const dimensionNotes = ({ explain }: ReportMessages): string[] => [
	explain.score,
	explain.interval,
	explain.betweenLevels,
	explain.gap,
	explain.realChange,
	explain.n,
	explain.agreement,
	explain.dontKnow,
	explain.perceptionGap,
	explain.peers
];

function headline(
	book: ExcelJS.Workbook,
	input: ReportInput,
	story: ReturnType<typeof boardStory>,
	t: ReportMessages
) {
	const w = t.workbook;
	const o = story.scored?.overall ?? null;
	let invited = 0;
	let responded = 0;
	for (const r of input.responseRates)
		if (r.invited > 0) {
			invited += r.invited;
			responded += r.responded;
		}
	// Each figure with its number format, if it has one (the value stays a number or a date).
	const figures: Array<[label: string, value: Cell, meaning: string | null, format?: string]> = [
		[w.organisation, f.plain(input.organisation.name), null],
		[w.cycle, f.plain(input.cycle.name), null],
		[t.status, input.provisional ? w.statusProvisional : w.statusFinal, null],
		[t.generated, new Date(input.generatedAt), null, FORMAT.date],
		[t.maturityIndexScale, o?.index ?? null, t.explain.index, FORMAT.score],
		[t.maturityLevel, o?.level ?? null, o?.level ? (t.levels[o.level - 1] ?? null) : null],
		[w.index100, o?.index100 ?? null, w.formula100, '0'],
		[w.previousCycle, input.previous ? f.plain(input.previous.name) : null, null],
		[w.indexChange, story.indexChange, null, FORMAT.signed],
		[
			w.changedForReal,
			story.realChanges.up + story.realChanges.down,
			`${fill(w.changedLine, story.realChanges)} ${t.explain.realChange}`
		],
		[t.responses, input.scores.respondents, null],
		[w.invited, invited > 0 ? invited : null, null],
		[
			t.responseRate,
			invited > 0 ? responded / invited : null,
			t.explain.responseRate,
			FORMAT.percent
		],
		[w.anonymityThreshold, input.scores.anonymityThreshold, t.explain.n]
	];
	if (input.scores.status === 'withheld')
		figures.push([w.scoresNotShown, f.plain(input.scores.withheld), null]);
	const sheet = tableSheet(
		book,
		w.sheets.headline,
		[
			{ header: w.figure, width: 44 },
			{ header: w.value, width: 34 },
			{ header: w.meaning, width: 90 }
		],
		figures.map(([label, value, meaning]) => [label, value, meaning])
	);
	sheet.eachRow((row, i) => {
		// Row 1 is the header; figure i − 2 is on row i.
		const format = i > 1 ? figures[i - 2]?.[3] : undefined;
		if (format) row.getCell(2).numFmt = format;
		row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
	});
	sheet.addRow([]);
	sheet.addRow([t.threeThings]).font = { bold: true };
	for (const m of story.matters) sheet.addRow([m.headline, null, m.detail]);
	if (!story.matters.length) sheet.addRow([w.noMatters]);
	sheet.addRow([]);
	sheet.addRow([t.decisionsAsked]).font = { bold: true };
	for (const d of story.decisions) {
		const row = sheet.addRow([d.ask, d.amount, d.detail]);
		row.getCell(2).numFmt = FORMAT.money;
	}
	if (!story.decisions.length) sheet.addRow([w.noDecision]);
}

function integration(book: ExcelJS.Workbook, input: ReportInput, t: ReportMessages) {
	const w = t.workbook;
	// Function names as the questionnaire has them in the report's language, as the PDF does.
	const itemText = new Map(
		input.instrument.sections.flatMap((s) => s.items.map((i) => [i.key, i.text] as const))
	);
	const fns = input.scores.status === 'scored' ? input.scores.integration.functions : [];
	const verdicts = new Map(
		integrationVerdicts(fns, input.facts ?? {}).functions.map((v) => [v.key, v])
	);
	const keys = [...new Set([...fns.map((x) => x.key), ...verdicts.keys()])];
	const byKey = new Map(fns.map((x) => [x.key, x]));
	const overall = input.scores.status === 'scored' ? input.scores.integration.overall : null;
	tableSheet(
		book,
		w.sheets.integration,
		[
			{ header: t.function, width: 30 },
			{ header: w.ratedBy, width: 12, format: FORMAT.count },
			{ header: w.consultedOrIntegrated, width: 12, format: FORMAT.percent },
			{ header: w.meanRating, width: 10, format: FORMAT.score },
			{ header: t.dontKnow, width: 9, format: FORMAT.percent },
			{ header: w.integratedHere, width: 14 },
			{ header: w.decidedBy, width: 22 },
			{ header: w.studyShare, width: 16, format: FORMAT.percent },
			{ header: w.note, width: 40 }
		],
		[
			...keys.map((key): Cell[] => {
				const fn = byKey.get(key);
				const v = verdicts.get(key);
				return [
					f.plain(itemText.get(key) ?? fn?.text ?? v?.text ?? key),
					fn?.n ?? null,
					fn?.share ?? null,
					fn?.mean ?? null,
					fn?.dontKnowShare ?? null,
					v?.integrated === null || v === undefined
						? t.notKnown
						: v.integrated
							? t.integrated
							: t.notIntegrated,
					v?.basis === 'lead'
						? `${t.leadsFacts}${v.disputed ? t.respondentsDiffer : ''}`
						: v?.basis === 'respondents'
							? t.respondentsMiddle
							: null,
					v?.studyShare ?? null,
					fn?.withheld ? fill(t.withheldReason, { reason: f.plain(fn.withheld) }) : null
				];
			}),
			[w.overall, null, overall?.share ?? null, overall?.mean ?? null]
		],
		[t.explain.integration, w.integratedNote]
	);
}

function trends(book: ExcelJS.Workbook, input: ReportInput, t: ReportMessages) {
	const w = t.workbook;
	const keys = input.instrument.sections
		.filter((s) => s.kind === 'building_block' || s.kind === 'governance')
		.map((s) => ({ key: s.key, title: f.plain(s.title) }));
	tableSheet(
		book,
		w.sheets.trends,
		[
			{ header: w.closedCycle, width: 22 },
			{ header: w.closedOn, width: 12, format: FORMAT.date },
			{ header: t.maturityIndex, width: 10, format: FORMAT.score },
			...keys.map((k) => ({ header: k.title, width: 12, format: FORMAT.score }))
		],
		input.trend.map((point) => [
			f.plain(point.cycleName),
			new Date(point.closedAt),
			point.index,
			...keys.map((k) => point.dimensions[k.key] ?? null)
		]),
		[w.trendsNote]
	);
}

function actions(book: ExcelJS.Workbook, input: ReportInput, t: ReportMessages) {
	const w = t.workbook;
	const h = t.actionsHeader;
	const titles = new Map(input.instrument.sections.map((s) => [s.key, f.plain(s.title)]));
	tableSheet(
		book,
		w.sheets.actions,
		[
			{ header: h.action, width: 44 },
			{ header: h.dimensions, width: 34 },
			{ header: h.owner, width: 22 },
			{ header: w.impactScale, width: 8 },
			{ header: w.complexityScale, width: 10 },
			{ header: t.earlyWin, width: 8 },
			{ header: h.due, width: 12, format: FORMAT.date },
			{ header: h.status, width: 12 },
			{ header: w.budget, width: 12, format: FORMAT.money },
			{ header: w.approved, width: 12, format: FORMAT.money },
			{ header: w.awaitingApproval, width: 12, format: FORMAT.money }
		],
		input.actions.map((a) => [
			f.plain(a.title),
			a.dimensionKeys.map((k) => titles.get(k) ?? f.plain(k)).join(', '),
			f.plain(a.owner),
			a.impact,
			a.complexity,
			isEarlyWin(a) ? t.yes : t.no,
			a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null,
			(t.actionStatuses as Record<string, string>)[a.status] ?? f.plain(a.status),
			a.budget ?? null,
			a.approvedAmount ?? null,
			outstandingBudget(a)
		]),
		[w.actionsNote]
	);
}

/**
 * The workbook's bytes, in the report's language (`input.language`, as its PDF; absent: English):
 * its words only — every figure is the same number with the same number format, which Excel shows
 * in the reader's own notation. The same input always gives the same figures (dates from the input).
 */
export async function reportWorkbook(original: ReportInput): Promise<Uint8Array> {
	const locale = reportLocale(original.language);
	const { t } = locale;
	const w = t.workbook;
	// The scoring module's reasons for withholding are English: written in the report's language.
	const input = locale.language === 'en' ? original : withReasonsIn(original, t);
	const story = boardStory(input, locale);
	const book = new ExcelJS.Workbook();
	book.creator = 'Touchstone';
	book.title = fill(t.docTitle, {
		organisation: f.plain(input.organisation.name),
		cycle: f.plain(input.cycle.name)
	});
	book.created = new Date(input.generatedAt);
	book.modified = new Date(input.generatedAt);
	headline(book, input, story, t);
	const previousName = input.previous
		? fill(w.previousNamed, { cycle: f.plain(input.previous.name) })
		: t.previous;
	const columns = dimensionColumns(t, previousName);
	const byKind = (kind: DimensionRow['kind']) =>
		story.dimensions.filter((r) => r.kind === kind).map((r) => dimensionCells(t, r));
	const notes = [
		...(input.scores.status === 'withheld'
			? [fill(t.notShown, { reason: f.plain(input.scores.withheld) })]
			: []),
		...dimensionNotes(t)
	];
	tableSheet(book, w.sheets.buildingBlocks, columns, byKind('building_block'), notes);
	tableSheet(book, w.sheets.governanceAreas, columns, byKind('governance'), notes);
	integration(book, input, t);
	trends(book, input, t);
	actions(book, input, t);
	const buffer = await book.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
