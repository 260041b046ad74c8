/** "Action plan": early wins first, then the other actions, each by priority. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { isEarlyWin } from '../../../action/schema';
import { colours, notice } from '../../charts';
import * as f from '../../format';
import { fill, type ReportMessages } from '../../messages';
import type { ReportAction, ReportInput } from '../../types';
import { h1, h2, p, table, td, th } from '../blocks';
import { titleOf, type Derived } from '../derive';

// A fresh header per table: pdfmake annotates nodes while laying out, so they cannot be shared.
const header = ({ actionsHeader: h }: ReportMessages) => [
	th('#', 'right'),
	th(h.action),
	th(h.dimensions),
	th(h.owner),
	th(h.impact, 'center'),
	th(h.complexity, 'center'),
	th(h.due),
	th(h.status)
];

function actionRows(actions: ReportAction[], d: Derived, offset: number): TableCell[][] {
	const { t, f: fm } = d.locale;
	return actions.map((a, i) => [
		td(String(offset + i + 1), 'right', { color: colours.muted }),
		{
			text: [
				{ text: f.plain(a.title), bold: true },
				isEarlyWin(a) ? { text: `\n${t.earlyWin}`, color: colours.muted, fontSize: 7.5 } : ''
			]
		},
		td(a.dimensionKeys.map((k) => titleOf(d, k)).join(', ')),
		td(f.plain(a.owner)),
		td(String(a.impact), 'center'),
		td(String(a.complexity), 'center'),
		td(a.dueDate ? fm.shortDate(a.dueDate) : '–'),
		td(t.actionStatuses[a.status] ?? f.plain(a.status))
	]);
}

const byPriority = (a: ReportAction, b: ReportAction) =>
	b.impact - a.impact || a.complexity - b.complexity || a.title.localeCompare(b.title);

export function actionSection(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	const out: Content[] = [h1(t.actionPlan, d.breaks)];
	out.push(p(t.actionsRanked));
	if (input.actions.length === 0) {
		out.push(notice(t.noActions));
		return out;
	}
	const wins = input.actions.filter((a) => isEarlyWin(a)).sort(byPriority);
	const rest = input.actions.filter((a) => !isEarlyWin(a)).sort(byPriority);
	const widths = [10, '*', 76, 60, 28, 42, 50, 44];
	out.push(h2(fill(t.earlyWins, { count: wins.length })));
	out.push(
		wins.length
			? { ...table(widths, header(t), actionRows(wins, d, 0)), fontSize: 8 }
			: notice(t.noEarlyWin)
	);
	out.push(h2(fill(t.otherActions, { count: rest.length })));
	out.push(
		rest.length
			? { ...table(widths, header(t), actionRows(rest, d, wins.length)), fontSize: 8 }
			: notice(t.everyActionWin)
	);
	return out;
}
