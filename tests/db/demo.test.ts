import { describe, it, expect, beforeAll } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { db } from '../../src/lib/server/platform/db';
import { action, organisation, response } from '../../src/lib/server/platform/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/organisations/demo';
import * as cycles from '../../src/lib/server/cycles';
import * as organisations from '../../src/lib/server/organisations';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as invitations from '../../src/lib/server/survey/invitations';
import * as survey from '../../src/lib/server/survey';

beforeAll(async () => {
	await useTestDatabase();
});

describe('demo data', () => {
	it('seeds the demo organisation once: three closed cycles, an open one, actions, peers', async () => {
		const started = performance.now();
		await seedDemoIfEmpty();
		const seconds = (performance.now() - started) / 1000;
		await seedDemoIfEmpty();
		const signIn = await accounts.signIn(
			{ email: 'lead@demo.touchstone.test', password: 'touchstone-demo' },
			'127.0.0.9'
		);
		expect(signIn.ok).toBe(true);
		if (!signIn.ok) return;
		const [org] = await organisations.listForUser(signIn.userId);
		expect(org!.name).toBe('Northwind Mutual (demo)');
		const list = await cycles.list(org!.id);
		expect(list.map((c) => c.status).sort()).toEqual(['closed', 'open', 'reviewed', 'reviewed']);
		expect(list.every((c) => c.submitted >= 30)).toBe(true);
		const [actions] = await db()
			.select({ n: count() })
			.from(action)
			.where(eq(action.organisationId, org!.id));
		expect(actions!.n).toBe(6);
		const [orgs] = await db().select({ n: count() }).from(organisation);
		expect(orgs!.n).toBe(21); // the demo organisation and its 20 fictitious peers
		const [drafts] = await db()
			.select({ n: count() })
			.from(response)
			.where(eq(response.status, 'draft'));
		expect(drafts!.n).toBe(0);
		console.log(`demo seed took ${seconds.toFixed(1)} s`);

		// Every link the demo shows opens its survey (before: tokens the app could not derive, 404),
		// and the answered ones are exactly the submitted responses.
		const open = list.find((c) => c.status === 'open')!;
		const links = await invitations.links(org!.id, open.id);
		expect(links.length).toBeGreaterThan(open.submitted);
		for (const link of links)
			expect((await survey.open(link.token, '127.0.0.10')).ok, link.id).toBe(true);
		const listed = await invitations.list(org!.id, open.id);
		expect(listed.filter((i) => i.answered)).toHaveLength(open.submitted);
		const demoFlags = await db()
			.select({ demo: organisation.demo, panel: organisation.benchmarkPanel })
			.from(organisation);
		expect(demoFlags.every((o) => o.demo)).toBe(true);
	});
});
