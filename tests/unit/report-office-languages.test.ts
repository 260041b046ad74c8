/**
 * The slide deck and the workbook in the report's language (issue 17): an English deck and
 * workbook stay word for word what they were before their texts moved into the report's
 * catalogue (tests/unit/__snapshots__/report-office-en.json, written from the English-only code).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportInput } from '../../src/lib/domain/report/types';
import { reportDeck } from '../../src/lib/server/reports/deck';
import { reportWorkbook } from '../../src/lib/server/reports/workbook';
import { boardPlan, reportFixture } from '../support/report-fixture';
import { slideTexts, unzip } from '../support/unzip';

/** Every cell of every sheet: its value, and its number format where it has one. */
async function workbookCells(bytes: Uint8Array) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	return {
		title: book.title,
		sheets: book.worksheets.map((sheet) => {
			const rows: unknown[][] = [];
			sheet.eachRow({ includeEmpty: true }, (row) => {
				const cells: unknown[] = [];
				row.eachCell({ includeEmpty: true }, (cell) => {
					const value = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
					cells.push(cell.numFmt ? { value, numFmt: cell.numFmt } : value);
				});
				rows.push(cells);
			});
			return { name: sheet.name, rows };
		})
	};
}

/** The text of every slide, the charts' series names, labels and values, and the deck's title. */
function deckTexts(bytes: Uint8Array) {
	const files = unzip(bytes);
	const charts = [...files.keys()]
		.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
		.sort()
		.map((n) =>
			[
				...files
					.get(n)!
					.toString('utf8')
					.matchAll(/<c:v>([^<]*)<\/c:v>/g)
			].map((m) => m[1])
		);
	const title = /<dc:title>([^<]*)<\/dc:title>/.exec(
		files.get('docProps/core.xml')!.toString()
	)?.[1];
	return { title, slides: slideTexts(bytes), charts };
}

const englishInputs = (): Record<string, ReportInput> => ({
	closed: { ...reportFixture(), ...boardPlan() },
	provisional: reportFixture({ provisional: true }),
	withheld: reportFixture({ respondents: 3 })
});

describe('the English deck and workbook', () => {
	it('say word for word what they said before the catalogue', async () => {
		const out: Record<string, unknown> = {};
		for (const [name, input] of Object.entries(englishInputs())) {
			const stored = JSON.parse(JSON.stringify(input)) as ReportInput;
			out[name] = {
				deck: deckTexts(await reportDeck(stored)),
				workbook: await workbookCells(await reportWorkbook(stored))
			};
		}
		await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot(
			'./__snapshots__/report-office-en.json'
		);
	}, 60_000);
});
