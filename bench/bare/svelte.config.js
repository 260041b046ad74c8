// A bare SvelteKit 2 app (one page, a 5-question form): the comparison point of bench/lighthouse.ts.
// Built with the project's own vite/svelte/kit: `cd bench/bare && node ../../node_modules/vite/bin/vite.js build`.
import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default { kit: { adapter: adapter() } };
