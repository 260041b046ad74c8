/**
 * The board report as a pdfmake document definition: the executive summary (what matters, the
 * decisions asked), the results, then the appendices (item tables, trend figures, method). Pure: the same ReportInput always gives the
 * same definition (no clock, no I/O), so the stored inputs explain the stored PDF. Every piece of
 * text written by people goes into pdfmake text nodes, which are plain text (no markup).
 *
 * The sections live in ./sections, the small blocks they are built from in ./blocks.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { colours, reportPatterns } from '../charts';
import * as f from '../format';
import { fill, reportLocale } from '../messages';
import { withReasonsIn } from '../messages/reasons';
import type { ReportInput } from '../types';
import { keepHeadings } from './blocks';
import { derive } from './derive';
import { PAGE } from './page';
import { actionSection } from './sections/actions';
import { benchmarkSection } from './sections/benchmarks';
import { cover } from './sections/cover';
import { dimensionSections } from './sections/dimensions';
import { methodology } from './sections/methodology';
import { portfolioSection, roadmapSection } from './sections/roadmap';
import { chartsSection, trendAppendix } from './sections/results';
import { executiveSummary } from './sections/summary';

export { CONTENT_WIDTH, PAGE, PROVISIONAL_WATERMARK } from './page';

/** The type styles every section refers to by name. Fresh objects per document. */
function documentStyles(): Pick<TDocumentDefinitions, 'defaultStyle' | 'styles'> {
	return {
		defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: colours.ink },
		styles: {
			kicker: { fontSize: 9, bold: true, color: colours.muted, characterSpacing: 1.5 },
			title: { fontSize: 28, bold: true, color: '#1f3550', margin: [0, 0, 0, 14] },
			coverOrg: { fontSize: 18, margin: [0, 0, 0, 4] },
			coverMeta: { fontSize: 10, color: colours.muted },
			h1: { fontSize: 18, bold: true, color: '#1f3550', margin: [0, 0, 0, 10] },
			h2: { fontSize: 12, bold: true, color: '#1f3550', margin: [0, 12, 0, 5] },
			h3: { fontSize: 10, bold: true, margin: [0, 4, 0, 4] },
			h4: { fontSize: 8.5, bold: true, margin: [0, 2, 0, 2] },
			small: { fontSize: 8, color: colours.muted },
			th: { bold: true, fontSize: 7.5, color: colours.muted },
			figure: { fontSize: 20, bold: true, color: '#1f3550', margin: [0, 2, 0, 2] }
		}
	};
}

/** The whole board report. Pure: no clock, no I/O. */
export function buildReportDocument(original: ReportInput): TDocumentDefinitions {
	const locale = reportLocale(original.language);
	// The scoring module's reasons for withholding are English: written in the report's language.
	const input = locale.language === 'en' ? original : withReasonsIn(original, locale.t);
	const d = derive(input);
	const org = f.truncate(f.plain(input.organisation.name), 60);
	const cycleName = f.truncate(f.plain(input.cycle.name), 40);
	const { t, f: fm } = d.locale;
	const generated = fm.date(input.generatedAt);
	return {
		pageSize: 'A4',
		pageMargins: PAGE.margins,
		info: {
			title: fill(t.docTitle, {
				organisation: f.plain(input.organisation.name),
				cycle: f.plain(input.cycle.name)
			}),
			subject: t.docSubject,
			creator: 'Touchstone',
			producer: 'Touchstone',
			// From the inputs, not the clock, so the same inputs give the same bytes.
			...(Number.isNaN(Date.parse(input.generatedAt))
				? {}
				: { creationDate: new Date(input.generatedAt) })
		},
		patterns: reportPatterns,
		...(input.provisional
			? {
					watermark: {
						text: t.watermark,
						opacity: 0.1,
						bold: true,
						color: '#000000',
						fontSize: 96
					}
				}
			: {}),
		header: (currentPage) =>
			currentPage === 1
				? null
				: {
						columns: [
							{ text: `${org} · ${cycleName}`, width: '*' },
							{
								text: input.provisional ? t.headerProvisional : t.headerBoardReport,
								width: 'auto',
								bold: input.provisional
							}
						],
						fontSize: 7.5,
						color: colours.muted,
						margin: [PAGE.margins[0], 30, PAGE.margins[2], 0]
					},
		footer: (currentPage, pageCount) => ({
			columns: [
				{ text: fill(t.footer, { date: generated }), width: '*' },
				{
					text: fill(t.footerPage, { page: currentPage, pages: pageCount }),
					width: 'auto'
				}
			],
			fontSize: 7.5,
			color: colours.muted,
			margin: [PAGE.margins[0], 20, PAGE.margins[2], 0]
		}),
		content: [
			...cover(input, d),
			...keepHeadings(executiveSummary(input, d)),
			...keepHeadings(chartsSection(input, d)),
			...keepHeadings(benchmarkSection(input, d)),
			...keepHeadings(actionSection(input, d)),
			...keepHeadings(roadmapSection(input, d)),
			...keepHeadings(portfolioSection(input, d)),
			// Appendices: the item tables and the method, for reference.
			...dimensionSections(input, d),
			...keepHeadings(trendAppendix(input, d)),
			...keepHeadings(methodology(input, d))
		],
		...documentStyles()
	};
}
