import { describe, it, expect, beforeAll } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { db } from '../../src/lib/server/db';
import { action, organisation, response } from '../../src/lib/server/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/demo';
import * as cycles from '../../src/lib/server/cycles';
import * as organisations from '../../src/lib/server/organisations';
import * as accounts from '../../src/lib/server/accounts';

beforeAll(async () => {
	await useTestDatabase();
});

describe('demo data', () => {
	it('seeds the demo organisation once: three closed cycles, an open one, actions, peers', async () => {
		const started = performance.now();
		await seedDemoIfEmpty();
		const seconds = (performance.now() - started) / 1000;
		await seedDemoIfEmpty();
		const signIn = await accounts.signIn({ email: 'lead@demo.touchstone.test', password: 'touchstone-demo' }, '127.0.0.9');
		expect(signIn.ok).toBe(true);
		if (!signIn.ok) return;
		const [org] = await organisations.listForUser(signIn.userId);
		expect(org!.name).toBe('Northwind Mutual (demo)');
		const list = await cycles.list(org!.id);
		expect(list.map((c) => c.status).sort()).toEqual(['closed', 'open', 'reviewed', 'reviewed']);
		expect(list.every((c) => c.submitted >= 30)).toBe(true);
		const [actions] = await db().select({ n: count() }).from(action).where(eq(action.organisationId, org!.id));
		expect(actions!.n).toBe(6);
		const [orgs] = await db().select({ n: count() }).from(organisation);
		expect(orgs!.n).toBe(7);
		const [drafts] = await db().select({ n: count() }).from(response).where(eq(response.status, 'draft'));
		expect(drafts!.n).toBe(0);
		console.log(`demo seed took ${seconds.toFixed(1)} s`);
	});
});
