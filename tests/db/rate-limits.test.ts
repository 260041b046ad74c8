import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as cycles from '../../src/lib/server/cycles';
import * as instruments from '../../src/lib/server/instruments';
import * as invitations from '../../src/lib/server/survey/invitations';
import * as survey from '../../src/lib/server/survey';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';

/** Rate limits that stop attackers without locking out the innocent (issue 10.7). */
let tokens: string[];

beforeAll(async () => {
	await useTestDatabase();
	const lead = await createUser();
	const orgId = (await createOrganisation(lead.id)).id;
	const cycleId = (await cycles.create(orgId, lead.id, {
		name: 'Workshop',
		instrumentId: await instruments.ensureBuiltIn(touchstoneV1),
		opensAt: new Date(Date.now() - 60_000),
		closesAt: new Date(Date.now() + 86_400_000),
		anonymityThreshold: 5,
		groups: ['sales'],
		targets: {}
	}))!;
	await cycles.transition(orgId, cycleId, 'open', null);
	tokens = (await invitations.addAnonymous(orgId, cycleId, 'sales', 60, null)).map((l) => l.token);
});

const guess = (i: number) => `guess${i}`.padEnd(64, 'a').replace(/[^a-z2-7]/g, 'b');

describe('survey links from one address (a workshop behind one router)', () => {
	it('opens every valid link after one phone mistyped a link 30 times', async () => {
		const address = '203.0.113.10';
		for (let i = 0; i < 30; i++)
			expect((await survey.open(guess(i), address)).ok, `guess ${i + 1}`).toBe(false);
		for (const token of tokens) {
			const opened = await survey.open(token, address);
			expect(opened.ok, 'a valid link from the same address').toBe(true);
		}
	});

	it('still refuses unknown links from that address once it is over the limit', async () => {
		const address = '203.0.113.11';
		for (let i = 0; i < 30; i++)
			expect(await survey.open(guess(i), address)).toEqual({ ok: false, reason: 'unknown' });
		expect(await survey.open(guess(31), address)).toMatchObject({
			ok: false,
			reason: 'rate-limited'
		});
		expect((await survey.open(tokens[0]!, address)).ok).toBe(true);
		expect(await survey.open(guess(32), '203.0.113.12')).toEqual({ ok: false, reason: 'unknown' });
	});
});

describe('wrong passwords', () => {
	it('from an attacker at one address do not lock the owner out at another', async () => {
		const owner = await createUser('Owner');
		for (let i = 0; i < 20; i++) {
			expect(
				(
					await accounts.signIn(
						{ email: owner.email, password: `wrong password ${i}` },
						'198.51.100.66'
					)
				).ok
			).toBe(false);
		}
		expect(
			await accounts.signIn({ email: owner.email, password: owner.password }, '192.0.2.7')
		).toEqual({ ok: true, userId: owner.id });
	});

	it('stop the attacker after 5 for that account from that address, the right password included', async () => {
		const owner = await createUser('Owner');
		for (let i = 0; i < 5; i++) {
			expect(
				await accounts.signIn(
					{ email: owner.email, password: `wrong password ${i}` },
					'198.51.100.67'
				)
			).toEqual({ ok: false, reason: 'invalid' });
		}
		expect(
			await accounts.signIn({ email: owner.email, password: 'wrong password 6' }, '198.51.100.67')
		).toMatchObject({ ok: false, reason: 'rate-limited' });
		expect(
			await accounts.signIn({ email: owner.email, password: owner.password }, '198.51.100.67')
		).toMatchObject({ ok: false, reason: 'rate-limited' });
		expect(
			(await accounts.signIn({ email: owner.email, password: owner.password }, '192.0.2.8')).ok
		).toBe(true);
	});

	it('from many addresses slow the account down with exponential back-off, not a lock', async () => {
		const owner = await createUser('Owner');
		const t0 = new Date();
		const at = (ms: number) => new Date(t0.getTime() + ms);
		// A botnet: 50 addresses, one wrong password each, all within a second.
		for (let i = 0; i < 50; i++) {
			expect(
				await accounts.signIn({ email: owner.email, password: `wrong ${i}` }, `10.9.${i}.1`, at(i))
			).toEqual({ ok: false, reason: 'invalid' });
		}
		// Beyond the free allowance, each failure doubles the wait before the next try.
		expect(
			await accounts.signIn({ email: owner.email, password: 'wrong 50' }, '10.9.50.1', at(60))
		).toEqual({ ok: false, reason: 'invalid' });
		const waiting = await accounts.signIn(
			{ email: owner.email, password: owner.password },
			'192.0.2.9',
			at(100)
		);
		expect(waiting).toMatchObject({ ok: false, reason: 'rate-limited' });
		expect(
			waiting.ok === false && waiting.reason === 'rate-limited' && waiting.retryAfterSeconds
		).toBeLessThanOrEqual(2);
		expect(
			await accounts.signIn({ email: owner.email, password: 'wrong 51' }, '10.9.51.1', at(1_100))
		).toEqual({ ok: false, reason: 'invalid' });
		expect(
			await accounts.signIn(
				{ email: owner.email, password: owner.password },
				'192.0.2.9',
				at(1_200)
			)
		).toMatchObject({ ok: false, reason: 'rate-limited' });
		// The owner gets in once the back-off has passed, even while the attack goes on.
		expect(
			await accounts.signIn(
				{ email: owner.email, password: owner.password },
				'192.0.2.9',
				at(3_200)
			)
		).toEqual({ ok: true, userId: owner.id });
	});

	it('from one address across many accounts are limited per address', async () => {
		for (let i = 0; i < 30; i++)
			await accounts.signIn({ email: `guess${i}@example.test`, password: 'x' }, '198.51.100.90');
		const person = await createUser();
		expect(
			await accounts.signIn({ email: person.email, password: person.password }, '198.51.100.90')
		).toMatchObject({ ok: false, reason: 'rate-limited' });
		expect(
			(await accounts.signIn({ email: person.email, password: person.password }, '198.51.100.91'))
				.ok
		).toBe(true);
	});
});
