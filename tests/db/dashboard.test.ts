import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { seedDemoIfEmpty } from '../../src/lib/server/organisations/demo';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as organisations from '../../src/lib/server/organisations';
import * as cycles from '../../src/lib/server/cycles';
import * as dashboard from '../../src/lib/server/scoring/dashboard';
import * as peers from '../../src/lib/server/scoring/peers';
import * as scoring from '../../src/lib/server/scoring';
import { answerQuality } from '../../src/lib/server/scoring/diagnostics';
import { markStraightLines } from '../../src/lib/server/survey/straight-lines';
import { db } from '../../src/lib/server/platform/db';
import { response } from '../../src/lib/server/platform/db/schema';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';

let orgId: string;

beforeAll(async () => {
	await useTestDatabase();
	await seedDemoIfEmpty();
	const signIn = await accounts.signIn(
		{ email: 'lead@demo.touchstone.test', password: 'touchstone-demo' },
		'127.0.0.2'
	);
	if (!signIn.ok) throw new Error('demo lead cannot sign in');
	orgId = (await organisations.listForUser(signIn.userId))[0]!.id;
});

describe('dashboard service on the demo organisation', () => {
	it('compares each cycle with the one closed before it', async () => {
		const list = await cycles.list(orgId);
		const byName = new Map(list.map((c) => [c.name, c.id]));
		expect((await cycles.previousClosed(orgId, byName.get('Autumn 2026')!))?.name).toBe(
			'Spring 2026'
		);
		expect((await cycles.previousClosed(orgId, byName.get('Spring 2026')!))?.name).toBe(
			'Autumn 2025'
		);
		expect(await cycles.previousClosed(orgId, byName.get('Baseline 2025')!)).toBeNull();
		const result = await dashboard.forCycle(orgId, byName.get('Spring 2026')!);
		expect(result!.view.status).toBe('scored');
		expect(result!.previous?.name).toBe('Autumn 2025');
		if (result!.view.status === 'scored') {
			const { changes, comparisons } = result!.view;
			expect(changes).toHaveLength(14);
			// Holm's family: the dimensions with a score and an interval in both cycles.
			expect(comparisons).toBe(changes!.filter((c) => c.verdict !== 'not comparable').length);
			expect(comparisons).toBeGreaterThan(0);
		}
		expect(result!.peers?.dimensions.some((d) => !('withheld' in d))).toBe(true);
		// The dashboard hands its own scores to the peer benchmark instead of scoring the cycle again.
		expect(result!.peers).toEqual(
			await peers.peerBenchmarkForCycle(orgId, byName.get('Spring 2026')!)
		);
	});

	it('draws a trend line per dimension over the three closed cycles', async () => {
		const series = await dashboard.trends(orgId);
		expect(series.cycles.map((c) => c.name)).toEqual([
			'Baseline 2025',
			'Autumn 2025',
			'Spring 2026'
		]);
		expect(series.dimensions).toHaveLength(14);
		const metrics = series.dimensions.find((d) => d.key === 'metrics')!;
		expect(metrics.values[2]!).toBeGreaterThan(metrics.values[0]!);
	});
});

describe('answer-quality diagnostics (issue 13.4)', () => {
	it('counts straight lines and quick submissions over the cycle, never excluding anyone', async () => {
		const spring = (await cycles.list(orgId)).find((c) => c.name === 'Spring 2026')!.id;
		const before = await answerQuality(orgId, spring);
		const scoresBefore = await scoring.scoreCycleForOrganisation(orgId, spring);
		expect(before.responses).toBeGreaterThan(10);
		// Two published responses answer every maturity question with 3; one was sent quickly.
		const picked = await db()
			.select({ id: response.id })
			.from(response)
			.where(and(eq(response.cycleId, spring), isNotNull(response.publishedIn)))
			.limit(2);
		const ids = picked.map((p) => p.id);
		await db().execute(
			sql`UPDATE answer a SET value = 3, dont_know = false FROM instrument_item i
			    WHERE i.id = a.item_id AND i.kind = 'maturity' AND a.response_id IN (${sql.join(
						ids.map((id) => sql`${id}`),
						sql`, `
					)})`
		);
		// Their flags are read anew, as submission reads them (the demo's rows were written in bulk).
		await markStraightLines(db(), orgId, spring);
		await db().update(response).set({ answeredQuickly: true }).where(eq(response.id, ids[0]!));
		const after = await answerQuality(orgId, spring);
		expect(after.responses).toBe(before.responses);
		expect(after.straightLined! - before.straightLined!).toBeGreaterThanOrEqual(1);
		expect(after.straightLined).toBeLessThanOrEqual(before.straightLined! + 2);
		expect(after.answeredQuickly).toBe(before.answeredQuickly + 1);
		// Nobody left out: the same responses are scored.
		const scoresAfter = await scoring.scoreCycleForOrganisation(orgId, spring);
		if (scoresBefore?.status === 'scored' && scoresAfter?.status === 'scored')
			expect(scoresAfter.overall.respondents).toBe(scoresBefore.overall.respondents);
		// Another organisation's cycle id gives nothing.
		expect((await answerQuality(randomUUID(), spring)).responses).toBe(0);
	});
});

describe('compare treats an open cycle as the trend lines do (issue 16.4)', () => {
	it('leaves a cycle that is still open out, with the reason, and compares closed ones', async () => {
		const list = await cycles.list(orgId);
		const byName = new Map(list.map((c) => [c.name, c]));
		const open = byName.get('Autumn 2026')!;
		expect(['open', 'draft']).toContain(open.status);
		const refused = await dashboard.compare(orgId, byName.get('Spring 2026')!.id, open.id);
		expect(refused?.changes).toBeNull();
		expect(refused?.withheld).toContain('still open');
		const closed = await dashboard.compare(
			orgId,
			byName.get('Autumn 2025')!.id,
			byName.get('Spring 2026')!.id
		);
		expect(closed?.changes?.length).toBe(14);
	});
});
