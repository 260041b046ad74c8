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
import * as activities from '../../src/lib/server/improvement/activities';
import * as roadmap from '../../src/lib/server/improvement/roadmap';
import * as implementation from '../../src/lib/server/improvement/implementation';
import { phasedPlan, earlyWinsFirst } from '../../src/lib/domain/roadmap';
import * as improvementActions from '../../src/lib/server/cycles/improvement-actions';

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
		// Six across the closed cycles, and four that Spring 2026's activity decisions created.
		expect(actions!.n).toBe(10);
		const [orgs] = await db().select({ n: count() }).from(organisation);
		expect(orgs!.n).toBe(21); // the demo organisation and its 20 fictitious peers
		const [drafts] = await db()
			.select({ n: count() })
			.from(response)
			.where(eq(response.status, 'draft'));
		expect(drafts!.n).toBe(0);
		// The improvement tools are populated (issue 15): inventory, roadmap, checklist.
		const spring = list.find((c) => c.name === 'Spring 2026')!;
		const reviewed = await activities.reviewsFor(org!.id, spring.id);
		expect(reviewed).toHaveLength(5);
		expect(reviewed.filter((a) => a.review?.actionId)).toHaveLength(4);
		expect((await activities.portfolioFor(org!.id, spring.id)).noObjective).toEqual([
			'Printed calendar mailing'
		]);
		const rm = await roadmap.get(org!.id, spring.id);
		expect(rm.phases.map((p) => p.name)).toEqual(['Quick wins', 'Foundations', 'Scale']);
		expect(Object.keys(rm.futureStates)).toHaveLength(4);
		const plan = phasedPlan(
			rm.phases,
			await improvementActions.forCycle(org!.id, spring.id),
			rm.phaseOf
		);
		expect(plan.phases.every((p) => p.actions.length > 0)).toBe(true);
		expect(earlyWinsFirst(plan)).toBe(true);
		expect((await implementation.list(org!.id)).done).toBe(5);
		// The roadmap's current state: a closed cycle's own scores; an open one starts from the last closed.
		const now = await roadmap.currentState(org!.id, spring.id);
		expect(now!.cycleName).toBe('Spring 2026');
		expect(now!.scores.vision).toBeGreaterThan(1);
		const autumn = list.find((c) => c.status === 'open')!;
		expect((await roadmap.currentState(org!.id, autumn.id))!.cycleName).toBe('Spring 2026');
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
