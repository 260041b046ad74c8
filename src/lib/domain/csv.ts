import Papa from 'papaparse';

/** Neutralises spreadsheet formulas in exported cells (CSV injection). */
export function safeCsvCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
	return Papa.unparse(
		rows.map((r) =>
			r.map((c) => (typeof c === 'string' ? safeCsvCell(c) : c === null ? '' : String(c)))
		),
		{ newline: '\r\n' }
	);
}
