import { and, eq, inArray, sql } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { db, type Executor } from './db';
import { answer, cycle, invitation, organisation, response, sectionComment } from './db/schema';
import { hashToken } from './auth/session';
import * as rateLimit from './auth/rate-limit';
import * as instruments from './instruments';
import { findByToken, responseKey } from './invitations';
import type { StoredInstrument } from './instruments';
import { acceptsAnswers } from '$lib/domain/cycle/status';
import { COMMENT_MAX, isValidValue, type AnswerInput, type CommentInput } from '$lib/domain/survey/schema';
import { DEFAULT_TIME_ZONE } from '$lib/domain/time-zone';

/** Everything a respondent's pages need to know about the survey behind a link. */
export interface Survey {
	token: string;
	/** response.resumeHash: where this link's answers live (never joined to the invitation). */
	key: string;
	organisationId: string;
	organisationName: string;
	/** The organisation's zone: dates on respondent pages are shown on its clocks. */
	timeZone: string;
	cycleId: string;
	cycleName: string;
	opensAt: Date;
	closesAt: Date;
	groupKey: string;
	anonymityThreshold: number;
	commentThreshold: number;
	instrument: StoredInstrument;
}

export type OpenResult =
	| { ok: true; survey: Survey }
	| { ok: false; reason: 'unknown' }
	| { ok: false; reason: 'rate-limited'; retryAfterSeconds: number }
	| { ok: false; reason: 'closed'; organisationName: string }
	| { ok: false; reason: 'not-open-yet'; organisationName: string; opensAt: Date; timeZone: string };

export type StoredSection = StoredInstrument['sections'][number];
export type StoredItem = StoredSection['items'][number];

/** The items of a stored section with their ids (the intersection type hides them from map). */
export const itemsOf = (section: StoredSection): StoredItem[] => section.items as StoredItem[];

const instrumentCache = new Map<string, StoredInstrument>();

/** Instruments are immutable once a cycle uses them, so one load per process is enough. */
async function instrumentOf(organisationId: string, instrumentId: string): Promise<StoredInstrument | null> {
	const cached = instrumentCache.get(instrumentId);
	if (cached) return cached;
	const loaded = await instruments.get(organisationId, instrumentId);
	if (!loaded) return null;
	if (instrumentCache.size > 50) instrumentCache.clear();
	instrumentCache.set(instrumentId, loaded);
	return loaded;
}

/**
 * Opens the survey behind a link. Failed lookups count against the client address, and a
 * client over the limit is refused before any lookup, so tokens cannot be guessed.
 */
export async function open(token: string, clientAddress: string, now = new Date()): Promise<OpenResult> {
	const limit = await rateLimit.peek(rateLimit.surveyTokenPerClient, clientAddress, now);
	if (!limit.allowed) return { ok: false, reason: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
	const found = await findByToken(token);
	if (!found) {
		await rateLimit.hit(rateLimit.surveyTokenPerClient, clientAddress, now);
		return { ok: false, reason: 'unknown' };
	}
	const { invitation: inv, cycle: c } = found;
	const [org] = await db()
		.select({ name: organisation.name, timeZone: organisation.timeZone })
		.from(organisation)
		.where(eq(organisation.id, c.organisationId));
	const organisationName = org?.name ?? '';
	const timeZone = org?.timeZone ?? DEFAULT_TIME_ZONE;
	if (!acceptsAnswers(c, now)) {
		if (c.status === 'draft' || (c.status === 'open' && now < c.opensAt && now < c.closesAt)) {
			return { ok: false, reason: 'not-open-yet', organisationName, opensAt: c.opensAt, timeZone };
		}
		return { ok: false, reason: 'closed', organisationName };
	}
	const instrument = await instrumentOf(c.organisationId, c.instrumentId);
	if (!instrument) return { ok: false, reason: 'unknown' };
	return {
		ok: true,
		survey: {
			token,
			key: responseKey(token),
			organisationId: c.organisationId,
			organisationName,
			timeZone,
			cycleId: c.id,
			cycleName: c.name,
			opensAt: c.opensAt,
			closesAt: c.closesAt,
			groupKey: inv.groupKey,
			anonymityThreshold: c.anonymityThreshold,
			commentThreshold: c.commentThreshold,
			instrument
		}
	};
}

/** Key for answers kept on the phone while offline: derived from the token, not the token. */
export function storageKey(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(`touchstone-local:${token}`))).slice(0, 24);
}

export interface StoredAnswer {
	value: number | null;
	dontKnow: boolean;
}

export interface SurveyState {
	status: 'new' | 'draft' | 'submitted';
	answers: Map<string, StoredAnswer>;
	comments: Map<string, string>;
}

/** What this link has answered so far; the server is the source of truth on every device. */
export async function state(survey: Pick<Survey, 'key' | 'cycleId'>): Promise<SurveyState> {
	const [row] = await db()
		.select({ id: response.id, status: response.status })
		.from(response)
		.where(and(eq(response.resumeHash, survey.key), eq(response.cycleId, survey.cycleId)));
	if (!row) return { status: 'new', answers: new Map(), comments: new Map() };
	const answers = await db()
		.select({ itemId: answer.itemId, value: answer.value, dontKnow: answer.dontKnow })
		.from(answer)
		.where(eq(answer.responseId, row.id));
	const comments = await db()
		.select({ sectionId: sectionComment.sectionId, text: sectionComment.text })
		.from(sectionComment)
		.where(eq(sectionComment.responseId, row.id));
	return {
		status: row.status,
		answers: new Map(answers.map((a) => [a.itemId, { value: a.value, dontKnow: a.dontKnow }])),
		comments: new Map(comments.map((c) => [c.sectionId, c.text]))
	};
}

export type SaveResult =
	| { ok: true; saved: number }
	| { ok: false; reason: 'closed' | 'submitted' }
	| { ok: false; reason: 'invalid'; ids: string[] };

export interface SaveInput {
	answers?: readonly AnswerInput[];
	comments?: readonly CommentInput[];
}

/** Rejects ids outside the cycle's instrument and values the item's kind does not allow. */
export function invalidIds(instrument: StoredInstrument, input: SaveInput): string[] {
	const items = new Map(instrument.sections.flatMap((s) => itemsOf(s).map((i) => [i.id, i] as const)));
	const sectionIds = new Set(instrument.sections.map((s) => s.id));
	const bad: string[] = [];
	for (const a of input.answers ?? []) {
		const item = items.get(a.itemId);
		if (!item || !isValidValue(item.kind, a)) bad.push(a.itemId);
	}
	for (const c of input.comments ?? []) {
		if (!sectionIds.has(c.sectionId) || c.text.length > COMMENT_MAX) bad.push(c.sectionId);
	}
	return bad;
}

async function cycleAccepts(executor: Executor, cycleId: string, now: Date): Promise<boolean> {
	const [c] = await executor
		.select({ status: cycle.status, opensAt: cycle.opensAt, closesAt: cycle.closesAt })
		.from(cycle)
		.where(eq(cycle.id, cycleId));
	return !!c && acceptsAnswers(c, now);
}

/**
 * Saves answers and section comments, creating the draft response on the first save.
 * An answer with value null and not "don't know" clears it; an empty comment deletes it.
 */
export async function save(survey: Survey, input: SaveInput, now = new Date()): Promise<SaveResult> {
	const bad = invalidIds(survey.instrument, input);
	if (bad.length > 0) return { ok: false, reason: 'invalid', ids: bad };
	const answers = [...new Map((input.answers ?? []).map((a) => [a.itemId, a])).values()];
	const comments = [...new Map((input.comments ?? []).map((c) => [c.sectionId, c])).values()];
	return db().transaction(async (tx): Promise<SaveResult> => {
		if (!(await cycleAccepts(tx, survey.cycleId, now))) return { ok: false, reason: 'closed' };
		await tx
			.insert(response)
			.values({ organisationId: survey.organisationId, cycleId: survey.cycleId, resumeHash: survey.key, groupKey: survey.groupKey })
			.onConflictDoNothing({ target: response.resumeHash });
		const [row] = await tx
			.select({ id: response.id, status: response.status, cycleId: response.cycleId })
			.from(response)
			.where(eq(response.resumeHash, survey.key));
		if (!row || row.cycleId !== survey.cycleId) return { ok: false, reason: 'closed' };
		if (row.status === 'submitted') return { ok: false, reason: 'submitted' };

		const cleared = answers.filter((a) => a.value === null && !a.dontKnow).map((a) => a.itemId);
		const kept = answers.filter((a) => a.value !== null || a.dontKnow);
		if (cleared.length > 0) {
			await tx.delete(answer).where(and(eq(answer.responseId, row.id), inArray(answer.itemId, cleared)));
		}
		if (kept.length > 0) {
			await tx
				.insert(answer)
				.values(kept.map((a) => ({ responseId: row.id, itemId: a.itemId, cycleId: survey.cycleId, value: a.dontKnow ? null : a.value, dontKnow: a.dontKnow })))
				.onConflictDoUpdate({
					target: [answer.responseId, answer.itemId],
					set: { value: sql`excluded.value`, dontKnow: sql`excluded.dont_know`, updatedAt: sql`now()` }
				});
		}
		const emptied = comments.filter((c) => c.text.trim() === '').map((c) => c.sectionId);
		const written = comments.filter((c) => c.text.trim() !== '');
		if (emptied.length > 0) {
			await tx.delete(sectionComment).where(and(eq(sectionComment.responseId, row.id), inArray(sectionComment.sectionId, emptied)));
		}
		if (written.length > 0) {
			await tx
				.insert(sectionComment)
				.values(written.map((c) => ({ responseId: row.id, sectionId: c.sectionId, cycleId: survey.cycleId, text: c.text.trim() })))
				.onConflictDoUpdate({
					target: [sectionComment.responseId, sectionComment.sectionId],
					set: { text: sql`excluded.text`, updatedAt: sql`now()` }
				});
		}
		await tx.update(response).set({ updatedAt: sql`now()` }).where(eq(response.id, row.id));
		return { ok: true, saved: answers.length + comments.length };
	});
}

export type SubmitResult = { ok: true; already: boolean } | { ok: false; reason: 'closed' | 'empty' };

/**
 * Submits the response; submitting again is harmless. Every time on the response is cut to the
 * day, so it cannot be matched to the invitation's respondedAt.
 */
export async function submit(survey: Survey, now = new Date()): Promise<SubmitResult> {
	return db().transaction(async (tx): Promise<SubmitResult> => {
		const [row] = await tx
			.select({ id: response.id, status: response.status })
			.from(response)
			.where(and(eq(response.resumeHash, survey.key), eq(response.cycleId, survey.cycleId)));
		if (row?.status === 'submitted') {
			await markResponded(tx, survey.token);
			return { ok: true, already: true };
		}
		if (!(await cycleAccepts(tx, survey.cycleId, now))) return { ok: false, reason: 'closed' };
		if (!row) return { ok: false, reason: 'empty' };
		const [{ n } = { n: 0 }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(answer)
			.where(eq(answer.responseId, row.id));
		if (n === 0) return { ok: false, reason: 'empty' };
		const today = sql`date_trunc('day', now())`;
		await tx.update(response).set({ status: 'submitted', submittedOn: today, updatedAt: today }).where(eq(response.id, row.id));
		await tx.update(answer).set({ updatedAt: sql`date_trunc('day', ${answer.updatedAt})` }).where(eq(answer.responseId, row.id));
		await tx
			.update(sectionComment)
			.set({ updatedAt: sql`date_trunc('day', ${sectionComment.updatedAt})` })
			.where(eq(sectionComment.responseId, row.id));
		await markResponded(tx, survey.token);
		return { ok: true, already: false };
	});
}

async function markResponded(executor: Executor, token: string): Promise<void> {
	await executor
		.update(invitation)
		.set({ respondedAt: sql`coalesce(${invitation.respondedAt}, now())` })
		.where(eq(invitation.tokenHash, hashToken(token)));
}
