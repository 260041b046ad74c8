import { requireLead, notFound } from '$lib/server/auth/guard';
import * as translations from '$lib/server/instruments/translations';
import { isId } from '$lib/server/organisations';
import type { RequestHandler } from './$types';

/** The version's texts as XLIFF 2.0 for a translator (issue 17.3). */
export const GET: RequestHandler = async (event) => {
	const { organisation } = await requireLead(event);
	if (!isId(event.params.instrumentId)) notFound();
	const file = await translations.exportXliff(
		organisation.id,
		event.params.instrumentId,
		event.params.language
	);
	if (!file) notFound();
	return new Response(file.xml, {
		headers: {
			'content-type': 'application/xliff+xml; charset=utf-8',
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'no-store'
		}
	});
};
