/**
 * Retention and erasure (issue 14.6): the daily job erases exactly what each organisation's
 * setting says is past keeping — and nothing of other organisations or of cycles still within
 * it; results stay, frozen; a lead erases one invitee on request; the audit log counts, never names.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import type { DatabaseHandle } from '../../src/lib/server/platform/db';
import * as audit from '../../src/lib/server/audit';
import * as cycles from '../../src/lib/server/cycles';
import * as dashboard from '../../src/lib/server/scoring/dashboard';
import * as instruments from '../../src/lib/server/instruments';
import * as invitations from '../../src/lib/server/survey/invitations';
import * as organisations from '../../src/lib/server/organisations';
import * as retention from '../../src/lib/server/retention';
import * as scoring from '../../src/lib/server/scoring';
import * as survey from '../../src/lib/server/survey';
import { eraseInvitee } from '../../src/lib/server/survey/erasure';

let handle: DatabaseHandle;
beforeAll(async () => {
	handle = await useTestDatabase();
});

const DAY = 86_400_000;
let clientCounter = 0;
const client = () => `10.2.0.${++clientCounter}`;
const device = (token: string) =>
	`d${token.slice(0, 6)}`.padEnd(48, '0').replace(/[^0-9a-f]/g, 'a');

async function respond(token: string, value: number, submit = true) {
	const opened = await survey.open(token, client());
	if (!opened.ok) throw new Error(`survey did not open: ${opened.reason}`);
	const s = survey.onDevice(opened.survey, device(token));
	const first = s.instrument.sections.find((sec) => sec.kind === 'building_block')!;
	const answers = survey.itemsOf(first).map((i) => ({ itemId: i.id, value, dontKnow: false }));
	expect(
		await survey.save(s, { answers, comments: [{ sectionId: first.id, text: `comment ${value}` }] })
	).toMatchObject({ ok: true });
	if (submit) expect(await survey.submit(s)).toEqual({ ok: true, already: false });
}

/** A cycle with 4 named invitees (3 answered, 1 left a draft), closed `closedDaysAgo` days ago (null: still open). */
async function cycleOf(orgId: string, leadId: string, name: string, closedDaysAgo: number | null) {
	const instrumentId = (await instruments.listAvailable(orgId)).find(
		(i) => i.organisationId === null
	)!.id;
	const cycleId = (await cycles.create(orgId, leadId, {
		name,
		instrumentId,
		opensAt: new Date(Date.now() - 60_000),
		closesAt: new Date(Date.now() + 7 * DAY),
		anonymityThreshold: 3,
		groups: ['sales'],
		targets: {}
	}))!;
	await cycles.transition(orgId, cycleId, 'open', leadId);
	const tag = `${name.toLowerCase().replace(/\W/g, '')}${orgId.slice(0, 4)}`;
	const { issued } = await invitations.addPersonal(
		orgId,
		cycleId,
		[1, 2, 3, 4].map((n) => ({
			email: `${tag}-${n}@example.test`,
			name: `Person ${tag} ${n}`,
			group: 'sales',
			// The invitee's language (issue 17) is theirs like the address: erased with it.
			language: 'es',
			line: n
		})),
		leadId
	);
	for (const [i, link] of issued.entries()) await respond(link.token, 2 + (i % 3), i < 3);
	if (closedDaysAgo !== null) {
		await cycles.transition(orgId, cycleId, 'close', leadId);
		await handle.rows(`update cycle set closed_at = $1 where id = $2`, [
			new Date(Date.now() - closedDaysAgo * DAY).toISOString(),
			cycleId
		]);
	}
	return { cycleId, emails: issued.map((l) => l.email!), tokens: issued.map((l) => l.token) };
}

async function heldFor(cycleId: string) {
	const one = async (q: string) => Number((await handle.rows<{ n: number }>(q, [cycleId]))[0]!.n);
	return {
		addresses: await one(
			'select count(*)::int as n from invitation where cycle_id = $1 and (email is not null or name is not null or language is not null)'
		),
		answers: await one('select count(*)::int as n from answer where cycle_id = $1'),
		comments: await one('select count(*)::int as n from section_comment where cycle_id = $1'),
		submitted: await one(
			`select count(*)::int as n from response where cycle_id = $1 and status = 'submitted'`
		),
		drafts: await one(
			`select count(*)::int as n from response where cycle_id = $1 and status = 'draft'`
		),
		// Read from the answers at submission, so erased with them.
		straightLineFlags: await one(
			'select count(*)::int as n from response where cycle_id = $1 and straight_lined is not null'
		)
	};
}
/** Four people, five answers and a comment each (three submitted, one a draft). */
const untouched = {
	addresses: 4,
	answers: 4 * 5,
	comments: 4,
	submitted: 3,
	drafts: 1,
	straightLineFlags: 3
};

describe('the retention job', () => {
	it('erases addresses and answers past each setting, keeps the results, and leaves everything else alone', async () => {
		const lead = await createUser('Rhea Lead');
		const org = await createOrganisation(lead.id, 'Retaining Ltd');
		const otherLead = await createUser('Otto Lead');
		const other = await createOrganisation(otherLead.id, 'Keeps Everything Ltd');
		await organisations.setRetention(org.id, { inviteeDays: 30, answerDays: 60 }, lead.id);
		expect(await organisations.retentionOf(org.id)).toEqual({ inviteeDays: 30, answerDays: 60 });

		const old = await cycleOf(org.id, lead.id, 'Old', 90); // both due
		const middle = await cycleOf(org.id, lead.id, 'Middle', 40); // addresses only
		const recent = await cycleOf(org.id, lead.id, 'Recent', 5); // nothing yet
		const open = await cycleOf(org.id, lead.id, 'Open', null); // nothing: still open
		const elsewhere = await cycleOf(other.id, otherLead.id, 'Elsewhere', 400); // no setting
		expect(await heldFor(old.cycleId)).toEqual(untouched);

		const before = await scoring.scoreCycleForOrganisation(org.id, old.cycleId);
		expect(before?.status).toBe('scored');
		const trendsBefore = await dashboard.trends(org.id);

		expect(await retention.applyRetention()).toBe(2);

		expect(await heldFor(old.cycleId)).toEqual({
			addresses: 0,
			answers: 0,
			comments: 0,
			submitted: 3,
			drafts: 0,
			straightLineFlags: 0
		});
		expect(await heldFor(middle.cycleId)).toEqual({ ...untouched, addresses: 0 });
		expect(await heldFor(recent.cycleId)).toEqual(untouched);
		expect(await heldFor(open.cycleId)).toEqual(untouched);
		expect(await heldFor(elsewhere.cycleId)).toEqual(untouched);

		// The results stay as they were shown: the dashboard, trends and scores read the frozen ones.
		expect(await scoring.scoreCycleForOrganisation(org.id, old.cycleId)).toEqual(
			JSON.parse(JSON.stringify(before))
		);
		expect(JSON.parse(JSON.stringify(await dashboard.trends(org.id)))).toEqual(
			JSON.parse(JSON.stringify(trendsBefore))
		);
		const erased = await dashboard.forCycle(org.id, old.cycleId);
		expect(erased?.view).toBeTruthy();
		// Straight lines can no longer be counted (not "0"); the quick-submission count stays.
		expect(erased?.answerQuality).toMatchObject({ responses: 3, straightLined: null });
		expect((await dashboard.forCycle(org.id, middle.cycleId))?.answerQuality).toMatchObject({
			responses: 3,
			straightLined: 0
		});
		// An erased cycle takes no more answers.
		expect(await cycles.transition(org.id, old.cycleId, 'reopen', lead.id)).toMatchObject({
			ok: false
		});

		// The log counts what went, by Touchstone, and names no one.
		const applied = (await audit.all(org.id, { kind: 'retention.applied' })).map((e) => [
			e.actor,
			e.details
		]);
		expect(applied).toEqual(
			expect.arrayContaining([
				[null, { cycle: 'Old', addressesErased: 4, answersErased: 3 }],
				[null, { cycle: 'Middle', addressesErased: 4, answersErased: 0 }]
			])
		);
		expect(applied).toHaveLength(2);
		expect((await audit.all(org.id, { kind: 'retention.changed' }))[0]?.details).toEqual({
			inviteeDays: 30,
			answerDays: 60
		});
		const log = JSON.stringify(await handle.rows('select * from audit_event'));
		for (const address of [...old.emails, ...middle.emails]) expect(log).not.toContain(address);
		expect(await audit.all(other.id, { kind: 'retention.applied' })).toEqual([]);

		// A second run finds nothing more; later, the middle cycle's answers fall due too.
		expect(await retention.applyRetention()).toBe(0);
		expect(await retention.applyRetention(new Date(Date.now() + 21 * DAY))).toBe(1);
		expect(await heldFor(middle.cycleId)).toEqual({
			addresses: 0,
			answers: 0,
			comments: 0,
			submitted: 3,
			drafts: 0,
			straightLineFlags: 0
		});
		expect(await heldFor(recent.cycleId)).toEqual(untouched);
		expect(await heldFor(elsewhere.cycleId)).toEqual(untouched);
	}, 120_000);
});

describe('erasing one invitee on request', () => {
	it('erases the address, name and link, deletes their draft unread, and records it without the address', async () => {
		const lead = await createUser('Eve Lead');
		const org = await createOrganisation(lead.id, 'Erasing Ltd');
		const { cycleId, emails, tokens } = await cycleOf(org.id, lead.id, 'Now', null);
		const draftOf = emails[3]!; // the fourth invitee left a draft
		const invitationId = (await invitations.list(org.id, cycleId)).find(
			(i) => i.email === draftOf
		)!.id;
		const stranger = await createOrganisation((await createUser()).id, 'Stranger Ltd');
		expect(await eraseInvitee(stranger.id, cycleId, invitationId, null)).toBe(false);

		expect(await eraseInvitee(org.id, cycleId, invitationId, lead.id)).toBe(true);
		const row = (await invitations.list(org.id, cycleId)).find((i) => i.id === invitationId)!;
		expect(row).toMatchObject({ email: null, name: null });
		expect(row.revokedAt).not.toBeNull();
		expect(await invitations.findByToken(tokens[3]!)).toBeNull();
		expect(await heldFor(cycleId)).toEqual({
			...untouched,
			addresses: 3,
			answers: 15,
			comments: 3,
			drafts: 0
		});
		// The others are as they were.
		expect(
			(await invitations.list(org.id, cycleId)).filter((i) => i.email).map((i) => i.email)
		).toEqual(emails.slice(0, 3));
		const [event] = await audit.all(org.id, { kind: 'invitee.erased' });
		expect(event).toMatchObject({
			actor: { id: lead.id },
			subjectId: invitationId,
			details: { cycle: 'Now', group: 'sales' }
		});
		expect(JSON.stringify(await handle.rows('select * from audit_event'))).not.toContain(draftOf);
	}, 60_000);
});
