/**
 * `chain` composes server hooks as SvelteKit's `sequence` does, without its per-hook wrapping:
 * `sequence` runs every hook inside a tracing span, a proxy of the event and an AsyncLocalStorage
 * scope of its own, which on a saved tap (issue 18: the request the app serves most) cost about a
 * tenth of the app's CPU for eight hooks. Tracing is not enabled here, and the request's store
 * (getRequestEvent) is set by SvelteKit once for the whole request either way.
 *
 * Resolve options merge as in `sequence`: transformPageChunk runs the inner hook's first, then
 * the outer's; for preload and filterSerializedResponseHeaders the outer hook's choice wins.
 */
import type { Handle, ResolveOptions } from '@sveltejs/kit';

export function chain(...handlers: Handle[]): Handle {
	return ({ event, resolve }) => {
		const apply = (
			i: number,
			current: Parameters<Handle>[0]['event'],
			outer: ResolveOptions | undefined
		): ReturnType<Handle> => {
			const handler = handlers[i];
			if (!handler) return resolve(current, outer);
			return handler({
				event: current,
				resolve: (next, inner) => apply(i + 1, next, merge(outer, inner))
			});
		};
		return apply(0, event, undefined);
	};
}

function merge(
	outer: ResolveOptions | undefined,
	inner: ResolveOptions | undefined
): ResolveOptions | undefined {
	if (!inner) return outer;
	if (!outer) return inner;
	const transforms = [inner.transformPageChunk, outer.transformPageChunk].filter(
		(t): t is NonNullable<ResolveOptions['transformPageChunk']> => t !== undefined
	);
	return {
		transformPageChunk: async ({ html, done }) => {
			for (const transform of transforms) html = (await transform({ html, done })) ?? '';
			return html;
		},
		preload: outer.preload ?? inner.preload,
		filterSerializedResponseHeaders:
			outer.filterSerializedResponseHeaders ?? inner.filterSerializedResponseHeaders
	};
}
