import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// Routes are resolved by the server on navigation, so respondents' phones do not download the
		// whole app's route table (issue 18.4: the survey's JavaScript budget).
		router: { resolution: 'server' },
		// Stylesheets up to 6 KB come inside the page: the first paint waits for no request (issue
		// 18.4: with four stylesheets to fetch, the respondent's first paint often came after the
		// runtime chunk, and Lighthouse then counted the scripts into its LCP).
		inlineStyleThreshold: 6144,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
