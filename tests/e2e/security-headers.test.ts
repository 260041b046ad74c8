import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { freshDatabase, startServer, type RunningServer } from '../support/server';
import { anonymousLinks, createCycle } from '../support/respond';
import { UUID } from '../support/security';

/**
 * Response headers, the session cookie, cross-site posts and the rate limits. This file runs its
 * own server, which takes the client address from X-Forwarded-For (adapter-node's ADDRESS_HEADER,
 * as behind a proxy), so the limits can be shown to apply per client: every request of the file
 * names its client, and running out a client's allowance blocks nobody else.
 */

const PASSWORD = 'a long enough password';
let client = '198.51.100.1';
const realFetch = globalThis.fetch;

describe('security headers, CSRF and rate limits', () => {
	let server: RunningServer;
	let cleanup: () => Promise<void>;
	let base: string;
	let lead: HttpClient;
	let orgId: string;
	let cycleId: string;
	let token: string;

	beforeAll(async () => {
		globalThis.fetch = (input, init) => {
			const headers = new Headers(init?.headers);
			if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', client);
			return realFetch(input, { ...init, headers });
		};
		const database = await freshDatabase();
		cleanup = database.cleanup;
		server = await startServer({
			...database.env,
			SEED_DEMO: 'false',
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1'
		});
		base = server.baseUrl;
		lead = new HttpClient(base);
		await lead.signUp('Header Lead', uniqueEmail('headers'), PASSWORD);
		const created = await lead.post('/orgs/new', {
			name: 'Headers Ltd',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		orgId = created.headers.get('location')!.split('/').pop()!;
		cycleId = await createCycle(lead, orgId, 'Headers cycle', ['sales']);
		expect((await lead.post(`/o/${orgId}/cycles/${cycleId}?/open`, {})).status).toBe(200);
		token = (await anonymousLinks(lead, orgId, cycleId, 'sales', 1))[0]!.split('/s/')[1]!;
	}, 180_000);

	afterAll(async () => {
		globalThis.fetch = realFetch;
		await server?.stop();
		await cleanup?.();
	});

	describe('headers of every HTML page', () => {
		const anonymousPages = [
			'/',
			'/sign-in',
			'/sign-up',
			'/no-such-page',
			() => `/s/${token}`,
			() => `/s/${token}/1`,
			() => `/s/${token}/review`
		];
		const leadPages = [
			() => `/o/${orgId}`,
			() => `/o/${orgId}/cycles`,
			() => `/o/${orgId}/cycles/new`,
			() => `/o/${orgId}/cycles/${cycleId}`,
			() => `/o/${orgId}/cycles/${cycleId}/invitations`,
			() => `/o/${orgId}/cycles/${cycleId}/dashboard`,
			() => `/o/${orgId}/members`,
			() => `/o/${orgId}/trends`,
			() => `/o/${orgId}/instruments`,
			() => '/orgs/new',
			() => `/o/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}` // someone else's (not found)
		];

		function checkHtml(path: string, response: Response) {
			expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
			const csp = response.headers.get('content-security-policy');
			expect(csp, `${path}: Content-Security-Policy`).toBeTruthy();
			const directives = new Map(
				csp!
					.split(';')
					.map((d) => d.trim().split(/\s+/))
					.map(([name, ...values]) => [name!, values])
			);
			const scripts = directives.get('script-src') ?? directives.get('default-src');
			expect(scripts, `${path}: script-src`).toBeTruthy();
			expect(scripts, `${path}: script-src`).not.toContain("'unsafe-inline'");
			expect(scripts, `${path}: script-src`).not.toContain("'unsafe-eval'");
			expect(
				scripts!.some(
					(s) => s === '*' || s.startsWith('http:') || s.startsWith('https:') || s === 'data:'
				),
				`${path}: script-src ${scripts}`
			).toBe(false);
			// SvelteKit allows its own inline start-up script by hash.
			expect(
				scripts!.some((s) => s.startsWith("'sha256-")),
				`${path}: script-src hashes`
			).toBe(true);
			expect(directives.get('frame-ancestors'), path).toEqual(["'none'"]);
			expect(directives.get('object-src'), path).toEqual(["'none'"]);
			expect(directives.get('base-uri'), path).toEqual(["'self'"]);
			expect(directives.get('form-action'), path).toEqual(["'self'"]);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('x-frame-options'), path).toBe('DENY');
			expect(
				['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'],
				`${path}: Referrer-Policy`
			).toContain(response.headers.get('referrer-policy'));
		}

		it('sends CSP, nosniff, a referrer policy and frame denial on public and survey pages', async () => {
			const anonymous = new HttpClient(base);
			for (const page of anonymousPages) {
				const path = typeof page === 'function' ? page() : page;
				const response = await anonymous.get(path);
				expect([200, 404], path).toContain(response.status);
				checkHtml(path, response);
			}
		});

		it('sends them on the signed-in pages too, error pages included', async () => {
			for (const page of leadPages) {
				const path = page();
				const response = await lead.get(path);
				expect([200, 404], path).toContain(response.status);
				checkHtml(path, response);
			}
		});

		it('keeps survey pages, exports and link lists out of shared caches, and marks downloads nosniff', async () => {
			const survey = await new HttpClient(base).get(`/s/${token}/1`);
			expect(survey.headers.get('cache-control')).toMatch(/no-store/);
			for (const path of [`/o/${orgId}/cycles/${cycleId}/invitations/links.csv`]) {
				const response = await lead.get(path);
				expect(response.status, path).toBe(200);
				expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
				expect(response.headers.get('content-disposition'), path).toMatch(/^attachment;/);
				expect(response.headers.get('cache-control'), path).toMatch(/no-store/);
			}
		});

		it('sends rendered pages gzip-compressed to clients that accept it, and plain to others', async () => {
			const path = `/s/${token}/1`;
			const zipped = await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } });
			expect(zipped.status).toBe(200);
			expect(zipped.headers.get('content-encoding')).toBe('gzip');
			expect(zipped.headers.get('vary')).toMatch(/Accept-Encoding/i);
			const plain = await fetch(base + path, { headers: { 'accept-encoding': 'identity' } });
			expect(plain.headers.get('content-encoding')).toBeNull();
			// fetch unzips the first: both carry the same page.
			const [a, b] = [await zipped.text(), await plain.text()];
			expect(a).toContain('Section 1 of');
			expect(a.replace(/__sveltekit_\w+/g, '')).toBe(b.replace(/__sveltekit_\w+/g, ''));
		});

		it('announces no scripts for preloading on respondent pages and brings their styles inside the page, so the first paint waits for no other request', async () => {
			const response = await new HttpClient(base).get(`/s/${token}/1`);
			const survey = response.headers.get('link') ?? '';
			expect(survey).not.toMatch(/modulepreload/);
			expect(survey).not.toMatch(/as="style"/);
			const html = await response.text();
			// SvelteKit keeps a disabled, never-matching <link> beside each inlined sheet (for its router).
			const sheets = html.match(/<link[^>]+rel="stylesheet"[^>]*>/g) ?? [];
			expect(sheets.filter((link) => !/ disabled /.test(link))).toEqual([]);
			expect(html.match(/<style[^>]*>([\s\S]*?)<\/style>/)?.[1]).toContain('.survey-top');
			const leadPage = (await lead.get(`/o/${orgId}/cycles`)).headers.get('link') ?? '';
			expect(leadPage).toMatch(/modulepreload/);
		});
	});

	describe('the session cookie', () => {
		function sessionCookie(response: Response): string {
			const cookie = response.headers
				.getSetCookie()
				.find((c) => c.startsWith('touchstone_session='));
			expect(cookie, 'Set-Cookie touchstone_session').toBeTruthy();
			return cookie!;
		}

		it('is HttpOnly, SameSite=Lax and for the whole site, at sign-in (sign-up signs nobody in)', async () => {
			const email = uniqueEmail('cookie');
			const signUp = await new HttpClient(base).post('/sign-up', {
				name: 'Cookie Person',
				email,
				password: PASSWORD
			});
			// Sign-up answers "check your e-mail", the same whether or not the address has an account.
			expect(signUp.status).toBe(200);
			expect(signUp.headers.getSetCookie().some((c) => c.startsWith('touchstone_session='))).toBe(
				false
			);
			const signIn = await new HttpClient(base).post('/sign-in', { email, password: PASSWORD });
			for (const response of [signIn]) {
				expect(response.status).toBe(303);
				const cookie = sessionCookie(response);
				const attributes = cookie
					.split(';')
					.slice(1)
					.map((a) => a.trim().toLowerCase());
				expect(attributes).toContain('httponly');
				expect(attributes).toContain('samesite=lax');
				expect(attributes).toContain('path=/');
				expect(attributes.some((a) => a.startsWith('expires=') || a.startsWith('max-age='))).toBe(
					true
				);
				// A 160-bit random token, not something guessable.
				expect(cookie.split(';')[0]!.split('=')[1]!.length).toBeGreaterThanOrEqual(32);
			}
		});

		it('is cleared at sign-out, and the old token no longer opens a session', async () => {
			const person = new HttpClient(base);
			const email = uniqueEmail('signout');
			await person.signUp('Leaving Person', email, PASSWORD);
			const token = (person as unknown as { cookies: Map<string, string> }).cookies.get(
				'touchstone_session'
			)!;
			const out = await person.post('/sign-out', {});
			expect(out.status).toBe(303);
			expect(out.headers.getSetCookie().find((c) => c.startsWith('touchstone_session='))).toMatch(
				/max-age=0|expires=thu, 01 jan 1970/i
			);
			const replay = await realFetch(`${base}/orgs/new`, {
				headers: { cookie: `touchstone_session=${token}`, 'x-forwarded-for': client },
				redirect: 'manual'
			});
			expect(replay.status).toBe(303);
			expect(replay.headers.get('location')).toMatch(/^\/sign-in/);
		});
	});

	describe('cross-site requests', () => {
		it('refuses a form post from another origin, without an origin, or as text/plain from another origin (403), and changes nothing', async () => {
			const members = `/o/${orgId}/members`;
			const pending = async () =>
				((await (await lead.get(members)).text()).match(/name="invitationId"/g) ?? []).length;
			const before = await pending();
			const cookie = `touchstone_session=${(lead as unknown as { cookies: Map<string, string> }).cookies.get('touchstone_session')}`;
			const attempts: Array<[string, Record<string, string>, string]> = [
				[
					'foreign origin',
					{ origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
					'role=lead&email='
				],
				[
					'lookalike origin',
					{ origin: `${base}.evil.example`, 'content-type': 'application/x-www-form-urlencoded' },
					'role=lead&email='
				],
				[
					'null origin',
					{ origin: 'null', 'content-type': 'application/x-www-form-urlencoded' },
					'role=lead&email='
				],
				['no origin', { 'content-type': 'application/x-www-form-urlencoded' }, 'role=lead&email='],
				[
					'text/plain',
					{ origin: 'https://evil.example', 'content-type': 'text/plain' },
					'role=lead&email='
				],
				[
					'multipart',
					{ origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' },
					'--x\r\nContent-Disposition: form-data; name="role"\r\n\r\nlead\r\n--x--\r\n'
				]
			];
			for (const [what, headers, body] of attempts) {
				const response = await fetch(`${base}${members}?/invite`, {
					method: 'POST',
					headers: { ...headers, cookie, accept: 'text/html' },
					body,
					redirect: 'manual'
				});
				expect(response.status, what).toBe(403);
			}
			expect(await pending()).toBe(before);
			// The same post from the app itself goes through.
			expect(
				(
					await lead.post(`${members}?/invite`, {
						role: 'lead',
						email: 'csrf-colleague@example.test'
					})
				).status
			).toBe(200);
			expect(await pending()).toBe(before + 1);
		});

		it('refuses a cross-site sign-in and sign-out form post', async () => {
			const anonymous = new HttpClient(base);
			expect(
				(
					await anonymous.post(
						'/sign-in',
						{ email: 'x@example.test', password: 'whatever' },
						'https://evil.example'
					)
				).status
			).toBe(403);
			expect((await lead.post('/sign-out', {}, 'https://evil.example')).status).toBe(403);
			expect((await lead.get(`/o/${orgId}`)).status, 'still signed in').toBe(200);
		});

		it('lets the autosave endpoint take JSON only from its own pages', async () => {
			const survey = await (await new HttpClient(base).get(`/s/${token}/1`)).text();
			const itemId = new RegExp(`name="item\\.(${UUID})"`).exec(survey)![1]!;
			const body = JSON.stringify({ answers: [{ itemId, value: 4, dontKnow: false }] });
			const url = `${base}/s/${token}/autosave`;
			const post = (headers: Record<string, string>, payload = body) =>
				fetch(url, { method: 'POST', headers, body: payload });
			expect(
				(await post({ origin: 'https://evil.example', 'content-type': 'application/json' })).status,
				'foreign origin'
			).toBe(403);
			expect((await post({ 'content-type': 'application/json' })).status, 'no origin').toBe(403);
			expect(
				(await post({ origin: 'null', 'content-type': 'application/json' })).status,
				'null origin'
			).toBe(403);
			// A cross-site page can send text/plain without a preflight; the endpoint wants JSON.
			expect(
				(await post({ origin: base, 'content-type': 'text/plain' })).status,
				'text/plain'
			).toBe(415);
			const own = await post({ origin: base, 'content-type': 'application/json' });
			expect(own.status, 'own origin').toBe(200);
			expect(await own.json()).toEqual({ saved: 1 });
		});
	});

	// Last: these use up allowances.
	describe('rate limits', () => {
		it('refuses a sixth wrong password for one account from one client (429), the right one too, but not the owner on another client', async () => {
			client = '198.51.100.20';
			const email = uniqueEmail('limited');
			await new HttpClient(base).signUp('Limited Person', email, PASSWORD);
			const attacker = new HttpClient(base);
			for (let attempt = 1; attempt <= 5; attempt++) {
				const response = await attacker.post('/sign-in', {
					email,
					password: `wrong password ${attempt}`
				});
				expect(response.status, `attempt ${attempt}`).toBe(400);
				expect(await response.text()).toContain('do not match');
			}
			const sixth = await attacker.post('/sign-in', { email, password: 'wrong password 6' });
			expect(sixth.status).toBe(429);
			expect(await sixth.text()).toContain('Too many sign-in attempts');
			expect(
				(await attacker.post('/sign-in', { email, password: PASSWORD })).status,
				'right password, same client'
			).toBe(429);
			client = '198.51.100.21';
			expect(
				(await new HttpClient(base).post('/sign-in', { email, password: PASSWORD })).status,
				'right password, other client'
			).toBe(303);
			// Other accounts are not locked out by it.
			const other = uniqueEmail('unlimited');
			await new HttpClient(base).signUp('Other Person', other, PASSWORD);
			client = '198.51.100.20';
			expect(
				(await new HttpClient(base).post('/sign-in', { email: other, password: PASSWORD })).status
			).toBe(303);
		});

		it('refuses unknown survey tokens from a client after 30 of them (429), but never a valid one, nor other clients', async () => {
			client = '198.51.100.30';
			const guesser = new HttpClient(base);
			const guess = (i: number) =>
				i.toString(32).padStart(64, 'a').replace(/[01]/g, 'b').replace(/[89]/g, 'c');
			for (let i = 0; i < 30; i++) {
				const response = await guesser.get(`/s/${guess(i)}`);
				expect(response.status, `guess ${i + 1}`).toBe(404);
			}
			const blocked = await guesser.get(`/s/${guess(30)}`);
			expect(blocked.status).toBe(429);
			expect(await blocked.text()).toContain('Too many invalid survey links');
			expect((await guesser.get(`/s/${token}`)).status, 'a real link from the blocked client').toBe(
				200
			);
			const autosave = await fetch(`${base}/s/${guess(31)}/autosave`, {
				method: 'POST',
				headers: {
					origin: base,
					'content-type': 'application/json',
					'x-forwarded-for': guesser.address
				},
				body: '{}'
			});
			expect(autosave.status, 'autosave from the blocked client').toBe(429);

			client = '198.51.100.31';
			const respondent = new HttpClient(base);
			expect((await respondent.get(`/s/${token}`)).status, 'a real link from another client').toBe(
				200
			);
			expect(
				(await respondent.get(`/s/${guess(40)}`)).status,
				'an unknown link from another client'
			).toBe(404);
		});
	});
});
