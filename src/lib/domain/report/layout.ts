/**
 * The board report as a pdfmake document definition. Pure: the same ReportInput always gives the
 * same definition (no clock, no I/O), so the stored inputs explain the stored PDF. Every piece of
 * text written by people goes into pdfmake text nodes, which are plain text (no markup).
 */
import type {
	Content,
	ContentTable,
	CustomTableLayout,
	TableCell,
	TDocumentDefinitions
} from 'pdfmake/interfaces';
import { actionStatusLabels, isEarlyWin } from '../action/schema';
import { integrationReference, referenceQuestions, referenceSource } from '../benchmark/reference';
import { compareDimensions, type DimensionChange } from '../cycle/compare';
import { LOW_RESPONSE_RATE, statusLabels } from '../cycle/status';
import { maturityLevels } from '../instrument/types';
import {
	ALPHA_MIN_COMPLETE,
	MIN_PEERS,
	MIN_PEERS_DECILE,
	isWithheld,
	type CycleScores,
	type CycleScoresScored,
	type DimensionBenchmark,
	type DimensionScore
} from '../scoring';
import {
	colours,
	distributionBar,
	distributionLegend,
	legend,
	notice,
	peerSpreadChart,
	referenceBarChart,
	reportPatterns,
	targetBarChart,
	trendChart,
	type PeerSpreadRow,
	type ReferenceBarRow,
	type TrendChartPoint
} from './charts';
import * as f from './format';
import type { ReportAction, ReportInput } from './types';

/** A4 in points, and the margins the layout is drawn for. */
export const PAGE = {
	width: 595.28,
	height: 841.89,
	margins: [50, 64, 50, 56] as [number, number, number, number]
};
export const CONTENT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

/** The word stamped diagonally across every page of a report on an open cycle. */
export const PROVISIONAL_WATERMARK = 'PROVISIONAL';

const MAX_COMMENTS_PER_DIMENSION = 5;
/** Cycles in the trend table (the chart shows up to twice as many). */
const MAX_TREND_COLUMNS = 6;
/** Tables up to this many rows may be kept on one page with their heading. */
const KEEP_MAX_ROWS = 16;
/** Dimensions up to this many items keep heading, figures and item table on one page. */
const KEEP_MAX_ITEMS = 12;

/** Short chart labels for the reference questions (the table beside them has the full wording). */
const referenceLabels: Record<string, string> = {
	'reference.best_customers': 'Best customers treated differently',
	'reference.hiring_crm_skills': 'CRM skills required when hiring'
};

/** "withheld: fewer than 5 responses", without doubling a reason that starts with the word. */
const withheldText = (reason: string) =>
	/^withheld\b/i.test(reason) ? reason : `withheld: ${reason}`;

const rules: CustomTableLayout = {
	hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 0.8 : 0.4),
	vLineWidth: () => 0,
	hLineColor: (i) => (i === 1 ? colours.muted : colours.grid),
	paddingLeft: (i) => (i === 0 ? 0 : 5),
	paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 5),
	paddingTop: () => 3,
	paddingBottom: () => 3
};

const compactRules: CustomTableLayout = {
	...rules,
	paddingLeft: (i) => (i === 0 ? 0 : 4),
	paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 4),
	paddingTop: () => 2,
	paddingBottom: () => 2
};

const cards: CustomTableLayout = {
	hLineWidth: () => 0.6,
	vLineWidth: () => 0.6,
	hLineColor: () => colours.grid,
	vLineColor: () => colours.grid,
	fillColor: () => '#f7f8fa',
	paddingLeft: () => 8,
	paddingRight: () => 8,
	paddingTop: () => 7,
	paddingBottom: () => 7
};

const th = (text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell => ({
	text,
	style: 'th',
	alignment
});
const td = (
	text: string,
	alignment: 'left' | 'right' | 'center' = 'left',
	extra: Record<string, unknown> = {}
): TableCell => ({
	text,
	alignment,
	...extra
});

function table(
	widths: Array<number | string>,
	header: TableCell[],
	body: TableCell[][],
	margin: [number, number, number, number] = [0, 2, 0, 10]
): ContentTable {
	return {
		table: {
			headerRows: 1,
			keepWithHeaderRows: 1,
			dontBreakRows: true,
			widths,
			body: [header, ...body]
		},
		layout: rules,
		margin,
		fontSize: 8.5
	};
}

const h1 = (text: string, pageBreak: boolean): Content => ({
	text,
	style: 'h1',
	tocItem: true,
	...(pageBreak
		? { pageBreak: 'before' as const }
		: { margin: [0, 20, 0, 10] as [number, number, number, number] })
});
const h2 = (text: string): Content => ({ text, style: 'h2', headlineLevel: 2 });

/** Rows a table node has (0 for anything else). */
const rowsOf = (node: Content): number =>
	typeof node === 'object' && node !== null && 'table' in node ? (node.table?.body.length ?? 0) : 0;

/**
 * Keeps each sub-heading on the page of what follows it (plus a caption line under it). Only
 * short followers are kept together: pdfmake drops whatever of an unbreakable block does not fit
 * on one page, so long tables are left free to break (their header row repeats).
 */
function keepHeadings(nodes: Content[]): Content[] {
	const out: Content[] = [];
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i] as Content;
		const isHeading =
			typeof node === 'object' &&
			node !== null &&
			(node as { headlineLevel?: number }).headlineLevel === 2;
		const next = nodes[i + 1];
		if (!isHeading || next === undefined || rowsOf(next) > KEEP_MAX_ROWS) {
			out.push(node);
			continue;
		}
		const group: Content[] = [node, next];
		i++;
		const isCaption =
			typeof next === 'object' && next !== null && (next as { style?: string }).style === 'small';
		const after = nodes[i + 1];
		if (isCaption && after !== undefined && rowsOf(after) <= KEEP_MAX_ROWS) {
			group.push(after);
			i++;
		}
		out.push({ unbreakable: true, stack: group });
	}
	return out;
}
const p = (text: string | Content[], extra: Record<string, unknown> = {}): Content =>
	({ text, margin: [0, 0, 0, 6], ...extra }) as Content;
const small = (text: string, extra: Record<string, unknown> = {}): Content => ({
	text,
	style: 'small',
	...extra
});

// ─────────────────────────────── derived figures ───────────────────────────────

interface Derived {
	scored: CycleScoresScored | null;
	previous: CycleScoresScored | null;
	titles: Map<string, string>;
	dimensions: DimensionScore[];
	changes: Map<string, DimensionChange>;
	responseRate: { invited: number; responded: number; rate: number | null };
	/** Main sections start on a new page; not when the cycle is withheld (they are one notice each). */
	breaks: boolean;
}

const scoredOf = (s: CycleScores | null | undefined): CycleScoresScored | null =>
	s && s.status === 'scored' ? s : null;

function derive(input: ReportInput): Derived {
	const scored = scoredOf(input.scores);
	const previous = scoredOf(input.previous?.scores);
	const titles = new Map<string, string>();
	for (const s of input.instrument.sections) titles.set(s.key, f.plain(s.title));
	for (const d of scored?.dimensions ?? [])
		if (!titles.has(d.key)) titles.set(d.key, f.plain(d.title));
	const dimensions = scored?.dimensions ?? [];
	const changes = new Map<string, DimensionChange>();
	if (scored && previous) {
		for (const c of compareDimensions(previous.dimensions, scored.dimensions))
			changes.set(c.key, c);
	}
	let invited = 0;
	let responded = 0;
	for (const r of input.responseRates) {
		if (r.invited > 0) {
			invited += r.invited;
			responded += r.responded;
		}
	}
	return {
		scored,
		previous,
		titles,
		dimensions,
		changes,
		responseRate: { invited, responded, rate: invited > 0 ? responded / invited : null },
		breaks: scored !== null
	};
}

const titleOf = (d: Derived, key: string): string =>
	key === 'index' ? 'Overall index' : (d.titles.get(key) ?? f.plain(key));

/** Scored, applicable dimensions from strongest to weakest (ties by title). */
function ranked(d: Derived): Array<DimensionScore & { score: number }> {
	return d.dimensions
		.filter(
			(x): x is DimensionScore & { score: number } =>
				!x.notApplicable && x.score !== null && Number.isFinite(x.score)
		)
		.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
}

function responseRateText(d: Derived, input: ReportInput): string {
	const { rate, invited, responded } = d.responseRate;
	if (rate === null)
		return `${input.scores.respondents} responses (no invitation list, so no response rate)`;
	return `${f.percent(rate)} (${responded} of ${invited} invited)`;
}

// ─────────────────────────────── cover ───────────────────────────────

function cover(input: ReportInput, d: Derived): Content[] {
	const org = input.organisation;
	const meta = [org.sector, org.sizeBand ? `${org.sizeBand} employees` : null]
		.filter((x): x is string => !!x)
		.map(f.plain);
	const status = input.provisional
		? 'Open – figures are provisional'
		: statusLabels[input.cycle.status];
	const headline: Content = d.scored
		? {
				table: {
					widths: ['*', '*', '*'],
					body: [
						[
							keyFigure('Maturity index', f.score(d.scored.overall.index), 'on the 1–5 scale'),
							keyFigure(
								'Maturity level',
								d.scored.overall.level !== null
									? `${d.scored.overall.level} ${d.scored.overall.levelName ?? ''}`
									: '–',
								d.scored.overall.level !== null
									? (maturityLevels[d.scored.overall.level - 1]?.summary ?? '')
									: ''
							),
							keyFigure(
								'Responses',
								String(d.scored.overall.respondents),
								`response rate ${f.percent(d.responseRate.rate)}`
							)
						]
					]
				},
				layout: cards,
				margin: [0, 24, 0, 0]
			}
		: notice(
				`Scores are not shown for this cycle: ${f.plain(input.scores.status === 'withheld' ? input.scores.withheld : '')}.`
			);
	return [
		{ text: 'BOARD REPORT', style: 'kicker', margin: [0, 70, 0, 6] },
		{ text: 'CRM governance maturity', style: 'title' },
		{ text: f.plain(org.name), style: 'coverOrg' },
		...(meta.length ? [{ text: meta.join(' · '), style: 'coverMeta' } as Content] : []),
		{
			table: {
				widths: [110, '*'],
				body: [
					[small('Assessment cycle'), { text: f.plain(input.cycle.name), bold: true }],
					[small('Period'), `${f.date(input.cycle.opensAt)} – ${f.date(input.cycle.closesAt)}`],
					[small('Status'), { text: status, bold: input.provisional }],
					[
						small('Questionnaire'),
						`${f.plain(input.instrument.name)}, version ${input.instrument.version}`
					],
					[small('Generated'), f.dateTime(input.generatedAt)]
				]
			},
			layout: 'noBorders',
			margin: [0, 28, 0, 0]
		},
		headline,
		...(input.provisional
			? [
					notice(
						'This report was made while the cycle is still open. Every figure is provisional and will change as more responses arrive; use the report made after the cycle closes for decisions.'
					)
				]
			: []),
		{
			toc: {
				title: { text: 'Contents', style: 'h2' },
				textStyle: { fontSize: 9.5 },
				numberStyle: { fontSize: 9.5 }
			},
			margin: [0, 28, 0, 0]
		}
	];
}

function keyFigure(labelText: string, value: string, sub: string): TableCell {
	return {
		stack: [
			{ text: labelText, style: 'small' },
			{ text: value, style: 'figure' },
			{ text: sub, style: 'small' }
		]
	};
}

// ─────────────────────────────── executive summary ───────────────────────────────

function executiveSummary(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = [h1('Executive summary', true)];
	if (!d.scored) {
		out.push(
			notice(
				`No scores are shown for this cycle: ${f.plain(input.scores.status === 'withheld' ? input.scores.withheld : '')}. ${input.scores.respondents} responses were submitted; the anonymity threshold is ${input.scores.anonymityThreshold}.`
			),
			p(`Response rate: ${responseRateText(d, input)}.`)
		);
		return out;
	}
	const o = d.scored.overall;
	const prevIndex = d.previous?.overall.index ?? null;
	const change = o.index !== null && prevIndex !== null ? o.index - prevIndex : null;
	const level = o.level !== null ? `level ${o.level}, ${o.levelName}` : 'no maturity level';
	out.push(
		p([
			{ text: f.plain(input.organisation.name) },
			` is at ${level}: a maturity index of `,
			{ text: f.score(o.index), bold: true },
			` on the 1–5 scale (${f.score(o.index100, 0)} of 100), from ${o.respondents} responses across ${o.dimensionsScored} dimensions.`,
			input.provisional ? ' The cycle is still open, so these figures are provisional.' : ''
		] as Content[])
	);
	const changeCell =
		change === null
			? keyFigure(
					'Change since previous cycle',
					'–',
					input.previous ? `${f.plain(input.previous.name)}: not scored` : 'first cycle'
				)
			: keyFigure(
					'Change since previous cycle',
					f.signed(change),
					`from ${f.score(prevIndex)} in ${f.plain(input.previous?.name ?? '')}`
				);
	out.push({
		table: {
			widths: ['*', '*', '*', '*'],
			body: [
				[
					keyFigure('Maturity index', f.score(o.index), `${f.score(o.index100, 0)} of 100`),
					keyFigure('Maturity level', o.level !== null ? String(o.level) : '–', o.levelName ?? ''),
					changeCell,
					keyFigure(
						'Response rate',
						f.percent(d.responseRate.rate),
						d.responseRate.rate === null
							? `${o.respondents} responses`
							: `${d.responseRate.responded} of ${d.responseRate.invited} invited`
					)
				]
			]
		},
		layout: cards,
		margin: [0, 4, 0, 14]
	});

	const order = ranked(d);
	const strongest = order.slice(0, 3);
	const weakest = [...order].reverse().slice(0, 3);
	const rankTable = (title: string, rows: typeof order): Content => ({
		stack: [
			{ text: title, style: 'h3' },
			table(
				['*', 34, 62],
				[th('Dimension'), th('Score', 'right'), th('Change', 'right')],
				rows.length
					? rows.map((r) => [
							td(titleOf(d, r.key)),
							td(f.score(r.score), 'right', { bold: true }),
							td(changeText(d.changes.get(r.key)), 'right')
						])
					: [[td('No scored dimensions', 'left', { colSpan: 3, italics: true }), '', '']]
			)
		]
	});
	out.push({
		columns: [
			rankTable('Three strongest dimensions', strongest),
			rankTable('Three weakest dimensions', weakest)
		],
		columnGap: 18
	});

	const lowGroups = input.responseRates.filter((r) => r.low);
	out.push(h2('Participation'));
	out.push(p(`Response rate: ${responseRateText(d, input)}.`));
	if (lowGroups.length) {
		out.push(
			p(
				`Groups below a ${f.percent(LOW_RESPONSE_RATE)} response rate: ${lowGroups
					.map((g) => `${f.groupName(g.group)} (${f.percent(g.rate)})`)
					.join(', ')}. Their views may be under-represented.`
			)
		);
	}
	const withheldGroups = d.scored.groups.filter((g) => g.withheld !== null);
	if (withheldGroups.length) {
		out.push(
			p(
				`Group figures not shown: ${withheldGroups.map((g) => `${f.groupName(g.group)} (${g.withheld})`).join('; ')}. Their answers still count in the whole-organisation figures.`
			)
		);
	}
	const gaps = order
		.map((x) => ({ x, gap: x.gapToTarget }))
		.filter((g): g is { x: (typeof order)[number]; gap: number } => g.gap !== null && g.gap > 0)
		.sort((a, b) => b.gap - a.gap)
		.slice(0, 3);
	if (gaps.length) {
		out.push(h2('Largest gaps to target'));
		out.push({
			ul: gaps.map(
				(g) =>
					`${titleOf(d, g.x.key)}: ${f.score(g.x.score)} against a target of ${f.score(g.x.target)} (${f.score(g.gap)} to go)`
			),
			margin: [0, 0, 0, 6]
		});
	}
	const wins = input.actions.filter(
		(a) => isEarlyWin(a) && a.status !== 'done' && a.status !== 'dropped'
	);
	if (input.actions.length) {
		out.push(h2('Action plan'));
		out.push(
			p(
				`${input.actions.length} action${input.actions.length === 1 ? '' : 's'} planned, ${input.actions.filter((a) => a.status === 'done').length} done; ${wins.length} open early win${wins.length === 1 ? '' : 's'} (high impact, low complexity).`
			)
		);
	}
	return out;
}

function changeText(c: DimensionChange | undefined): string {
	if (!c || c.delta === null) return '–';
	return c.verdict === 'real change' ? `${f.signed(c.delta)}` : `${f.signed(c.delta)} (noise)`;
}

// ─────────────────────────────── charts ───────────────────────────────

function chartsSection(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = [h1('Results at a glance', d.breaks)];
	out.push(h2('The 14 dimensions against target'));
	if (!d.scored) {
		out.push(
			notice(
				`Not shown: ${f.plain(input.scores.status === 'withheld' ? input.scores.withheld : '')}.`
			)
		);
	} else {
		const prevByKey = new Map((d.previous?.dimensions ?? []).map((x) => [x.key, x.score]));
		out.push(
			small(
				'Bars show this cycle’s score (mean of item means) on the 1–5 maturity scale, whiskers the 95% confidence interval.',
				{ margin: [0, 0, 0, 4] }
			)
		);
		out.push(
			targetBarChart(
				d.dimensions.map((x) => ({
					label: titleOf(d, x.key),
					score: x.score,
					target: x.target,
					previous: prevByKey.get(x.key) ?? null,
					ci95: x.ci95,
					note: x.notApplicable ? 'not applicable in this cycle' : 'no answers'
				})),
				CONTENT_WIDTH
			)
		);
		out.push(
			legend([
				{ symbol: 'bar', text: 'This cycle' },
				{ symbol: 'tick', text: 'Target' },
				{
					symbol: 'circle',
					text: d.previous
						? `Previous cycle (${f.truncate(f.plain(input.previous?.name ?? ''), 40)})`
						: 'Previous cycle (none)'
				},
				{ symbol: 'whisker', text: '95% confidence interval' }
			])
		);
	}

	out.push(h2('Trend across cycles'));
	out.push(...trendBlock(input, d));

	out.push(h2('Functional integration against the reference study'));
	out.push(...integrationBlock(input, d));
	return out;
}

function trendBlock(input: ReportInput, d: Derived): Content[] {
	const points: Array<TrendChartPoint & { dims: Record<string, number | null> }> = input.trend.map(
		(t) => {
			const vals = Object.values(t.dimensions).filter(
				(v): v is number => typeof v === 'number' && Number.isFinite(v)
			);
			return {
				label: f.plain(t.cycleName),
				index: t.index,
				low: vals.length ? Math.min(...vals) : null,
				high: vals.length ? Math.max(...vals) : null,
				dims: t.dimensions
			};
		}
	);
	if (input.provisional && d.scored && d.scored.overall.index !== null) {
		const dims = Object.fromEntries(d.dimensions.map((x) => [x.key, x.score]));
		const vals = Object.values(dims).filter(
			(v): v is number => typeof v === 'number' && Number.isFinite(v)
		);
		points.push({
			label: `${f.plain(input.cycle.name)} (provisional)`,
			index: d.scored.overall.index,
			low: vals.length ? Math.min(...vals) : null,
			high: vals.length ? Math.max(...vals) : null,
			provisional: true,
			dims
		});
	}
	if (points.length === 0)
		return [notice('No closed cycle yet: the trend starts once a cycle has closed.')];
	const shown = points.slice(-MAX_TREND_COLUMNS * 2);
	const out: Content[] = [];
	if (shown.length === 1)
		out.push(
			small('Only one cycle so far: the trend line starts with the next closed cycle.', {
				margin: [0, 0, 0, 4]
			})
		);
	out.push(trendChart(shown, CONTENT_WIDTH, 170));
	out.push(
		legend([
			{ symbol: 'line', text: 'Maturity index' },
			{ symbol: 'band', text: 'Range from weakest to strongest dimension' },
			...(shown.some((x) => x.provisional)
				? [{ symbol: 'dashed' as const, text: 'Open cycle (provisional)' }]
				: [])
		])
	);
	const cols = points.slice(-MAX_TREND_COLUMNS);
	if (cols.length >= 2) {
		const keys = d.dimensions.length
			? d.dimensions.map((x) => x.key)
			: input.instrument.sections
					.filter((s) => s.kind === 'building_block' || s.kind === 'governance')
					.map((s) => s.key);
		const colW = Math.min(62, (CONTENT_WIDTH - 150) / cols.length);
		out.push({
			...table(
				['*', ...cols.map(() => colW)],
				[th('Dimension'), ...cols.map((c) => th(f.truncate(c.label, 40), 'right'))],
				[
					...keys.map((k) => [
						td(titleOf(d, k)),
						...cols.map((c) => td(f.score(c.dims[k]), 'right'))
					]),
					[
						td('Maturity index', 'left', { bold: true }),
						...cols.map((c) => td(f.score(c.index), 'right', { bold: true }))
					]
				]
			),
			fontSize: 7.5
		});
	}
	return out;
}

const functionKey = (itemKey: string) => itemKey.slice(itemKey.indexOf('.') + 1);

function integrationBlock(input: ReportInput, d: Derived): Content[] {
	if (!d.scored)
		return [
			notice(
				`Not shown: ${f.plain(input.scores.status === 'withheld' ? input.scores.withheld : '')}.`
			)
		];
	const fns = d.scored.integration.functions;
	if (fns.length === 0)
		return [notice('This questionnaire has no functional-integration questions.')];
	const rows: ReferenceBarRow[] = fns.map((fn) => {
		const ref = integrationReference[functionKey(fn.key)];
		return {
			label: f.plain(fn.text),
			share: fn.share,
			reference: ref ?? null,
			value: `${f.percent(fn.share)}${ref !== undefined ? ` · study ${f.percent(ref)}` : ' · no study figure'}`
		};
	});
	return [
		small(
			'Share of respondents who rate each function as consulted or integrated in CRM efforts (don’t know excluded).',
			{ margin: [0, 0, 0, 4] }
		),
		referenceBarChart(rows, CONTENT_WIDTH),
		legend([
			{ symbol: 'bar', text: 'Your organisation' },
			{
				symbol: 'diamond',
				text: 'Reference study: share of organisations integrating the function'
			}
		]),
		small(`Source of the reference figures: ${referenceSource}.`, { margin: [0, -4, 0, 8] })
	];
}

// ─────────────────────────────── dimension detail ───────────────────────────────

function dimensionSections(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = [h1('Dimensions in detail', d.breaks)];
	if (!d.scored) {
		out.push(
			notice(
				`Not shown: ${f.plain(input.scores.status === 'withheld' ? input.scores.withheld : '')}.`
			)
		);
		return out;
	}
	out.push(
		small(
			'Each item is answered on the five-level scale. Mean and SD over valid answers; “Don’t know” is counted, never averaged in. Agreement is Tastle–Wierman consensus (1 = everyone gave the same answer).',
			{ margin: [0, 0, 0, 4] }
		),
		{
			columns: [
				{
					width: 'auto',
					text: 'Answer distribution, level 1 (light) to 5 (dark):',
					style: 'small',
					margin: [0, 0, 6, 0]
				},
				distributionLegend()
			],
			margin: [0, 0, 0, 8]
		}
	);
	const sectionItems = new Map(input.instrument.sections.map((s) => [s.key, s.items]));
	const itemsByDim = new Map<string, CycleScoresScored['items']>();
	for (const it of d.scored.items) {
		const list = itemsByDim.get(it.dimensionKey) ?? [];
		list.push(it);
		itemsByDim.set(it.dimensionKey, list);
	}
	const comments = new Map(d.scored.comments.map((c) => [c.dimensionKey, c]));
	for (const dim of d.dimensions) {
		const title = titleOf(d, dim.key);
		const kind = dim.kind === 'building_block' ? 'Building block' : 'Governance area';
		if (dim.notApplicable || dim.score === null) {
			out.push({
				unbreakable: true,
				stack: [
					{ text: title, style: 'h2' },
					small(
						`${kind} · ${dim.notApplicable ? 'not applicable in this cycle' : dim.withheld ? `not shown: ${f.plain(dim.withheld)}` : 'no valid answers in this cycle'}.`,
						{
							margin: [0, 0, 0, 8]
						}
					)
				]
			});
			continue;
		}
		const change = d.changes.get(dim.key);
		const facts: string[] = [
			`Score ${f.score(dim.score)} (${f.score(dim.score100, 0)} of 100)`,
			dim.target !== null
				? `target ${f.score(dim.target)}, ${dim.gapToTarget !== null && dim.gapToTarget > 0 ? `${f.score(dim.gapToTarget)} to go` : 'reached'}`
				: 'no target set',
			dim.ci95
				? `95% CI ${f.score(dim.ci95.low)}–${f.score(dim.ci95.high)}`
				: dim.itemsScored < (itemsByDim.get(dim.key) ?? []).filter((it) => it.n > 0).length
					? '95% CI not shown (an item answered by too few people is left out of the score)'
					: '95% CI not available (fewer than 2 respondents)',
			`n = ${dim.n}`,
			isWithheld(dim.alpha)
				? `Cronbach’s α not reported: ${dim.alpha.withheld}`
				: `Cronbach’s α ${f.score(dim.alpha.value)}`,
			`don’t know ${f.percent(dim.dontKnowShare)}`,
			`agreement ${f.score(dim.agreement)}`
		];
		if (change && change.delta !== null) {
			facts.push(
				`change since ${f.plain(input.previous?.name ?? 'previous cycle')} ${f.signed(change.delta)}${change.verdict === 'real change' ? '' : change.verdict === 'within noise' ? ' (within noise)' : ''}`
			);
		}
		const gap = isWithheld(dim.perceptionGap)
			? `Perception gap not shown: ${dim.perceptionGap.withheld}.`
			: `Perception gap ${f.score(dim.perceptionGap.value)}: ${f.groupName(dim.perceptionGap.highGroup)} highest, ${f.groupName(dim.perceptionGap.lowGroup)} lowest.`;
		const groups = dim.groups
			.map((g) =>
				'withheld' in g
					? `${f.groupName(g.group)} withheld`
					: `${f.groupName(g.group)} ${f.score(g.mean)}`
			)
			.join(' · ');
		const wording = new Map((sectionItems.get(dim.key) ?? []).map((i) => [i.key, i.text]));
		const items = itemsByDim.get(dim.key) ?? [];
		const itemTable: ContentTable = {
			table: {
				headerRows: 1,
				keepWithHeaderRows: 1,
				dontBreakRows: true,
				widths: ['*', 26, 22, 24, 30, 36, 56],
				body: [
					[
						th('Item'),
						th('Mean', 'right'),
						th('SD', 'right'),
						th('n', 'right'),
						th('Don’t know', 'right'),
						th('Agree-ment', 'right'),
						th('Answers 1–5')
					],
					...items.map((it) => [
						td(f.plain(wording.get(it.key) ?? it.text)),
						td(f.score(it.mean), 'right', { bold: true }),
						td(f.score(it.sd), 'right'),
						td(String(it.n), 'right'),
						td(f.percent(it.dontKnowShare), 'right'),
						td(f.score(it.agreement), 'right'),
						it.withheld
							? td(`withheld: fewer than ${input.scores.anonymityThreshold}`, 'left', {
									fontSize: 6.5,
									color: colours.muted
								})
							: ({
									...(distributionBar(
										it.distribution.map((x) => x.count),
										56,
										7
									) as object),
									margin: [0, 1.5, 0, 0]
								} as TableCell)
					])
				]
			},
			layout: compactRules,
			fontSize: 7.5,
			margin: [0, 3, 0, 4]
		};
		const block: Content[] = [
			{
				columns: [
					{ width: '*', text: title, style: 'h2', margin: [0, 0, 0, 0] },
					{
						width: 'auto',
						text: f.score(dim.score),
						style: 'h2',
						alignment: 'right',
						margin: [0, 0, 0, 0]
					}
				],
				margin: [0, 10, 0, 0]
			},
			small(`${kind} · level ${dim.level} ${maturityLevels[(dim.level ?? 1) - 1]?.name ?? ''}`, {
				margin: [0, 0, 0, 2]
			}),
			{ text: facts.join(' · '), fontSize: 8, margin: [0, 0, 0, 1] },
			small(`${gap}${groups ? ` Groups: ${groups}.` : ''}`, { fontSize: 7.5 }),
			itemTable
		];
		out.push(
			items.length <= KEEP_MAX_ITEMS ? { unbreakable: true, stack: block } : { stack: block }
		);
		const c = comments.get(dim.key);
		if (c && 'withheld' in c) {
			out.push(
				small(`${c.count} comment${c.count === 1 ? '' : 's'} not shown: ${c.withheld}.`, {
					margin: [0, 0, 0, 6]
				})
			);
		} else if (c && c.comments.length) {
			const shown = c.comments.slice(0, MAX_COMMENTS_PER_DIMENSION);
			out.push({
				stack: [
					{ text: `Comments (${c.count})`, style: 'h4' },
					{
						ul: shown.map((x) => ({
							text: [
								{ text: f.plain(x.text) },
								x.group ? { text: ` (${f.groupName(x.group)})`, color: colours.muted } : ''
							]
						})),
						fontSize: 8
					},
					...(c.comments.length > shown.length
						? [
								small(`and ${c.comments.length - shown.length} more on the dashboard.`, {
									margin: [10, 2, 0, 0]
								})
							]
						: [])
				],
				margin: [0, 0, 0, 6]
			});
		}
	}
	return out;
}

// ─────────────────────────────── benchmarks ───────────────────────────────

function benchmarkSection(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = [h1('Benchmarks', d.breaks)];
	out.push(h2('Reference study'));
	out.push(p([{ text: 'Source: ', bold: true }, { text: `${referenceSource}.` }] as Content[]));
	const fnByKey = new Map(
		(d.scored?.integration.functions ?? []).map((x) => [functionKey(x.key), x])
	);
	const refByKey = new Map((d.scored?.reference ?? []).map((x) => [x.key, x]));
	const itemText = new Map(
		input.instrument.sections.flatMap((s) => s.items.map((i) => [i.key, i.text] as const))
	);
	const rows: TableCell[][] = [];
	for (const [key, share] of Object.entries(integrationReference)) {
		const fn = fnByKey.get(key);
		const name = fn
			? f.plain(fn.text)
			: f.plain(itemText.get(`functional_integration.${key}`) ?? key);
		rows.push([
			td(`${name}: integrated into CRM efforts`),
			td(f.percent(share), 'right'),
			td(fn ? f.percent(fn.share) : '–', 'right', { bold: true })
		]);
	}
	for (const [key, q] of Object.entries(referenceQuestions)) {
		const ours = refByKey.get(key);
		const wording = q.wording.charAt(0).toUpperCase() + q.wording.slice(1);
		rows.push([
			td(wording),
			td(f.percent(q.share), 'right'),
			td(ours ? f.percent(ours.share) : '–', 'right', { bold: true })
		]);
	}
	out.push(
		table(
			['*', 80, 80],
			[th('Reference figure'), th('Study', 'right'), th('Your organisation', 'right')],
			rows
		)
	);
	out.push(
		small(
			'“Your organisation” is the share of your respondents rating a function consulted or integrated, or answering yes; the study counts organisations.',
			{
				margin: [0, -4, 0, 8]
			}
		)
	);
	const refRows: ReferenceBarRow[] = Object.entries(referenceQuestions).map(([key, q]) => {
		const ours = refByKey.get(key);
		return {
			label: referenceLabels[key] ?? f.truncate(f.plain(ours?.text ?? q.wording), 34),
			share: ours?.share ?? null,
			reference: q.share,
			value: `${f.percent(ours?.share)} · study ${f.percent(q.share)}`
		};
	});
	if (d.scored) {
		out.push(referenceBarChart(refRows, CONTENT_WIDTH));
		out.push(
			legend([
				{ symbol: 'bar', text: 'Your respondents answering yes' },
				{ symbol: 'diamond', text: 'Reference study' }
			])
		);
	}

	// The heading travels with the peer chart rather than being left alone at a page end.
	const [intro, rule, ...rest] = peerBlock(input, d);
	const head: Content[] = [
		h2('Peer organisations'),
		intro as Content,
		rule as Content,
		...rest.slice(0, 2)
	];
	const short = isWithheld(input.peers.benchmark) || input.peers.benchmark.length <= 24;
	out.push(short ? { unbreakable: true, stack: head } : { stack: head }, ...rest.slice(2));
	return out;
}

function peerBlock(input: ReportInput, d: Derived): Content[] {
	const filter = input.peers.filter
		? `Peers filtered: ${f.plain(input.peers.filter)}.`
		: 'Peers: organisations admitted to this installation’s benchmark panel by its operator, sharing no member with yours.';
	const rule = `Shown per dimension only with at least ${MIN_PEERS} peers (the top decile with at least ${MIN_PEERS_DECILE}), each with a closed cycle of at least 10 responses; figures rounded to one decimal. Quantiles by linear interpolation (Hyndman & Fan type 7); your position is given as a band.`;
	const out: Content[] = [p(filter), small(rule, { margin: [0, 0, 0, 6] })];
	const bench = input.peers.benchmark;
	if (isWithheld(bench)) {
		out.push(notice(`Peer benchmark not shown: ${f.plain(bench.withheld)}.`));
		return out;
	}
	if (bench.length === 0) {
		out.push(notice('Peer benchmark not shown: no dimension scores to compare.'));
		return out;
	}
	const shown = bench.filter(
		(b): b is Extract<DimensionBenchmark, { median: number }> => !('withheld' in b)
	);
	if (shown.length === 0) {
		const reasons = [...new Set(bench.map((b) => ('withheld' in b ? b.withheld : '')))].filter(
			Boolean
		);
		const most = Math.max(...bench.map((b) => b.peers));
		out.push(
			notice(
				`Peer benchmark withheld for every dimension: ${reasons.map(f.plain).join('; ')} (at most ${most} peer organisation${most === 1 ? '' : 's'} with a score).`
			)
		);
		return out;
	}
	const rows: PeerSpreadRow[] = bench.map((b) =>
		'withheld' in b
			? { label: titleOf(d, b.key), withheld: `${f.plain(b.withheld)} (${b.peers})` }
			: {
					label: titleOf(d, b.key),
					own: b.own,
					median: b.median,
					topQuartile: b.topQuartile,
					topDecile: b.topDecile,
					value: b.band === null ? 'you: –' : `you ${f.score(b.own)} · ${b.band}`
				}
	);
	out.push(peerSpreadChart(rows, CONTENT_WIDTH));
	out.push(
		legend([
			{ symbol: 'median', text: 'Median' },
			{ symbol: 'band', text: 'Median to top quartile' },
			{ symbol: 'hatch', text: 'Top quartile to top decile' },
			{ symbol: 'diamond', text: 'Your organisation' }
		])
	);
	out.push(
		table(
			['*', 36, 40, 50, 46, 52, 34],
			[
				th('Dimension'),
				th('You', 'right'),
				th('Median', 'right'),
				th('Top quartile', 'right'),
				th('Top decile', 'right'),
				th('Your band', 'right'),
				th('Peers', 'right')
			],
			bench.map((b) =>
				'withheld' in b
					? [
							td(titleOf(d, b.key)),
							td(f.score(b.own), 'right'),
							td(`withheld: ${f.plain(b.withheld)}`, 'left', {
								colSpan: 4,
								italics: true,
								color: colours.muted
							}),
							'',
							'',
							'',
							td(String(b.peers), 'right')
						]
					: [
							td(titleOf(d, b.key)),
							td(f.score(b.own), 'right', { bold: true }),
							td(f.score(b.median, 1), 'right'),
							td(f.score(b.topQuartile, 1), 'right'),
							td(f.score(b.topDecile, 1), 'right'),
							td(b.band ?? '–', 'right'),
							td(String(b.peers), 'right')
						]
			),
			[0, 2, 0, 10]
		)
	);
	return out;
}

// ─────────────────────────────── action plan ───────────────────────────────

function actionRows(actions: ReportAction[], d: Derived, offset: number): TableCell[][] {
	return actions.map((a, i) => [
		td(String(offset + i + 1), 'right', { color: colours.muted }),
		{
			text: [
				{ text: f.plain(a.title), bold: true },
				isEarlyWin(a) ? { text: '\nEarly win', color: colours.muted, fontSize: 7.5 } : ''
			]
		},
		td(a.dimensionKeys.map((k) => titleOf(d, k)).join(', ')),
		td(f.plain(a.owner)),
		td(String(a.impact), 'center'),
		td(String(a.complexity), 'center'),
		td(a.dueDate ? f.shortDate(a.dueDate) : '–'),
		td(actionStatusLabels[a.status] ?? f.plain(a.status))
	]);
}

function actionSection(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = [h1('Action plan', d.breaks)];
	out.push(
		p(
			'Actions are ranked by business impact (1–5) against technical complexity (1–5). Early wins — impact 4 or more, complexity 2 or less — come first: they build momentum while larger projects are prepared.'
		)
	);
	if (input.actions.length === 0) {
		out.push(notice('No actions have been recorded for this cycle yet.'));
		return out;
	}
	const byPriority = (a: ReportAction, b: ReportAction) =>
		b.impact - a.impact || a.complexity - b.complexity || a.title.localeCompare(b.title);
	const wins = input.actions.filter((a) => isEarlyWin(a)).sort(byPriority);
	const rest = input.actions.filter((a) => !isEarlyWin(a)).sort(byPriority);
	const widths = [10, '*', 76, 60, 28, 42, 50, 44];
	// A fresh header per table: pdfmake annotates nodes while laying out, so they cannot be shared.
	const header = () => [
		th('#', 'right'),
		th('Action'),
		th('Dimensions'),
		th('Owner'),
		th('Impact', 'center'),
		th('Complexity', 'center'),
		th('Due'),
		th('Status')
	];
	out.push(h2(`Early wins (${wins.length})`));
	out.push(
		wins.length
			? { ...table(widths, header(), actionRows(wins, d, 0)), fontSize: 8 }
			: notice('No action is both high-impact (4–5) and low-complexity (1–2).')
	);
	out.push(h2(`Other actions (${rest.length})`));
	out.push(
		rest.length
			? { ...table(widths, header(), actionRows(rest, d, wins.length)), fontSize: 8 }
			: notice('Every action is an early win.')
	);
	return out;
}

// ─────────────────────────────── methodology ───────────────────────────────

function methodology(input: ReportInput, d: Derived): Content[] {
	const s = input.scores;
	const t = s.anonymityThreshold;
	const out: Content[] = [h1('Appendix: methodology', d.breaks)];
	out.push(h2('Scale'));
	out.push(
		p(
			'Each maturity item is answered on five levels, each with a behavioural anchor so that respondents mean the same thing by the same number; “don’t know” is counted and reported as its own share, never averaged in.'
		)
	);
	out.push(
		table(
			[36, 74, '*', 70],
			[th('Level'), th('Name'), th('What it looks like'), th('Score band')],
			maturityLevels.map((l) => [
				td(String(l.level)),
				td(l.name, 'left', { bold: true }),
				td(l.summary),
				td(
					l.level === 1
						? '1.00–1.49'
						: l.level === 5
							? '4.50–5.00'
							: `${(l.level - 0.5).toFixed(2)}–${(l.level + 0.49).toFixed(2)}`
				)
			])
		)
	);
	out.push(
		p(
			'A dimension’s score is the mean of its item means (1–5; 0–100 = (score − 1) / 4 × 100); the maturity index is the unweighted mean of the scored, applicable dimensions.'
		)
	);

	out.push(h2('Respondents and response rate'));
	out.push(
		p(
			`${s.respondents} submitted responses. Response rate ${responseRateText(d, input)}. Groups under ${f.percent(LOW_RESPONSE_RATE)} are flagged.`
		)
	);
	const disclosure = new Map(s.groups.map((g) => [g.group, g]));
	if (input.responseRates.length) {
		out.push(
			table(
				['*', 50, 60, 46, 150],
				[
					th('Stakeholder group'),
					th('Invited', 'right'),
					th('Responded', 'right'),
					th('Rate', 'right'),
					th('Figures')
				],
				input.responseRates.map((r) => {
					const g = disclosure.get(r.group);
					return [
						td(f.groupName(r.group)),
						td(String(r.invited), 'right'),
						td(String(r.responded), 'right'),
						td(
							`${f.percent(r.rate)}${r.low ? ' (low)' : ''}`,
							'right',
							r.low ? { bold: true } : {}
						),
						td(g?.withheld ? withheldText(g.withheld) : g ? 'shown' : 'no responses', 'left', {
							fontSize: 7.5
						})
					];
				})
			)
		);
	}

	out.push(h2('Anonymity'));
	out.push(
		p(
			`Every figure rests on at least ${t} people (the anonymity threshold of this cycle; never below 3). Below ${t} responses in the whole cycle, no score is shown. An item’s mean, spread and answer distribution are shown only when at least ${t} people gave it a level (“don’t know” does not count); a dimension only when at least ${t} people gave a level in it, and its score is the mean of those items. Results for a stakeholder group are shown only when it has at least ${t} submitted responses and, per dimension, at least ${t} of them gave a level. When hidden groups (or the people a shown group’s figures leave out) number between 1 and ${t - 1}, further group figures are hidden, so that no small number of people can be worked out from the totals. Comments on a section are shown only from ${s.commentThreshold} comments on, in an order unrelated to submission. Counts of responses are always shown.`
		)
	);

	out.push(h2('Confidence intervals'));
	out.push(
		p(
			'Each dimension’s 95% confidence interval is the t-interval of the respondent-level dimension means: mean ± t(0.975, n − 1) · SD / √n. It is centred on the respondent mean, which equals the score when everybody answers every item. A change between cycles is called real only when it exceeds the combined 95% margin of both cycles (√(h₁² + h₂²)); otherwise it is marked as within noise.'
		)
	);

	out.push(h2('Reliability (Cronbach’s alpha)'));
	out.push(
		p(
			`Internal consistency per dimension, α = k/(k − 1) · (1 − sum of the k item variances / variance of the totals), on respondents who answered every item of the dimension; reported from ${ALPHA_MIN_COMPLETE} such respondents. Around 0.7 or more suggests the items measure one thing.`
		)
	);
	if (d.scored) {
		out.push(
			table(
				['*', 50, 60, 150],
				[th('Dimension'), th('α', 'right'), th('Complete n', 'right'), th('Note')],
				d.dimensions.map((x) =>
					isWithheld(x.alpha)
						? [
								td(titleOf(d, x.key)),
								td('–', 'right'),
								td('–', 'right'),
								td(x.alpha.withheld, 'left', { fontSize: 7.5, italics: true })
							]
						: [
								td(titleOf(d, x.key)),
								td(f.score(x.alpha.value), 'right', { bold: true }),
								td(String(x.alpha.n), 'right'),
								td(x.alpha.value < 0.7 ? 'below 0.7' : '', 'left', { fontSize: 7.5 })
							]
				)
			)
		);
	} else {
		out.push(notice(`Not shown: ${f.plain(s.status === 'withheld' ? s.withheld : '')}.`));
	}

	out.push(h2('Benchmarks'));
	out.push(
		p(
			`Reference figures come from the ${referenceSource}; they count organisations, while your figures count respondents. Peer benchmarks use only organisations the installation’s operator admitted to the benchmark panel and that share no member with yours, at least ${MIN_PEERS} per dimension (${MIN_PEERS_DECILE} for the top decile), rounded to one decimal, so that no single organisation can be recognised.`
		)
	);
	out.push(
		small(
			`Questionnaire: ${f.plain(input.instrument.name)}, version ${input.instrument.version}. Report generated ${f.dateTime(input.generatedAt)}. Figures are computed unrounded and rounded only for display.`,
			{ margin: [0, 8, 0, 0] }
		)
	);
	return out;
}

// ─────────────────────────────── document ───────────────────────────────

/** The whole board report. Pure: no clock, no I/O. */
export function buildReportDocument(input: ReportInput): TDocumentDefinitions {
	const d = derive(input);
	const org = f.truncate(f.plain(input.organisation.name), 60);
	const cycleName = f.truncate(f.plain(input.cycle.name), 40);
	const generated = f.date(input.generatedAt);
	return {
		pageSize: 'A4',
		pageMargins: PAGE.margins,
		info: {
			title: `CRM governance maturity – ${f.plain(input.organisation.name)} – ${f.plain(input.cycle.name)}`,
			subject: 'Board report',
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
						text: PROVISIONAL_WATERMARK,
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
								text: input.provisional ? 'Provisional – cycle still open' : 'Board report',
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
				{ text: `Touchstone · CRM governance maturity · generated ${generated}`, width: '*' },
				{ text: `Page ${currentPage} of ${pageCount}`, width: 'auto' }
			],
			fontSize: 7.5,
			color: colours.muted,
			margin: [PAGE.margins[0], 20, PAGE.margins[2], 0]
		}),
		content: [
			...cover(input, d),
			...keepHeadings(executiveSummary(input, d)),
			...keepHeadings(chartsSection(input, d)),
			...dimensionSections(input, d),
			...keepHeadings(benchmarkSection(input, d)),
			...keepHeadings(actionSection(input, d)),
			...keepHeadings(methodology(input, d))
		],
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
