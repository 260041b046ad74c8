/**
 * Time zones by IANA name. Dependency-free, so client pages (the organisation forms) can use it;
 * converting wall-clock times lives in time.ts, on the server.
 */

export const DEFAULT_TIME_ZONE = 'UTC';

export function isTimeZone(name: string): boolean {
	if (!name || name.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

/** Every zone this runtime knows, UTC first. */
export function timeZones(): string[] {
	return [
		DEFAULT_TIME_ZONE,
		...Intl.supportedValuesOf('timeZone').filter((z) => z !== DEFAULT_TIME_ZONE)
	];
}
