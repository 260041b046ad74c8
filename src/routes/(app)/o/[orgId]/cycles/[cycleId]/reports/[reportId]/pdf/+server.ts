import { requireCycle, notFound } from '$lib/server/auth/guard';
import * as reports from '$lib/server/reports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { organisation, cycle, user } = await requireCycle(event);
	const row = await reports.download(organisation.id, cycle, event.params.reportId, user.id);
	if (!row) notFound();
	return new Response(Buffer.from(row.pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${reports.fileName(cycle.name, row.provisional)}"`,
			'content-length': String(row.pdf.byteLength),
			// A report never changes once done, but it is private to the organisation.
			'cache-control': 'private, no-cache',
			etag: `"${row.pdfSha256}"`
		}
	});
};
