import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { startServer } from '$lib/server/startup';
import { chain } from '$lib/server/platform/hooks';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { isDatabaseUnavailable } from '$lib/server/platform/db/errors';
import { compressResponse } from '$lib/server/platform/compress';
import { logger, requestLogger } from '$lib/server/platform/log';
import { replicaHandle, withReadRouting, wroteInRequest } from '$lib/server/platform/db';
import {
	WRITE_POSITION_COOKIE,
	WRITE_POSITION_MAX_AGE_SECONDS,
	isWalPosition,
	primaryPosition,
	replicaHasReplayed
} from '$lib/server/platform/db/replica';
import {
	acceptedLanguages,
	builtInLanguages,
	isBuiltInLanguage,
	pickLanguage
} from '$lib/domain/instrument/languages';
import { interfaceLanguageOr, isInterfaceLanguage, preferredLanguage } from '$lib/domain/language';
import { errorPage } from '$lib/i18n/error-page';
import { m } from '$lib/paraglide/messages';
import { inLanguage } from '$lib/server/platform/i18n';
import { defaultLanguageFor } from '$lib/server/organisations/language';

export const init: ServerInit = async () => {
	await startServer();
};

const handleAuth: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) {
		event.locals.user = null;
		event.locals.session = null;
		return resolve(event);
	}
	const { session, user } = await validateSessionToken(token);
	if (session) setSessionCookie(event.cookies, event.url, token, session.expiresAt);
	else deleteSessionCookie(event.cookies, event.url);
	event.locals.user = user;
	event.locals.session = session;
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (event.url.protocol === 'https:') {
		response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
	return response;
};

/** A request that failed because the database was briefly unreachable may be retried: say so. */
const retryableWhenDatabaseDown: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		// Thrown by a later hook (e.g. the session lookup) rather than by a load or action.
		if (!isDatabaseUnavailable(error)) throw error;
		// Before interfaceLanguage chose the page's language: the survey link's, or the browser's.
		const locale = event.url.pathname.startsWith('/s/')
			? interfaceLanguageOr(event.locals.language)
			: preferredLanguage(
					null,
					acceptedLanguages(event.request.headers.get('accept-language')),
					null
				);
		return new Response(m.common_error_unavailable({}, { locale }), {
			status: 503,
			headers: { 'retry-after': '2', 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	if (response.status !== 500 || !event.locals.databaseUnavailable) return response;
	const headers = new Headers(response.headers);
	headers.set('retry-after', '2');
	return new Response(response.body, { status: 503, headers });
};

/** Probes poll every few seconds; their lines would drown the rest, so they log at debug level. */
const probeRoutes = new Set(['/healthz', '/readyz']);

/**
 * One JSON line per request: method, route id, status and the time until the response started.
 * The route id (`/s/[token]`), never the path: paths of survey links hold their secret token, and
 * query strings may hold anything.
 */
const logRequest: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	let status = 500;
	try {
		const response = await resolve(event);
		status = response.status;
		return response;
	} finally {
		const line = {
			method: event.request.method,
			route: event.route.id,
			status,
			ms: Math.round((performance.now() - started) * 10) / 10
		};
		if (probeRoutes.has(event.route.id ?? '')) requestLogger.debug(line, 'request');
		else requestLogger.info(line, 'request');
	}
};

const compress: Handle = async ({ event, resolve }) =>
	compressResponse(event.request, await resolve(event));

/**
 * Respondent pages are rendered on the server and work as plain forms, so on a phone's slow
 * connection the first paint comes first: their scripts are not announced in a preload header that
 * would compete with the page's own bytes; the start-up script still fetches them right after.
 */
const respondentPagesPaintFirst: Handle = ({ event, resolve }) =>
	resolve(event, { preload: ({ type }) => type !== 'js' || !event.url.pathname.startsWith('/s/') });

/** The Set-Cookie value that carries (or, with null, drops) a write's WAL position. */
function writePositionCookie(position: string | null, url: URL): string {
	const attributes = `Path=/; HttpOnly; SameSite=Lax${url.protocol === 'https:' ? '; Secure' : ''}`;
	return position === null
		? `${WRITE_POSITION_COOKIE}=; Max-Age=0; ${attributes}`
		: `${WRITE_POSITION_COOKIE}=${position}; Max-Age=${WRITE_POSITION_MAX_AGE_SECONDS}; ${attributes}`;
}

/**
 * With a replica (DATABASE_REPLICA_URL), dashboards, trends, peers and exports read from it —
 * except for a person whose own write it has not replayed yet (platform/db/replica.ts). A
 * signed-in person's non-GET request counts as a write, and so does a read that wrote (a results
 * snapshot cut while scoring); its answer carries the primary's WAL position in a cookie.
 */
const routeReads: Handle = async ({ event, resolve }) => {
	if (!replicaHandle()) return resolve(event);
	const writes =
		event.request.method !== 'GET' && event.request.method !== 'HEAD' && event.locals.user !== null;
	const seen = event.cookies.get(WRITE_POSITION_COOKIE);
	// A replica that cannot say how far it is counts as behind: this request reads the primary.
	const behind = isWalPosition(seen) && !(await replicaHasReplayed(seen).catch(() => false));
	return withReadRouting(writes || behind, async () => {
		const response = await resolve(event);
		if (writes || wroteInRequest())
			response.headers.append(
				'set-cookie',
				writePositionCookie(await primaryPosition(), event.url)
			);
		else if (seen !== undefined && !behind)
			response.headers.append('set-cookie', writePositionCookie(null, event.url));
		return response;
	});
};

/** The language a respondent chose for a survey link; path-scoped to that link. */
const LANGUAGE_COOKIE = 'ts_lang';

/**
 * The page's language. Respondent pages: `?lang=xx` (the language switch, a plain link) keeps the
 * choice for this link in a cookie and comes back without the parameter; otherwise the choice made
 * before, then Accept-Language, then English. The survey narrows it to the languages its version
 * has (requireSurvey). Nothing about the choice is stored on the server.
 */
const pageLanguage: Handle = ({ event, resolve }) => {
	event.locals.language = 'en';
	event.locals.wantedLanguages = [];
	const link = /^\/s\/([^/]+)/.exec(event.url.pathname);
	if (link) {
		const chosen = event.url.searchParams.get('lang');
		if (chosen !== null && event.request.method === 'GET') {
			if (isBuiltInLanguage(chosen))
				event.cookies.set(LANGUAGE_COOKIE, chosen, {
					path: `/s/${link[1]}`,
					httpOnly: true,
					sameSite: 'lax',
					secure: event.url.protocol === 'https:',
					maxAge: 60 * 24 * 60 * 60
				});
			const back = new URL(event.url);
			back.searchParams.delete('lang');
			redirect(303, `${back.pathname}${back.search}${back.hash}`);
		}
		event.locals.wantedLanguages = [
			event.cookies.get(LANGUAGE_COOKIE) ?? '',
			...acceptedLanguages(event.request.headers.get('accept-language'))
		].filter(isBuiltInLanguage);
		event.locals.language = pickLanguage(builtInLanguages, event.locals.wantedLanguages);
	}
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.language)
	});
};

/**
 * The lead's and board's pages (issue 17): the person's own choice, then the first interface
 * language their browser asks for, then, on an organisation's pages, that organisation's default
 * (looked up only when the first two give nothing, and only for a member). The messages of the
 * whole request speak it; respondent pages chose theirs in pageLanguage and skip this.
 */
const interfaceLanguage: Handle = async ({ event, resolve }) => {
	if (event.url.pathname.startsWith('/s/')) return resolve(event);
	const accepted = acceptedLanguages(event.request.headers.get('accept-language'));
	let language = preferredLanguage(event.locals.user?.language, accepted, null);
	const organisationId = event.params.orgId;
	if (!event.locals.user?.language && !accepted.some(isInterfaceLanguage) && organisationId)
		language = await defaultLanguageFor(organisationId, event.locals.user?.id ?? null);
	event.locals.language = language;
	return inLanguage(language, () => resolve(event));
};

// chain, not sequence: the same order and option merging without a tracing span per hook.
export const handle: Handle = chain(
	logRequest,
	compress,
	pageLanguage,
	respondentPagesPaintFirst,
	securityHeaders,
	retryableWhenDatabaseDown,
	handleAuth,
	interfaceLanguage,
	routeReads
);

/**
 * What a failed request's page says. It runs inside the request, so in its language (loads,
 * actions and unmatched addresses alike); the heading and link go with it for the root error page.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	// A survey's error page has its own words around the message ((respondent)/s/+error.svelte).
	const page = (code: number, message: string): App.Error =>
		event.url.pathname.startsWith('/s/') ? { message } : errorPage(code, message);
	if (isDatabaseUnavailable(error)) {
		event.locals.databaseUnavailable = true;
		logger.warn(
			{ err: error, method: event.request.method, route: event.route.id },
			'database unavailable'
		);
		return page(503, m.common_error_unavailable());
	}
	if (status === 413) {
		// A body over BODY_SIZE_LIMIT, refused by SvelteKit before any action could say so beside its field.
		logger.warn(
			{ method: event.request.method, route: event.route.id, status },
			'request body too large'
		);
		return page(413, m.common_error_too_large());
	}
	// The error goes through the logger's serializer, which drops query parameters and scrubs values.
	if (status !== 404)
		logger.error(
			{ err: error, method: event.request.method, route: event.route.id, status },
			'request failed'
		);
	return page(status, status === 404 ? m.common_not_found() : m.common_error_our_side());
};
