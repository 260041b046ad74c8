import { describe, it, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { useLocalSmtpServer } from '../support/smtp';
import { createOrganisation, createUser } from '../support/fixtures';
import { db } from '../../src/lib/server/platform/db';
import { invitation, response } from '../../src/lib/server/platform/db/schema';
import * as cycles from '../../src/lib/server/cycles';
import * as instruments from '../../src/lib/server/instruments';
import * as invitations from '../../src/lib/server/survey/invitations';
import { hashToken } from '../../src/lib/server/auth/session';
import { createMailer, invitationMessage } from '../../src/lib/server/platform/mail';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';

let orgId: string;
let otherOrgId: string;
let cycleId: string;

beforeAll(async () => {
	await useTestDatabase();
	const lead = await createUser();
	orgId = (await createOrganisation(lead.id)).id;
	otherOrgId = (await createOrganisation((await createUser()).id, 'Other')).id;
	const instrumentId = await instruments.ensureBuiltIn(touchstoneV1);
	cycleId = (await cycles.create(orgId, lead.id, {
		name: 'Spring',
		instrumentId,
		opensAt: new Date(Date.now() - 1000),
		closesAt: new Date(Date.now() + 86_400_000),
		anonymityThreshold: 5,
		groups: ['sales', 'service'],
		targets: {}
	}))!;
});

describe('invitations', () => {
	it('issues unguessable tokens and stores only their hash', async () => {
		const { issued } = await invitations.addPersonal(
			orgId,
			cycleId,
			[{ email: 'a@example.org', name: 'A', group: 'sales' }],
			null
		);
		const token = issued[0]!.token;
		expect(token).toMatch(/^[a-z2-7]{64}$/); // 64 base32 characters = 320 bits
		const [row] = await db().select().from(invitation).where(eq(invitation.id, issued[0]!.id));
		expect(row!.tokenHash).toBe(hashToken(token));
		expect(JSON.stringify(row)).not.toContain(token);
		expect((await invitations.findByToken(token))?.invitation.id).toBe(issued[0]!.id);
	});

	it('re-derives the same link for copying and reminders', async () => {
		const [link] = await invitations.addAnonymous(orgId, cycleId, 'service', 1, null);
		const [again] = await invitations.links(orgId, cycleId, [link!.id]);
		expect(again!.token).toBe(link!.token);
	});

	it('refuses a revoked or unknown token', async () => {
		const [link] = await invitations.addAnonymous(orgId, cycleId, 'sales', 1, null);
		expect(await invitations.revoke(orgId, cycleId, link!.id, null)).toBe(true);
		expect(await invitations.findByToken(link!.token)).toBeNull();
		expect(await invitations.findByToken('a'.repeat(64))).toBeNull();
		expect(await invitations.findByToken('<script>')).toBeNull();
	});

	it('does not invite the same address twice to one cycle', async () => {
		await invitations.addPersonal(
			orgId,
			cycleId,
			[{ email: 'twice@example.org', name: null, group: 'sales' }],
			null
		);
		const again = await invitations.addPersonal(
			orgId,
			cycleId,
			[{ email: 'twice@example.org', name: null, group: 'sales' }],
			null
		);
		expect(again.issued).toHaveLength(0);
		expect(again.alreadyInvited).toHaveLength(1);
	});

	it("never revokes or lists another organisation's invitations", async () => {
		const [link] = await invitations.addAnonymous(orgId, cycleId, 'sales', 1, null);
		expect(await invitations.revoke(otherOrgId, cycleId, link!.id, null)).toBe(false);
		expect(await invitations.list(otherOrgId, cycleId)).toHaveLength(0);
		expect(await invitations.links(otherOrgId, cycleId)).toHaveLength(0);
	});

	it('counts response rates per group and flags those under 60%', async () => {
		const cycle2 = (await cycles.create(orgId, (await createUser()).id, {
			name: 'Rates',
			instrumentId: await instruments.ensureBuiltIn(touchstoneV1),
			opensAt: new Date(),
			closesAt: new Date(Date.now() + 86_400_000),
			anonymityThreshold: 5,
			groups: ['sales', 'service'],
			targets: {}
		}))!;
		const sales = await invitations.addAnonymous(orgId, cycle2, 'sales', 5, null);
		const service = await invitations.addAnonymous(orgId, cycle2, 'service', 4, null);
		// A submitted response under a link's response key is what makes the link "answered".
		const answered = [...sales.slice(0, 3), ...service.slice(0, 2)];
		await db()
			.insert(response)
			.values(
				answered.map((l) => ({
					organisationId: orgId,
					cycleId: cycle2,
					groupKey: l.group,
					resumeHash: invitations.responseKey(l.token),
					status: 'submitted' as const
				}))
			);
		const rates = await invitations.rates(orgId, cycle2);
		expect(rates).toEqual([
			{ group: 'sales', invited: 5, responded: 3, rate: 0.6, low: false },
			{ group: 'service', invited: 4, responded: 2, rate: 0.5, low: true }
		]);
	});
});

describe('invitation e-mail', () => {
	const { received, url: smtpUrl } = useLocalSmtpServer();

	it('sends each invitation with its link through the SMTP server', async () => {
		const mailer = createMailer(smtpUrl(), 'Touchstone <t@example.org>');
		const { issued } = await invitations.addPersonal(
			orgId,
			cycleId,
			[
				{ email: 'mail1@example.org', name: 'Mo', group: 'sales' },
				{ email: 'mail2@example.org', name: null, group: 'service' }
			],
			null
		);
		const outcome = await mailer.send(
			issued.map((l) =>
				invitationMessage({
					to: l.email!,
					name: l.name,
					organisationName: 'Acme',
					cycleName: 'Spring',
					link: `https://t.example/s/${l.token}`,
					closesAt: new Date('2027-01-31T00:00:00Z'),
					reminder: false,
					minutes: 9,
					anonymityThreshold: 5
				})
			)
		);
		mailer.close();
		expect(outcome).toEqual({ sent: ['mail1@example.org', 'mail2@example.org'], failed: [] });
		expect(received.map((r) => r.to)).toEqual(['mail1@example.org', 'mail2@example.org']);
		const unfolded = received[0]!.body.replace(/=\r?\n/g, '');
		expect(unfolded).toContain(issued[0]!.token);
		expect(unfolded).toContain('Hello Mo,');
		// The promise matches the threat model (docs/threat-model.md): answered, not when; the
		// cycle's threshold; the questionnaire's own length, not a fixed figure.
		expect(unfolded).toContain('whether you have answered (not when)');
		expect(unfolded).toContain('at least 5 people');
		expect(unfolded).toContain('about 9 minutes');
		expect(unfolded).not.toContain('whether this link was used');
	});

	it('reports an address the server refuses and keeps going', async () => {
		const mailer = createMailer('smtp://127.0.0.1:1?connectionTimeout=500', 'x@example.org');
		const outcome = await mailer.send([{ to: 'z@example.org', subject: 's', text: 't' }]);
		mailer.close();
		expect(outcome.sent).toEqual([]);
		expect(outcome.failed[0]!.to).toBe('z@example.org');
	});
});
