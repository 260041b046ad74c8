import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { useTestDatabase } from '../support/database';
import { createReadinessCheck, shippedMigrations } from '../../src/lib/server/platform/health';
import type { DatabaseHandle } from '../../src/lib/server/platform/db';

const migrationsDir = resolve('drizzle');

describe('readiness', () => {
	it('is ready when the database answers and every shipped migration is applied; not when one is missing', async () => {
		const handle = await useTestDatabase();
		expect(shippedMigrations(migrationsDir)).toBeGreaterThan(0);
		expect(await createReadinessCheck({ migrationsDir, timeoutMs: 2000 })(handle)).toBe(true);

		// A database one migration behind this build (a deploy that skipped its migrations).
		const [latest] = await handle.rows<{ id: number }>(
			'select id from drizzle.__drizzle_migrations order by created_at desc limit 1'
		);
		await handle.rows('delete from drizzle.__drizzle_migrations where id = $1', [latest!.id]);
		expect(await createReadinessCheck({ migrationsDir, timeoutMs: 2000 })(handle)).toBe(false);
	});

	it('answers "not ready" within its deadline when the database does not answer', async () => {
		const hanging = { rows: () => new Promise(() => {}) } as unknown as DatabaseHandle;
		const t0 = performance.now();
		expect(await createReadinessCheck({ migrationsDir, timeoutMs: 300 })(hanging)).toBe(false);
		expect(performance.now() - t0).toBeLessThan(1500);
	});

	it('answers "not ready" when a query fails', async () => {
		const failing = {
			rows: () =>
				Promise.reject(
					Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
				)
		} as unknown as DatabaseHandle;
		expect(await createReadinessCheck({ migrationsDir, timeoutMs: 300 })(failing)).toBe(false);
	});
});
