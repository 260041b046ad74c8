/** "Action plan": early wins first, then the other actions, each by priority. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { actionStatusLabels, isEarlyWin } from '../../../action/schema';
import { colours, notice } from '../../charts';
import * as f from '../../format';
import type { ReportAction, ReportInput } from '../../types';
import { h1, h2, p, table, td, th } from '../blocks';
import { titleOf, type Derived } from '../derive';

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

const byPriority = (a: ReportAction, b: ReportAction) =>
	b.impact - a.impact || a.complexity - b.complexity || a.title.localeCompare(b.title);

export function actionSection(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = [h1('Action plan', d.breaks)];
	out.push(
		p(
			'Actions are ranked by business impact (1–5) against technical complexity (1–5). Early wins — impact 4 or more with complexity 3 or less (high impact, low to medium complexity, as Giga ranks projects) — come first: they build momentum while larger projects are prepared.'
		)
	);
	if (input.actions.length === 0) {
		out.push(notice('No actions have been recorded for this cycle yet.'));
		return out;
	}
	const wins = input.actions.filter((a) => isEarlyWin(a)).sort(byPriority);
	const rest = input.actions.filter((a) => !isEarlyWin(a)).sort(byPriority);
	const widths = [10, '*', 76, 60, 28, 42, 50, 44];
	out.push(h2(`Early wins (${wins.length})`));
	out.push(
		wins.length
			? { ...table(widths, header(), actionRows(wins, d, 0)), fontSize: 8 }
			: notice('No action is both high-impact (4–5) and of low to medium complexity (1–3).')
	);
	out.push(h2(`Other actions (${rest.length})`));
	out.push(
		rest.length
			? { ...table(widths, header(), actionRows(rest, d, wins.length)), fontSize: 8 }
			: notice('Every action is an early win.')
	);
	return out;
}
