import { and, eq, inArray, sql } from 'drizzle-orm';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32UpperCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { db, type Executor } from '../platform/db';
import { answer, cycle, organisation, response, sectionComment } from '../platform/db/schema';
import * as rateLimit from '../auth/rate-limit';
import { invitationSecret } from '../platform/secrets';
import * as instruments from '../instruments';
import { findByToken, responseKey } from './invitations';
import type { StoredInstrument } from '../instruments';
import { acceptsAnswers } from '$lib/domain/cycle/status';
import {
	COMMENT_MAX,
	isValidValue,
	type AnswerInput,
	type CommentInput
} from '$lib/domain/survey/schema';
import { DEFAULT_TIME_ZONE } from '$lib/domain/time-zone';

/** Everything a respondent's pages need to know about the survey behind a link. */
export interface Survey {
	token: string;
	/** response.resumeHash: where this link's answers live (never joined to the invitation). */
	key: string;
	/** This browser's proof that it may read and change the draft (set by deviceHash). */
	deviceHash: string;
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

/** A survey as opened from its link, before the browser's device is known. */
export type OpenedSurvey = Omit<Survey, 'deviceHash'>;

/** The survey as seen from one browser (its device key comes from an http-only cookie). */
export const onDevice = (survey: OpenedSurvey, deviceKey: string): Survey => ({
	...survey,
	deviceHash: deviceHash(survey.key, deviceKey)
});

export type OpenResult =
	| { ok: true; survey: OpenedSurvey }
	| { ok: false; reason: 'unknown' }
	| { ok: false; reason: 'rate-limited'; retryAfterSeconds: number }
	| { ok: false; reason: 'closed'; organisationName: string }
	| {
			ok: false;
			reason: 'not-open-yet';
			organisationName: string;
			opensAt: Date;
			timeZone: string;
	  };

export type StoredSection = StoredInstrument['sections'][number];
export type StoredItem = StoredSection['items'][number];

/** The items of a stored section with their ids (the intersection type hides them from map). */
export const itemsOf = (section: StoredSection): StoredItem[] => section.items as StoredItem[];

const instrumentCache = new Map<string, StoredInstrument>();

/** Instruments are immutable once a cycle uses them, so one load per process is enough. */
async function instrumentOf(
	organisationId: string,
	instrumentId: string
): Promise<StoredInstrument | null> {
	const cached = instrumentCache.get(instrumentId);
	if (cached) return cached;
	const loaded = await instruments.get(organisationId, instrumentId);
	if (!loaded) return null;
	if (instrumentCache.size > 50) instrumentCache.clear();
	instrumentCache.set(instrumentId, loaded);
	return loaded;
}

/**
 * Opens the survey behind a link. Unknown tokens count against the client address, and a client
 * over the limit gets 429 for unknown tokens (guessing a 320-bit token is hopeless anyway; the
 * limit keeps the load down), never for a valid one.
 */
export async function open(
	token: string,
	clientAddress: string,
	now = new Date()
): Promise<OpenResult> {
	// A valid link is never refused (a workshop behind one address keeps working when one phone
	// mistypes a link): look it up first, and count and limit only unknown ones.
	const found = await findByToken(token);
	if (!found) {
		const limit = await rateLimit.hit(rateLimit.surveyTokenPerClient, clientAddress, now);
		if (!limit.allowed)
			return { ok: false, reason: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
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
	return encodeHexLowerCase(sha256(new TextEncoder().encode(`touchstone-local:${token}`))).slice(
		0,
		24
	);
}

export interface StoredAnswer {
	value: number | null;
	dontKnow: boolean;
}

/**
 * Binds a draft to the browsers that made it: holding the link is not enough to read it. Salted
 * with the response key, so one browser's drafts in two cycles cannot be linked to each other.
 */
export function deviceHash(key: string, deviceKey: string): string {
	return createHash('sha256').update(`touchstone-device:${key}:${deviceKey}`).digest('hex');
}

/** A new random device key, kept in an http-only cookie on the respondent's browser. */
export function newDeviceKey(): string {
	return encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(24)));
}

/**
 * The one-time code that lets a second device continue a draft: derived from the response key and
 * a counter under the installation key (outside the database), so it is not stored anywhere and a
 * used code never works again.
 */
export async function resumeCode(key: string, counter: number): Promise<string> {
	const mac = createHmac('sha256', await invitationSecret())
		.update(`touchstone-resume:${key}:${counter}`)
		.digest();
	const code = encodeBase32UpperCaseNoPadding(mac).slice(0, 8);
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

const normaliseCode = (code: string) => code.toUpperCase().replace(/[^A-Z2-7]/g, '');

export interface SurveyState {
	/** locked: a draft exists, made on another device; nothing of it is given out. */
	status: 'new' | 'draft' | 'submitted' | 'locked';
	answers: Map<string, StoredAnswer>;
	comments: Map<string, string>;
	/** The code to continue on another device (drafts of this device only). */
	resumeCode: string | null;
}

const emptyState = (status: SurveyState['status']): SurveyState => ({
	status,
	answers: new Map(),
	comments: new Map(),
	resumeCode: null
});

/**
 * What this link has answered so far, for a device that made (or was let into) the draft.
 * Other devices learn only that a draft exists; a submitted response is never shown again.
 */
export async function state(
	survey: Pick<Survey, 'key' | 'cycleId' | 'deviceHash'>
): Promise<SurveyState> {
	const [row] = await db()
		.select({
			id: response.id,
			status: response.status,
			deviceHashes: response.deviceHashes,
			resumeCounter: response.resumeCounter
		})
		.from(response)
		.where(and(eq(response.resumeHash, survey.key), eq(response.cycleId, survey.cycleId)));
	if (!row) return emptyState('new');
	if (row.status === 'submitted') return emptyState('submitted');
	if (!row.deviceHashes.includes(survey.deviceHash)) return emptyState('locked');
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
		comments: new Map(comments.map((c) => [c.sectionId, c.text])),
		resumeCode: await resumeCode(survey.key, row.resumeCounter)
	};
}

export type ResumeResult =
	| { ok: true }
	| {
			ok: false;
			reason: 'no-draft' | 'submitted' | 'wrong-code' | 'rate-limited';
			retryAfterSeconds?: number;
	  };

/** Too many wrong codes for one draft: a code has 40 bits, so guessing stays hopeless. */
const resumeAttempts: rateLimit.RateLimitRule = {
	bucket: 'resume-code:draft',
	limit: 10,
	windowMs: 60 * 60_000
};

/** Lets this device into a draft made on another one; the code then moves on (one use). */
export async function resumeWithCode(
	survey: Survey,
	code: string,
	now = new Date()
): Promise<ResumeResult> {
	const limitKey = survey.key.slice(0, 32);
	const limit = await rateLimit.peek(resumeAttempts, limitKey, now);
	if (!limit.allowed)
		return { ok: false, reason: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
	const result = await db().transaction(async (tx): Promise<ResumeResult> => {
		const [row] = await tx
			.select({ id: response.id, status: response.status, resumeCounter: response.resumeCounter })
			.from(response)
			.where(and(eq(response.resumeHash, survey.key), eq(response.cycleId, survey.cycleId)))
			.for('update');
		if (!row) return { ok: false, reason: 'no-draft' };
		if (row.status === 'submitted') return { ok: false, reason: 'submitted' };
		const expected = Buffer.from(normaliseCode(await resumeCode(survey.key, row.resumeCounter)));
		const given = Buffer.from(
			normaliseCode(code).padEnd(expected.length, '#').slice(0, expected.length)
		);
		if (!timingSafeEqual(expected, given)) return { ok: false, reason: 'wrong-code' };
		await tx
			.update(response)
			.set({
				deviceHashes: sql`array_append(array_remove(${response.deviceHashes}, ${survey.deviceHash}), ${survey.deviceHash})`,
				resumeCounter: row.resumeCounter + 1
			})
			.where(eq(response.id, row.id));
		return { ok: true };
	});
	if (!result.ok && result.reason === 'wrong-code')
		await rateLimit.hit(resumeAttempts, limitKey, now);
	return result;
}

/**
 * Starts over on this device: the draft made elsewhere is deleted, unread. For a respondent who
 * lost both the other device and its code; a submitted response is never touched.
 */
export async function startOver(survey: Survey): Promise<void> {
	await db()
		.delete(response)
		.where(
			and(
				eq(response.resumeHash, survey.key),
				eq(response.cycleId, survey.cycleId),
				eq(response.status, 'draft')
			)
		);
}

export type SaveResult =
	| { ok: true; saved: number }
	| { ok: false; reason: 'closed' | 'submitted' | 'locked' }
	| { ok: false; reason: 'invalid'; ids: string[] };

export interface SaveInput {
	answers?: readonly AnswerInput[];
	comments?: readonly CommentInput[];
}

/** Rejects ids outside the cycle's instrument and values the item's kind does not allow. */
export function invalidIds(instrument: StoredInstrument, input: SaveInput): string[] {
	const items = new Map(
		instrument.sections.flatMap((s) => itemsOf(s).map((i) => [i.id, i] as const))
	);
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
export async function save(
	survey: Survey,
	input: SaveInput,
	now = new Date()
): Promise<SaveResult> {
	const bad = invalidIds(survey.instrument, input);
	if (bad.length > 0) return { ok: false, reason: 'invalid', ids: bad };
	const answers = [...new Map((input.answers ?? []).map((a) => [a.itemId, a])).values()];
	const comments = [...new Map((input.comments ?? []).map((c) => [c.sectionId, c])).values()];
	// Nothing to save makes no draft: a browser that only looked does not take the link over.
	if (answers.length === 0 && comments.length === 0) return { ok: true, saved: 0 };
	return db().transaction(async (tx): Promise<SaveResult> => {
		if (!(await cycleAccepts(tx, survey.cycleId, now))) return { ok: false, reason: 'closed' };
		await tx
			.insert(response)
			.values({
				organisationId: survey.organisationId,
				cycleId: survey.cycleId,
				resumeHash: survey.key,
				groupKey: survey.groupKey,
				deviceHashes: [survey.deviceHash],
				updatedAt: sql`date_trunc('day', now())`
			})
			.onConflictDoNothing({ target: response.resumeHash });
		const [row] = await tx
			.select({
				id: response.id,
				status: response.status,
				cycleId: response.cycleId,
				deviceHashes: response.deviceHashes
			})
			.from(response)
			.where(eq(response.resumeHash, survey.key));
		if (!row || row.cycleId !== survey.cycleId) return { ok: false, reason: 'closed' };
		if (row.status === 'submitted') return { ok: false, reason: 'submitted' };
		if (!row.deviceHashes.includes(survey.deviceHash)) return { ok: false, reason: 'locked' };

		const cleared = answers.filter((a) => a.value === null && !a.dontKnow).map((a) => a.itemId);
		const kept = answers.filter((a) => a.value !== null || a.dontKnow);
		if (cleared.length > 0) {
			await tx
				.delete(answer)
				.where(and(eq(answer.responseId, row.id), inArray(answer.itemId, cleared)));
		}
		if (kept.length > 0) {
			await tx
				.insert(answer)
				.values(
					kept.map((a) => ({
						responseId: row.id,
						itemId: a.itemId,
						cycleId: survey.cycleId,
						value: a.dontKnow ? null : a.value,
						dontKnow: a.dontKnow,
						updatedAt: sql`date_trunc('day', now())`
					}))
				)
				.onConflictDoUpdate({
					target: [answer.responseId, answer.itemId],
					set: {
						value: sql`excluded.value`,
						dontKnow: sql`excluded.dont_know`,
						updatedAt: sql`date_trunc('day', now())`
					}
				});
		}
		const emptied = comments.filter((c) => c.text.trim() === '').map((c) => c.sectionId);
		const written = comments.filter((c) => c.text.trim() !== '');
		if (emptied.length > 0) {
			await tx
				.delete(sectionComment)
				.where(
					and(eq(sectionComment.responseId, row.id), inArray(sectionComment.sectionId, emptied))
				);
		}
		if (written.length > 0) {
			await tx
				.insert(sectionComment)
				.values(
					written.map((c) => ({
						responseId: row.id,
						sectionId: c.sectionId,
						cycleId: survey.cycleId,
						text: c.text.trim(),
						updatedAt: sql`date_trunc('day', now())`
					}))
				)
				.onConflictDoUpdate({
					target: [sectionComment.responseId, sectionComment.sectionId],
					set: { text: sql`excluded.text`, updatedAt: sql`date_trunc('day', now())` }
				});
		}
		return { ok: true, saved: answers.length + comments.length };
	});
}

export type SubmitResult =
	{ ok: true; already: boolean } | { ok: false; reason: 'closed' | 'empty' | 'locked' };

/**
 * Submits the response; submitting again is harmless. Nothing about the invitation changes:
 * whether a link was answered is worked out from the response key (invitations.list), so no
 * transaction, time or row order ties the answers to the person. Times are cut to the day.
 */
export async function submit(survey: Survey, now = new Date()): Promise<SubmitResult> {
	return db().transaction(async (tx): Promise<SubmitResult> => {
		const [row] = await tx
			.select({ id: response.id, status: response.status, deviceHashes: response.deviceHashes })
			.from(response)
			.where(and(eq(response.resumeHash, survey.key), eq(response.cycleId, survey.cycleId)));
		if (row?.status === 'submitted') return { ok: true, already: true };
		if (!(await cycleAccepts(tx, survey.cycleId, now))) return { ok: false, reason: 'closed' };
		if (!row) return { ok: false, reason: 'empty' };
		if (!row.deviceHashes.includes(survey.deviceHash)) return { ok: false, reason: 'locked' };
		const [{ n } = { n: 0 }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(answer)
			.where(eq(answer.responseId, row.id));
		if (n === 0) return { ok: false, reason: 'empty' };
		const today = sql`date_trunc('day', now())`;
		// Devices and the resume counter go too: a submitted response is never shown again.
		await tx
			.update(response)
			.set({
				status: 'submitted',
				submittedOn: today,
				updatedAt: today,
				deviceHashes: [],
				resumeCounter: 0
			})
			.where(eq(response.id, row.id));
		return { ok: true, already: false };
	});
}
