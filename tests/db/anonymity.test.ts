/**
 * Issue 11's attacks, replayed against the services: each must learn nothing finer than the mean
 * of *threshold* people (docs/threat-model.md).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import { db, resultRows } from '../../src/lib/server/platform/db';
import { appSetting, invitation, response } from '../../src/lib/server/platform/db/schema';
import * as cycles from '../../src/lib/server/cycles';
import * as dashboard from '../../src/lib/server/scoring/dashboard';
import * as exportsService from '../../src/lib/server/scoring/exports';
import * as instruments from '../../src/lib/server/instruments';
import * as invitations from '../../src/lib/server/survey/invitations';
import * as scoring from '../../src/lib/server/scoring';
import * as survey from '../../src/lib/server/survey';

beforeAll(async () => {
	await useTestDatabase();
});

let clientCounter = 0;
const client = () => `10.1.0.${++clientCounter}`;
const device = (name: string) => name.padEnd(48, '0').replace(/[^0-9a-f]/g, 'a');

async function openCycle(
	threshold = 3,
	groups: Parameters<typeof cycles.create>[2]['groups'] = ['sales']
) {
	const leadId = (await createUser()).id;
	const orgId = (await createOrganisation(leadId)).id;
	const instrumentId = (await instruments.listAvailable(orgId)).find(
		(i) => i.organisationId === null
	)!.id;
	const now = Date.now();
	const cycleId = (await cycles.create(orgId, leadId, {
		name: 'Anonymity check',
		instrumentId,
		opensAt: new Date(now - 60_000),
		closesAt: new Date(now + 7 * 86_400_000),
		anonymityThreshold: threshold,
		groups,
		targets: {}
	}))!;
	expect(await cycles.transition(orgId, cycleId, 'open', null)).toEqual({ ok: true });
	return { orgId, cycleId };
}

async function opened(token: string, deviceKey: string) {
	const result = await survey.open(token, client());
	if (!result.ok) throw new Error(`survey did not open: ${result.reason}`);
	return survey.onDevice(result.survey, deviceKey);
}

/** One respondent answers every maturity item of the first section with `value`, then submits. */
async function respond(token: string, value: number, submit = true) {
	const s = await opened(token, device(`d${token.slice(0, 6)}`));
	const first = s.instrument.sections.find((sec) => sec.kind === 'building_block')!;
	const answers = survey.itemsOf(first).map((i) => ({ itemId: i.id, value, dontKnow: false }));
	expect(await survey.save(s, { answers })).toMatchObject({ ok: true });
	if (submit) expect(await survey.submit(s)).toEqual({ ok: true, already: false });
	return { s, section: first };
}

const visionScore = async (orgId: string, cycleId: string) => {
	const scores = await scoring.scoreCycleForOrganisation(orgId, cycleId);
	if (!scores || scores.status !== 'scored')
		return { respondents: scores?.respondents ?? 0, vision: null };
	return {
		respondents: scores.respondents,
		vision: scores.dimensions.find((d) => d.key === 'vision')!.score
	};
};

describe('a lead holding a named person’s link', () => {
	it('cannot read, change or submit her draft from another device (before: read her saved choices)', async () => {
		const { orgId, cycleId } = await openCycle();
		const [ana] = (
			await invitations.addPersonal(
				orgId,
				cycleId,
				[{ email: 'ana@example.test', name: 'Ana', group: 'sales' }],
				null
			)
		).issued;
		const { s: onHerPhone } = await respond(ana!.token, 2, false);
		await survey.save(onHerPhone, {
			comments: [
				{ sectionId: onHerPhone.instrument.sections[0]!.id, text: 'My manager ignores CRM.' }
			]
		});

		const asLead = await opened(ana!.token, device('lead'));
		const seen = await survey.state(asLead);
		expect(seen.status).toBe('locked');
		expect(seen.answers.size).toBe(0);
		expect(seen.comments.size).toBe(0);
		expect(seen.resumeCode).toBeNull();
		const item = survey.itemsOf(asLead.instrument.sections[0]!)[0]!;
		expect(
			await survey.save(asLead, { answers: [{ itemId: item.id, value: 5, dontKnow: false }] })
		).toEqual({ ok: false, reason: 'locked' });
		expect(await survey.submit(asLead)).toEqual({ ok: false, reason: 'locked' });
		expect((await survey.state(onHerPhone)).answers.get(item.id)).toEqual({
			value: 2,
			dontKnow: false,
			notMyArea: false
		});
	});

	it('lets her continue on a second phone with the one-time code, and never with a wrong or used one', async () => {
		const { orgId, cycleId } = await openCycle();
		const [ben] = (
			await invitations.addPersonal(
				orgId,
				cycleId,
				[{ email: 'ben@example.test', name: 'Ben', group: 'sales' }],
				null
			)
		).issued;
		const { s: first } = await respond(ben!.token, 4, false);
		const code = (await survey.state(first)).resumeCode!;
		expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}$/);

		const second = await opened(ben!.token, device('second'));
		expect(await survey.resumeWithCode(second, 'AAAA-AAAA')).toEqual({
			ok: false,
			reason: 'wrong-code'
		});
		expect(await survey.resumeWithCode(second, code.toLowerCase().replace('-', ' '))).toEqual({
			ok: true
		});
		expect((await survey.state(second)).answers.size).toBeGreaterThan(0);
		expect((await survey.state(first)).answers.size).toBeGreaterThan(0);

		const third = await opened(ben!.token, device('third'));
		expect(await survey.resumeWithCode(third, code)).toEqual({ ok: false, reason: 'wrong-code' });
		expect((await survey.state(third)).status).toBe('locked');
	});

	it('stops guessing codes after 10 wrong tries for one draft', async () => {
		const { orgId, cycleId } = await openCycle();
		const [cy] = (
			await invitations.addPersonal(
				orgId,
				cycleId,
				[{ email: 'cy@example.test', name: null, group: 'sales' }],
				null
			)
		).issued;
		await respond(cy!.token, 3, false);
		const guesser = await opened(cy!.token, device('guess'));
		for (let i = 0; i < 10; i++)
			expect(await survey.resumeWithCode(guesser, `AAAA-AAA${'234567'[i % 6]}`)).toMatchObject({
				reason: 'wrong-code'
			});
		expect(await survey.resumeWithCode(guesser, 'AAAA-AAAB')).toMatchObject({
			ok: false,
			reason: 'rate-limited'
		});
	});

	it('starting over deletes the draft unread; the old device can no longer change it', async () => {
		const { orgId, cycleId } = await openCycle();
		const [di] = (
			await invitations.addPersonal(
				orgId,
				cycleId,
				[{ email: 'di@example.test', name: null, group: 'sales' }],
				null
			)
		).issued;
		const { s: old } = await respond(di!.token, 1, false);
		const fresh = await opened(di!.token, device('fresh'));
		await survey.startOver(fresh);
		expect((await survey.state(fresh)).status).toBe('new');
		const item = survey.itemsOf(fresh.instrument.sections[0]!)[0]!;
		expect(
			await survey.save(fresh, { answers: [{ itemId: item.id, value: 5, dontKnow: false }] })
		).toMatchObject({ ok: true });
		expect((await survey.state(old)).status).toBe('locked');
	});

	it('re-issuing a link invalidates the old one and discards its draft; answered links cannot be re-issued', async () => {
		const { orgId, cycleId } = await openCycle();
		const [eva, fay] = (
			await invitations.addPersonal(
				orgId,
				cycleId,
				[
					{ email: 'eva@example.test', name: null, group: 'sales' },
					{ email: 'fay@example.test', name: null, group: 'sales' }
				],
				null
			)
		).issued;
		await respond(eva!.token, 2, false);
		const again = await invitations.reissue(orgId, cycleId, eva!.id);
		expect(again.ok).toBe(true);
		if (!again.ok) return;
		expect(again.link.token).not.toBe(eva!.token);
		expect(await survey.open(eva!.token, client())).toEqual({ ok: false, reason: 'unknown' });
		expect((await survey.state(await opened(again.link.token, device('eva2')))).status).toBe('new');
		expect(
			await db()
				.select()
				.from(response)
				.where(eq(response.resumeHash, invitations.responseKey(eva!.token)))
		).toHaveLength(0);

		await respond(fay!.token, 3);
		expect(await invitations.reissue(orgId, cycleId, fay!.id)).toEqual({
			ok: false,
			reason: 'answered'
		});
	});

	it('the invitation list carries no link and no time of answering', async () => {
		const { orgId, cycleId } = await openCycle();
		const [gil] = (
			await invitations.addPersonal(
				orgId,
				cycleId,
				[{ email: 'gil@example.test', name: null, group: 'sales' }],
				null
			)
		).issued;
		await respond(gil!.token, 4);
		const [row] = await invitations.list(orgId, cycleId);
		expect(row!.answered).toBe(true);
		expect(JSON.stringify(row)).not.toContain(gil!.token);
		expect(Object.keys(row!)).not.toContain('respondedAt');
	});
});

describe('a database reader', () => {
	it('cannot join an answer to an invitation: submitting changes no invitation row, no shared xmin, no key in the database', async () => {
		const { orgId, cycleId } = await openCycle();
		const issued = (
			await invitations.addPersonal(
				orgId,
				cycleId,
				['h1', 'h2', 'h3', 'h4'].map((n) => ({
					email: `${n}@example.test`,
					name: n,
					group: 'sales'
				})),
				null
			)
		).issued;
		const invitationRows = () =>
			db()
				.execute(
					sql`select xmin::text as xmin, * from invitation where cycle_id = ${cycleId} order by id`
				)
				.then((r) => resultRows<Record<string, unknown>>(r));
		const before = await invitationRows();
		for (const [i, link] of issued.entries()) await respond(link.token, 1 + i);
		// Before: submit set invitation.responded_at in the response's transaction (xmin join named the person).
		expect(await invitationRows()).toEqual(before);
		const joined = resultRows(
			await db().execute(
				sql`select i.id from invitation i join response r on r.xmin = i.xmin where r.cycle_id = ${cycleId}`
			)
		);
		expect(joined).toHaveLength(0);
		// The key that derives links (and so response keys) from invitation ids is not in the database.
		expect(
			await db().select().from(appSetting).where(eq(appSetting.key, 'invitation-secret'))
		).toHaveLength(0);
		const stored = await db().select().from(response).where(eq(response.cycleId, cycleId));
		// What identifies an invitation (its organisation, cycle and group are shared by design).
		const invitationValues = new Set(
			before.flatMap((r) =>
				['id', 'token_hash', 'email', 'name', 'created_at', 'xmin'].map((k) => String(r[k]))
			)
		);
		for (const r of stored) {
			for (const value of Object.values(r)) expect(invitationValues.has(String(value))).toBe(false);
			for (const t of [r.updatedAt, r.submittedOn!]) expect(t.getTime() % 86_400_000).toBe(0);
		}
	});
});

describe('differencing over time', () => {
	it('before/after one named person submits, the dashboard shows the same figures (snapshots of at least threshold)', async () => {
		const { orgId, cycleId } = await openCycle(3);
		const links = await invitations.addAnonymous(orgId, cycleId, 'sales', 7, null);
		for (const link of links.slice(0, 3)) await respond(link.token, 2);
		const first = await visionScore(orgId, cycleId);
		expect(first).toEqual({ respondents: 3, vision: 2 });

		// Before: the dashboard moved to (3·2 + 5)/4 and gave her mean exactly.
		await respond(links[3]!.token, 5);
		expect(await visionScore(orgId, cycleId)).toEqual(first);
		// The lead is told why: one submission waits for the next update.
		expect((await dashboard.forCycle(orgId, cycleId))!.publication).toEqual({
			snapshots: 1,
			published: 3,
			pending: 1,
			threshold: 3
		});
		await respond(links[4]!.token, 5);
		expect(await visionScore(orgId, cycleId)).toEqual(first);
		await respond(links[5]!.token, 5);
		const second = await visionScore(orgId, cycleId);
		expect(second.respondents).toBe(6);
		// What changed is the mean of three people, never of one.
		expect(second.vision).toBeCloseTo((3 * 2 + 3 * 5) / 6, 10);
	});

	it('closing and reopening publishes no difference of fewer than threshold people', async () => {
		const { orgId, cycleId } = await openCycle(3);
		const links = await invitations.addAnonymous(orgId, cycleId, 'sales', 8, null);
		for (const link of links.slice(0, 3)) await respond(link.token, 3);
		expect((await visionScore(orgId, cycleId)).respondents).toBe(3);
		await respond(links[3]!.token, 1);
		expect(await cycles.transition(orgId, cycleId, 'close', null)).toEqual({ ok: true });
		expect(await visionScore(orgId, cycleId)).toEqual({ respondents: 3, vision: 3 });
		expect(await cycles.transition(orgId, cycleId, 'reopen', null)).toEqual({ ok: true });
		await respond(links[4]!.token, 1);
		expect(await cycles.transition(orgId, cycleId, 'close', null)).toEqual({ ok: true });
		expect((await visionScore(orgId, cycleId)).respondents).toBe(3);
		expect(await cycles.transition(orgId, cycleId, 'reopen', null)).toEqual({ ok: true });
		await respond(links[5]!.token, 1);
		expect(await visionScore(orgId, cycleId)).toEqual({ respondents: 6, vision: 2 });
	});

	it('answer exports exist only for closed cycles, and two exports hold the same people', async () => {
		const { orgId, cycleId } = await openCycle(3);
		const links = await invitations.addAnonymous(orgId, cycleId, 'sales', 5, null);
		for (const link of links.slice(0, 4)) await respond(link.token, 4);
		// Before: each export of the open cycle added the newest person's row.
		expect(await exportsService.cycleAnswers(orgId, cycleId)).toEqual({
			ok: false,
			reason: 'not-closed'
		});
		expect(await cycles.transition(orgId, cycleId, 'close', null)).toEqual({ ok: true });
		const one = await exportsService.cycleAnswers(orgId, cycleId);
		const two = await exportsService.cycleAnswers(orgId, cycleId);
		expect(one.ok && two.ok).toBe(true);
		if (!one.ok || !two.ok) return;
		expect(one.export.responses).toHaveLength(4);
		const rowsOf = (e: typeof one.export) =>
			e.responses.map((r) => JSON.stringify(r.answers)).sort();
		expect(rowsOf(two.export)).toEqual(rowsOf(one.export));
	});
});

describe('invitation rows', () => {
	it('keep nothing that says when, or whether, someone answered', async () => {
		const columns = Object.keys((await db().select().from(invitation).limit(1))[0] ?? { id: 1 });
		expect(columns.some((c) => /respond|answer|submit/i.test(c))).toBe(false);
	});
});
