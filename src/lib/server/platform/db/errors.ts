/**
 * Errors that mean "the database is not reachable right now" (restart, failover, network):
 * the request may be retried, so clients get 503 with Retry-After instead of a bare 500.
 */
const retryableCodes = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT',
	'57P01', // admin_shutdown
	'57P02', // crash_shutdown
	'57P03', // cannot_connect_now
	'08000',
	'08001',
	'08003',
	'08006'
]);

export function isDatabaseUnavailable(error: unknown): boolean {
	for (
		let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
		e && depth < 4;
		e = e.cause as typeof e, depth++
	) {
		if (typeof e.code === 'string' && retryableCodes.has(e.code)) return true;
	}
	return false;
}
