import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { clientAddress } from './http';

/**
 * The links the app mails to an account (e-mail verification, password reset), as a test reads
 * them: from the server's output, where the app prints them for the operator when no SMTP_URL is
 * set (with the address masked), or from a local SMTP server's mailbox (registerLinkSource).
 */
export type LinkSource = () => string;

const sources = new Map<string, LinkSource>();

/** Where links of the server at `baseUrl` turn up (startServer registers its output). */
export function registerLinkSource(baseUrl: string, source: LinkSource): void {
	sources.set(baseUrl, source);
}

/** The shared server's output is in a file, as it runs in the global set-up's process. */
function sourceFor(baseUrl: string): LinkSource {
	const registered = sources.get(baseUrl);
	if (registered) return registered;
	let shared: string | undefined;
	try {
		if (inject('baseUrl') === baseUrl) shared = inject('serverLogFile');
	} catch {
		// not in a project with the shared server
	}
	if (!shared) throw new Error(`no place to read account links of ${baseUrl} from`);
	const file = shared;
	return () => readFileSync(file, 'utf8');
}

/** How much a source holds now, so that a later search looks only at what came after. */
export function linkMark(baseUrl: string): number {
	return sourceFor(baseUrl)().length;
}

/** Quoted-printable mail bodies break long lines with "=\n" and write "=" as "=3D". */
const unfold = (text: string) => text.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

/**
 * The path (`/verify-email/…`, `/reset-password/…`) of the newest link of `kind` for `email`
 * that appeared after `mark`. Links of several tests share the output, and the operator's line
 * masks the address, so each candidate's page is opened (opening changes nothing) and the one
 * naming `email` is taken.
 */
export async function accountLink(
	baseUrl: string,
	email: string,
	kind: 'verify-email' | 'reset-password',
	mark = 0,
	timeoutMs = 30_000
): Promise<string> {
	const source = sourceFor(baseUrl);
	const pattern = new RegExp(`/${kind}/([a-z2-7]{40,})`, 'g');
	const tried = new Set<string>();
	const deadline = Date.now() + timeoutMs;
	const from = clientAddress();
	while (Date.now() < deadline) {
		const text = unfold(source().slice(mark));
		const tokens = [...text.matchAll(pattern)].map((m) => m[1]!).reverse();
		for (const token of tokens) {
			if (tried.has(token)) continue;
			tried.add(token);
			const path = `/${kind}/${token}`;
			const page = await fetch(baseUrl + path, { headers: { 'x-forwarded-for': from } });
			if (page.ok && (await page.text()).includes(email)) return path;
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`no ${kind} link for ${email} at ${baseUrl} within ${timeoutMs / 1000} s`);
}

/**
 * One append-only source over several outputs (instances sharing one mail queue: either may print
 * a link), so that a mark taken earlier still points before everything new.
 */
export function mergedSource(...outputs: Array<() => string>): LinkSource {
	let merged = '';
	const seen = outputs.map(() => 0);
	return () => {
		outputs.forEach((output, i) => {
			const text = output();
			merged += text.slice(seen[i]);
			seen[i] = text.length;
		});
		return merged;
	};
}
