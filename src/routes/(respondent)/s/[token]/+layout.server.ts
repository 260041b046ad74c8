import { storageKey } from '$lib/server/survey';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => ({
	storageKey: storageKey(params.token),
	base: `/s/${params.token}`
});
