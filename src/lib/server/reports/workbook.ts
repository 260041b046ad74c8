/**
 * The board report's figures as an Excel workbook (exceljs), told from the same story as the PDF
 * (`boardStory`): headline, building blocks, governance areas, functional integration, the trend
 * across closed cycles and the actions. Numbers are stored as numbers with a number format (the
 * unrounded figure, shown to the PDF's decimals), dates as dates. Only what the ReportInput holds
 * — the scoring service's anonymity-safe output — reaches a cell: a withheld figure is an empty
 * cell with the reason beside it.
 */
import ExcelJS from 'exceljs';
import { actionStatusLabels, isEarlyWin } from '$lib/domain/action/schema';
import { integrationVerdicts } from '$lib/domain/cycle/facts';
import {
	EXPLAIN,
	boardStory,
	outstandingBudget,
	type DimensionRow
} from '$lib/domain/report/story';
import * as f from '$lib/domain/report/format';
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

const dimensionColumns = (previousName: string): Column[] => [
	{ header: 'Dimension', width: 34 },
	{ header: 'Score (1–5)', width: 11, format: FORMAT.score },
	{ header: '95% interval, low', width: 11, format: FORMAT.score },
	{ header: '95% interval, high', width: 11, format: FORMAT.score },
	{ header: 'Level', width: 7 },
	{ header: 'Level name', width: 12 },
	{ header: 'Between levels', width: 9 },
	{ header: 'Target', width: 8, format: FORMAT.score },
	{ header: 'Gap to target (target − score; + = still to go)', width: 16, format: FORMAT.signed },
	{ header: previousName, width: 11, format: FORMAT.score },
	{ header: 'Change', width: 9, format: FORMAT.signed },
	{ header: 'Change is', width: 13 },
	{ header: 'n (people)', width: 9, format: FORMAT.count },
	{ header: 'Agreement (0–1)', width: 11, format: FORMAT.score },
	{ header: 'Don’t know', width: 9, format: FORMAT.percent },
	{ header: 'Perception gap', width: 10, format: FORMAT.score },
	{ header: 'Peer median', width: 9, format: FORMAT.peer },
	{ header: 'Peer top quartile', width: 10, format: FORMAT.peer },
	{ header: 'Note', width: 40 }
];

const dimensionCells = (r: DimensionRow): Cell[] => [
	r.title,
	r.score,
	r.low,
	r.high,
	r.level,
	r.levelName,
	r.betweenLevels === null ? null : r.betweenLevels ? 'yes' : 'no',
	r.target,
	r.gap,
	r.previous,
	r.change,
	r.verdict,
	r.n,
	r.agreement,
	r.dontKnow,
	r.perceptionGap,
	r.peerMedian,
	r.peerTopQuartile,
	r.note
];

const DIMENSION_NOTES = [
	EXPLAIN.score,
	EXPLAIN.interval,
	EXPLAIN.betweenLevels,
	EXPLAIN.gap,
	EXPLAIN.realChange,
	EXPLAIN.n,
	EXPLAIN.agreement,
	EXPLAIN.dontKnow,
	EXPLAIN.perceptionGap,
	EXPLAIN.peers
];

function headline(
	book: ExcelJS.Workbook,
	input: ReportInput,
	story: ReturnType<typeof boardStory>
) {
	const o = story.scored?.overall ?? null;
	let invited = 0;
	let responded = 0;
	for (const r of input.responseRates)
		if (r.invited > 0) {
			invited += r.invited;
			responded += r.responded;
		}
	const rows: Cell[][] = [
		['Organisation', f.plain(input.organisation.name), null],
		['Cycle', f.plain(input.cycle.name), null],
		[
			'Status',
			input.provisional ? 'Provisional: the cycle is still open' : 'Final: the cycle is closed',
			null
		],
		['Generated', new Date(input.generatedAt), null],
		['Maturity index (1–5)', o?.index ?? null, EXPLAIN.index],
		['Maturity level', o?.level ?? null, o?.levelName ?? null],
		['Maturity index (0–100)', o?.index100 ?? null, '(index − 1) / 4 × 100'],
		['Previous cycle', input.previous ? f.plain(input.previous.name) : null, null],
		['Index change since the previous cycle', story.indexChange, null],
		[
			'Dimensions changed for real (up / down / compared)',
			story.realChanges.up + story.realChanges.down,
			`${story.realChanges.up} up, ${story.realChanges.down} down, of ${story.realChanges.compared} compared. ${EXPLAIN.realChange}`
		],
		['Responses', input.scores.respondents, null],
		['Invited', invited > 0 ? invited : null, null],
		['Response rate', invited > 0 ? responded / invited : null, EXPLAIN.responseRate],
		['Anonymity threshold (people)', input.scores.anonymityThreshold, EXPLAIN.n]
	];
	if (input.scores.status === 'withheld')
		rows.push(['Scores not shown', f.plain(input.scores.withheld), null]);
	const sheet = tableSheet(
		book,
		'Headline',
		[
			{ header: 'Figure', width: 44 },
			{ header: 'Value', width: 34 },
			{ header: 'What it means', width: 90 }
		],
		rows
	);
	const formats: Record<string, string> = {
		Generated: FORMAT.date,
		'Maturity index (1–5)': FORMAT.score,
		'Maturity index (0–100)': '0',
		'Index change since the previous cycle': FORMAT.signed,
		'Response rate': FORMAT.percent
	};
	sheet.eachRow((row) => {
		const fmt = formats[String(row.getCell(1).value)];
		if (fmt) row.getCell(2).numFmt = fmt;
		row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
	});
	sheet.addRow([]);
	sheet.addRow(['Three things that matter']).font = { bold: true };
	for (const m of story.matters) sheet.addRow([m.headline, null, m.detail]);
	if (!story.matters.length) sheet.addRow(['No dimension has a score to single out.']);
	sheet.addRow([]);
	sheet.addRow(['Decisions asked of the board']).font = { bold: true };
	for (const d of story.decisions) {
		const row = sheet.addRow([d.ask, d.amount, d.detail]);
		row.getCell(2).numFmt = FORMAT.money;
	}
	if (!story.decisions.length) sheet.addRow(['No decision is asked in this report.']);
}

function integration(book: ExcelJS.Workbook, input: ReportInput) {
	const fns = input.scores.status === 'scored' ? input.scores.integration.functions : [];
	const verdicts = new Map(
		integrationVerdicts(fns, input.facts ?? {}).functions.map((v) => [v.key, v])
	);
	const keys = [...new Set([...fns.map((x) => x.key), ...verdicts.keys()])];
	const byKey = new Map(fns.map((x) => [x.key, x]));
	const overall = input.scores.status === 'scored' ? input.scores.integration.overall : null;
	tableSheet(
		book,
		'Integration',
		[
			{ header: 'Function', width: 30 },
			{ header: 'Respondents who rated it', width: 12, format: FORMAT.count },
			{ header: 'Consulted or integrated', width: 12, format: FORMAT.percent },
			{ header: 'Mean rating (0–3)', width: 10, format: FORMAT.score },
			{ header: 'Don’t know', width: 9, format: FORMAT.percent },
			{ header: 'Integrated here', width: 14 },
			{ header: 'Decided by', width: 22 },
			{ header: 'Study: share of organisations integrating it', width: 16, format: FORMAT.percent },
			{ header: 'Note', width: 40 }
		],
		[
			...keys.map((key): Cell[] => {
				const fn = byKey.get(key);
				const v = verdicts.get(key);
				return [
					f.plain(fn?.text ?? v?.text ?? key),
					fn?.n ?? null,
					fn?.share ?? null,
					fn?.mean ?? null,
					fn?.dontKnowShare ?? null,
					v?.integrated === null || v === undefined
						? 'not known'
						: v.integrated
							? 'integrated'
							: 'not integrated',
					v?.basis === 'lead'
						? `lead’s facts${v.disputed ? ' (respondents differ)' : ''}`
						: v?.basis === 'respondents'
							? 'respondents’ middle rating'
							: null,
					v?.studyShare ?? null,
					fn?.withheld ? `withheld: ${f.plain(fn.withheld)}` : null
				];
			}),
			['Overall (mean of the shown functions)', null, overall?.share ?? null, overall?.mean ?? null]
		],
		[
			EXPLAIN.integration,
			'Integrated: the function is fully part of CRM work (rating 3), as the study counts it.'
		]
	);
}

function trends(book: ExcelJS.Workbook, input: ReportInput) {
	const keys = input.instrument.sections
		.filter((s) => s.kind === 'building_block' || s.kind === 'governance')
		.map((s) => ({ key: s.key, title: f.plain(s.title) }));
	tableSheet(
		book,
		'Trends',
		[
			{ header: 'Closed cycle', width: 22 },
			{ header: 'Closed on', width: 12, format: FORMAT.date },
			{ header: 'Maturity index', width: 10, format: FORMAT.score },
			...keys.map((k) => ({ header: k.title, width: 12, format: FORMAT.score }))
		],
		input.trend.map((t) => [
			f.plain(t.cycleName),
			new Date(t.closedAt),
			t.index,
			...keys.map((k) => t.dimensions[k.key] ?? null)
		]),
		[
			'Closed cycles only, oldest first: an open cycle’s figures are provisional and left out. An empty cell: no score that cycle (withheld, not applicable or not asked).'
		]
	);
}

function actions(book: ExcelJS.Workbook, input: ReportInput) {
	const titles = new Map(input.instrument.sections.map((s) => [s.key, f.plain(s.title)]));
	tableSheet(
		book,
		'Actions',
		[
			{ header: 'Action', width: 44 },
			{ header: 'Dimensions', width: 34 },
			{ header: 'Owner', width: 22 },
			{ header: 'Impact (1–5)', width: 8 },
			{ header: 'Complexity (1–5)', width: 10 },
			{ header: 'Early win', width: 8 },
			{ header: 'Due', width: 12, format: FORMAT.date },
			{ header: 'Status', width: 12 },
			{ header: 'Budget', width: 12, format: FORMAT.money },
			{ header: 'Approved', width: 12, format: FORMAT.money },
			{ header: 'Awaiting approval', width: 12, format: FORMAT.money }
		],
		input.actions.map((a) => [
			f.plain(a.title),
			a.dimensionKeys.map((k) => titles.get(k) ?? f.plain(k)).join(', '),
			f.plain(a.owner),
			a.impact,
			a.complexity,
			isEarlyWin(a) ? 'yes' : 'no',
			a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null,
			actionStatusLabels[a.status] ?? f.plain(a.status),
			a.budget ?? null,
			a.approvedAmount ?? null,
			outstandingBudget(a)
		]),
		[
			'Early win: impact 4–5 with complexity 1–3. Amounts in whole units of the organisation’s currency.'
		]
	);
}

/** The workbook's bytes. The same input always gives the same figures (dates from the input). */
export async function reportWorkbook(input: ReportInput): Promise<Uint8Array> {
	const story = boardStory(input);
	const book = new ExcelJS.Workbook();
	book.creator = 'Touchstone';
	book.title = `CRM governance maturity – ${f.plain(input.organisation.name)} – ${f.plain(input.cycle.name)}`;
	book.created = new Date(input.generatedAt);
	book.modified = new Date(input.generatedAt);
	headline(book, input, story);
	const previousName = input.previous ? `Previous (${f.plain(input.previous.name)})` : 'Previous';
	const byKind = (kind: DimensionRow['kind']) =>
		story.dimensions.filter((r) => r.kind === kind).map(dimensionCells);
	const notShown =
		input.scores.status === 'withheld' ? [`Not shown: ${f.plain(input.scores.withheld)}.`] : [];
	tableSheet(book, 'Building blocks', dimensionColumns(previousName), byKind('Building block'), [
		...notShown,
		...DIMENSION_NOTES
	]);
	tableSheet(book, 'Governance areas', dimensionColumns(previousName), byKind('Governance area'), [
		...notShown,
		...DIMENSION_NOTES
	]);
	integration(book, input);
	trends(book, input);
	actions(book, input);
	const buffer = await book.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
