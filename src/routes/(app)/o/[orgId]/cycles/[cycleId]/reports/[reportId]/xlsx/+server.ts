import { requireCycle, notFound } from '$lib/server/auth/guard';
import * as reports from '$lib/server/reports';
import { FILE_TYPE } from '$lib/server/reports/office-types';
import type { RequestHandler } from './$types';

/** The report as an Excel workbook, made from the inputs stored with its PDF (leads and board members). */
export const GET: RequestHandler = async (event) => {
	const { organisation, cycle } = await requireCycle(event);
	const file = await reports.officeFile(organisation.id, cycle.id, event.params.reportId, 'xlsx');
	if (!file) notFound();
	return new Response(Buffer.from(file.bytes), {
		headers: {
			'content-type': FILE_TYPE.xlsx,
			'content-disposition': `attachment; filename="${reports.fileName(cycle.name, file.provisional, 'xlsx')}"`,
			'content-length': String(file.bytes.byteLength),
			'cache-control': 'private, no-cache'
		}
	});
};
