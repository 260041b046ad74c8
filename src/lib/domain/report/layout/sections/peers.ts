/** The peer benchmark: how the organisation sits in the spread of its peers, per dimension. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { MIN_PEERS, MIN_PEERS_DECILE, isWithheld, type DimensionBenchmark } from '../../../scoring';
import { colours, legend, notice, peerSpreadChart, type PeerSpreadRow } from '../../charts';
import * as f from '../../format';
import type { ReportInput } from '../../types';
import { p, small, table, td, th } from '../blocks';
import { titleOf, type Derived } from '../derive';
import { CONTENT_WIDTH } from '../page';

/** Who the peers are, and the rules a peer figure is shown under. */
function intro(input: ReportInput): Content[] {
	const filter = input.peers.filter
		? `Peers filtered: ${f.plain(input.peers.filter)}.`
		: 'Peers: organisations admitted to this installation’s benchmark panel by its operator, sharing no member with yours.';
	const rule = `Shown per dimension only with at least ${MIN_PEERS} peers (the top decile with at least ${MIN_PEERS_DECILE}), each with a closed cycle of at least 10 responses; figures rounded to one decimal. Quantiles by linear interpolation (Hyndman & Fan type 7); your position is given as a band.`;
	return [p(filter), small(rule, { margin: [0, 0, 0, 6] })];
}

/** Why the benchmark is not shown at all (withheld, empty, or withheld for every dimension). */
function unavailable(bench: DimensionBenchmark[]): Content | null {
	if (bench.length === 0)
		return notice('Peer benchmark not shown: no dimension scores to compare.');
	if (bench.some((b) => !('withheld' in b))) return null;
	const reasons = [...new Set(bench.map((b) => ('withheld' in b ? b.withheld : '')))].filter(
		Boolean
	);
	const most = Math.max(...bench.map((b) => b.peers));
	return notice(
		`Peer benchmark withheld for every dimension: ${reasons.map(f.plain).join('; ')} (at most ${most} peer organisation${most === 1 ? '' : 's'} with a score).`
	);
}

function spreadRows(d: Derived, bench: DimensionBenchmark[]): PeerSpreadRow[] {
	return bench.map((b) =>
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
}

function tableRow(d: Derived, b: DimensionBenchmark): TableCell[] {
	if ('withheld' in b)
		return [
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
		];
	return [
		td(titleOf(d, b.key)),
		td(f.score(b.own), 'right', { bold: true }),
		td(f.score(b.median, 1), 'right'),
		td(f.score(b.topQuartile, 1), 'right'),
		td(f.score(b.topDecile, 1), 'right'),
		td(b.band ?? '–', 'right'),
		td(String(b.peers), 'right')
	];
}

function peerTable(d: Derived, bench: DimensionBenchmark[]): Content {
	return table(
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
		bench.map((b) => tableRow(d, b)),
		[0, 2, 0, 10]
	);
}

/** Intro and rule, then the spread chart with its legend and table, or why there is none. */
export function peerBlock(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = intro(input);
	const bench = input.peers.benchmark;
	if (isWithheld(bench)) {
		out.push(notice(`Peer benchmark not shown: ${f.plain(bench.withheld)}.`));
		return out;
	}
	const none = unavailable(bench);
	if (none) return [...out, none];
	out.push(peerSpreadChart(spreadRows(d, bench), CONTENT_WIDTH));
	out.push(
		legend([
			{ symbol: 'median', text: 'Median' },
			{ symbol: 'band', text: 'Median to top quartile' },
			{ symbol: 'hatch', text: 'Top quartile to top decile' },
			{ symbol: 'diamond', text: 'Your organisation' }
		])
	);
	out.push(peerTable(d, bench));
	return out;
}
