/**
 * The slide deck and the workbook in the report's language (issue 17): an English deck and
 * workbook stay word for word what they were before their texts moved into the report's
 * catalogue (tests/unit/__snapshots__/report-office-en.json, written from the English-only code);
 * a German one has German words around the same figures.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { touchstoneV2German } from '../../src/lib/domain/instrument/touchstone-v2.de';
import { reportMessages } from '../../src/lib/domain/report/messages';
import type { ReportInput } from '../../src/lib/domain/report/types';
import { reportDeck } from '../../src/lib/server/reports/deck';
import { reportWorkbook } from '../../src/lib/server/reports/workbook';
import { boardPlan, inLanguage, reportFixture } from '../support/report-fixture';
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
			].map((m) => m[1]!)
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

/** A cell's value without its number format. */
const valueOf = (cell: unknown): unknown =>
	cell !== null && typeof cell === 'object' && 'value' in cell ? cell.value : cell;

/** The figures of a text, in order of size: "12,000" and "12.000", "2.89" and "2,89" alike. */
function figures(text: string, language: 'en' | 'de'): number[] {
	const plain =
		language === 'de'
			? text.replace(/(?<=\d)\.(?=\d{3}\b)/g, '').replace(/(?<=\d),(?=\d)/g, '.')
			: text.replace(/(?<=\d),(?=\d{3}\b)/g, '');
	// A sign only where it is one: "top-25%" is 25.
	return [...plain.matchAll(/(?:(?<![\p{L}\d])[−+-])?\d+(?:\.\d+)?/gu)]
		.map((m) => Number(m[0].replace('−', '-')))
		.sort((a, b) => a - b);
}

/** Every message of a part of the catalogue with no placeholder, by its path. */
function fixedTexts(value: unknown, path = ''): Array<[string, string]> {
	if (typeof value === 'string') return value.includes('{') ? [] : [[path, value]];
	return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
		fixedTexts(v, `${path}.${k}`)
	);
}

describe('a German deck and workbook', () => {
	const english = { ...reportFixture(), ...boardPlan() };
	const german = inLanguage(english, 'de', touchstoneV2German);
	const { en, de } = reportMessages;
	/** The deck's and the workbook's own English words that German says otherwise. */
	const englishOnly = (part: 'deck' | 'workbook') => {
		const germanText = new Map(fixedTexts(de[part]));
		return fixedTexts(en[part]).filter(([path, text]) => germanText.get(path) !== text);
	};

	it('has German headings and notes around the English deck’s figures', async () => {
		const [enDeck, deDeck] = [
			deckTexts(await reportDeck(english)),
			deckTexts(await reportDeck(german))
		];
		expect(deDeck.slides.map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
			'BERICHT FÜR DAS',
			'Zusammenfassung Northwind Mutual',
			'Entscheidungen, um die',
			'Ergebnisse: alle Dimensionen',
			'Im Vergleich zum',
			'Entwicklung über die',
			'Jede Dimension im',
			'Ziele 1 von',
			'So sind die'
		]);
		expect(deDeck.title).toBe('Reifegrad der CRM-Governance – Northwind Mutual – Spring 2026');
		const all = deDeck.slides.join(' ');
		for (const words of [
			'Reifegradindex (1–5) 2,89 Stufe 2 In Entwicklung',
			'Echte Veränderungen',
			'Drei Dinge, die zählen',
			'Abstand (Ziel − Wert)',
			'Aus dem Maßnahmenplan und der Roadmap',
			'Geschätztes Kundenerlebnis 3,03'
		])
			expect(all).toContain(words);
		for (const [path, text] of englishOnly('deck')) expect(all, path).not.toContain(text);
		for (const text of ['Executive summary', 'Three things that matter', 'Maturity index'])
			expect(all).not.toContain(text);
		// The same figures on every slide, in German notation.
		expect(deDeck.slides).toHaveLength(enDeck.slides.length);
		enDeck.slides.forEach((slide, i) =>
			expect(figures(deDeck.slides[i]!, 'de'), `slide ${i + 1}`).toEqual(figures(slide, 'en'))
		);
		// The charts: the same values; series named in German.
		const values = (charts: string[][]) =>
			charts.map((c) => c.filter((v) => /^-?\d+(\.\d+)?$/.test(v)));
		expect(values(deDeck.charts)).toEqual(values(enDeck.charts));
		expect(deDeck.charts.flat()).toEqual(
			expect.arrayContaining(['Wert', 'Ziel', 'Reifegradindex'])
		);
		expect(deDeck.charts.flat()).not.toContain('Score');
	}, 30_000);

	it('has German sheets and headings, and the very numbers, formats and dates of the English workbook', async () => {
		const enBook = await workbookCells(await reportWorkbook(english));
		const deBook = await workbookCells(await reportWorkbook(german));
		expect(deBook.sheets.map((s) => s.name)).toEqual([
			'Überblick',
			'Bausteine',
			'Governance-Bereiche',
			'Einbindung',
			'Entwicklung',
			'Maßnahmen'
		]);
		expect(deBook.title).toBe('Reifegrad der CRM-Governance – Northwind Mutual – Spring 2026');
		expect(deBook.sheets[1]!.rows[0]!.slice(0, 4).map(valueOf)).toEqual([
			'Dimension',
			'Wert (1–5)',
			'95-%-Intervall, unten',
			'95-%-Intervall, oben'
		]);
		expect(deBook.sheets[5]!.rows[0]!.map(valueOf)).toContain('Wartet auf Freigabe');
		const strings = deBook.sheets.flatMap((s) =>
			s.rows
				.flat()
				.map(valueOf)
				.filter((c): c is string => typeof c === 'string')
		);
		for (const [path, text] of englishOnly('workbook')) expect(strings, path).not.toContain(text);
		for (const text of ['yes', 'no', 'real change', 'Planned', 'In progress', 'Done'])
			expect(strings).not.toContain(text);
		expect(strings).toEqual(expect.arrayContaining(['ja', 'echte Veränderung', 'Geplant']));
		// Cell by cell: every number and date the same, with the same number format; a number is
		// never written as text.
		enBook.sheets.forEach((sheet, s) => {
			expect(deBook.sheets[s]!.rows).toHaveLength(sheet.rows.length);
			sheet.rows.forEach((row, r) =>
				row.forEach((cell, c) => {
					const other = deBook.sheets[s]!.rows[r]![c];
					const where = `${sheet.name} ${r + 1}:${c + 1}`;
					if (typeof valueOf(cell) === 'string')
						expect(typeof valueOf(other), where).toBe('string');
					else expect(other, where).toEqual(cell);
				})
			);
		});
		const index = deBook.sheets[0]!.rows.find((r) => r[0] === 'Reifegradindex (1–5)')![1];
		expect(index).toEqual({
			value: (german.scores as { overall: { index: number } }).overall.index,
			numFmt: '0.00'
		});
	}, 30_000);

	it('says why a withheld cycle shows no score in German', async () => {
		const withheld = inLanguage(reportFixture({ respondents: 3 }), 'de', touchstoneV2German);
		const slides = deckTexts(await reportDeck(withheld)).slides.join(' ');
		expect(slides).toContain(
			'Nicht gezeigt: weniger als 5 Antworten im Zyklus. 3 Antworten wurden abgegeben; die Anonymitätsschwelle ist 5.'
		);
		expect(slides).not.toContain('fewer than');
		const headline = (await workbookCells(await reportWorkbook(withheld))).sheets[0]!;
		expect(headline.rows).toContainEqual([
			'Keine Werte gezeigt',
			'weniger als 5 Antworten im Zyklus',
			null
		]);
	}, 30_000);
});
