/**
 * PDF rendering with pdfmake 0.3 on Node. A document may not reach the network or the disk:
 * every URL is refused, and local file access is limited to the four Roboto files bundled
 * with pdfmake (CVE-2026-26801 is why pdfmake ≥ 0.3.6 has these policies at all).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

let fontFiles: ReadonlySet<string> | null = null;

function configure(): void {
	if (fontFiles) return;
	const dir = join(
		dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
		'fonts',
		'Roboto'
	);
	const roboto = {
		normal: join(dir, 'Roboto-Regular.ttf'),
		bold: join(dir, 'Roboto-Medium.ttf'),
		italics: join(dir, 'Roboto-Italic.ttf'),
		bolditalics: join(dir, 'Roboto-MediumItalic.ttf')
	};
	const allowed = new Set(Object.values(roboto));
	pdfmake.setFonts({ Roboto: roboto });
	// Reports are made from data only: no image, font or attachment is ever fetched (SSRF) …
	pdfmake.setUrlAccessPolicy(() => false);
	// … and no file is read but the fonts (a path in a definition would otherwise be read).
	pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
	fontFiles = allowed;
}

/**
 * Renders a pdfmake document definition to PDF bytes. pdfmake annotates the definition while
 * laying it out, so pass a fresh one (e.g. straight from `buildReportDocument`), once.
 * Rejects when the definition refers to a URL or to any local file other than the fonts.
 */
export async function renderReportPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
	configure();
	const buffer = await pdfmake.createPdf(doc).getBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Lower-case hex SHA-256 of bytes or a string (for `report.pdfSha256` and `inputsSha256`). */
export function sha256Hex(data: Uint8Array | string): string {
	return createHash('sha256').update(data).digest('hex');
}
