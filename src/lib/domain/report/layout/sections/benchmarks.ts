/** "Benchmarks": the reference study's figures against the organisation's, then the peers. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { integrationReference, referenceQuestions } from '../../../benchmark/reference';
import { integrationVerdicts } from '../../../cycle/facts';
import { isWithheld, type CycleScoresScored } from '../../../scoring';
import { legend, referenceBarChart, type ReferenceBarRow } from '../../charts';
import * as f from '../../format';
import { fill, studyCitationIn, type ReportMessages } from '../../messages';
import type { ReportInput } from '../../types';
import { h1, h2, p, small, table, td, th } from '../blocks';
import { functionKey, type Derived } from '../derive';
import { CONTENT_WIDTH } from '../page';
import { peerBlock } from './peers';

/** Short chart labels for the reference questions (the table beside them has the full wording). */
const referenceLabels = (t: ReportMessages): Record<string, string> => ({
	'reference.best_customers': t.bestCustomers,
	'reference.hiring_crm_skills': t.hiringCrmSkills
});

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
	const { t, f: fm } = d.locale;
	const rows: TableCell[][] = [];
	const yesNo = (x: boolean | null | undefined) => (x === true ? t.yes : x === false ? t.no : '–');
	// Both columns count organisations: the study's share, and whether this one does it.
	for (const [key, share] of Object.entries(integrationReference)) {
		const fn = fnByKey.get(key);
		const name = f.plain(itemText.get(`functional_integration.${key}`) ?? fn?.text ?? key);
		rows.push([
			td(fill(t.integratedIntoCrm, { function: name })),
			td(fm.percent(share), 'right'),
			td(yesNo(verdicts.get(key)?.integrated), 'right', { bold: true })
		]);
	}
	for (const [key, q] of Object.entries(referenceQuestions)) {
		const ours = refByKey.get(key);
		const asked = d.locale.language === 'en' ? q.wording : (itemText.get(key) ?? q.wording);
		const wording = asked.charAt(0).toUpperCase() + asked.slice(1);
		const lead = facts[key];
		rows.push([
			td(wording),
			td(fm.percent(q.share), 'right'),
			td(
				lead !== undefined
					? yesNo(lead === 1)
					: ours
						? fill(t.ofRespondents, { share: fm.percent(ours.share) })
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
	const { t, f: fm } = d.locale;
	const labels = referenceLabels(t);
	const refRows: ReferenceBarRow[] = Object.entries(referenceQuestions).map(([key, q]) => {
		const ours = refByKey.get(key);
		return {
			label: labels[key] ?? f.truncate(f.plain(ours?.text ?? q.wording), 34),
			share: ours?.share ?? null,
			reference: q.share,
			value: fill(t.ourAgainstStudy, { ours: fm.percent(ours?.share), study: fm.percent(q.share) })
		};
	});
	return [
		referenceBarChart(refRows, CONTENT_WIDTH, d.locale.chart),
		legend([
			{ symbol: 'bar', text: t.respondentsYes },
			{ symbol: 'diamond', text: t.referenceStudy }
		])
	];
}

function referenceStudy(input: ReportInput, d: Derived): Content[] {
	const { t } = d.locale;
	const refByKey = new Map((d.scored?.reference ?? []).map((x) => [x.key, x]));
	return [
		h2(t.referenceStudy),
		p([{ text: t.source, bold: true }, { text: `${studyCitationIn(t)}.` }] as Content[]),
		table(
			['*', 80, 80],
			[th(t.referenceFigure), th(t.study, 'right'), th(t.yourOrganisation, 'right')],
			referenceRows(input, d, refByKey)
		),
		small(t.studyCountsOrganisations, { margin: [0, -4, 0, 8] }),
		...referenceChart(d, refByKey)
	];
}

/** The peer comparison under its heading. */
function peers(input: ReportInput, d: Derived): Content[] {
	// The heading travels with the peer chart rather than being left alone at a page end.
	const [intro, rule, ...rest] = peerBlock(input, d);
	const head: Content[] = [
		h2(d.locale.t.peerOrganisations),
		intro as Content,
		rule as Content,
		...rest.slice(0, 2)
	];
	const short = isWithheld(input.peers.benchmark) || input.peers.benchmark.length <= 24;
	return [short ? { unbreakable: true, stack: head } : { stack: head }, ...rest.slice(2)];
}

export function benchmarkSection(input: ReportInput, d: Derived): Content[] {
	return [h1(d.locale.t.benchmarks, d.breaks), ...referenceStudy(input, d), ...peers(input, d)];
}
