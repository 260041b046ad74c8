/**
 * The slide deck and the Excel workbook tell the PDF's story with the PDF's figures: each is read
 * back (exceljs for the workbook, the slides' XML for the deck) and compared with the scoring
 * output in the report input and with the text of the PDF rendered from the same input.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../src/lib/domain/report/layout';
import { reportMessages } from '../../src/lib/domain/report/messages';
import { boardStory } from '../../src/lib/domain/report/story';
import type { ReportInput } from '../../src/lib/domain/report/types';
import type { CycleScoresScored } from '../../src/lib/domain/scoring';
import { reportDeck } from '../../src/lib/server/reports/deck';
import { renderReportPdf } from '../../src/lib/server/reports/pdf';
import { reportWorkbook } from '../../src/lib/server/reports/workbook';
import { boardPlan, reportFixture } from '../support/report-fixture';
import { slideTexts } from '../support/unzip';

const dir = mkdtempSync(join(tmpdir(), 'touchstone-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seq = 0;
async function pdfText(input: ReportInput): Promise<string> {
	const file = join(dir, `r-${++seq}.pdf`);
	writeFileSync(file, await renderReportPdf(buildReportDocument(input)));
	return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	return book;
}

/** Data rows of a table sheet (under its header) as objects keyed by the header's text. */
function rowsOf(sheet: ExcelJS.Worksheet): Array<Record<string, ExcelJS.Cell>> {
	const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
	const out: Array<Record<string, ExcelJS.Cell>> = [];
	sheet.eachRow((row, i) => {
		if (i === 1 || row.getCell(2).value === null) return;
		const record: Record<string, ExcelJS.Cell> = {};
		headers.forEach((h, c) => {
			if (h) record[h] = row.getCell(c);
		});
		out.push(record);
	});
	return out;
}

const two = (v: number | null) => (v === null ? '–' : v.toFixed(2));
const signed = (v: number) => {
	const s = Math.abs(v).toFixed(2);
	return Number(s) === 0 ? `±${s}` : v > 0 ? `+${s}` : `−${s}`;
};

const EXPLAIN = reportMessages.en.explain;

describe('slide deck and workbook of a closed cycle', () => {
	let input: ReportInput;
	let pdf: string;
	let slides: string[];
	let book: ExcelJS.Workbook;
	let scores: CycleScoresScored;

	beforeAll(async () => {
		input = { ...reportFixture(), ...boardPlan() };
		scores = input.scores as CycleScoresScored;
		// Through a JSON round trip, as the stored inputs of a report are.
		const stored = JSON.parse(JSON.stringify(input)) as ReportInput;
		pdf = await pdfText(stored);
		slides = slideTexts(await reportDeck(stored));
		book = await readWorkbook(await reportWorkbook(stored));
	}, 60_000);

	it('carries the maturity index, level and index change as the PDF shows them', () => {
		const o = scores.overall;
		const index = o.index!.toFixed(2);
		expect(pdf).toContain(`a maturity index of ${index} on the 1–5 scale`);
		const executive = slides.find((s) => s.startsWith('Executive summary'))!;
		expect(executive).toContain(`Maturity index (1–5) ${index} level ${o.level} ${o.levelName}`);
		const headline = new Map<string, ExcelJS.Cell>();
		book
			.getWorksheet('Headline')!
			.eachRow((row) => headline.set(String(row.getCell(1).value), row.getCell(2)));
		const cell = headline.get('Maturity index (1–5)')!;
		expect(cell.value).toBe(o.index); // a number, unrounded …
		expect(cell.numFmt).toBe('0.00'); // … shown to the PDF's two decimals
		expect(headline.get('Maturity level')!.value).toBe(o.level);
		const change = o.index! - (input.previous!.scores as CycleScoresScored).overall.index!;
		expect(headline.get('Index change since the previous cycle')!.value).toBeCloseTo(change, 12);
		expect(pdf).toContain(signed(change));
		expect(executive).toContain(signed(change));
		const rate = headline.get('Response rate')!;
		expect(typeof rate.value).toBe('number');
		expect(rate.numFmt).toBe('0%');
		expect(pdf).toContain(`Response rate ${Math.round((rate.value as number) * 100)}%`);
	});

	it('holds every dimension’s score, interval, level, target, gap and n as the PDF’s table does', () => {
		const rows = [
			...rowsOf(book.getWorksheet('Building blocks')!),
			...rowsOf(book.getWorksheet('Governance areas')!)
		];
		const shown = scores.dimensions.filter((d) => d.score !== null);
		expect(rows).toHaveLength(shown.length);
		const results = slides.find((s) => s.startsWith('Results: every dimension'))!;
		for (const d of shown) {
			const row = rows.find((r) => r['Dimension']!.value === d.title)!;
			expect(row, d.key).toBeTruthy();
			expect(row['Score (1–5)']!.value).toBe(d.score);
			expect(row['95% interval, low']!.value).toBe(d.ci95!.low);
			expect(row['95% interval, high']!.value).toBe(d.ci95!.high);
			expect(row['Level']!.value).toBe(d.level);
			expect(row['Target']!.value).toBe(d.target);
			const gap = row['Gap to target (target − score; + = still to go)']!;
			expect(gap.value).toBe(d.gapToTarget);
			expect(gap.value).toBeCloseTo(d.target! - d.score!, 12);
			expect(row['n (people)']!.value).toBe(d.n);
			expect(row['Score (1–5)']!.numFmt).toBe('0.00');
			// The same figures, formatted, in the PDF's table and on the slide.
			const gapText = d.gapToTarget! > 0 ? `${signed(d.gapToTarget!)} to go` : 'reached';
			const line = `${two(d.score)} ${two(d.ci95!.low)}–${two(d.ci95!.high)} ${d.level}${d.levelUncertain ? '*' : ''} ${two(d.target)} ${gapText}`;
			expect(pdf).toContain(line);
			expect(results).toContain(`${d.title} ${line}`);
		}
	});

	it('tells the same three things and asks the same decisions in all three', () => {
		const story = boardStory(input);
		expect(story.matters).toHaveLength(3);
		expect(story.decisions.map((d) => d.kind)).toEqual([
			'budget',
			'budget',
			'authorisation',
			'phase'
		]);
		const headline = book.getWorksheet('Headline')!;
		const cells: string[] = [];
		headline.eachRow((row) => cells.push(String(row.getCell(1).value)));
		const deck = slides.join(' ');
		for (const m of story.matters) {
			expect(pdf).toContain(m.headline);
			expect(pdf).toContain(m.detail);
			expect(deck).toContain(m.headline);
			expect(cells).toContain(m.headline);
		}
		for (const d of story.decisions) {
			expect(pdf).toContain(d.ask);
			expect(deck).toContain(d.ask);
			expect(cells).toContain(d.ask);
		}
		// Only budgets with nothing approved, on unfinished actions.
		expect(story.decisions.map((d) => d.amount)).toEqual([12_000, 30_000, null, null]);
		expect(pdf).toContain(
			'Approve a budget of 30,000 for “Knowledge base for competitor intelligence”'
		);
		expect(pdf).not.toContain('for “Single customer view');
		expect(pdf).toContain('Start phase 2 of the roadmap, “Foundations”');
		const actions = rowsOf(book.getWorksheet('Actions')!);
		const outstanding = actions.map((a) => a['Awaiting approval']!.value);
		expect(outstanding).toEqual([null, null, 12_000, null, 30_000]);
	});

	it('has the trend across closed cycles as numbers, and the index per cycle as in the PDF', () => {
		const rows = rowsOf(book.getWorksheet('Trends')!);
		expect(rows.map((r) => r['Closed cycle']!.value)).toEqual(input.trend.map((t) => t.cycleName));
		for (const [i, t] of input.trend.entries()) {
			expect(rows[i]!['Maturity index']!.value).toBe(t.index);
			expect(rows[i]!['Closed on']!.value).toBeInstanceOf(Date);
			expect(rows[i]!['Vision']!.value).toBe(t.dimensions['vision']);
			expect(pdf).toContain(two(t.index));
		}
		const grid = slides.find((s) => s.startsWith('Each dimension over time'))!;
		for (const d of scores.dimensions.filter((x) => x.score !== null))
			expect(grid).toContain(`${d.title} ${two(d.score)}`);
	});

	it('explains every statistic it shows in plain words', () => {
		const deck = slides.join(' ');
		for (const key of [
			'index',
			'interval',
			'realChange',
			'gap',
			'agreement',
			'perceptionGap',
			'alpha'
		] as const) {
			expect(pdf, key).toContain(EXPLAIN[key]);
			expect(deck, key).toContain(EXPLAIN[key]);
		}
		const notes: string[] = [];
		book
			.getWorksheet('Building blocks')!
			.eachRow((row) => notes.push(String(row.getCell(1).value)));
		for (const key of ['interval', 'gap', 'realChange', 'agreement', 'perceptionGap'] as const)
			expect(notes).toContain(EXPLAIN[key]);
		expect(pdf).not.toContain('below 0.7');
	});
});

describe('slide deck and workbook of a withheld cycle', () => {
	it('show no score, only the reason and the counts', async () => {
		const input = reportFixture({ respondents: 3 });
		expect(input.scores.status).toBe('withheld');
		const slides = slideTexts(await reportDeck(input));
		const book = await readWorkbook(await reportWorkbook(input));
		expect(slides.join(' ')).toContain('fewer than 5 responses in the cycle');
		expect(slides.join(' ')).not.toContain('Three things that matter');
		expect(rowsOf(book.getWorksheet('Building blocks')!)).toEqual([]);
		expect(rowsOf(book.getWorksheet('Governance areas')!)).toEqual([]);
		const values = new Map<string, unknown>();
		book
			.getWorksheet('Headline')!
			.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
		expect(values.get('Maturity index (1–5)')).toBeNull();
		expect(values.get('Responses')).toBe(3);
		expect(values.get('Scores not shown')).toBe('fewer than 5 responses in the cycle');
		expect(
			rowsOf(book.getWorksheet('Integration')!).every((r) => r['Mean rating (0–3)']!.value === null)
		).toBe(true);
	}, 30_000);
});
