// The floor of bench/submissions.ts: what this stack does per saved tap with nothing else in the
// way — SvelteKit's adapter-node, the same origin and JSON checks as Touchstone's endpoint, and one
// postgres.js upsert (a pool of 10, as Touchstone's) into a table made by the bench. Same path shape
// and body as Touchstone's POST /s/<token>/autosave, so one autocannon script drives both.
import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import postgres from 'postgres';
import type { RequestHandler } from './$types';

let sql: postgres.Sql | undefined;

export const POST: RequestHandler = async ({ request, url, params }) => {
	if (request.headers.get('origin') !== url.origin)
		error(403, 'Cross-site requests are not allowed.');
	if (!(request.headers.get('content-type') ?? '').startsWith('application/json'))
		error(415, 'Send JSON.');
	const body = (await request.json()) as {
		answers: Array<{ itemId: string; value: number | null; dontKnow: boolean }>;
	};
	const a = body.answers[0];
	if (!a) error(400, 'No answer.');
	sql ??= postgres(env.DATABASE_URL ?? '', { max: 10, onnotice: () => {} });
	await sql`insert into bare_answer (response_key, item_id, value, dont_know)
	          values (${params.token}, ${a.itemId}, ${a.value}, ${a.dontKnow})
	          on conflict (response_key, item_id)
	          do update set value = excluded.value, dont_know = excluded.dont_know`;
	return json({ saved: 1 }, { headers: { 'cache-control': 'no-store' } });
};
