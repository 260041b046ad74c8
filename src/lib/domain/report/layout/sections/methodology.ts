/** "Appendix: methodology": how every figure in the report is made and when it is withheld. */
import type { Content } from 'pdfmake/interfaces';
import { LOW_RESPONSE_RATE } from '../../../cycle/status';
import { ALPHA_MIN_COMPLETE, MIN_PEERS, MIN_PEERS_DECILE, isWithheld } from '../../../scoring';
import * as f from '../../format';
import { fill, groupNameIn, studyCitationIn, type ReportLocale } from '../../messages';
import type { ReportInput } from '../../types';
import { h1, h2, notShown, p, small, table, td, th } from '../blocks';

/** "withheld: fewer than 5 responses", without doubling a reason that already says so. */
const withheldIn = (t: ReportLocale['t'], reason: string) =>
	/^(withheld|retenido|zurückgehalten)\b/i.test(reason)
		? reason
		: fill(t.withheldReason, { reason });
import { responseRateText, titleOf, type Derived } from '../derive';

/** The five levels with their score bands, and how scores are aggregated. */
function scale({ t, f: fm }: ReportLocale): Content[] {
	const m = t.method;
	return [
		h2(m.scale),
		p(m.scaleIntro),
		table(
			[36, 74, '*', 70],
			[th(t.level), th(m.name), th(m.looksLike), th(m.scoreBand)],
			t.levels.map((name, i) => [
				td(String(i + 1)),
				td(name, 'left', { bold: true }),
				td(t.levelSummaries[i] ?? ''),
				td(i === 4 ? fm.score(5) : `${fm.score(i + 1)}–${fm.score(i + 1.99)}`)
			])
		),
		p(m.aggregation)
	];
}

/** Responses and rate, with a table per stakeholder group when there is an invitation list. */
function respondents(input: ReportInput, d: Derived): Content[] {
	const { t, f: fm } = d.locale;
	const m = t.method;
	const s = input.scores;
	const out: Content[] = [
		h2(m.respondents),
		p(
			fill(m.respondentsLine, {
				responses: s.respondents,
				rate: responseRateText(d, input),
				low: fm.percent(LOW_RESPONSE_RATE)
			})
		)
	];
	const disclosure = new Map(s.groups.map((g) => [g.group, g]));
	if (!input.responseRates.length) return out;
	out.push(
		table(
			['*', 50, 60, 46, 150],
			[
				th(m.group),
				th(m.invited, 'right'),
				th(m.responded, 'right'),
				th(m.rate, 'right'),
				th(m.figures)
			],
			input.responseRates.map((r) => {
				const g = disclosure.get(r.group);
				return [
					td(f.plain(groupNameIn(t, r.group))),
					td(String(r.invited), 'right'),
					td(String(r.responded), 'right'),
					td(`${fm.percent(r.rate)}${r.low ? m.low : ''}`, 'right', r.low ? { bold: true } : {}),
					td(g?.withheld ? withheldIn(t, g.withheld) : g ? m.shown : m.noResponses, 'left', {
						fontSize: 7.5
					})
				];
			})
		)
	);
	return out;
}

function anonymity(input: ReportInput, { t }: ReportLocale): Content[] {
	const s = input.scores;
	const n = s.anonymityThreshold;
	return [
		h2(t.method.anonymity),
		p(
			fill(t.method.anonymityText, {
				threshold: n,
				below: n - 1,
				comments: s.commentThreshold
			})
		)
	];
}

function confidence(d: Derived): Content[] {
	const m = d.locale.t.method;
	const family =
		d.comparisons > 0
			? d.comparisons === 1
				? m.comparedOne
				: fill(m.comparedMany, { count: d.comparisons })
			: m.noPrevious;
	return [
		h2(m.intervals),
		p(m.intervalsText),
		h2(m.realChange),
		p(fill(m.realChangeText, { family }))
	];
}

/** Cronbach's alpha: the formula, then each dimension's value (or why it is not reported). */
function reliability(input: ReportInput, d: Derived): Content[] {
	const { t, f: fm } = d.locale;
	const m = t.method;
	const out: Content[] = [
		h2(m.reliability),
		p(`${fill(m.reliabilityText, { min: ALPHA_MIN_COMPLETE })} ${t.explain.alpha}`)
	];
	if (!d.scored) return [...out, notShown(input.scores, d)];
	out.push(
		table(
			['*', 50, 60, 150],
			[th(t.dimension), th('α', 'right'), th(m.completeN, 'right'), th(m.note)],
			d.dimensions.map((x) =>
				isWithheld(x.alpha)
					? [
							td(titleOf(d, x.key)),
							td('–', 'right'),
							td('–', 'right'),
							td(x.alpha.withheld, 'left', { fontSize: 7.5, italics: true })
						]
					: [
							td(titleOf(d, x.key)),
							td(fm.score(x.alpha.value), 'right', { bold: true }),
							td(String(x.alpha.n), 'right'),
							td('', 'left', { fontSize: 7.5 })
						]
			)
		)
	);
	return out;
}

function benchmarks({ t }: ReportLocale): Content[] {
	return [
		h2(t.benchmarks),
		p(
			fill(t.method.benchmarksText, {
				source: studyCitationIn(t),
				min: MIN_PEERS,
				minDecile: MIN_PEERS_DECILE
			})
		)
	];
}

export function methodology(input: ReportInput, d: Derived): Content[] {
	const { t, f: fm } = d.locale;
	return [
		h1(t.method.heading, d.breaks),
		...scale(d.locale),
		...respondents(input, d),
		...anonymity(input, d.locale),
		...confidence(d),
		...reliability(input, d),
		...benchmarks(d.locale),
		small(
			fill(t.method.colophon, {
				questionnaire: fill(t.questionnaireVersion, {
					name: f.plain(input.instrument.name),
					version: input.instrument.version
				}),
				generated: fm.dateTime(input.generatedAt)
			}),
			{ margin: [0, 8, 0, 0] }
		)
	];
}
