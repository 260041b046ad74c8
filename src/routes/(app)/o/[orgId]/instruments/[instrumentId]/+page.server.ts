import { requireLead, notFound } from '$lib/server/auth/guard';
import * as instruments from '$lib/server/instruments';
import * as translations from '$lib/server/instruments/translations';
import { isId } from '$lib/server/organisations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { organisation } = await requireLead(event);
	const instrument = isId(event.params.instrumentId)
		? await instruments.get(organisation.id, event.params.instrumentId)
		: null;
	if (!instrument) notFound();
	const usage =
		(await instruments.listAvailable(organisation.id)).find((i) => i.id === instrument.id)
			?.cycles ?? 0;
	const published = event.url.searchParams.get('published') ?? '';
	return {
		instrument,
		usage,
		translations: await translations.overview(organisation.id, instrument),
		published: translations.isTargetLanguage(published)
			? { language: published, asNewVersion: event.url.searchParams.get('as') === 'new' }
			: null
	};
};
