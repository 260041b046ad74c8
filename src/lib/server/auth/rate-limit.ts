import { sql } from 'drizzle-orm';
import { db, resultRows } from '../db';

export interface RateLimitRule {
	bucket: string;
	limit: number;
	windowMs: number;
}

export interface RateLimitResult {
	allowed: boolean;
	retryAfterSeconds: number;
}

/**
 * Fixed-window counter in PostgreSQL, so every app instance shares it. One upsert:
 * a stale window restarts at 1, otherwise the count goes up.
 */
export async function hit(rule: RateLimitRule, key: string, now = new Date()): Promise<RateLimitResult> {
	const windowStartFloor = new Date(now.getTime() - rule.windowMs);
	const result = await db().execute(sql`
		insert into rate_limit (bucket, key, window_start, hits)
		values (${rule.bucket}, ${key}, ${now.toISOString()}, 1)
		on conflict (bucket, key) do update set
			hits = case when rate_limit.window_start <= ${windowStartFloor.toISOString()} then 1 else rate_limit.hits + 1 end,
			window_start = case when rate_limit.window_start <= ${windowStartFloor.toISOString()} then excluded.window_start else rate_limit.window_start end
		returning hits, window_start`);
	const row = resultRows<{ hits: number; window_start: Date | string }>(result)[0]!;
	const windowStart = new Date(row.window_start);
	const retryAfterMs = windowStart.getTime() + rule.windowMs - now.getTime();
	return {
		allowed: row.hits <= rule.limit,
		retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000))
	};
}

/** The current state of a key without counting a hit (e.g. to refuse before a lookup). */
export async function peek(rule: RateLimitRule, key: string, now = new Date()): Promise<RateLimitResult> {
	const result = await db().execute(
		sql`select hits, window_start from rate_limit where bucket = ${rule.bucket} and key = ${key}`
	);
	const row = resultRows<{ hits: number; window_start: Date | string }>(result)[0];
	if (!row) return { allowed: true, retryAfterSeconds: 0 };
	const retryAfterMs = new Date(row.window_start).getTime() + rule.windowMs - now.getTime();
	if (retryAfterMs <= 0) return { allowed: true, retryAfterSeconds: 0 };
	return { allowed: row.hits < rule.limit, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

export async function reset(rule: RateLimitRule, key: string): Promise<void> {
	await db().execute(sql`delete from rate_limit where bucket = ${rule.bucket} and key = ${key}`);
}


export const signInPerAccount: RateLimitRule = { bucket: 'sign-in:account', limit: 5, windowMs: 15 * 60_000 };
export const signInPerClient: RateLimitRule = { bucket: 'sign-in:client', limit: 30, windowMs: 15 * 60_000 };
export const signUpPerClient: RateLimitRule = { bucket: 'sign-up:client', limit: 10, windowMs: 60 * 60_000 };
export const surveyTokenPerClient: RateLimitRule = { bucket: 'survey-token:client', limit: 30, windowMs: 10 * 60_000 };
