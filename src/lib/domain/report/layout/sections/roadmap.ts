/**
 * "Roadmap" and "CRM activity portfolio" for the board (issue 15): discovery, each dimension's
 * written future state beside its target, the phased plan with early wins first, and the
 * activities by decision. Reports stored before these existed have neither: nothing is drawn.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { isEarlyWin } from '../../../action/ranking';
import { notice } from '../../charts';
import * as f from '../../format';
import { fill, type ReportLocale } from '../../messages';
import { countOf } from '../../story';
import type { ReportInput } from '../../types';
import { h1, h2, p, small, table, td, th } from '../blocks';
import { titleOf, type Derived } from '../derive';

const phaseDates = (
	ph: { startsOn: string | null; endsOn: string | null },
	{ t, f: fm }: ReportLocale
) =>
	ph.startsOn || ph.endsOn
		? `${ph.startsOn ? fm.shortDate(ph.startsOn) : '…'} – ${ph.endsOn ? fm.shortDate(ph.endsOn) : '…'}`
		: t.noDatesSet;

function plan(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	const rm = input.roadmap!;
	const out: Content[] = [h2(t.phasedPlan)];
	if (rm.phases.length === 0) {
		out.push(notice(t.noPhases));
		return out;
	}
	const rows: TableCell[][] = rm.phases.map((ph, i) => [
		td(String(i + 1), 'right'),
		{
			stack: [
				{ text: f.plain(ph.name), bold: true },
				{ text: phaseDates(ph, d.locale), style: 'small' }
			]
		},
		td(ph.dimensionKeys.map((k) => titleOf(d, k)).join(', ') || '–'),
		{
			stack: ph.actions.length
				? ph.actions.map((a) => ({
						text: [
							f.plain(a.title),
							{
								text: isEarlyWin(a)
									? fill(t.earlyWinRating, { impact: a.impact, complexity: a.complexity })
									: ` · ${a.impact}×${a.complexity}`,
								color: '#5b6b78',
								fontSize: 7.5
							}
						]
					}))
				: [{ text: t.noActionsYet, style: 'small' }]
		}
	]);
	out.push({
		...table(
			[12, 110, 110, '*'],
			[th('#', 'right'), th(t.phaseHeader), th(t.actionsHeader.dimensions), th(t.actionsRating)],
			rows
		),
		fontSize: 8
	});
	if (rm.unphased > 0) out.push(small(countOf(rm.unphased, t.unphasedOne, t.unphasedMany)));
	return out;
}

export function roadmapSection(input: ReportInput, d: Derived): Content[] {
	const rm = input.roadmap;
	if (!rm) return [];
	const { t, f: fm } = d.locale;
	const out: Content[] = [h1(t.roadmap, d.breaks)];
	out.push(p(t.roadmapIntro));
	out.push(h2(t.discovery));
	out.push(p([{ text: t.goals, bold: true }, f.plain(rm.goals) || '–']));
	out.push(p([{ text: t.assets, bold: true }, f.plain(rm.assets) || '–']));
	out.push(
		p([
			{ text: t.interviews, bold: true },
			rm.interviews.length
				? rm.interviews.map((i) => `${f.plain(i.who)} (${fm.shortDate(i.heldOn)})`).join('; ')
				: t.noneRecorded
		])
	);
	out.push(h2(t.currentAndFuture));
	if (rm.futureStates.length === 0) out.push(notice(t.noFutureState));
	else
		out.push({
			...table(
				[110, 40, 40, '*'],
				[th(t.dimension), th(t.now, 'right'), th(t.target, 'right'), th(t.futureState)],
				rm.futureStates.map((s) => [
					td(f.plain(s.title)),
					td(fm.score(s.current), 'right'),
					td(fm.score(s.target), 'right'),
					td(f.plain(s.description))
				])
			),
			fontSize: 8
		});
	out.push(...plan(input, d));
	return out;
}

export function portfolioSection(input: ReportInput, d: Derived): Content[] {
	const pf = input.portfolio;
	if (!pf) return [];
	const { t } = d.locale;
	const out: Content[] = [h1(t.portfolio, d.breaks)];
	if (pf.total === 0) {
		out.push(notice(t.noActivities));
		return out;
	}
	out.push(p(countOf(pf.total, t.activitiesOne, t.activitiesMany)));
	out.push({
		...table(
			[150, '*'],
			[th(t.decision), th(t.activities)],
			pf.byDecision.map((g) => {
				// Inputs stored before the decision was kept have its English label only.
				const name =
					g.decision === undefined ? f.plain(g.label) : t.portfolioDecisions[g.decision ?? 'none'];
				return [td(`${name} (${g.activities.length})`), td(g.activities.map(f.plain).join(', '))];
			})
		),
		fontSize: 8
	});
	out.push(h2(t.noObjective));
	out.push(
		pf.noObjective.length ? p(pf.noObjective.map(f.plain).join(', ')) : p(t.everyActivityServes)
	);
	return out;
}
