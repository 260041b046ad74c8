import { json } from '@sveltejs/kit';
import { isReady } from '$lib/server/platform/health';
import type { RequestHandler } from './$types';

// Readiness, unauthenticated: the answer says only ready or not; the reason goes to the log.
export const GET: RequestHandler = async () =>
	(await isReady())
		? json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
		: json(
				{ status: 'unavailable' },
				{ status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '2' } }
			);
