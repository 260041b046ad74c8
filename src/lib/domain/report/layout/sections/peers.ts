/** The peer benchmark: how the organisation sits in the spread of its peers, per dimension. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { MIN_PEERS, MIN_PEERS_DECILE, isWithheld, type DimensionBenchmark } from '../../../scoring';
import { colours, legend, notice, peerSpreadChart, type PeerSpreadRow } from '../../charts';
import * as f from '../../format';
import { fill, type ReportLocale } from '../../messages';
import { countOf } from '../../story';
import type { ReportInput } from '../../types';
import { p, small, table, td, th } from '../blocks';
import { titleOf, type Derived } from '../derive';
import { CONTENT_WIDTH } from '../page';

/** Who the peers are, and the rules a peer figure is shown under. */
function intro(input: ReportInput, { t }: ReportLocale): Content[] {
	const filter = input.peers.filter
		? fill(t.peersFiltered, { filter: f.plain(input.peers.filter) })
		: t.peersWho;
	const rule = fill(t.peersRule, { min: MIN_PEERS, minDecile: MIN_PEERS_DECILE });
	return [p(filter), small(rule, { margin: [0, 0, 0, 6] })];
}

/** Why the benchmark is not shown at all (withheld, empty, or withheld for every dimension). */
function unavailable(bench: DimensionBenchmark[], { t }: ReportLocale): Content | null {
	if (bench.length === 0) return notice(t.peersNoScores);
	if (bench.some((b) => !('withheld' in b))) return null;
	const reasons = [...new Set(bench.map((b) => ('withheld' in b ? b.withheld : '')))].filter(
		Boolean
	);
	const most = Math.max(...bench.map((b) => b.peers));
	return notice(
		fill(t.peersWithheldAll, {
			reasons: reasons.map(f.plain).join('; '),
			most: countOf(most, t.peerOne, t.peerMany)
		})
	);
}

function spreadRows(d: Derived, bench: DimensionBenchmark[]): PeerSpreadRow[] {
	const { t, f: fm } = d.locale;
	return bench.map((b) =>
		'withheld' in b
			? { label: titleOf(d, b.key), withheld: `${f.plain(b.withheld)} (${b.peers})` }
			: {
					label: titleOf(d, b.key),
					own: b.own,
					median: b.median,
					topQuartile: b.topQuartile,
					topDecile: b.topDecile,
					value:
						b.band === null
							? t.youNone
							: fill(t.youBand, { score: fm.score(b.own), band: t.bands[b.band] })
				}
	);
}

function tableRow(d: Derived, b: DimensionBenchmark): TableCell[] {
	const { t, f: fm } = d.locale;
	if ('withheld' in b)
		return [
			td(titleOf(d, b.key)),
			td(fm.score(b.own), 'right'),
			td(fill(t.withheldReason, { reason: f.plain(b.withheld) }), 'left', {
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
		td(fm.score(b.own), 'right', { bold: true }),
		td(fm.score(b.median, 1), 'right'),
		td(fm.score(b.topQuartile, 1), 'right'),
		td(fm.score(b.topDecile, 1), 'right'),
		td(b.band ? t.bands[b.band] : '–', 'right'),
		td(String(b.peers), 'right')
	];
}

function peerTable(d: Derived, bench: DimensionBenchmark[]): Content {
	const { t } = d.locale;
	const h = t.peersHeader;
	return table(
		['*', 36, 40, 50, 46, 52, 34],
		[
			th(t.dimension),
			th(h.you, 'right'),
			th(h.median, 'right'),
			th(h.topQuartile, 'right'),
			th(h.topDecile, 'right'),
			th(h.band, 'right'),
			th(h.peers, 'right')
		],
		bench.map((b) => tableRow(d, b)),
		[0, 2, 0, 10]
	);
}

/** Intro and rule, then the spread chart with its legend and table, or why there is none. */
export function peerBlock(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	const out: Content[] = intro(input, d.locale);
	const bench = input.peers.benchmark;
	if (isWithheld(bench)) {
		out.push(notice(fill(t.peersNotShown, { reason: f.plain(bench.withheld) })));
		return out;
	}
	const none = unavailable(bench, d.locale);
	if (none) return [...out, none];
	out.push(peerSpreadChart(spreadRows(d, bench), CONTENT_WIDTH));
	out.push(
		legend([
			{ symbol: 'median', text: t.peersHeader.median },
			{ symbol: 'band', text: t.medianToTopQuartile },
			{ symbol: 'hatch', text: t.topQuartileToDecile },
			{ symbol: 'diamond', text: t.yourOrganisation }
		])
	);
	out.push(peerTable(d, bench));
	return out;
}
