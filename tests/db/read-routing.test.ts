import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/platform/db/client';
import {
	databaseHandle,
	noteWrite,
	readHandle,
	useDatabase,
	useReplica,
	withReadRouting,
	wroteInRequest
} from '../../src/lib/server/platform/db';
import { isWalPosition } from '../../src/lib/server/platform/db/replica';

/** Which of the two databases a read went to, by a marker table each holds. */
async function servedBy(handle: DatabaseHandle): Promise<string> {
	const [row] = await handle.rows<{ name: string }>('select name from which_database');
	return row!.name;
}

describe('reads routed to a replica', () => {
	let primary: DatabaseHandle;
	let replica: DatabaseHandle;
	let previous: DatabaseHandle | undefined;

	beforeAll(async () => {
		try {
			previous = databaseHandle();
		} catch {
			previous = undefined;
		}
		primary = await openDatabase({});
		replica = await openDatabase({});
		for (const [handle, name] of [
			[primary, 'primary'],
			[replica, 'replica']
		] as const) {
			await handle.rows('create table which_database (name text)');
			await handle.rows('insert into which_database values ($1)', [name]);
		}
		useDatabase(primary);
		useReplica(replica);
	});

	afterAll(async () => {
		useReplica(undefined);
		if (previous) useDatabase(previous);
		await primary.close();
		await replica.close();
	});

	it('sends a request’s lag-tolerant reads to the replica, and nothing outside a request', async () => {
		expect(await servedBy(readHandle())).toBe('primary');
		expect(await withReadRouting(false, () => servedBy(readHandle()))).toBe('replica');
		expect(await withReadRouting(true, () => servedBy(readHandle()))).toBe('primary');
	});

	it('reads the primary for the rest of a request once it wrote, and says it wrote', async () => {
		const seen = await withReadRouting(false, async () => {
			const before = await servedBy(readHandle());
			expect(wroteInRequest()).toBe(false);
			noteWrite();
			return [before, await servedBy(readHandle()), wroteInRequest()];
		});
		expect(seen).toEqual(['replica', 'primary', true]);
		// Another request is not affected.
		expect(await withReadRouting(false, () => servedBy(readHandle()))).toBe('replica');
	});

	it('reads the primary when no replica is set up', async () => {
		useReplica(undefined);
		try {
			expect(await withReadRouting(false, () => servedBy(readHandle()))).toBe('primary');
		} finally {
			useReplica(replica);
		}
	});

	it('takes only a WAL position from the cookie', () => {
		expect(isWalPosition('0/3000148')).toBe(true);
		expect(isWalPosition('1A/FF00D0')).toBe(true);
		for (const bad of [undefined, '', '0/', '3000148', "0/1'; drop table x", '0/123456789'])
			expect(isWalPosition(bad)).toBe(false);
	});
});
