import { describe, expect, it } from 'vitest';
import type { Handle, RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { chain } from '../../src/lib/server/platform/hooks';

const event = { url: new URL('http://x/') } as RequestEvent;

/** Resolves as SvelteKit would, returning the options it was given and the event it saw. */
function resolver() {
	const seen: { event?: RequestEvent; options?: ResolveOptions } = {};
	const resolve = (async (e: RequestEvent, options?: ResolveOptions) => {
		seen.event = e;
		seen.options = options;
		return new Response('ok');
	}) as Parameters<Handle>[0]['resolve'];
	return { seen, resolve };
}

describe('chain (server hooks without per-hook wrapping)', () => {
	it('runs the hooks in order, each around the next, and passes the event on', async () => {
		const order: string[] = [];
		const hook =
			(name: string): Handle =>
			async ({ event, resolve }) => {
				order.push(`${name} in`);
				const response = await resolve(event);
				order.push(`${name} out`);
				response.headers.set(`x-${name}`, '1');
				return response;
			};
		const { seen, resolve } = resolver();
		const response = await chain(hook('a'), hook('b'))({ event, resolve });
		expect(order).toEqual(['a in', 'b in', 'b out', 'a out']);
		expect(seen.event).toBe(event);
		expect(response.headers.get('x-a')).toBe('1');
		expect(response.headers.get('x-b')).toBe('1');
	});

	it('merges resolve options as sequence does: inner transform first, the outer preload wins', async () => {
		const outer: Handle = ({ event, resolve }) =>
			resolve(event, {
				transformPageChunk: ({ html }) => html + '|outer',
				preload: () => false
			});
		const inner: Handle = ({ event, resolve }) =>
			resolve(event, {
				transformPageChunk: ({ html }) => html + '|inner',
				preload: () => true
			});
		const { seen, resolve } = resolver();
		await chain(outer, inner)({ event, resolve });
		expect(await seen.options!.transformPageChunk!({ html: 'x', done: true })).toBe(
			'x|inner|outer'
		);
		expect(seen.options!.preload!({ type: 'js', path: '/a.js' })).toBe(false);
	});

	it('lets a hook answer without resolving', async () => {
		const { seen, resolve } = resolver();
		const response = await chain(
			async () => new Response('stop', { status: 418 }),
			({ event, resolve }) => resolve(event)
		)({ event, resolve });
		expect(response.status).toBe(418);
		expect(seen.event).toBeUndefined();
	});
});
