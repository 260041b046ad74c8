/**
 * Read-your-own-writes with a streaming replica (docs/deployment.md, "Beyond one database
 * server"). After a signed-in person's write the answer carries a short-lived cookie holding the
 * primary's WAL position; while the replica has not replayed up to it, that person's reads go to
 * the primary. Everyone else reads the replica, and so does that person once it has caught up
 * (the cookie is then dropped). A position, not a fixed pin time: it is exact whatever the lag.
 */
import { databaseHandle, replicaHandle } from '.';

export const WRITE_POSITION_COOKIE = 'ts_wrote_at';
/** Longer than any lag worth reading from a replica; an older cookie is ignored. */
export const WRITE_POSITION_MAX_AGE_SECONDS = 600;

/** A pg_lsn as PostgreSQL prints it, e.g. 0/3000148. */
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;

export const isWalPosition = (value: string | undefined): value is string =>
	value !== undefined && LSN.test(value);

/** The primary's WAL position now: every transaction committed so far lies before it. */
export async function primaryPosition(): Promise<string> {
	const [row] = await databaseHandle().rows<{ lsn: string }>(
		'select pg_current_wal_lsn()::text as lsn'
	);
	return row!.lsn;
}

/** Whether the replica has replayed the primary's WAL up to `position`. */
export async function replicaHasReplayed(position: string): Promise<boolean> {
	const replica = replicaHandle();
	if (!replica) return true;
	const [row] = await replica.rows<{ replayed: boolean }>(
		'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as replayed',
		[position]
	);
	return row?.replayed === true;
}
