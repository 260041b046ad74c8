/** "Benchmarks": the reference study's figures against the organisation's, then the peers. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
	integrationReference,
	referenceQuestions,
	referenceSource
} from '../../../benchmark/reference';
import { integrationVerdicts } from '../../../cycle/facts';
import { isWithheld, type CycleScoresScored } from '../../../scoring';
import { legend, referenceBarChart, type ReferenceBarRow } from '../../charts';
import * as f from '../../format';
import type { ReportInput } from '../../types';
import { h1, h2, p, small, table, td, th } from '../blocks';
import { functionKey, type Derived } from '../derive';
import { CONTENT_WIDTH } from '../page';
import { peerBlock } from './peers';

/** Short chart labels for the reference questions (the table beside them has the full wording). */
const referenceLabels: Record<string, string> = {
	'reference.best_customers': 'Best customers treated differently',
	'reference.hiring_crm_skills': 'CRM skills required when hiring'
};

type Reference = CycleScoresScored['reference'][number];

/** Study against organisation: one row per integrated function, then per reference question. */
function referenceRows(
	input: ReportInput,
	d: Derived,
	refByKey: Map<string, Reference>
): TableCell[][] {
	const fnByKey = new Map(
		(d.scored?.integration.functions ?? []).map((x) => [functionKey(x.key), x])
	);
	const itemText = new Map(
		input.instrument.sections.flatMap((s) => s.items.map((i) => [i.key, i.text] as const))
	);
	const facts = input.facts ?? {};
	const verdicts = new Map(
		integrationVerdicts(d.scored?.integration.functions ?? [], facts).functions.map((v) => [
			functionKey(v.key),
			v
		])
	);
	const rows: TableCell[][] = [];
	const yesNo = (x: boolean | null | undefined) => (x === true ? 'yes' : x === false ? 'no' : '–');
	// Both columns count organisations: the study's share, and whether this one does it.
	for (const [key, share] of Object.entries(integrationReference)) {
		const fn = fnByKey.get(key);
		const name = fn
			? f.plain(fn.text)
			: f.plain(itemText.get(`functional_integration.${key}`) ?? key);
		rows.push([
			td(`${name}: integrated into CRM efforts`),
			td(f.percent(share), 'right'),
			td(yesNo(verdicts.get(key)?.integrated), 'right', { bold: true })
		]);
	}
	for (const [key, q] of Object.entries(referenceQuestions)) {
		const ours = refByKey.get(key);
		const wording = q.wording.charAt(0).toUpperCase() + q.wording.slice(1);
		const lead = facts[key];
		rows.push([
			td(wording),
			td(f.percent(q.share), 'right'),
			td(
				lead !== undefined
					? yesNo(lead === 1)
					: ours
						? `${f.percent(ours.share)} of respondents`
						: '–',
				'right',
				{ bold: true }
			)
		]);
	}
	return rows;
}

/** The reference questions as share bars against the study (scored cycles only). */
function referenceChart(d: Derived, refByKey: Map<string, Reference>): Content[] {
	if (!d.scored) return [];
	const refRows: ReferenceBarRow[] = Object.entries(referenceQuestions).map(([key, q]) => {
		const ours = refByKey.get(key);
		return {
			label: referenceLabels[key] ?? f.truncate(f.plain(ours?.text ?? q.wording), 34),
			share: ours?.share ?? null,
			reference: q.share,
			value: `${f.percent(ours?.share)} · study ${f.percent(q.share)}`
		};
	});
	return [
		referenceBarChart(refRows, CONTENT_WIDTH),
		legend([
			{ symbol: 'bar', text: 'Your respondents answering yes' },
			{ symbol: 'diamond', text: 'Reference study' }
		])
	];
}

function referenceStudy(input: ReportInput, d: Derived): Content[] {
	const refByKey = new Map((d.scored?.reference ?? []).map((x) => [x.key, x]));
	return [
		h2('Reference study'),
		p([{ text: 'Source: ', bold: true }, { text: `${referenceSource}.` }] as Content[]),
		table(
			['*', 80, 80],
			[th('Reference figure'), th('Study', 'right'), th('Your organisation', 'right')],
			referenceRows(input, d, refByKey)
		),
		small(
			'The study counts organisations, so “your organisation” says whether it integrates the function (the lead’s facts, else the respondents’ middle rating) or answers yes (the lead’s facts, else the share of respondents answering yes).',
			{
				margin: [0, -4, 0, 8]
			}
		),
		...referenceChart(d, refByKey)
	];
}

/** The peer comparison under its heading. */
function peers(input: ReportInput, d: Derived): Content[] {
	// The heading travels with the peer chart rather than being left alone at a page end.
	const [intro, rule, ...rest] = peerBlock(input, d);
	const head: Content[] = [
		h2('Peer organisations'),
		intro as Content,
		rule as Content,
		...rest.slice(0, 2)
	];
	const short = isWithheld(input.peers.benchmark) || input.peers.benchmark.length <= 24;
	return [short ? { unbreakable: true, stack: head } : { stack: head }, ...rest.slice(2)];
}

export function benchmarkSection(input: ReportInput, d: Derived): Content[] {
	return [h1('Benchmarks', d.breaks), ...referenceStudy(input, d), ...peers(input, d)];
}
