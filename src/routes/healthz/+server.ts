import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// Liveness: the process is up and serving; it deliberately does not touch the database, so an
// orchestrator does not restart healthy app instances during a database outage.
export const GET: RequestHandler = () =>
	json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
