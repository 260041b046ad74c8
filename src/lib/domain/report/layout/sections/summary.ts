/**
 * The executive summary, one page that leads the report (issue 16): the headline figures, the
 * three things that matter, the decisions asked of the board, and a plain line per statistic.
 */
import type { Content } from 'pdfmake/interfaces';
import { isEarlyWin } from '../../../action/schema';
import type { CycleScoresScored } from '../../../scoring';
import { notice } from '../../charts';
import * as f from '../../format';
import { EXPLAIN, realChangeSummary, type BoardStory, type Explained } from '../../story';
import type { ReportInput } from '../../types';
import { cards, h1, h2, keyFigure, p, small, withheldReason } from '../blocks';
import { responseRateText, type Derived } from '../derive';

/** A withheld cycle: why, how many responded, and the threshold. */
function withheldSummary(input: ReportInput, d: Derived): Content[] {
	return [
		notice(
			`No scores are shown for this cycle: ${withheldReason(input.scores)}. ${input.scores.respondents} responses were submitted; the anonymity threshold is ${input.scores.anonymityThreshold}.`
		),
		p(`Response rate: ${responseRateText(d, input)}.`)
	];
}

/** The opening sentence: level, index and the base it rests on. */
function overview(input: ReportInput, scored: CycleScoresScored, story: BoardStory): Content {
	const o = scored.overall;
	const level = o.level !== null ? `level ${o.level}, ${o.levelName}` : 'no maturity level';
	return p([
		{ text: f.plain(input.organisation.name) },
		` is at ${level}: a maturity index of `,
		{ text: f.score(o.index), bold: true },
		` on the 1–5 scale (${f.score(o.index100, 0)} of 100), from ${o.respondents} responses across ${o.dimensionsScored} dimensions.`,
		input.provisional ? ' The cycle is still open, so these figures are provisional.' : '',
		input.previous
			? ` Since ${f.plain(input.previous.name)}: ${realChangeSummary(story, f.plain(input.previous.name))}.`
			: ''
	] as Content[]);
}

/** Index, level, change since the previous cycle and response rate as four cards. */
function keyFigures(input: ReportInput, d: Derived, scored: CycleScoresScored): Content {
	const o = scored.overall;
	const prevIndex = d.previous?.overall.index ?? null;
	const change = o.index !== null && prevIndex !== null ? o.index - prevIndex : null;
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
	return {
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
	};
}

/** How many actions are planned, done, and open early wins. */
function actionPlan(input: ReportInput): Content[] {
	if (!input.actions.length) return [];
	const wins = input.actions.filter(
		(a) => isEarlyWin(a) && a.status !== 'done' && a.status !== 'dropped'
	);
	return [
		h2('Action plan'),
		p(
			`${input.actions.length} action${input.actions.length === 1 ? '' : 's'} planned, ${input.actions.filter((a) => a.status === 'done').length} done; ${wins.length} open early win${wins.length === 1 ? '' : 's'} (high impact, low to medium complexity).`
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
	const out: Content[] = [h2('Three things that matter')];
	if (d.story.matters.length === 0)
		return [...out, p('No dimension has a score to single out in this cycle.')];
	out.push(
		numbered(d.story.matters.map((m) => ({ head: m.headline, detail: m.detail }))),
		small(
			'Chosen by a fixed rule: the largest real change since the previous cycle, the largest gap to target, and the dimension furthest below the peer median (the weakest dimension without peers), each about a different dimension.',
			{ margin: [0, 0, 0, 4] }
		)
	);
	return out;
}

/** What the board is asked to decide: budgets to approve and the next phase to start. */
function decisions(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = [h2('Decisions asked of the board')];
	if (d.story.decisions.length === 0) {
		out.push(
			p(
				input.actions.length || input.roadmap?.phases.length
					? 'No decision is asked in this report: no action waits for a budget and no roadmap phase waits to start.'
					: 'No decision is asked in this report: no action plan or roadmap has been recorded for this cycle yet.'
			),
			...actionPlan(input)
		);
		return out;
	}
	out.push(
		numbered(d.story.decisions.map((x) => ({ head: x.ask, detail: x.detail }))),
		...actionPlan(input)
	);
	return out;
}

/** One plain line for each statistic on the page. */
function howToRead(keys: Explained[]): Content[] {
	return [
		h2('How to read these figures'),
		{
			stack: [...new Set(keys)].map((k) => small(EXPLAIN[k], { margin: [0, 0, 0, 2] }))
		}
	];
}

export function executiveSummary(input: ReportInput, d: Derived): Content[] {
	const heading = h1('Executive summary', true);
	if (!d.scored) return [heading, ...withheldSummary(input, d), ...decisions(input, d)];
	return [
		heading,
		overview(input, d.scored, d.story),
		keyFigures(input, d, d.scored),
		...matters(d),
		...decisions(input, d),
		...howToRead([
			'index',
			...(d.previous ? (['realChange'] as const) : []),
			...d.story.matters.flatMap((m) => m.explains),
			'responseRate'
		])
	];
}
