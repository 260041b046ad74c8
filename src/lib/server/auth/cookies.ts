import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './session';

/**
 * `Secure` exactly when the request came over https. A Secure cookie sent over plain http is
 * dropped by browsers, so signing in at http://<machine's address>:3000 would silently fail;
 * url.protocol is right in every set-up: ORIGIN behind a proxy, or server.js's protocol header.
 */
const secure = (url: URL) => url.protocol === 'https:';

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: secure(url),
		expires: expiresAt,
		path: '/'
	});
}

/** With the same `secure` as when set: over http a browser ignores a Set-Cookie marked Secure. */
export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', secure: secure(url) });
}
