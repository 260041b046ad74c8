import { and, eq, sql } from 'drizzle-orm';
import { timingSafeEqual } from 'node:crypto';
import { db, type Executor } from '../platform/db';
import { answer, cycle, languageTally, response, sectionComment } from '../platform/db/schema';
import * as rateLimit from '../auth/rate-limit';
import * as instruments from '../instruments';
import { responseKey } from './invitations';
import { isLinkToken, linkForSurvey } from './link-lookup';
import { hashToken } from '../auth/session';
import { deviceHash, normaliseCode, resumeCode } from './keys';
import { markStraightLines } from './straight-lines';

export { newDeviceKey, storageKey } from './keys';
export { invalidIds, save, type SaveInput, type SaveResult } from './save';
import type { StoredInstrument } from '../instruments';
import { acceptsAnswers } from '$lib/domain/cycle/status';
import { effectiveRouting, sectionsAsked } from '$lib/domain/instrument/routing';
import type { AnswerValue } from '$lib/domain/survey/schema';
import { DEFAULT_TIME_ZONE } from '$lib/domain/time-zone';
import {
	builtInLanguages,
	inLanguage,
	pickLanguage,
	type BuiltInLanguage
} from '$lib/domain/instrument/languages';

/** Everything a respondent's pages need to know about the survey behind a link. */
export interface Survey {
	token: string;
	/** The token's hash, as the invitation row holds it (computed once per request, issue 18). */
	tokenHash: string;
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
	/** The language the respondent answers in: their choice, else their browser's, else English. */
	language: BuiltInLanguage;
	/** The languages this survey can be answered in (the version's, among the built-in ones). */
	languages: BuiltInLanguage[];
	/** The questions asked of this link's group, with their texts in `language`. */
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

/**
 * A version's texts never change once a cycle uses it, so one load per process is enough — until
 * a lead publishes a further language (instruments/translations.ts), which the link's look-up
 * reads as the version's languages: a cached copy with other languages is loaded again.
 */
async function instrumentOf(
	organisationId: string,
	instrumentId: string,
	languages: string
): Promise<StoredInstrument | null> {
	const cached = instrumentCache.get(instrumentId);
	if (cached && cached.languages.join(',') === languages) return cached;
	const loaded = await instruments.get(organisationId, instrumentId);
	if (!loaded) return null;
	if (instrumentCache.size > 50) instrumentCache.clear();
	instrumentCache.set(instrumentId, loaded);
	return loaded;
}

/**
 * The instrument as one group of one cycle is asked it, cached by everything it is derived from
 * (the stored version is immutable; the routing and the not-applicable dimensions are part of the
 * key), so a tap does not filter the sections again and invalidIds keeps its item lookup (save.ts).
 */
const askedCache = new Map<string, { from: StoredInstrument; asked: StoredInstrument }>();
function askedOf(
	stored: StoredInstrument,
	groupKey: string,
	cycleRouting: Parameters<typeof effectiveRouting>[1],
	notApplicable: readonly string[]
): StoredInstrument {
	const key = JSON.stringify([stored.id, groupKey, cycleRouting ?? null, notApplicable]);
	// Only if made from this very load: a version reloaded with a new language makes it again.
	const cached = askedCache.get(key);
	if (cached?.from === stored) return cached.asked;
	// Each respondent sees only the sections asked of their group (routing.ts).
	const asked = {
		...stored,
		sections: sectionsAsked(
			stored.sections,
			groupKey,
			effectiveRouting(stored.routing, cycleRouting),
			notApplicable
		)
	};
	if (askedCache.size > 500) askedCache.clear();
	askedCache.set(key, { from: stored, asked });
	return asked;
}

/** The asked instrument with its texts in one language, cached like askedOf. */
const localisedCache = new WeakMap<StoredInstrument, Map<string, StoredInstrument>>();
function localisedOf(asked: StoredInstrument, language: string): StoredInstrument {
	let byLanguage = localisedCache.get(asked);
	if (!byLanguage) localisedCache.set(asked, (byLanguage = new Map()));
	let localised = byLanguage.get(language);
	if (!localised) {
		localised = inLanguage(asked, asked.translations?.[language]);
		byLanguage.set(language, localised);
	}
	return localised;
}

/**
 * Opens the survey behind a link, in the first of `wantedLanguages` (the respondent's choice, then
 * the browser's) that the version can be answered in. Unknown tokens count against the client address, and a client
 * over the limit gets 429 for unknown tokens (guessing a 320-bit token is hopeless anyway; the
 * limit keeps the load down), never for a valid one. `cachedLink` (taps only): a lookup of this
 * link made less than a minute ago will do (link-lookup.ts); the save statement checks
 * again what it cannot know.
 */
export async function open(
	token: string,
	clientAddress: string,
	now = new Date(),
	wantedLanguages: readonly string[] = [],
	{ cachedLink = false }: { cachedLink?: boolean } = {}
): Promise<OpenResult> {
	// A valid link is never refused (a workshop behind one address keeps working when one phone
	// mistypes a link): look it up first, and count and limit only unknown ones.
	// The token's hash once per request: the lookup and, for a tap, the save statement use it.
	const tokenHash = isLinkToken(token) ? hashToken(token) : null;
	const c = tokenHash ? await linkForSurvey(tokenHash, { cached: cachedLink, now }) : null;
	if (!c || tokenHash === null) {
		const limit = await rateLimit.hit(rateLimit.surveyTokenPerClient, clientAddress, now);
		if (!limit.allowed)
			return { ok: false, reason: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
		return { ok: false, reason: 'unknown' };
	}
	const organisationName = c.organisationName;
	const timeZone = c.timeZone || DEFAULT_TIME_ZONE;
	if (!acceptsAnswers(c, now)) {
		if (c.status === 'draft' || (c.status === 'open' && now < c.opensAt && now < c.closesAt)) {
			return { ok: false, reason: 'not-open-yet', organisationName, opensAt: c.opensAt, timeZone };
		}
		return { ok: false, reason: 'closed', organisationName };
	}
	const stored = await instrumentOf(c.organisationId, c.instrumentId, c.instrumentLanguages);
	if (!stored) return { ok: false, reason: 'unknown' };
	const asked = askedOf(stored, c.groupKey, c.routing, c.notApplicable);
	const languages = builtInLanguages.filter((l) => stored.languages.includes(l));
	const language = pickLanguage(languages, wantedLanguages) as BuiltInLanguage;
	return {
		ok: true,
		survey: {
			token,
			tokenHash,
			key: responseKey(token),
			organisationId: c.organisationId,
			organisationName,
			timeZone,
			cycleId: c.cycleId,
			cycleName: c.cycleName,
			opensAt: c.opensAt,
			closesAt: c.closesAt,
			groupKey: c.groupKey,
			anonymityThreshold: c.anonymityThreshold,
			commentThreshold: c.commentThreshold,
			language,
			languages,
			instrument: localisedOf(asked, language)
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

async function cycleAccepts(executor: Executor, cycleId: string, now: Date): Promise<boolean> {
	const [c] = await executor
		.select({ status: cycle.status, opensAt: cycle.opensAt, closesAt: cycle.closesAt })
		.from(cycle)
		.where(eq(cycle.id, cycleId));
	return !!c && acceptsAnswers(c, now);
}

export type SubmitResult =
	{ ok: true; already: boolean } | { ok: false; reason: 'closed' | 'empty' | 'locked' };

/**
 * Submits the response; submitting again is harmless. Nothing about the invitation changes:
 * whether a link was answered is worked out from the response key (invitations.list), so no
 * transaction, time or row order ties the answers to the person. Times are cut to the day.
 */
export async function submit(
	survey: Survey,
	now = new Date(),
	diagnostics: { answeredQuickly?: boolean | null } = {}
): Promise<SubmitResult> {
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
		// A snapshot (publishPending) holds the cycle row for update: a submission waits for it, so
		// its language is counted in the same snapshot as the response itself.
		await tx.execute(sql`select 1 from ${cycle} where ${cycle.id} = ${survey.cycleId} for share`);
		const today = sql`date_trunc('day', now())`;
		// Devices and the resume counter go too: a submitted response is never shown again.
		await tx
			.update(response)
			.set({
				status: 'submitted',
				submittedOn: today,
				updatedAt: today,
				deviceHashes: [],
				resumeCounter: 0,
				answeredQuickly: diagnostics.answeredQuickly ?? null
			})
			.where(eq(response.id, row.id));
		await markStraightLines(tx, survey.organisationId, survey.cycleId, row.id);
		// The language it was submitted in, as a count only (docs/scoring.md, responses per language).
		await tx
			.insert(languageTally)
			.values({
				organisationId: survey.organisationId,
				cycleId: survey.cycleId,
				language: survey.language,
				pending: 1
			})
			.onConflictDoUpdate({
				target: [languageTally.cycleId, languageTally.language],
				set: { pending: sql`${languageTally.pending} + 1` }
			});
		return { ok: true, already: false };
	});
}

/** What the lead wrote about when and how results will be shared; null when nothing was said. */
export async function resultsSharing(survey: OpenedSurvey): Promise<string | null> {
	const [row] = await db()
		.select({ text: cycle.resultsSharing })
		.from(cycle)
		.where(and(eq(cycle.organisationId, survey.organisationId), eq(cycle.id, survey.cycleId)));
	return row?.text ?? null;
}
