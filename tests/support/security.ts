import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HttpClient } from './http';

export const demo = {
	lead: 'lead@demo.touchstone.test',
	board: 'board@demo.touchstone.test',
	password: 'touchstone-demo'
} as const;

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The organisation a signed-in person lands in from `/` (they must belong to exactly one). */
export async function landingOrganisation(client: HttpClient): Promise<string> {
	const home = await client.get('/');
	const location = home.headers.get('location') ?? '';
	const orgId = new RegExp(`^/o/(${UUID})$`).exec(location)?.[1];
	if (!orgId)
		throw new Error(
			`/ did not lead to one organisation (status ${home.status}, location ${location})`
		);
	return orgId;
}

/** Id of a cycle of the organisation, found by its name on the cycles page. */
export async function cycleIdByName(
	client: HttpClient,
	orgId: string,
	name: string
): Promise<string> {
	const html = await (await client.get(`/o/${orgId}/cycles`)).text();
	const id = new RegExp(
		`href="/o/${orgId}/cycles/(${UUID})">${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`
	).exec(html)?.[1];
	if (!id) throw new Error(`no cycle named ${name}`);
	return id;
}

/** Waits until the newest report of a cycle, other than `known`, is done; returns its id. */
export async function waitForReport(
	client: HttpClient,
	reportsPage: string,
	known: Set<string>,
	timeoutMs = 90_000
): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const html = await (await client.get(reportsPage)).text();
		const fresh = [...html.matchAll(/data-report="([0-9a-f-]{36})" data-status="(\w+)"/g)].find(
			(m) => !known.has(m[1]!)
		);
		if (fresh?.[2] === 'done') return fresh[1]!;
		if (fresh?.[2] === 'failed') throw new Error(`report ${fresh[1]} failed`);
		if (Date.now() > deadline)
			throw new Error(`no finished report on ${reportsPage} in ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

export interface RouteFile {
	/** Path below src/routes, with forward slashes, e.g. `o/[orgId]/members/+page.server.ts`. */
	file: string;
	/** `GET`/`POST`/… exported by a +server.ts, or `GET` (the load) for a +page.server.ts. */
	methods: string[];
	/** Named form actions of a +page.server.ts (`default` for a default action). */
	actions: string[];
}

/**
 * Every +page.server.ts and +server.ts under src/routes, with what each one answers: read from
 * the source, so a new route, method or action shows up here without anyone listing it.
 */
export function discoverRoutes(root = join(process.cwd(), 'src', 'routes')): RouteFile[] {
	const found: RouteFile[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name === '+page.server.ts' || entry.name === '+server.ts') {
				const source = readFileSync(path, 'utf8');
				const file = relative(root, path).split(sep).join('/');
				if (entry.name === '+server.ts') {
					const methods = [
						...source.matchAll(
							/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD|fallback)\b/g
						)
					].map((m) => m[1]!);
					found.push({ file, methods, actions: [] });
				} else {
					const block = /export\s+const\s+actions\s*=\s*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
					const actions = [...block.matchAll(/^\t(?:async\s+)?(\w+)\s*[:(]/gm)].map((m) => m[1]!);
					found.push({ file, methods: ['GET'], actions });
				}
			}
		}
	};
	walk(root);
	return found.sort((a, b) => a.file.localeCompare(b.file));
}
