import { describe, it, expect } from 'vitest';
import { gunzipSync } from 'node:zlib';
import {
	MIN_COMPRESS_BYTES,
	acceptsGzip,
	compressResponse,
	shouldCompress
} from '../../src/lib/server/platform/compress';

const html = '<!doctype html><p>' + 'Section 1 of 17 · '.repeat(200) + '</p>';

function page(body = html, headers: Record<string, string> = {}): Response {
	return new Response(body, {
		status: 200,
		headers: {
			'content-type': 'text/html',
			'content-length': String(Buffer.byteLength(body)),
			etag: '"abc"',
			...headers
		}
	});
}
const get = (acceptEncoding?: string, method = 'GET') =>
	new Request('http://app.test/s/x/1', {
		method,
		headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
	});

describe('response compression', () => {
	it('reads Accept-Encoding, including q=0 refusals', () => {
		expect(acceptsGzip('gzip, deflate, br')).toBe(true);
		expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
		expect(acceptsGzip('*')).toBe(true);
		expect(acceptsGzip('gzip;q=0')).toBe(false);
		expect(acceptsGzip('gzip; q=0.000')).toBe(false);
		expect(acceptsGzip('identity')).toBe(false);
		expect(acceptsGzip('gzipx')).toBe(false);
		expect(acceptsGzip(null)).toBe(false);
	});

	it('gzips a page the client accepts gzip for, and the bytes come back unchanged', async () => {
		const compressed = compressResponse(
			get('gzip, deflate'),
			page(html, { 'set-cookie': 'a=1', vary: 'Cookie' })
		);
		expect(compressed.headers.get('content-encoding')).toBe('gzip');
		expect(compressed.headers.get('content-length')).toBeNull();
		expect(compressed.headers.get('vary')).toBe('Cookie, Accept-Encoding');
		expect(compressed.headers.get('etag')).toBe('W/"abc"');
		expect(compressed.headers.getSetCookie()).toEqual(['a=1']);
		const bytes = Buffer.from(await compressed.arrayBuffer());
		expect(bytes.length).toBeLessThan(Buffer.byteLength(html) / 4);
		expect(gunzipSync(bytes).toString('utf8')).toBe(html);
	});

	it('leaves alone what must not or need not be compressed', () => {
		const small = 'x'.repeat(MIN_COMPRESS_BYTES - 1);
		expect(shouldCompress(get('gzip'), page())).toBe(true);
		expect(shouldCompress(get(), page())).toBe(false);
		expect(shouldCompress(get('gzip', 'HEAD'), page())).toBe(false);
		expect(shouldCompress(get('gzip'), page(small))).toBe(false);
		expect(shouldCompress(get('gzip'), page(html, { 'content-type': 'application/pdf' }))).toBe(
			false
		);
		expect(shouldCompress(get('gzip'), page(html, { 'content-encoding': 'br' }))).toBe(false);
		// A streamed response has no length: holding it back until its end would defeat streaming.
		const streamed = new Response(new Blob([html]).stream(), {
			headers: { 'content-type': 'text/html' }
		});
		expect(shouldCompress(get('gzip'), streamed)).toBe(false);
		expect(shouldCompress(get('gzip'), new Response(null, { status: 304 }))).toBe(false);
		const untouched = page();
		expect(compressResponse(get(), untouched)).toBe(untouched);
	});
});
