import { describe, it, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/database';
import { seedDemoIfEmpty } from '../../src/lib/server/organisations/demo';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as organisations from '../../src/lib/server/organisations';
import * as cycles from '../../src/lib/server/cycles';
import * as dashboard from '../../src/lib/server/scoring/dashboard';
import * as peers from '../../src/lib/server/scoring/peers';

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
