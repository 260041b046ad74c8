import { describe, it, expect, inject } from 'vitest';
import { freshDatabase, startServer } from '../support/server';
import { uniqueEmail } from '../support/http';
import { accountLink, linkMark } from '../support/account-links';

/** What server.js names the socket's protocol to adapter-node when no ORIGIN/PROTOCOL_HEADER is set. */
const PRIVATE_PROTOCOL_HEADER = 'x-touchstone-socket-protocol';
const demoLead = { email: 'lead@demo.touchstone.test', password: 'touchstone-demo' };

function post(
	url: string,
	fields: Record<string, string>,
	headers: Record<string, string>
): Promise<Response> {
	return fetch(url, {
		method: 'POST',
		body: new URLSearchParams(fields),
		headers: {
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`,
			...headers
		},
		redirect: 'manual'
	});
}

describe('the origin the app believes it has', () => {
	it('without ORIGIN (plain `npm start`): a form post from the http origin works, the cookie is not Secure, no HSTS — and a client cannot claim https', async () => {
		const base = inject('baseUrl');
		const signIn = await post(`${base}/sign-in`, demoLead, {
			origin: base,
			[PRIVATE_PROTOCOL_HEADER]: 'https'
		});
		expect(signIn.status).toBe(303);
		const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('touchstone_session='));
		expect(cookie).toBeDefined();
		expect(cookie).not.toMatch(/;\s*secure/i);
		expect(signIn.headers.get('strict-transport-security')).toBeNull();
		expect(
			(
				await fetch(`${base}/sign-in`, { headers: { [PRIVATE_PROTOCOL_HEADER]: 'https' } })
			).headers.get('strict-transport-security')
		).toBeNull();
		// The forged header is overwritten with the socket's protocol: an https Origin is foreign here.
		const forged = await post(`${base}/sign-in`, demoLead, {
			origin: base.replace('http:', 'https:'),
			[PRIVATE_PROTOCOL_HEADER]: 'https'
		});
		expect(forged.status).toBe(403);
	});

	it('with ORIGIN=https://… (behind a TLS proxy): posts from that origin work, the cookie is Secure, HSTS is sent; an http origin is refused', async () => {
		const database = await freshDatabase();
		const origin = 'https://touchstone.example.org';
		const server = await startServer({
			...database.env,
			SEED_DEMO: 'false',
			ORIGIN: origin,
			ADDRESS_HEADER: 'x-forwarded-for'
		});
		try {
			expect(server.output()).toContain(`Public address (ORIGIN): ${origin}`);
			const account = {
				name: 'Proxy Lead',
				email: uniqueEmail('proxy'),
				password: 'a long enough password'
			};
			const mark = linkMark(server.baseUrl);
			const signUp = await post(`${server.baseUrl}/sign-up`, account, { origin });
			expect(signUp.status).toBe(200);
			// The verification link (printed for the operator: no SMTP here) is on the public origin.
			const link = await accountLink(server.baseUrl, account.email, 'verify-email', mark);
			expect(server.output()).toContain(`${origin}${link}`);
			expect((await post(`${server.baseUrl}${link}`, {}, { origin })).status).toBe(303);
			const signIn = await post(`${server.baseUrl}/sign-in`, account, { origin });
			expect(signIn.status).toBe(303);
			expect(
				signIn.headers.getSetCookie().find((c) => c.startsWith('touchstone_session='))
			).toMatch(/;\s*secure/i);
			expect(
				(await fetch(`${server.baseUrl}/sign-in`)).headers.get('strict-transport-security')
			).toMatch(/max-age=\d+/);
			expect(
				(await post(`${server.baseUrl}/sign-in`, account, { origin: server.baseUrl })).status
			).toBe(403);
		} finally {
			await server.stop();
			await database.cleanup();
		}
	});
});
