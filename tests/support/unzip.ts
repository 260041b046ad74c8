/**
 * Reads the files of a zip archive (an .xlsx or .pptx) with node's zlib: enough of the format to
 * check what a generated Office file holds, without another dependency.
 */
import { inflateRawSync } from 'node:zlib';

export function unzip(bytes: Uint8Array): Map<string, Buffer> {
	const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// End of central directory: the last "PK\x05\x06" record.
	let end = buf.length - 22;
	while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
	if (end < 0) throw new Error('not a zip archive');
	const count = buf.readUInt16LE(end + 10);
	let at = buf.readUInt32LE(end + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
		const method = buf.readUInt16LE(at + 10);
		const size = buf.readUInt32LE(at + 20);
		const nameLength = buf.readUInt16LE(at + 28);
		const extraLength = buf.readUInt16LE(at + 30);
		const commentLength = buf.readUInt16LE(at + 32);
		const local = buf.readUInt32LE(at + 42);
		const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
		const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
		const data = buf.subarray(start, start + size);
		files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return files;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text runs (<a:t>) of each slide of a .pptx, in slide order, joined by single spaces. */
export function slideTexts(pptx: Uint8Array): string[] {
	const files = unzip(pptx);
	return [...files.keys()]
		.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
		.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
		.map((n) =>
			[
				...files
					.get(n)!
					.toString('utf8')
					.matchAll(/<a:t>([^<]*)<\/a:t>/g)
			]
				.map((m) => m[1]!.replace(/&(\w+);/g, (_, e: string) => entities[e] ?? `&${e};`))
				.join(' ')
				.replace(/\s+/g, ' ')
		);
}
