import { sql } from 'drizzle-orm';
import { db, resultRows } from '../platform/db';

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
export async function hit(
	rule: RateLimitRule,
	key: string,
	now = new Date()
): Promise<RateLimitResult> {
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
export async function peek(
	rule: RateLimitRule,
	key: string,
	now = new Date()
): Promise<RateLimitResult> {
	const result = await db().execute(
		sql`select hits, window_start from rate_limit where bucket = ${rule.bucket} and key = ${key}`
	);
	const row = resultRows<{ hits: number; window_start: Date | string }>(result)[0];
	if (!row) return { allowed: true, retryAfterSeconds: 0 };
	const retryAfterMs = new Date(row.window_start).getTime() + rule.windowMs - now.getTime();
	if (retryAfterMs <= 0) return { allowed: true, retryAfterSeconds: 0 };
	return {
		allowed: row.hits < rule.limit,
		retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000))
	};
}

export async function reset(rule: { bucket: string }, key: string): Promise<void> {
	await db().execute(sql`delete from rate_limit where bucket = ${rule.bucket} and key = ${key}`);
}

/** Takes back one counted hit (an attempt that turned out to be legitimate). */
export async function refund(rule: RateLimitRule, key: string): Promise<void> {
	await db().execute(
		sql`update rate_limit set hits = greatest(hits - 1, 0) where bucket = ${rule.bucket} and key = ${key}`
	);
}

/**
 * Exponential back-off: the first `freeFailures` failures cost nothing; after that each failure
 * makes the next attempt wait twice as long (baseDelayMs, 2×, 4×, … up to maxDelayMs) after the
 * latest failure. The count starts again once no failure was seen for `resetAfterMs`. Nothing is
 * ever locked for longer than maxDelayMs after the latest failure.
 */
export interface BackoffRule {
	bucket: string;
	freeFailures: number;
	baseDelayMs: number;
	maxDelayMs: number;
	resetAfterMs: number;
}

/** The delay the `failures`-th failure imposes on the next attempt. */
export function backoffDelayMs(rule: BackoffRule, failures: number): number {
	if (failures <= rule.freeFailures) return 0;
	const doublings = Math.min(failures - rule.freeFailures - 1, 30);
	return Math.min(rule.baseDelayMs * 2 ** doublings, rule.maxDelayMs);
}

/**
 * Records one failure. Stored in rate_limit with window_start = the latest failure and hits =
 * failures since the count last started.
 */
export async function recordFailure(
	rule: BackoffRule,
	key: string,
	now = new Date()
): Promise<void> {
	const stale = new Date(now.getTime() - rule.resetAfterMs).toISOString();
	await db().execute(sql`
		insert into rate_limit (bucket, key, window_start, hits)
		values (${rule.bucket}, ${key}, ${now.toISOString()}, 1)
		on conflict (bucket, key) do update set
			hits = case when rate_limit.window_start <= ${stale} then 1 else rate_limit.hits + 1 end,
			window_start = greatest(rate_limit.window_start, excluded.window_start)`);
}

/** Whether an attempt may go ahead now, and if not, in how many seconds. */
export async function backoff(
	rule: BackoffRule,
	key: string,
	now = new Date()
): Promise<RateLimitResult> {
	const result = await db().execute(
		sql`select hits, window_start from rate_limit where bucket = ${rule.bucket} and key = ${key}`
	);
	const row = resultRows<{ hits: number; window_start: Date | string }>(result)[0];
	if (!row) return { allowed: true, retryAfterSeconds: 0 };
	const latest = new Date(row.window_start).getTime();
	if (latest <= now.getTime() - rule.resetAfterMs) return { allowed: true, retryAfterSeconds: 0 };
	const waitMs = latest + backoffDelayMs(rule, row.hits) - now.getTime();
	return waitMs <= 0
		? { allowed: true, retryAfterSeconds: 0 }
		: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/*
 * Sign-in (docs/deployment.md, "Rate limits"): three counters, so that an attacker is stopped
 * without locking the owner out of their own account.
 * - per account and client address: 5 attempts per 15 minutes; a success clears it. This is what
 *   stops one attacker guessing one account, and it cannot touch the owner on another address.
 * - per client address: 30 failed attempts per 15 minutes, over all accounts (one address
 *   spraying many accounts).
 * - per account, over all addresses: 50 failures are free, then exponential back-off from 1 s up
 *   to 5 minutes after the latest failure (a botnet guessing one account gets about 12 guesses an
 *   hour; the owner waits at most that long, and is never locked for the rest of a window).
 */
export const signInPerAccountAndClient: RateLimitRule = {
	bucket: 'sign-in:account+client',
	limit: 5,
	windowMs: 15 * 60_000
};
export const signInPerClient: RateLimitRule = {
	bucket: 'sign-in:client',
	limit: 30,
	windowMs: 15 * 60_000
};
export const signInPerAccount: BackoffRule = {
	bucket: 'sign-in:account',
	freeFailures: 50,
	baseDelayMs: 1_000,
	maxDelayMs: 5 * 60_000,
	resetAfterMs: 60 * 60_000
};
export const signUpPerClient: RateLimitRule = {
	bucket: 'sign-up:client',
	limit: 10,
	windowMs: 60 * 60_000
};
/*
 * Account e-mails (password reset, e-mail verification, a new address, the notice to an existing
 * account that someone tried to sign up with its address), like sign-in: per client address (one
 * address asking for many accounts is refused, 429) and per e-mail address over all clients (so
 * nobody can flood a mailbox: beyond the limit the request gets the same answer and nothing is
 * sent, so the limit does not tell whether the address has an account).
 */
export const accountMailPerClient: RateLimitRule = {
	bucket: 'account-mail:client',
	limit: 10,
	windowMs: 15 * 60_000
};
export const accountMailPerAddress: RateLimitRule = {
	bucket: 'account-mail:address',
	limit: 3,
	windowMs: 60 * 60_000
};
/** Unknown, used or expired account links per client address (the links carry 256 bits: guessing is hopeless, this keeps it quiet). */
export const accountTokenPerClient: RateLimitRule = {
	bucket: 'account-token:client',
	limit: 30,
	windowMs: 10 * 60_000
};
/**
 * Unknown survey tokens per client address. Valid links are never refused: the token is looked up
 * first (one indexed query) and only failures count, so a workshop of phones behind one router
 * keeps working when one of them mistypes a link (survey.open).
 */
export const surveyTokenPerClient: RateLimitRule = {
	bucket: 'survey-token:client',
	limit: 30,
	windowMs: 10 * 60_000
};
