/**
 * Gzip for the responses SvelteKit renders (HTML pages, __data.json, CSV and JSON downloads).
 * adapter-node serves the built JS and CSS precompressed, but sends rendered pages as they are;
 * a survey page is ~21 KB of HTML, which on a phone's slow connection costs an extra round trip
 * before anything shows. A reverse proxy may compress as well: it leaves gzip responses alone.
 */

const COMPRESSIBLE = /^(text\/(html|plain|csv|css)|application\/(json|xml)|image\/svg\+xml)\b/i;
/** Below this a gzip frame saves too little to be worth it. */
export const MIN_COMPRESS_BYTES = 1024;

/** The request accepts gzip (q > 0) — parsed per RFC 9110 §12.5.3, enough for real clients. */
export function acceptsGzip(acceptEncoding: string | null): boolean {
	if (!acceptEncoding) return false;
	for (const part of acceptEncoding.split(',')) {
		const [coding, ...params] = part.trim().toLowerCase().split(';');
		if (coding !== 'gzip' && coding !== '*') continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		if (!q || Number(q.slice(2)) > 0) return true;
	}
	return false;
}

/**
 * Only complete responses of known length are compressed, so a streamed response (which has no
 * content-length) is never held back until its end.
 */
export function shouldCompress(request: Request, response: Response): boolean {
	if (request.method === 'HEAD' || !response.body) return false;
	if (
		response.status < 200 ||
		response.status === 204 ||
		response.status === 206 ||
		response.status === 304
	)
		return false;
	if (response.headers.has('content-encoding')) return false;
	const length = Number(response.headers.get('content-length'));
	if (!Number.isFinite(length) || length < MIN_COMPRESS_BYTES) return false;
	if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return false;
	return acceptsGzip(request.headers.get('accept-encoding'));
}

export function compressResponse(request: Request, response: Response): Response {
	if (!shouldCompress(request, response)) return response;
	const vary = response.headers.get('vary');
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
	// The bytes differ from the uncompressed representation, so a strong validator must not match it.
	const etag = headers.get('etag');
	if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
	return new Response(response.body!.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
