/**
 * The executive summary, one page that leads the report (issue 16): the headline figures, the
 * three things that matter, the decisions asked of the board, and a plain line per statistic.
 */
import type { Content } from 'pdfmake/interfaces';
import { isEarlyWin } from '../../../action/schema';
import type { CycleScoresScored } from '../../../scoring';
import { notice } from '../../charts';
import * as f from '../../format';
import { fill } from '../../messages';
import { countOf, realChangeSummary, type Explained } from '../../story';
import type { ReportInput } from '../../types';
import { cards, h1, h2, keyFigure, p, small, withheldReason } from '../blocks';
import { responseRateText, type Derived } from '../derive';

/** A withheld cycle: why, how many responded, and the threshold. */
function withheldSummary(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	return [
		notice(
			fill(t.summaryWithheld, {
				reason: withheldReason(input.scores),
				responses: input.scores.respondents,
				threshold: input.scores.anonymityThreshold
			})
		),
		p(fill(t.responseRateLine, { rate: responseRateText(d, input) }))
	];
}

/** The opening sentence: level, index and the base it rests on. */
function overview(input: ReportInput, scored: CycleScoresScored, d: Derived): Content {
	const { t, f: fm } = d.locale;
	const o = scored.overall;
	const level =
		o.level !== null
			? fill(t.overviewLevel, { level: o.level, name: t.levels[o.level - 1] ?? '' })
			: t.overviewNoLevel;
	return p([
		{ text: f.plain(input.organisation.name) },
		fill(t.overviewIs, { level }),
		{ text: fm.score(o.index), bold: true },
		fill(t.overviewRest, {
			responses: o.respondents,
			dimensions: o.dimensionsScored
		}),
		input.provisional ? t.overviewProvisional : '',
		input.previous
			? fill(t.overviewSince, {
					previous: f.plain(input.previous.name),
					summary: realChangeSummary(d.story, f.plain(input.previous.name), d.locale)
				})
			: ''
	] as Content[]);
}

/** Index, level, change since the previous cycle and response rate as four cards. */
function keyFigures(input: ReportInput, d: Derived, scored: CycleScoresScored): Content {
	const { t, f: fm } = d.locale;
	const o = scored.overall;
	const prevIndex = d.previous?.overall.index ?? null;
	const change = o.index !== null && prevIndex !== null ? o.index - prevIndex : null;
	const changeCell =
		change === null
			? keyFigure(
					t.changeSincePrevious,
					'–',
					input.previous ? fill(t.notScored, { cycle: f.plain(input.previous.name) }) : t.firstCycle
				)
			: keyFigure(
					t.changeSincePrevious,
					fm.signed(change),
					fill(t.changeFrom, {
						index: fm.score(prevIndex),
						cycle: f.plain(input.previous?.name ?? '')
					})
				);
	return {
		table: {
			widths: ['*', '*', '*', '*'],
			body: [
				[
					keyFigure(t.maturityIndex, fm.score(o.index), t.onScale),
					keyFigure(
						t.maturityLevel,
						o.level !== null ? String(o.level) : '–',
						o.level !== null ? (t.levels[o.level - 1] ?? '') : ''
					),
					changeCell,
					keyFigure(
						t.responseRate,
						fm.percent(d.responseRate.rate),
						d.responseRate.rate === null
							? fill(t.responsesCount, { count: o.respondents })
							: fill(t.invitedOf, {
									responded: d.responseRate.responded,
									invited: d.responseRate.invited
								})
					)
				]
			]
		},
		layout: cards,
		margin: [0, 4, 0, 14]
	};
}

/** How many actions are planned, done, and open early wins. */
function actionPlan(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	if (!input.actions.length) return [];
	const wins = input.actions.filter(
		(a) => isEarlyWin(a) && a.status !== 'done' && a.status !== 'dropped'
	);
	return [
		h2(t.actionPlan),
		p(
			fill(t.actionPlanLine, {
				actions: countOf(input.actions.length, t.actionOne, t.actionMany),
				done: input.actions.filter((a) => a.status === 'done').length,
				wins: countOf(wins.length, t.openWinOne, t.openWinMany)
			})
		)
	];
}

/** A numbered list of a bold line and a sentence under it. */
function numbered(rows: Array<{ head: string; detail: string }>): Content {
	return {
		ol: rows.map((r) => ({
			stack: [
				{ text: r.head, bold: true },
				{ text: r.detail, margin: [0, 1, 0, 5] }
			]
		})),
		margin: [0, 0, 0, 4]
	};
}

/** The three things that matter, by the rule of docs/scoring.md §12. */
function matters(d: Derived): Content[] {
	const { t } = d.locale;
	const out: Content[] = [h2(t.threeThings)];
	if (d.story.matters.length === 0) return [...out, p(t.nothingToSingleOut)];
	out.push(
		numbered(d.story.matters.map((m) => ({ head: m.headline, detail: m.detail }))),
		small(t.threeThingsRule, { margin: [0, 0, 0, 4] })
	);
	return out;
}

/** What the board is asked to decide: budgets to approve and the next phase to start. */
function decisions(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	const out: Content[] = [h2(t.decisionsAsked)];
	if (d.story.decisions.length === 0) {
		out.push(
			p(
				input.actions.length || input.roadmap?.phases.length
					? t.noDecisionWaiting
					: t.noDecisionNoPlan
			),
			...actionPlan(input, d)
		);
		return out;
	}
	out.push(
		numbered(d.story.decisions.map((x) => ({ head: x.ask, detail: x.detail }))),
		...actionPlan(input, d)
	);
	return out;
}

/** One plain line for each statistic on the page. */
function howToRead(d: Derived, keys: Explained[]): Content[] {
	const { t } = d.locale;
	return [
		h2(t.howToRead),
		{
			stack: [...new Set(keys)].map((k) => small(t.explain[k], { margin: [0, 0, 0, 2] }))
		}
	];
}

export function executiveSummary(input: ReportInput, d: Derived): Content[] {
	const heading = h1(d.locale.t.executiveSummary, true);
	if (!d.scored) return [heading, ...withheldSummary(input, d), ...decisions(input, d)];
	return [
		heading,
		overview(input, d.scored, d),
		keyFigures(input, d, d.scored),
		...matters(d),
		...decisions(input, d),
		...howToRead(d, [
			'index',
			...(d.previous ? (['realChange'] as const) : []),
			...d.story.matters.flatMap((m) => m.explains),
			'responseRate'
		])
	];
}
