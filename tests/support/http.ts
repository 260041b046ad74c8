import { accountLink, linkMark } from './account-links';

/** A tiny cookie-keeping HTTP client for testing routes and form actions without a browser. */
export class HttpClient {
	private cookies = new Map<string, string>();
	/** This client's address as the server sees it (servers started with ADDRESS_HEADER=x-forwarded-for). */
	readonly address = clientAddress();
	constructor(readonly baseUrl: string) {}

	private remember(response: Response) {
		for (const header of response.headers.getSetCookie()) {
			const [pair] = header.split(';');
			const [name, ...rest] = pair!.split('=');
			const value = rest.join('=');
			if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(header))
				this.cookies.delete(name!.trim());
			else this.cookies.set(name!.trim(), value);
		}
	}

	private headers(extra: Record<string, string> = {}) {
		const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return {
			accept: 'text/html',
			'x-forwarded-for': this.address,
			...(cookie ? { cookie } : {}),
			...extra
		};
	}

	/** A cookie this client holds (e.g. the survey's device key, to continue in a browser). */
	cookie(name: string): string | undefined {
		return this.cookies.get(name);
	}

	async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
		const response = await fetch(this.baseUrl + path, {
			headers: this.headers(headers),
			redirect: 'manual'
		});
		this.remember(response);
		return response;
	}

	/** Posts a form as a browser without JavaScript would (same-origin Origin header). */
	async post(
		path: string,
		fields: Record<string, string | string[]>,
		origin = this.baseUrl
	): Promise<Response> {
		const body = new URLSearchParams();
		for (const [key, value] of Object.entries(fields)) {
			for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
		}
		const response = await fetch(this.baseUrl + path, {
			method: 'POST',
			body,
			headers: this.headers({ origin, 'content-type': 'application/x-www-form-urlencoded' }),
			redirect: 'manual'
		});
		this.remember(response);
		return response;
	}

	/** Posts JSON as the survey's own scripts do (same-origin Origin header). */
	async postJson(path: string, body: unknown): Promise<Response> {
		const response = await fetch(this.baseUrl + path, {
			method: 'POST',
			body: JSON.stringify(body),
			headers: this.headers({
				origin: this.baseUrl,
				'content-type': 'application/json',
				accept: 'application/json'
			}),
			redirect: 'manual'
		});
		this.remember(response);
		return response;
	}

	async signIn(email: string, password: string): Promise<void> {
		const response = await this.post('/sign-in', { email, password });
		if (response.status !== 303) throw new Error(`sign-in failed with ${response.status}`);
	}

	/**
	 * Signs up as a person does: the form ("check your e-mail"), the verification link (read where
	 * the server puts it: account-links.ts), its confirmation, then signing in.
	 */
	async signUp(name: string, email: string, password: string): Promise<void> {
		const mark = linkMark(this.baseUrl);
		const response = await this.post('/sign-up', { name, email, password });
		if (response.status !== 200)
			throw new Error(`sign-up failed with ${response.status}: ${await response.text()}`);
		await this.verifyEmail(email, mark);
		await this.signIn(email, password);
	}

	/** Opens and confirms the newest verification link mailed to `email` after `mark`. */
	async verifyEmail(email: string, mark = 0): Promise<void> {
		const link = await accountLink(this.baseUrl, email, 'verify-email', mark);
		const confirmed = await this.post(link, {});
		if (confirmed.status !== 303)
			throw new Error(`confirming ${email} failed with ${confirmed.status}`);
	}
}

/**
 * The survey's device cookie ("ts_device=…") a response set, for clients that post to the survey
 * outside a cookie jar: drafts open only on the device that made them (issue 11).
 */
export function deviceCookie(response: Response): string | undefined {
	return /ts_device=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
}

export function uniqueEmail(prefix: string): string {
	return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`;
}

let clients = 0;
/** A distinct client address per test client, from the documentation range 198.18.0.0/15. */
export function clientAddress(): string {
	clients += 1;
	// Test files run in separate processes against one shared server: each process counts from its
	// own place, so two files do not share addresses (and per-address limits such as sign-up's 10 an
	// hour), as they did when every process started at 198.18.0.2.
	return `198.18.${(Math.floor(clients / 250) + process.pid) % 250}.${(clients % 250) + 1}`;
}
