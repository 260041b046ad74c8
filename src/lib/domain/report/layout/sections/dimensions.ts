/**
 * "Appendix A: dimensions in detail": per dimension its figures, its items and the comments on it,
 * then the trend's figures. The board reads the results first; the item tables are for reference.
 */
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { isWithheld, type CycleScoresScored, type DimensionScore } from '../../../scoring';
import { colours, distributionBar, distributionLegend } from '../../charts';
import * as f from '../../format';
import { countOf } from '../../story';
import { fill, groupNameIn, type ReportLocale } from '../../messages';
import type { ReportInput } from '../../types';
import { compactRules, h1, notShown, small, td, th } from '../blocks';
import { titleOf, type Derived } from '../derive';

const MAX_COMMENTS_PER_DIMENSION = 5;
/** Dimensions up to this many items keep heading, figures and item table on one page. */
const KEEP_MAX_ITEMS = 12;

type Item = CycleScoresScored['items'][number];
type Comments = CycleScoresScored['comments'][number];

/** How to read the item tables, with the legend of the answer distribution. */
function intro({ t }: ReportLocale): Content[] {
	return [
		small(t.itemsIntro, { margin: [0, 0, 0, 2] }),
		{
			ul: [
				t.explain.sd,
				t.explain.dontKnow,
				`${t.explain.agreement} ${t.agreementSource}`,
				t.explain.interval,
				t.explain.perceptionGap,
				t.explain.alpha
			],
			style: 'small',
			margin: [0, 0, 0, 4]
		},
		{
			columns: [
				{
					width: 'auto',
					text: t.distributionLegend,
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

const kindOf = (dim: DimensionScore, { t }: ReportLocale) =>
	dim.kind === 'building_block' ? t.buildingBlock : t.governanceArea;

/** A dimension without a score: its title and why. */
function unscored(title: string, dim: DimensionScore, locale: ReportLocale): Content {
	const { t } = locale;
	return {
		unbreakable: true,
		stack: [
			{ text: title, style: 'h2' },
			small(
				`${kindOf(dim, locale)} · ${dim.notApplicable ? t.notApplicable : dim.withheld ? fill(t.notShownBecause, { reason: f.plain(dim.withheld) }) : t.noValidAnswers}.`,
				{
					margin: [0, 0, 0, 8]
				}
			)
		]
	};
}

/** Score, target, interval, n, reliability, don't know, agreement and change, as phrases. */
function facts(input: ReportInput, d: Derived, dim: DimensionScore, items: Item[]): string[] {
	const { t, f: fm } = d.locale;
	const change = d.changes.get(dim.key);
	const out: string[] = [
		fill(t.scoreOf100, { score: fm.score(dim.score), score100: fm.score(dim.score100, 0) }),
		dim.target !== null
			? dim.gapToTarget !== null && dim.gapToTarget > 0
				? fill(t.targetToGo, { target: fm.score(dim.target), gap: fm.score(dim.gapToTarget) })
				: fill(t.targetReached, { target: fm.score(dim.target) })
			: t.noTarget,
		dim.ci95
			? fill(t.ci, { low: fm.score(dim.ci95.low), high: fm.score(dim.ci95.high) })
			: dim.itemsScored < items.filter((it) => it.n > 0).length
				? t.ciItemLeftOut
				: t.ciTooFew,
		fill(t.nEquals, { n: dim.n }),
		isWithheld(dim.alpha)
			? fill(t.alphaNotReported, { reason: dim.alpha.withheld })
			: fill(t.alphaValue, { value: fm.score(dim.alpha.value) }),
		fill(t.dontKnowShare, { share: fm.percent(dim.dontKnowShare) }),
		fill(t.agreementValue, { value: fm.score(dim.agreement) })
	];
	if (change && change.delta !== null) {
		out.push(
			`${fill(t.changeSince, { previous: input.previous ? f.plain(input.previous.name) : t.previousCycleName, change: fm.signed(change.delta) })}${change.verdict === 'within noise' ? t.withinNoise : ''}${d.itemsChanged.has(dim.key) ? t.questionsChanged : ''}`
		);
	}
	return out;
}

/** The perception gap between groups, then each group's score. */
function groupsLine(dim: DimensionScore, { t, f: fm }: ReportLocale): string {
	const groupName = (key: string) => f.plain(groupNameIn(t, key));
	const gap = isWithheld(dim.perceptionGap)
		? fill(t.perceptionGapWithheld, { reason: dim.perceptionGap.withheld })
		: fill(t.perceptionGapLine, {
				gap: fm.score(dim.perceptionGap.value),
				margin:
					dim.perceptionGap.margin === null
						? ''
						: ` ± ${fm.score(dim.perceptionGap.margin)}${dim.perceptionGap.standsOut ? '' : t.withinNoise}`,
				high: groupName(dim.perceptionGap.highGroup),
				low: groupName(dim.perceptionGap.lowGroup)
			});
	const groups = dim.groups
		.map((g) =>
			'withheld' in g
				? fill(t.groupWithheld, { group: groupName(g.group) })
				: `${groupName(g.group)} ${fm.score(g.mean)}`
		)
		.join(' · ');
	return `${gap}${groups ? fill(t.groupsLine, { groups }) : ''}`;
}

/** One item's row: wording, figures and its answer distribution (or why it is withheld). */
function itemRow(
	input: ReportInput,
	wording: Map<string, string>,
	it: Item,
	{ t, f: fm }: ReportLocale
): TableCell[] {
	return [
		td(f.plain(wording.get(it.key) ?? it.text)),
		td(fm.score(it.mean), 'right', { bold: true }),
		td(fm.score(it.sd), 'right'),
		td(String(it.n), 'right'),
		td(fm.percent(it.dontKnowShare), 'right'),
		td(fm.score(it.agreement), 'right'),
		it.withheld
			? td(fill(t.itemWithheld, { threshold: input.scores.anonymityThreshold }), 'left', {
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

function itemTable(
	input: ReportInput,
	wording: Map<string, string>,
	items: Item[],
	locale: ReportLocale
): ContentTable {
	const { t } = locale;
	return {
		table: {
			headerRows: 1,
			keepWithHeaderRows: 1,
			dontBreakRows: true,
			widths: ['*', 26, 22, 24, 30, 36, 56],
			body: [
				[
					th(t.item),
					th(t.mean, 'right'),
					th(t.sd, 'right'),
					th('n', 'right'),
					th(t.dontKnow, 'right'),
					th(t.agreementHeader, 'right'),
					th(t.answers15)
				],
				...items.map((it) => itemRow(input, wording, it, locale))
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
	const { t, f: fm } = d.locale;
	const title = titleOf(d, dim.key);
	const block: Content[] = [
		{
			columns: [
				{ width: '*', text: title, style: 'h2', margin: [0, 0, 0, 0] },
				{
					width: 'auto',
					text: fm.score(dim.score),
					style: 'h2',
					alignment: 'right',
					margin: [0, 0, 0, 0]
				}
			],
			margin: [0, 10, 0, 0]
		},
		small(
			`${fill(t.levelLine, { kind: kindOf(dim, d.locale), level: dim.level ?? '–', name: t.levels[(dim.level ?? 1) - 1] ?? '' })}${dim.levelUncertain ? t.betweenLevelsTag : ''}`,
			{
				margin: [0, 0, 0, 2]
			}
		),
		{ text: facts(input, d, dim, items).join(' · '), fontSize: 8, margin: [0, 0, 0, 1] },
		small(groupsLine(dim, d.locale), { fontSize: 7.5 }),
		itemTable(input, wording, items, d.locale)
	];
	return items.length <= KEEP_MAX_ITEMS ? { unbreakable: true, stack: block } : { stack: block };
}

/** The comments on a dimension (the first few), or how many were held back and why. */
function commentsBlock(c: Comments | undefined, { t }: ReportLocale): Content[] {
	if (c && 'withheld' in c) {
		return [
			small(
				fill(countOf(c.count, t.commentsWithheldOne, t.commentsWithheldMany), {
					reason: c.withheld
				}),
				{ margin: [0, 0, 0, 6] }
			)
		];
	}
	if (!c || !c.comments.length) return [];
	const shown = c.comments.slice(0, MAX_COMMENTS_PER_DIMENSION);
	return [
		{
			stack: [
				{ text: fill(t.comments, { count: c.count }), style: 'h4' },
				{
					ul: shown.map((x) => ({
						text: [
							{ text: f.plain(x.text) },
							x.group
								? { text: ` (${f.plain(groupNameIn(t, x.group))})`, color: colours.muted }
								: ''
						]
					})),
					fontSize: 8
				},
				...(c.comments.length > shown.length
					? [
							small(fill(t.moreOnDashboard, { count: c.comments.length - shown.length }), {
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
	const heading = h1(d.locale.t.appendixA, d.breaks);
	if (!d.scored) return [heading, notShown(input.scores, d)];
	const out: Content[] = [heading, ...intro(d.locale)];
	const sectionItems = new Map(input.instrument.sections.map((s) => [s.key, s.items]));
	const itemsByDim = itemsByDimension(d.scored);
	const comments = new Map(d.scored.comments.map((c) => [c.dimensionKey, c]));
	for (const dim of d.dimensions) {
		if (dim.notApplicable || dim.score === null) {
			out.push(unscored(titleOf(d, dim.key), dim, d.locale));
			continue;
		}
		const wording = new Map((sectionItems.get(dim.key) ?? []).map((i) => [i.key, i.text]));
		out.push(scoredBlock(input, d, dim, itemsByDim.get(dim.key) ?? [], wording));
		out.push(...commentsBlock(comments.get(dim.key), d.locale));
	}
	return out;
}
