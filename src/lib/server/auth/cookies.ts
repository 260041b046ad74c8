import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { createSession, generateToken, invalidateSession, SESSION_COOKIE } from './session';
import { ssoFlowSchema, type SsoFlow } from './sso';

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

/**
 * Signs this browser in to the account, by password or single sign-on alike: a new session on
 * every sign-in, and one this browser had before is ended.
 */
export async function startBrowserSession(
	event: Pick<RequestEvent, 'cookies' | 'url' | 'locals' | 'request'>,
	userId: string
): Promise<void> {
	if (event.locals.session) await invalidateSession(event.locals.session.id);
	const token = generateToken();
	const session = await createSession(token, userId, event.request.headers.get('user-agent'));
	setSessionCookie(event.cookies, event.url, token, session.expiresAt);
}

const SSO_FLOW_COOKIE = 'touchstone_sso';
/** Sent only to the single sign-on routes; a sign-in left unfinished for 10 minutes starts over. */
const ssoFlowCookie = (url: URL) =>
	({ path: '/sign-in/sso', httpOnly: true, sameSite: 'lax', secure: secure(url) }) as const;

/**
 * `sameSite=lax`: the provider sends the browser back with a top-level GET, which carries it.
 */
export function setSsoFlowCookie(cookies: Cookies, url: URL, flow: SsoFlow): void {
	cookies.set(SSO_FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
		...ssoFlowCookie(url),
		maxAge: 10 * 60
	});
}

/** The flow this browser started, used up: a callback works once, whatever it carries. */
export function takeSsoFlowCookie(cookies: Cookies, url: URL): SsoFlow | null {
	const value = cookies.get(SSO_FLOW_COOKIE);
	if (value === undefined) return null;
	cookies.delete(SSO_FLOW_COOKIE, ssoFlowCookie(url));
	try {
		const flow = ssoFlowSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString()));
		return flow.success ? flow.data : null;
	} catch {
		return null;
	}
}
