import { describe, it, expect, beforeAll } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import { databaseHandle, db } from '../../src/lib/server/platform/db';
import {
	answer,
	invitation,
	response,
	sectionComment
} from '../../src/lib/server/platform/db/schema';
import * as cycles from '../../src/lib/server/cycles';
import * as instruments from '../../src/lib/server/instruments';
import * as invitations from '../../src/lib/server/survey/invitations';
import * as survey from '../../src/lib/server/survey';
import { eraseInvitee } from '../../src/lib/server/survey/erasure';
import { surveyTokenPerClient } from '../../src/lib/server/auth/rate-limit';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import { touchstoneV2 } from '../../src/lib/domain/instrument/touchstone-v2';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';

beforeAll(async () => {
	await useTestDatabase();
});

let clientCounter = 0;
const client = () => `10.0.0.${++clientCounter}`;

async function openCycle(
	options: { open?: boolean; instrumentId?: string; leadId?: string; orgId?: string } = {}
) {
	const leadId = options.leadId ?? (await createUser()).id;
	const orgId = options.orgId ?? (await createOrganisation(leadId)).id;
	const instrumentId =
		options.instrumentId ??
		(await instruments.listAvailable(orgId)).find((i) => i.organisationId === null)!.id;
	const now = Date.now();
	const cycleId = await cycles.create(orgId, leadId, {
		name: 'Spring check',
		instrumentId,
		opensAt: new Date(now - 60_000),
		closesAt: new Date(now + 7 * 24 * 3600_000),
		anonymityThreshold: 5,
		groups: ['sales', 'service'],
		targets: {}
	});
	if (options.open !== false)
		expect(await cycles.transition(orgId, cycleId!, 'open', null)).toEqual({ ok: true });
	const [personal] = (
		await invitations.addPersonal(
			orgId,
			cycleId!,
			[{ email: 'ann@example.test', name: 'Ann', group: 'sales' }],
			null
		)
	).issued;
	const [anonymous] = await invitations.addAnonymous(orgId, cycleId!, 'service', 1, null);
	return {
		leadId,
		orgId,
		cycleId: cycleId!,
		instrumentId,
		personal: personal!,
		anonymous: anonymous!
	};
}

/** The survey behind a link as one browser sees it (each device key is one browser). */
async function opened(token: string, deviceKey = 'a'.repeat(48)) {
	const result = await survey.open(token, client());
	if (!result.ok) throw new Error(`survey did not open: ${result.reason}`);
	return survey.onDevice(result.survey, deviceKey);
}

function itemOfKind(s: survey.Survey, kind: string) {
	return s.instrument.sections.flatMap((sec) => survey.itemsOf(sec)).find((i) => i.kind === kind)!;
}

describe('survey', () => {
	it('opens a link with its organisation, group and the instrument’s 17 sections', async () => {
		const { anonymous } = await openCycle();
		const s = await opened(anonymous.token);
		expect(s.organisationName).toBe('Acme Ltd');
		expect(s.groupKey).toBe('service');
		expect(s.instrument.sections).toHaveLength(17);
		expect((await survey.state(s)).status).toBe('new');
	});

	it('saves answers and a comment, and resumes them from the same link', async () => {
		const { personal } = await openCycle();
		const s = await opened(personal.token);
		const section = s.instrument.sections[0]!;
		const [a, b, c] = survey.itemsOf(section);
		expect(
			await survey.save(s, {
				answers: [
					{ itemId: a!.id, value: 3, dontKnow: false, notMyArea: false },
					{ itemId: b!.id, value: null, dontKnow: true, notMyArea: false }
				],
				comments: [{ sectionId: section.id, text: '  Mostly slides.  ' }]
			})
		).toEqual({ ok: true, saved: 3 });
		expect(
			await survey.save(s, {
				answers: [
					{ itemId: a!.id, value: 4, dontKnow: false, notMyArea: false },
					{ itemId: c!.id, value: 1, dontKnow: false, notMyArea: false }
				]
			})
		).toMatchObject({ ok: true });

		const again = await survey.state(await opened(personal.token));
		expect(again.status).toBe('draft');
		expect(Object.fromEntries(again.answers)).toEqual({
			[a!.id]: { value: 4, dontKnow: false, notMyArea: false },
			[b!.id]: { value: null, dontKnow: true, notMyArea: false },
			[c!.id]: { value: 1, dontKnow: false, notMyArea: false }
		});
		expect(again.comments.get(section.id)).toBe('Mostly slides.');
	});

	it('clears an answer and a comment', async () => {
		const { personal } = await openCycle();
		const s = await opened(personal.token);
		const section = s.instrument.sections[1]!;
		const [a] = survey.itemsOf(section);
		await survey.save(s, {
			answers: [{ itemId: a!.id, value: 2, dontKnow: false, notMyArea: false }],
			comments: [{ sectionId: section.id, text: 'x' }]
		});
		await survey.save(s, {
			answers: [{ itemId: a!.id, value: null, dontKnow: false, notMyArea: false }],
			comments: [{ sectionId: section.id, text: ' ' }]
		});
		const st = await survey.state(s);
		expect(st.answers.size).toBe(0);
		expect(st.comments.size).toBe(0);
	});

	it('accepts each kind’s own range and rejects values outside it', async () => {
		const { anonymous } = await openCycle();
		const s = await opened(anonymous.token);
		const maturity = itemOfKind(s, 'maturity');
		const integration = itemOfKind(s, 'integration');
		const yesNo = itemOfKind(s, 'yes_no');
		const map = itemOfKind(s, 'stakeholder_map');
		expect(
			await survey.save(s, {
				answers: [
					{ itemId: maturity.id, value: 5, dontKnow: false, notMyArea: false },
					{ itemId: integration.id, value: 0, dontKnow: false, notMyArea: false },
					{ itemId: yesNo.id, value: 1, dontKnow: false, notMyArea: false },
					{ itemId: map.id, value: 0, dontKnow: false, notMyArea: false }
				]
			})
		).toEqual({ ok: true, saved: 4 });
		for (const [item, value] of [
			[maturity, 0],
			[maturity, 6],
			[integration, 4],
			[yesNo, 2],
			[map, 3]
		] as const) {
			expect(
				await survey.save(s, {
					answers: [{ itemId: item.id, value, dontKnow: false, notMyArea: false }]
				})
			).toEqual({ ok: false, reason: 'invalid', ids: [item.id] });
		}
		expect(
			await survey.save(s, {
				answers: [{ itemId: maturity.id, value: 3, dontKnow: true, notMyArea: false }]
			})
		).toMatchObject({ ok: false, reason: 'invalid' });
		expect(
			await survey.save(s, {
				comments: [{ sectionId: s.instrument.sections[0]!.id, text: 'x'.repeat(2001) }]
			})
		).toMatchObject({ ok: false, reason: 'invalid' });
		const st = await survey.state(s);
		expect(st.answers.get(maturity.id)).toEqual({ value: 5, dontKnow: false, notMyArea: false });
	});

	it('rejects items and sections of another instrument, saving nothing of the batch', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const derived: InstrumentDefinition = { ...touchstoneV1, name: 'Our own', version: 1 };
		const ownId = await instruments.insertDefinition(db(), derived, org.id);
		const own = (await instruments.get(org.id, ownId))!;
		const { anonymous } = await openCycle({ leadId: lead.id, orgId: org.id });
		const s = await opened(anonymous.token);
		const foreignItem = own.sections[0]!.items[0] as { id: string };
		const ownItem = survey.itemsOf(s.instrument.sections[0]!)[0]!;
		expect(
			await survey.save(s, {
				answers: [
					{ itemId: ownItem.id, value: 3, dontKnow: false, notMyArea: false },
					{ itemId: foreignItem.id, value: 3, dontKnow: false, notMyArea: false }
				]
			})
		).toEqual({ ok: false, reason: 'invalid', ids: [foreignItem.id] });
		expect(
			await survey.save(s, { comments: [{ sectionId: own.sections[0]!.id, text: 'hi' }] })
		).toMatchObject({ ok: false, reason: 'invalid' });
		expect((await survey.state(s)).answers.size).toBe(0);
	});

	it('refuses a cycle that is not open yet, and answers once it has closed', async () => {
		const draft = await openCycle({ open: false });
		expect(await survey.open(draft.anonymous.token, client())).toMatchObject({
			ok: false,
			reason: 'not-open-yet'
		});

		const { orgId, cycleId, personal } = await openCycle();
		const s = await opened(personal.token);
		const item = survey.itemsOf(s.instrument.sections[0]!)[0]!;
		expect(
			await survey.save(s, {
				answers: [{ itemId: item.id, value: 2, dontKnow: false, notMyArea: false }]
			})
		).toMatchObject({ ok: true });
		expect(await cycles.transition(orgId, cycleId, 'close', null)).toEqual({ ok: true });
		expect(await survey.open(personal.token, client())).toMatchObject({
			ok: false,
			reason: 'closed',
			organisationName: 'Acme Ltd'
		});
		expect(
			await survey.save(s, {
				answers: [{ itemId: item.id, value: 5, dontKnow: false, notMyArea: false }]
			})
		).toEqual({ ok: false, reason: 'closed' });
		expect(await survey.submit(s)).toEqual({ ok: false, reason: 'closed' });
		expect((await survey.state(s)).answers.get(item.id)).toEqual({
			value: 2,
			dontKnow: false,
			notMyArea: false
		});
	});

	it('refuses a save racing a close: a close under way makes the save wait, then refuse, storing nothing', async () => {
		const { orgId, cycleId, personal } = await openCycle();
		const s = await opened(personal.token);
		const item = survey.itemsOf(s.instrument.sections[0]!)[0]!;
		const tap = (value: number) =>
			survey.save(s, { answers: [{ itemId: item.id, value, dontKnow: false }] });
		expect(await tap(2)).toMatchObject({ ok: true });
		const handle = databaseHandle();
		if (handle.sql) {
			// PostgreSQL: the close holds the cycle row (uncommitted) while the save arrives.
			let commit!: () => void;
			const committing = new Promise<void>((resolve) => (commit = resolve));
			let updated!: () => void;
			const closedInTx = new Promise<void>((resolve) => (updated = resolve));
			const closing = handle.sql.begin(async (tx) => {
				await tx`update cycle set status = 'closed', closed_at = now() where id = ${cycleId}`;
				updated();
				await committing;
			});
			await closedInTx;
			let settled = false;
			const saving = tap(5).finally(() => (settled = true));
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(settled).toBe(false); // it waits for the close to commit or roll back
			commit();
			await closing;
			expect(await saving).toEqual({ ok: false, reason: 'closed' });
		} else {
			// PGlite runs one statement at a time: the close and the save follow each other.
			expect(await cycles.transition(orgId, cycleId, 'close', null)).toEqual({ ok: true });
			expect(await tap(5)).toEqual({ ok: false, reason: 'closed' });
		}
		expect((await survey.state(s)).answers.get(item.id)).toMatchObject({ value: 2 });
	});

	it('makes one draft when the first two taps of a link arrive at once, keeping both answers', async () => {
		const { cycleId, anonymous } = await openCycle();
		const s = await opened(anonymous.token);
		const [a, b] = survey.itemsOf(s.instrument.sections[0]!);
		const results = await Promise.all(
			[a!, b!].map((item, i) =>
				survey.save(s, { answers: [{ itemId: item.id, value: 2 + i, dontKnow: false }] })
			)
		);
		expect(results).toEqual([
			{ ok: true, saved: 1 },
			{ ok: true, saved: 1 }
		]);
		expect(await db().select().from(response).where(eq(response.cycleId, cycleId))).toHaveLength(1);
		const st = await survey.state(s);
		expect(st.answers.get(a!.id)).toMatchObject({ value: 2 });
		expect(st.answers.get(b!.id)).toMatchObject({ value: 3 });
	});

	it('treats an open cycle past its closing date as closed', async () => {
		const { anonymous } = await openCycle();
		const later = new Date(Date.now() + 8 * 24 * 3600_000);
		expect(await survey.open(anonymous.token, client(), later)).toMatchObject({
			ok: false,
			reason: 'closed'
		});
	});

	it('submits once: a second submit is harmless, later saves are refused', async () => {
		const { orgId, cycleId, personal } = await openCycle();
		const s = await opened(personal.token);
		expect(await survey.submit(s)).toEqual({ ok: false, reason: 'empty' });
		const item = survey.itemsOf(s.instrument.sections[2]!)[0]!;
		await survey.save(s, {
			answers: [{ itemId: item.id, value: 4, dontKnow: false, notMyArea: false }]
		});
		expect(await survey.submit(s)).toEqual({ ok: true, already: false });
		expect(await survey.submit(s)).toEqual({ ok: true, already: true });
		expect(
			await survey.save(s, {
				answers: [{ itemId: item.id, value: 1, dontKnow: false, notMyArea: false }]
			})
		).toEqual({ ok: false, reason: 'submitted' });

		const listed = await invitations.list(orgId, cycleId);
		expect(listed.find((i) => i.id === personal.id)!.answered).toBe(true);
		expect(listed.filter((i) => i.answered)).toHaveLength(1);

		const rows = await db().select().from(response).where(eq(response.cycleId, cycleId));
		expect(rows).toHaveLength(1);
		const row = rows[0]!;
		expect(row.status).toBe('submitted');
		expect(row.organisationId).toBe(orgId);
		expect(row.groupKey).toBe('sales');
		for (const t of [row.submittedOn!, row.updatedAt]) {
			expect([
				t.getUTCHours(),
				t.getUTCMinutes(),
				t.getUTCSeconds(),
				t.getUTCMilliseconds()
			]).toEqual([0, 0, 0, 0]);
		}
		const [stored] = await db().select().from(answer).where(eq(answer.responseId, row.id));
		expect(stored!.updatedAt.getUTCHours() + stored!.updatedAt.getUTCMinutes()).toBe(0);
	});

	it('marks a straight line at submission: at least 8 maturity levels, all the same; nothing else counts', async () => {
		// Version 2 offers "not my area" (here as the organisation's own copy).
		const leadId = (await createUser()).id;
		const orgId = (await createOrganisation(leadId)).id;
		const instrumentId = await instruments.insertDefinition(db(), touchstoneV2, orgId);
		const { cycleId } = await openCycle({ leadId, orgId, instrumentId });
		const links = await invitations.addAnonymous(orgId, cycleId, 'service', 3, null);
		const submitWith = async (token: string, levels: number[]) => {
			const s = await opened(token);
			const all = s.instrument.sections.flatMap((sec) => survey.itemsOf(sec));
			const maturity = all.filter((i) => i.kind === 'maturity');
			const answers: Array<{
				itemId: string;
				value: number | null;
				dontKnow: boolean;
				notMyArea: boolean;
			}> = levels.map((value, i) => ({
				itemId: maturity[i]!.id,
				value,
				dontKnow: false,
				notMyArea: false
			}));
			// Not levels: a "don't know" and a "not my area".
			const [dk, nma] = maturity.slice(levels.length);
			answers.push(
				{ itemId: dk!.id, value: null, dontKnow: true, notMyArea: false },
				{ itemId: nma!.id, value: null, dontKnow: false, notMyArea: true }
			);
			expect(await survey.save(s, { answers })).toMatchObject({ ok: true });
			const [draft] = await db()
				.select({ straightLined: response.straightLined })
				.from(response)
				.where(eq(response.resumeHash, invitations.responseKey(token)));
			expect(draft!.straightLined).toBeNull();
			expect(await survey.submit(s)).toEqual({ ok: true, already: false });
			const [row] = await db()
				.select({ straightLined: response.straightLined })
				.from(response)
				.where(eq(response.resumeHash, invitations.responseKey(token)));
			return row!.straightLined;
		};
		expect(await submitWith(links[0]!.token, Array(8).fill(3))).toBe(true);
		expect(await submitWith(links[1]!.token, [...Array(8).fill(3), 4])).toBe(false);
		expect(await submitWith(links[2]!.token, Array(7).fill(3))).toBe(false);
	});

	it('stores answers under the response key only: nothing in the response points to the invitation', async () => {
		const { cycleId, anonymous } = await openCycle();
		const s = await opened(anonymous.token);
		const section = s.instrument.sections[3]!;
		await survey.save(s, {
			answers: [
				{ itemId: survey.itemsOf(section)[0]!.id, value: 3, dontKnow: false, notMyArea: false }
			],
			comments: [{ sectionId: section.id, text: 'ok' }]
		});
		const [row] = await db().select().from(response).where(eq(response.cycleId, cycleId));
		const [inv] = await db().select().from(invitation).where(eq(invitation.id, anonymous.id));
		expect(Object.keys(row!).sort()).toEqual([
			'answeredQuickly',
			'cycleId',
			'deviceHashes',
			'groupKey',
			'id',
			'organisationId',
			'publishedIn',
			'resumeCounter',
			'resumeHash',
			'status',
			'straightLined',
			'submittedOn',
			'updatedAt'
		]);
		expect(row!.resumeHash).toBe(invitations.responseKey(anonymous.token));
		expect(row!.resumeHash).not.toBe(inv!.tokenHash);
		expect(Object.values(row!)).not.toContain(inv!.id);
		const [comment] = await db()
			.select()
			.from(sectionComment)
			.where(and(eq(sectionComment.responseId, row!.id)));
		expect(comment!.cycleId).toBe(cycleId);
		const [stored] = await db().select().from(answer).where(eq(answer.responseId, row!.id));
		expect(stored!.cycleId).toBe(cycleId);
	});

	it('gives unknown and revoked links the same answer', async () => {
		const { orgId, cycleId, anonymous } = await openCycle();
		expect(await survey.open('a'.repeat(64), client())).toEqual({ ok: false, reason: 'unknown' });
		expect(await survey.open('not a token', client())).toEqual({ ok: false, reason: 'unknown' });
		await invitations.revoke(orgId, cycleId, anonymous.id, null);
		expect(await survey.open(anonymous.token, client())).toEqual({ ok: false, reason: 'unknown' });
	});

	it('rate-limits unknown links from a client, but never refuses it a valid link (a workshop shares one address)', async () => {
		const { personal } = await openCycle();
		const guesser = '192.0.2.99';
		for (let i = 0; i < surveyTokenPerClient.limit; i++) {
			expect(await survey.open(`${'b'.repeat(63)}${'234567'[i % 6]}`, guesser)).toEqual({
				ok: false,
				reason: 'unknown'
			});
		}
		expect(await survey.open('c'.repeat(64), guesser)).toMatchObject({
			ok: false,
			reason: 'rate-limited'
		});
		expect((await survey.open(personal.token, guesser)).ok).toBe(true);
		const tenMinutesOn = new Date(Date.now() + surveyTokenPerClient.windowMs + 1000);
		expect(await survey.open('d'.repeat(64), guesser, tenMinutesOn)).toEqual({
			ok: false,
			reason: 'unknown'
		});
	});

	it('does not count valid links against the client', async () => {
		const { personal } = await openCycle();
		const busy = '192.0.2.7';
		for (let i = 0; i < surveyTokenPerClient.limit + 5; i++)
			expect((await survey.open(personal.token, busy)).ok).toBe(true);
	});
});

/**
 * A tap opens its survey through the link lookup cache (issue 18: a respondent's taps within a minute
 * cost one statement), so the survey it saves with may be that old. Each change below
 * happens between two taps within the cache's lifetime; nothing tells the cache (another instance
 * would not tell it either), so only the save statement can refuse, and must.
 */
describe('a tap saved through the cached link lookup', () => {
	const device = 'b'.repeat(48);
	async function tapOpened(token: string, now = new Date()) {
		const result = await survey.open(token, client(), now, [], { cachedLink: true });
		if (!result.ok) throw new Error(`survey did not open: ${result.reason}`);
		return survey.onDevice(result.survey, device);
	}
	async function tapping(token: string) {
		const first = await tapOpened(token);
		const item = survey.itemsOf(first.instrument.sections[0]!)[0]!;
		return {
			item,
			tap: async (value: number) =>
				survey.save(await tapOpened(token), {
					answers: [{ itemId: item.id, value, dontKnow: false }]
				})
		};
	}
	/** The lookup cached before the change still opens the survey: the statement alone refuses. */
	async function expectCachedStillOpens(token: string) {
		expect((await survey.open(token, client(), new Date(), [], { cachedLink: true })).ok).toBe(
			true
		);
	}
	const storedFor = async (token: string, itemId: string) => {
		const [row] = await db()
			.select({ id: response.id })
			.from(response)
			.where(eq(response.resumeHash, invitations.responseKey(token)));
		if (!row) return null;
		const [a] = await db()
			.select({ value: answer.value })
			.from(answer)
			.where(and(eq(answer.responseId, row.id), eq(answer.itemId, itemId)));
		return a?.value ?? null;
	};

	it('refuses a save after the lead revokes the link', async () => {
		const { orgId, cycleId, personal } = await openCycle();
		const { item, tap } = await tapping(personal.token);
		expect(await tap(2)).toEqual({ ok: true, saved: 1 });
		expect(await invitations.revoke(orgId, cycleId, personal.id, null)).toBe(true);
		await expectCachedStillOpens(personal.token);
		expect(await tap(5)).toEqual({ ok: false, reason: 'unknown' });
		expect(await storedFor(personal.token, item.id)).toBe(2);
		// Once the cached lookup has expired, the link is unknown as it is to every page.
		expect(
			await survey.open(personal.token, client(), new Date(Date.now() + 61_000), [], {
				cachedLink: true
			})
		).toEqual({ ok: false, reason: 'unknown' });
	});

	it('refuses a save with the old token after the link is re-issued, making no new draft', async () => {
		const { orgId, cycleId, personal } = await openCycle();
		const { item, tap } = await tapping(personal.token);
		expect(await tap(2)).toEqual({ ok: true, saved: 1 });
		const reissued = await invitations.reissue(orgId, cycleId, personal.id);
		expect(reissued.ok).toBe(true);
		await expectCachedStillOpens(personal.token);
		expect(await tap(5)).toEqual({ ok: false, reason: 'unknown' });
		// The old link's draft was deleted unread, and the refused tap did not make it again.
		const oldKey = invitations.responseKey(personal.token);
		expect(await db().select().from(response).where(eq(response.resumeHash, oldKey))).toEqual([]);
		expect(await storedFor(personal.token, item.id)).toBeNull();
	});

	it('refuses a save after the invitee is erased', async () => {
		const { leadId, orgId, cycleId, personal } = await openCycle();
		const { tap } = await tapping(personal.token);
		expect(await tap(2)).toEqual({ ok: true, saved: 1 });
		expect(await eraseInvitee(orgId, cycleId, personal.id, leadId)).toBe(true);
		await expectCachedStillOpens(personal.token);
		expect(await tap(5)).toEqual({ ok: false, reason: 'unknown' });
		const key = invitations.responseKey(personal.token);
		expect(await db().select().from(response).where(eq(response.resumeHash, key))).toEqual([]);
	});

	it('refuses a save after the cycle closes', async () => {
		const { orgId, cycleId, anonymous } = await openCycle();
		const { item, tap } = await tapping(anonymous.token);
		expect(await tap(2)).toEqual({ ok: true, saved: 1 });
		expect(await cycles.transition(orgId, cycleId, 'close', null)).toEqual({ ok: true });
		await expectCachedStillOpens(anonymous.token);
		expect(await tap(5)).toEqual({ ok: false, reason: 'closed' });
		expect(await storedFor(anonymous.token, item.id)).toBe(2);
	});

	it('refuses a save after the response is submitted', async () => {
		const { anonymous } = await openCycle();
		const { item, tap } = await tapping(anonymous.token);
		expect(await tap(2)).toEqual({ ok: true, saved: 1 });
		expect(await survey.submit(await tapOpened(anonymous.token))).toEqual({
			ok: true,
			already: false
		});
		await expectCachedStillOpens(anonymous.token);
		expect(await tap(5)).toEqual({ ok: false, reason: 'submitted' });
		expect(await storedFor(anonymous.token, item.id)).toBe(2);
	});

	it('counts unknown links against the client on the cached path too', async () => {
		const guesser = '192.0.2.98';
		const guess = (i: number) =>
			survey.open(`${'f'.repeat(63)}${'234567'[i % 6]}`, guesser, new Date(), [], {
				cachedLink: true
			});
		for (let i = 0; i < surveyTokenPerClient.limit; i++)
			expect(await guess(i)).toEqual({ ok: false, reason: 'unknown' });
		expect(await guess(0)).toMatchObject({ ok: false, reason: 'rate-limited' });
	});
});

describe('routing: each group is asked its sections (issue 13.2)', () => {
	it('asks a group only the sections routed to it, and never a dimension marked not applicable', async () => {
		const lead = await createUser();
		const org = await createOrganisation(lead.id);
		const routed: InstrumentDefinition = {
			...touchstoneV1,
			name: `Routed ${crypto.randomUUID()}`,
			// vision: sales only; strategy: service only; everything else: everyone
			routing: { vision: ['sales'], strategy: ['service'] }
		};
		const instrumentId = await instruments.insertDefinition(db(), routed, org.id);
		const stored = await instruments.get(org.id, instrumentId);
		expect(stored?.routing).toEqual({ vision: ['sales'], strategy: ['service'] });
		const { orgId, cycleId, personal, anonymous } = await openCycle({
			instrumentId,
			leadId: lead.id,
			orgId: org.id
		});
		await cycles.setDimension(orgId, cycleId, 'metrics', { notApplicable: true }, null);

		const sales = await opened(personal.token); // group sales
		const service = await opened(anonymous.token, 'b'.repeat(48)); // group service
		const keys = (s: survey.Survey) => s.instrument.sections.map((x) => x.key);
		expect(keys(sales)).toContain('vision');
		expect(keys(sales)).not.toContain('strategy');
		expect(keys(service)).toContain('strategy');
		expect(keys(service)).not.toContain('vision');
		for (const s of [sales, service]) {
			expect(keys(s)).not.toContain('metrics');
			expect(keys(s)).toContain('processes');
		}

		// An answer to a section not asked of the group is refused, not stored.
		const strategyItem = stored!.sections.find((s) => s.key === 'strategy')!.items[0]!;
		const refused = await survey.save(sales, {
			answers: [{ itemId: strategyItem.id, value: 3, dontKnow: false, notMyArea: false }]
		});
		expect(refused).toEqual({ ok: false, reason: 'invalid', ids: [strategyItem.id] });
	});
});
