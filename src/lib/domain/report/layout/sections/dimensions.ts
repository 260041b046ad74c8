/**
 * "Appendix A: dimensions in detail": per dimension its figures, its items and the comments on it,
 * then the trend's figures. The board reads the results first; the item tables are for reference.
 */
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { maturityLevels } from '../../../instrument/types';
import { isWithheld, type CycleScoresScored, type DimensionScore } from '../../../scoring';
import { colours, distributionBar, distributionLegend } from '../../charts';
import * as f from '../../format';
import { EXPLAIN } from '../../story';
import type { ReportInput } from '../../types';
import { compactRules, h1, notShown, small, td, th } from '../blocks';
import { titleOf, type Derived } from '../derive';

const MAX_COMMENTS_PER_DIMENSION = 5;
/** Dimensions up to this many items keep heading, figures and item table on one page. */
const KEEP_MAX_ITEMS = 12;

type Item = CycleScoresScored['items'][number];
type Comments = CycleScoresScored['comments'][number];

/** How to read the item tables, with the legend of the answer distribution. */
function intro(): Content[] {
	return [
		small(
			'Each item is answered on the five-level scale. Mean and SD over valid answers; “don’t know” is counted, never averaged in. What the figures mean:',
			{ margin: [0, 0, 0, 2] }
		),
		{
			ul: [
				EXPLAIN.sd,
				EXPLAIN.dontKnow,
				`${EXPLAIN.agreement} (Tastle–Wierman consensus.)`,
				EXPLAIN.interval,
				EXPLAIN.perceptionGap,
				EXPLAIN.alpha
			],
			style: 'small',
			margin: [0, 0, 0, 4]
		},
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
	];
}

function itemsByDimension(scored: CycleScoresScored): Map<string, Item[]> {
	const itemsByDim = new Map<string, Item[]>();
	for (const it of scored.items) {
		const list = itemsByDim.get(it.dimensionKey) ?? [];
		list.push(it);
		itemsByDim.set(it.dimensionKey, list);
	}
	return itemsByDim;
}

const kindOf = (dim: DimensionScore) =>
	dim.kind === 'building_block' ? 'Building block' : 'Governance area';

/** A dimension without a score: its title and why. */
function unscored(title: string, dim: DimensionScore): Content {
	return {
		unbreakable: true,
		stack: [
			{ text: title, style: 'h2' },
			small(
				`${kindOf(dim)} · ${dim.notApplicable ? 'not applicable in this cycle' : dim.withheld ? `not shown: ${f.plain(dim.withheld)}` : 'no valid answers in this cycle'}.`,
				{
					margin: [0, 0, 0, 8]
				}
			)
		]
	};
}

/** Score, target, interval, n, reliability, don't know, agreement and change, as phrases. */
function facts(input: ReportInput, d: Derived, dim: DimensionScore, items: Item[]): string[] {
	const change = d.changes.get(dim.key);
	const out: string[] = [
		`Score ${f.score(dim.score)} (${f.score(dim.score100, 0)} of 100)`,
		dim.target !== null
			? `target ${f.score(dim.target)}, ${dim.gapToTarget !== null && dim.gapToTarget > 0 ? `${f.score(dim.gapToTarget)} to go` : 'reached'}`
			: 'no target set',
		dim.ci95
			? `95% CI ${f.score(dim.ci95.low)}–${f.score(dim.ci95.high)}`
			: dim.itemsScored < items.filter((it) => it.n > 0).length
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
		out.push(
			`change since ${f.plain(input.previous?.name ?? 'previous cycle')} ${f.signed(change.delta)}${change.verdict === 'real change' ? '' : change.verdict === 'within noise' ? ' (within noise)' : ''}${d.itemsChanged.has(dim.key) ? ' — its questions changed between the versions: read with care' : ''}`
		);
	}
	return out;
}

/** The perception gap between groups, then each group's score. */
function groupsLine(dim: DimensionScore): string {
	const gap = isWithheld(dim.perceptionGap)
		? `Perception gap not shown: ${dim.perceptionGap.withheld}.`
		: `Perception gap ${f.score(dim.perceptionGap.value)}${dim.perceptionGap.margin === null ? '' : ` ± ${f.score(dim.perceptionGap.margin)}${dim.perceptionGap.standsOut ? '' : ' (within noise)'}`}: ${f.groupName(dim.perceptionGap.highGroup)} highest, ${f.groupName(dim.perceptionGap.lowGroup)} lowest.`;
	const groups = dim.groups
		.map((g) =>
			'withheld' in g
				? `${f.groupName(g.group)} withheld`
				: `${f.groupName(g.group)} ${f.score(g.mean)}`
		)
		.join(' · ');
	return `${gap}${groups ? ` Groups: ${groups}.` : ''}`;
}

/** One item's row: wording, figures and its answer distribution (or why it is withheld). */
function itemRow(input: ReportInput, wording: Map<string, string>, it: Item): TableCell[] {
	return [
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
	];
}

function itemTable(input: ReportInput, wording: Map<string, string>, items: Item[]): ContentTable {
	return {
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
				...items.map((it) => itemRow(input, wording, it))
			]
		},
		layout: compactRules,
		fontSize: 7.5,
		margin: [0, 3, 0, 4]
	};
}

/** Heading with the score, level, facts, groups and the item table of a scored dimension. */
function scoredBlock(
	input: ReportInput,
	d: Derived,
	dim: DimensionScore,
	items: Item[],
	wording: Map<string, string>
): Content {
	const title = titleOf(d, dim.key);
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
		small(
			`${kindOf(dim)} · level ${dim.level} ${maturityLevels[(dim.level ?? 1) - 1]?.name ?? ''}${dim.levelUncertain ? ' · between levels' : ''}`,
			{
				margin: [0, 0, 0, 2]
			}
		),
		{ text: facts(input, d, dim, items).join(' · '), fontSize: 8, margin: [0, 0, 0, 1] },
		small(groupsLine(dim), { fontSize: 7.5 }),
		itemTable(input, wording, items)
	];
	return items.length <= KEEP_MAX_ITEMS ? { unbreakable: true, stack: block } : { stack: block };
}

/** The comments on a dimension (the first few), or how many were held back and why. */
function commentsBlock(c: Comments | undefined): Content[] {
	if (c && 'withheld' in c) {
		return [
			small(`${c.count} comment${c.count === 1 ? '' : 's'} not shown: ${c.withheld}.`, {
				margin: [0, 0, 0, 6]
			})
		];
	}
	if (!c || !c.comments.length) return [];
	const shown = c.comments.slice(0, MAX_COMMENTS_PER_DIMENSION);
	return [
		{
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
		}
	];
}

export function dimensionSections(input: ReportInput, d: Derived): Content[] {
	const heading = h1('Appendix A: dimensions in detail', d.breaks);
	if (!d.scored) return [heading, notShown(input.scores)];
	const out: Content[] = [heading, ...intro()];
	const sectionItems = new Map(input.instrument.sections.map((s) => [s.key, s.items]));
	const itemsByDim = itemsByDimension(d.scored);
	const comments = new Map(d.scored.comments.map((c) => [c.dimensionKey, c]));
	for (const dim of d.dimensions) {
		if (dim.notApplicable || dim.score === null) {
			out.push(unscored(titleOf(d, dim.key), dim));
			continue;
		}
		const wording = new Map((sectionItems.get(dim.key) ?? []).map((i) => [i.key, i.text]));
		out.push(scoredBlock(input, d, dim, itemsByDim.get(dim.key) ?? [], wording));
		out.push(...commentsBlock(comments.get(dim.key)));
	}
	return out;
}
