import { and, eq, inArray, sql } from 'drizzle-orm';
import { timingSafeEqual } from 'node:crypto';
import { db, type Executor } from '../platform/db';
import { answer, cycle, response, sectionComment } from '../platform/db/schema';
import * as rateLimit from '../auth/rate-limit';
import * as instruments from '../instruments';
import { findByToken, responseKey } from './invitations';
import { deviceHash, normaliseCode, resumeCode } from './keys';

export { newDeviceKey, storageKey } from './keys';
import type { StoredInstrument } from '../instruments';
import { acceptsAnswers } from '$lib/domain/cycle/status';
import { effectiveRouting, sectionsAsked } from '$lib/domain/instrument/routing';
import {
	COMMENT_MAX,
	isValidValue,
	type AnswerInput,
	type AnswerValue,
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
	const { invitation: inv, cycle: c, organisation: org } = found;
	const organisationName = org.name;
	const timeZone = org.timeZone || DEFAULT_TIME_ZONE;
	if (!acceptsAnswers(c, now)) {
		if (c.status === 'draft' || (c.status === 'open' && now < c.opensAt && now < c.closesAt)) {
			return { ok: false, reason: 'not-open-yet', organisationName, opensAt: c.opensAt, timeZone };
		}
		return { ok: false, reason: 'closed', organisationName };
	}
	const stored = await instrumentOf(c.organisationId, c.instrumentId);
	if (!stored) return { ok: false, reason: 'unknown' };
	// Each respondent sees only the sections asked of their group (routing.ts).
	const instrument = {
		...stored,
		sections: sectionsAsked(
			stored.sections,
			inv.groupKey,
			effectiveRouting(stored.routing, c.routing),
			found.notApplicable
		)
	};
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

export type StoredAnswer = AnswerValue;

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
		.select({
			itemId: answer.itemId,
			value: answer.value,
			dontKnow: answer.dontKnow,
			notMyArea: answer.notMyArea
		})
		.from(answer)
		.where(eq(answer.responseId, row.id));
	const comments = await db()
		.select({ sectionId: sectionComment.sectionId, text: sectionComment.text })
		.from(sectionComment)
		.where(eq(sectionComment.responseId, row.id));
	return {
		status: row.status,
		answers: new Map(
			answers.map((a) => [
				a.itemId,
				{ value: a.value, dontKnow: a.dontKnow, notMyArea: a.notMyArea }
			])
		),
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
		if (!item || !isValidValue(item.kind, a) || (a.notMyArea && !instrument.offersNotMyArea))
			bad.push(a.itemId);
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

type SaveRefusal = Extract<SaveResult, { ok: false }>;
type Answers = NonNullable<SaveInput['answers']>;
type Comments = NonNullable<SaveInput['comments']>;

/**
 * The draft behind the link, read with its cycle's dates in one query (a tap on an existing draft
 * costs this read and the write); the first save creates it. Refuses when the cycle no longer
 * takes answers, the response was submitted, or the draft belongs to another device.
 */
async function draftForSave(
	tx: Executor,
	survey: Survey,
	now: Date
): Promise<{ ok: true; id: string } | SaveRefusal> {
	const find = () =>
		tx
			.select({
				id: response.id,
				status: response.status,
				cycleId: response.cycleId,
				deviceHashes: response.deviceHashes,
				cycle: { status: cycle.status, opensAt: cycle.opensAt, closesAt: cycle.closesAt }
			})
			.from(response)
			.innerJoin(cycle, eq(cycle.id, response.cycleId))
			.where(eq(response.resumeHash, survey.key));
	let [row] = await find();
	if (!row) {
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
		[row] = await find();
	}
	if (!row || row.cycleId !== survey.cycleId || !acceptsAnswers(row.cycle, now))
		return { ok: false, reason: 'closed' };
	if (row.status === 'submitted') return { ok: false, reason: 'submitted' };
	if (!row.deviceHashes.includes(survey.deviceHash)) return { ok: false, reason: 'locked' };
	return { ok: true, id: row.id };
}

async function writeAnswers(tx: Executor, responseId: string, cycleId: string, answers: Answers) {
	const isCleared = (a: Answers[number]) => a.value === null && !a.dontKnow && !a.notMyArea;
	const cleared = answers.filter(isCleared).map((a) => a.itemId);
	const kept = answers.filter((a) => !isCleared(a));
	if (cleared.length > 0) {
		await tx
			.delete(answer)
			.where(and(eq(answer.responseId, responseId), inArray(answer.itemId, cleared)));
	}
	if (kept.length === 0) return;
	await tx
		.insert(answer)
		.values(
			kept.map((a) => ({
				responseId,
				itemId: a.itemId,
				cycleId,
				value: a.dontKnow || a.notMyArea ? null : a.value,
				dontKnow: a.dontKnow,
				notMyArea: a.notMyArea ?? false,
				updatedAt: sql`date_trunc('day', now())`
			}))
		)
		.onConflictDoUpdate({
			target: [answer.responseId, answer.itemId],
			set: {
				value: sql`excluded.value`,
				dontKnow: sql`excluded.dont_know`,
				notMyArea: sql`excluded.not_my_area`,
				updatedAt: sql`date_trunc('day', now())`
			}
		});
}

async function writeComments(
	tx: Executor,
	responseId: string,
	cycleId: string,
	comments: Comments
) {
	const emptied = comments.filter((c) => c.text.trim() === '').map((c) => c.sectionId);
	const written = comments.filter((c) => c.text.trim() !== '');
	if (emptied.length > 0) {
		await tx
			.delete(sectionComment)
			.where(
				and(eq(sectionComment.responseId, responseId), inArray(sectionComment.sectionId, emptied))
			);
	}
	if (written.length === 0) return;
	await tx
		.insert(sectionComment)
		.values(
			written.map((c) => ({
				responseId,
				sectionId: c.sectionId,
				cycleId,
				text: c.text.trim(),
				updatedAt: sql`date_trunc('day', now())`
			}))
		)
		.onConflictDoUpdate({
			target: [sectionComment.responseId, sectionComment.sectionId],
			set: { text: sql`excluded.text`, updatedAt: sql`date_trunc('day', now())` }
		});
}

/**
 * Saves answers and section comments, creating the draft response on the first save.
 * An answer with value null and neither "don't know" nor "not my area" clears it; an empty comment
 * deletes it.
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
		const draft = await draftForSave(tx, survey, now);
		if (!draft.ok) return draft;
		await writeAnswers(tx, draft.id, survey.cycleId, answers);
		await writeComments(tx, draft.id, survey.cycleId, comments);
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
