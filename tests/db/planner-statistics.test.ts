/**
 * The planner has statistics from the first request (issue 18): PGlite runs no autovacuum, and a
 * freshly seeded demo on PostgreSQL waits for autovacuum's next turn, where it runs at all. Without
 * them the peers' and scoring's joins were planned over "1 row" as nested loops and the demo's
 * board dashboard took 350 ms instead of 150 ms.
 */
import { describe, it, expect } from 'vitest';
import { useTestDatabase } from '../support/database';
import { prepareDatabase } from '../../src/lib/server/startup';

describe('planner statistics at start-up', () => {
	it('analyses the tables once the demo is seeded', async () => {
		const handle = await useTestDatabase();
		const analysed = async () =>
			(
				await handle.rows<{ tablename: string }>(
					`select distinct tablename from pg_stats
					 where schemaname = 'public' and tablename in ('answer', 'response', 'cycle_dimension')`
				)
			)
				.map((r) => r.tablename)
				.sort();
		expect(await analysed()).toEqual([]);
		await prepareDatabase(handle, { seedDemo: true });
		expect(await analysed()).toEqual(['answer', 'cycle_dimension', 'response']);
	}, 300_000);
});
