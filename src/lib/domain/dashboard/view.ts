import type { CycleScores, CycleScoresScored, DimensionComments, DimensionScore } from '../scoring';
import { getLocale } from '$lib/paraglide/runtime';
import { integrationReference, referenceQuestions } from '../benchmark/reference';
import { studyCitation } from '../report/messages';
import { compareDimensions, type DimensionChange } from '../cycle/compare';
import { groupLabel } from '../cycle/labels';
import { groupsAsked, type Routing } from '../instrument/routing';
import {
	integrationVerdicts,
	referenceFacts,
	stakeholderMapFacts,
	type CycleFacts
} from '../cycle/facts';

export const DONT_KNOW_HOT_SPOT = 0.2;
/** A "not my area" share from which an item is listed: perhaps asked of the wrong groups. */
export const NOT_MY_AREA_HOT_SPOT = 0.2;

export interface HeatmapCell {
	group: string;
	mean: number | null;
	n: number | null;
	withheld: string | null;
}

export interface DashboardView {
	status: 'scored';
	/** The thresholds the figures were withheld by (never below 3, comments never below 5). */
	anonymityThreshold: number;
	commentThreshold: number;
	overall: CycleScoresScored['overall'];
	radar: {
		kind: 'building_block' | 'governance';
		labels: string[];
		current: Array<number | null>;
		target: Array<number | null>;
		previous: Array<number | null> | null;
	}[];
	dimensions: DimensionScore[];
	notApplicable: Array<{ key: string; title: string }>;
	heatmap: {
		groups: Array<{ key: string; name: string }>;
		rows: Array<{ key: string; title: string; cells: HeatmapCell[] }>;
	};
	integration: Array<{
		key: string;
		text: string;
		share: number | null;
		mean: number | null;
		n: number;
		reference: number | null;
	}>;
	referenceQuestions: Array<{
		key: string;
		text: string;
		share: number | null;
		n: number;
		reference: number | null;
		referenceWording: string | null;
	}>;
	referenceSource: string;
	/** Per function, integrated or not for the organisation — the study's unit (cycle/facts.ts). */
	integrationVerdicts: ReturnType<typeof integrationVerdicts>;
	/**
	 * Dimension key → the cycle's groups asked it, where routing asked fewer than all of them
	 * (the dimension is scored from those groups' answers only).
	 */
	askedGroups: Record<string, string[]>;
	/** The lead's answers to the reference questions and the stakeholder map. */
	organisationFacts: {
		reference: ReturnType<typeof referenceFacts>;
		stakeholderMap: ReturnType<typeof stakeholderMapFacts>;
	};
	strongest: CycleScoresScored['strongest'];
	weakest: CycleScoresScored['weakest'];
	dontKnowHotSpots: Array<{ key: string; dimensionKey: string; text: string; share: number }>;
	/** Items often answered "not my area" (version 2 on): a routing question for the lead. */
	notMyAreaHotSpots: Array<{ key: string; dimensionKey: string; text: string; share: number }>;
	comments: CycleScoresScored['comments'];
	/** Sections with comments (shown or withheld), each by its title: never an empty or untitled one. */
	commentSections: Array<DimensionComments & { title: string }>;
	/** Overall functional integration: unweighted means over the functions whose figures are shown. */
	integrationOverall: CycleScoresScored['integration']['overall'];
	/** The stakeholder groups whose figures scoring shows: the only ones a filter may offer. */
	shownGroups: Array<{ key: string; name: string }>;
	changes: DimensionChange[] | null;
	/** How many dimensions the change test covered (Holm's family); null without a previous cycle. */
	comparisons: number | null;
}

/** Radar per dimension kind: this cycle's scores, targets and the previous cycle's scores. */
function radarSeries(
	applicable: readonly DimensionScore[],
	previousScored: CycleScoresScored | null
): DashboardView['radar'] {
	const previousScore = (key: string) =>
		previousScored?.dimensions.find((d) => d.key === key && !d.notApplicable)?.score ?? null;
	return (['building_block', 'governance'] as const).map((kind) => {
		const dims = applicable.filter((d) => d.kind === kind);
		return {
			kind,
			labels: dims.map((d) => d.title),
			current: dims.map((d) => d.score),
			target: dims.map((d) => d.target),
			previous: previousScored ? dims.map((d) => previousScore(d.key)) : null
		};
	});
}

/** Dimensions × groups; a withheld or missing cell keeps its reason and no figures. */
function heatmapOf(
	groups: CycleScoresScored['groups'],
	applicable: readonly DimensionScore[]
): DashboardView['heatmap'] {
	const groupKeys = groups.map((g) => g.group);
	return {
		groups: groupKeys.map((key) => ({ key, name: groupLabel(key) })),
		rows: applicable.map((d) => ({
			key: d.key,
			title: d.title,
			cells: groupKeys.map((group): HeatmapCell => {
				const cell = d.groups.find((g) => g.group === group);
				if (!cell || 'withheld' in cell)
					return {
						group,
						mean: null,
						n: null,
						withheld: cell && 'withheld' in cell ? cell.withheld : 'no responses'
					};
				return { group, mean: cell.mean, n: cell.n, withheld: null };
			})
		}))
	};
}

/** Integration functions and reference questions beside the reference study's figures. */
function referenceRows(
	current: CycleScoresScored
): Pick<DashboardView, 'integration' | 'referenceQuestions'> {
	return {
		integration: current.integration.functions.map((f) => ({
			key: f.key,
			text: f.text,
			share: f.share,
			mean: f.mean,
			n: f.n,
			reference: integrationReference[f.key.split('.').pop() ?? ''] ?? null
		})),
		referenceQuestions: current.reference.map((r) => {
			const ref = referenceQuestions[r.key];
			return {
				key: r.key,
				text: r.text,
				share: r.share,
				n: r.n,
				reference: ref?.share ?? null,
				referenceWording: ref?.wording ?? null
			};
		})
	};
}

/** The ten items with the highest shown don't-know share at or above the hot-spot level. */
function dontKnowHotSpots(items: CycleScoresScored['items']): DashboardView['dontKnowHotSpots'] {
	return items
		.filter((i) => i.dontKnowShare !== null && i.dontKnowShare >= DONT_KNOW_HOT_SPOT)
		.sort((a, b) => b.dontKnowShare! - a.dontKnowShare!)
		.slice(0, 10)
		.map((i) => ({
			key: i.key,
			dimensionKey: i.dimensionKey,
			text: i.text,
			share: i.dontKnowShare!
		}));
}

/**
 * The ten items most often answered "not my area", at or above the hot-spot share: "not my area"
 * over those who gave a level or said "not my area", shown only when at least `threshold` did.
 */
export function notMyAreaHotSpots(
	items: CycleScoresScored['items'],
	threshold: number
): DashboardView['notMyAreaHotSpots'] {
	return items
		.filter((i) => i.notMyArea > 0 && i.n + i.notMyArea >= threshold)
		.map((i) => ({
			key: i.key,
			dimensionKey: i.dimensionKey,
			text: i.text,
			share: i.notMyArea / (i.n + i.notMyArea)
		}))
		.filter((i) => i.share >= NOT_MY_AREA_HOT_SPOT)
		.sort((a, b) => b.share - a.share)
		.slice(0, 10);
}

/** The group a filter asks for, if scoring shows its figures; anything else shows every group. */
export function shownGroup(
	view: DashboardView | { status: 'withheld' },
	key: string | null
): { key: string; name: string } | null {
	if (view.status !== 'scored' || !key) return null;
	return view.shownGroups.find((g) => g.key === key) ?? null;
}

/** The comment lists worth a heading: at least one comment, and a title to show (never a key). */
function commentSections(
	current: CycleScoresScored,
	sectionTitles: Readonly<Record<string, string>>
): DashboardView['commentSections'] {
	const titles = new Map(current.dimensions.map((d) => [d.key, d.title]));
	return current.comments.flatMap((c) => {
		const title = titles.get(c.dimensionKey) ?? sectionTitles[c.dimensionKey];
		return c.count > 0 && title ? [{ ...c, title }] : [];
	});
}

/** Each applicable dimension against the previous cycle, and how many were tested. */
function changesSince(
	previousScored: CycleScoresScored | null,
	applicable: readonly DimensionScore[]
): Pick<DashboardView, 'changes' | 'comparisons'> {
	if (!previousScored) return { changes: null, comparisons: null };
	const { changes, comparisons } = compareDimensions(
		previousScored.dimensions.filter((d) => !d.notApplicable),
		[...applicable]
	);
	return { changes, comparisons };
}

/**
 * Everything the dashboard draws, from the anonymity-safe scores of this cycle and the one before.
 * Every figure comes from CycleScores as scored: withheld items, dimensions, cells and functions
 * are null there and stay null here (hot spots use only don't-know shares that are shown).
 */
export function dashboardView(
	current: CycleScores,
	previous: CycleScores | null,
	context: {
		facts?: CycleFacts;
		/** The cycle's stakeholder groups and the routing it runs with. */
		cycleGroups?: readonly string[];
		/** Section key → title, for comments on sections that are not scored dimensions. */
		sectionTitles?: Readonly<Record<string, string>>;
		routing?: Routing;
	} = {}
): DashboardView | { status: 'withheld'; withheld: string; respondents: number } {
	if (current.status === 'withheld')
		return { status: 'withheld', withheld: current.withheld, respondents: current.respondents };
	const previousScored = previous?.status === 'scored' ? previous : null;
	const applicable = current.dimensions.filter((d) => !d.notApplicable);
	const reference = referenceRows(current);
	const facts = context.facts ?? {};
	const cycleGroups = context.cycleGroups ?? [];
	const askedGroups: Record<string, string[]> = {};
	for (const d of applicable) {
		const asked = groupsAsked(d.key, cycleGroups, context.routing);
		if (asked.length < cycleGroups.length) askedGroups[d.key] = asked;
	}
	return {
		status: 'scored',
		anonymityThreshold: current.anonymityThreshold,
		commentThreshold: current.commentThreshold,
		overall: current.overall,
		radar: radarSeries(applicable, previousScored),
		dimensions: current.dimensions,
		notApplicable: current.dimensions
			.filter((d) => d.notApplicable)
			.map((d) => ({ key: d.key, title: d.title })),
		heatmap: heatmapOf(current.groups, applicable),
		integration: reference.integration,
		referenceQuestions: reference.referenceQuestions,
		referenceSource: studyCitation(getLocale()),
		askedGroups,
		integrationVerdicts: integrationVerdicts(current.integration.functions, facts),
		organisationFacts: {
			reference: referenceFacts(facts),
			stakeholderMap: stakeholderMapFacts(facts)
		},
		strongest: current.strongest,
		weakest: current.weakest,
		dontKnowHotSpots: dontKnowHotSpots(current.items),
		notMyAreaHotSpots: notMyAreaHotSpots(current.items, current.anonymityThreshold),
		comments: current.comments,
		commentSections: commentSections(current, context.sectionTitles ?? {}),
		integrationOverall: current.integration.overall,
		shownGroups: current.groups
			.filter((g) => g.withheld === null)
			.map((g) => ({ key: g.group, name: groupLabel(g.group) })),
		...changesSince(previousScored, applicable)
	};
}
