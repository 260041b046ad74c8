/**
 * "Roadmap" and "CRM activity portfolio" for the board (issue 15): discovery, each dimension's
 * written future state beside its target, the phased plan with early wins first, and the
 * activities by decision. Reports stored before these existed have neither: nothing is drawn.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { isEarlyWin } from '../../../action/ranking';
import { notice } from '../../charts';
import * as f from '../../format';
import type { ReportInput } from '../../types';
import { h1, h2, p, small, table, td, th } from '../blocks';
import { titleOf, type Derived } from '../derive';

const phaseDates = (ph: { startsOn: string | null; endsOn: string | null }) =>
	ph.startsOn || ph.endsOn
		? `${ph.startsOn ? f.shortDate(ph.startsOn) : '…'} – ${ph.endsOn ? f.shortDate(ph.endsOn) : '…'}`
		: 'no dates set';

function plan(input: ReportInput, d: Derived): Content[] {
	const rm = input.roadmap!;
	const out: Content[] = [h2('Phased plan')];
	if (rm.phases.length === 0) {
		out.push(notice('No phases have been planned for this cycle yet.'));
		return out;
	}
	const rows: TableCell[][] = rm.phases.map((ph, i) => [
		td(String(i + 1), 'right'),
		{
			stack: [
				{ text: f.plain(ph.name), bold: true },
				{ text: phaseDates(ph), style: 'small' }
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
									? ` · early win (${a.impact}×${a.complexity})`
									: ` · ${a.impact}×${a.complexity}`,
								color: '#5b6b78',
								fontSize: 7.5
							}
						]
					}))
				: [{ text: 'No actions yet', style: 'small' }]
		}
	]);
	out.push({
		...table(
			[12, 110, 110, '*'],
			[th('#', 'right'), th('Phase'), th('Dimensions'), th('Actions (impact × complexity)')],
			rows
		),
		fontSize: 8
	});
	if (rm.unphased > 0)
		out.push(small(`${rm.unphased} action${rm.unphased === 1 ? '' : 's'} not in a phase yet.`));
	return out;
}

export function roadmapSection(input: ReportInput, d: Derived): Content[] {
	const rm = input.roadmap;
	if (!rm) return [];
	const out: Content[] = [h1('Roadmap', d.breaks)];
	out.push(
		p(
			'The roadmap follows four phases: discovery, an assessment of the opportunities, the current state against a written future state, and a phased plan that closes the gaps with early wins (high impact, low to medium complexity) first.'
		)
	);
	out.push(h2('Discovery'));
	out.push(p([{ text: 'Goals and objectives: ', bold: true }, f.plain(rm.goals) || '–']));
	out.push(p([{ text: 'Assets and data: ', bold: true }, f.plain(rm.assets) || '–']));
	out.push(
		p([
			{ text: 'Stakeholder interviews: ', bold: true },
			rm.interviews.length
				? rm.interviews.map((i) => `${f.plain(i.who)} (${f.shortDate(i.heldOn)})`).join('; ')
				: 'none recorded'
		])
	);
	out.push(h2('Current state and future state'));
	if (rm.futureStates.length === 0) out.push(notice('No future state has been written yet.'));
	else
		out.push({
			...table(
				[110, 40, 40, '*'],
				[th('Dimension'), th('Now', 'right'), th('Target', 'right'), th('Future state')],
				rm.futureStates.map((s) => [
					td(f.plain(s.title)),
					td(f.score(s.current), 'right'),
					td(f.score(s.target), 'right'),
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
	const out: Content[] = [h1('CRM activity portfolio', d.breaks)];
	if (pf.total === 0) {
		out.push(notice('No CRM activities have been recorded yet.'));
		return out;
	}
	out.push(
		p(
			`${pf.total} CRM activit${pf.total === 1 ? 'y' : 'ies'} in the inventory, grouped by the decision taken in this cycle's review.`
		)
	);
	out.push({
		...table(
			[150, '*'],
			[th('Decision'), th('Activities')],
			pf.byDecision.map((g) => [
				td(`${f.plain(g.label)} (${g.activities.length})`),
				td(g.activities.map(f.plain).join(', '))
			])
		),
		fontSize: 8
	});
	out.push(h2('Activities serving no strategic objective'));
	out.push(
		pf.noObjective.length
			? p(pf.noObjective.map(f.plain).join(', '))
			: p('Every activity serves a part of the CRM strategy.')
	);
	return out;
}
