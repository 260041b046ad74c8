/** "Appendix: methodology": how every figure in the report is made and when it is withheld. */
import type { Content } from 'pdfmake/interfaces';
import { referenceSource } from '../../../benchmark/reference';
import { LOW_RESPONSE_RATE } from '../../../cycle/status';
import { maturityLevels } from '../../../instrument/types';
import {
	ALPHA_EXPLAINED,
	ALPHA_MIN_COMPLETE,
	MIN_PEERS,
	MIN_PEERS_DECILE,
	isWithheld
} from '../../../scoring';
import * as f from '../../format';
import type { ReportInput } from '../../types';
import { h1, h2, notShown, p, small, table, td, th, withheldText } from '../blocks';
import { responseRateText, titleOf, type Derived } from '../derive';

/** The five levels with their score bands, and how scores are aggregated. */
function scale(): Content[] {
	return [
		h2('Scale'),
		p(
			'Each maturity item is answered on five levels, each with a behavioural anchor so that respondents mean the same thing by the same number; “don’t know” is counted and reported as its own share, never averaged in.'
		),
		table(
			[36, 74, '*', 70],
			[th('Level'), th('Name'), th('What it looks like'), th('Score band')],
			maturityLevels.map((l) => [
				td(String(l.level)),
				td(l.name, 'left', { bold: true }),
				td(l.summary),
				td(l.level === 5 ? '5.00' : `${l.level.toFixed(2)}–${(l.level + 0.99).toFixed(2)}`)
			])
		),
		p(
			'A dimension’s score is the mean of its item means (1–5; 0–100 = (score − 1) / 4 × 100); the maturity index is the unweighted mean of the scored, applicable dimensions. A level is reached only when the score reaches it (2.50 is level 2); a dimension whose 95% interval reaches another level too is marked “between levels”. The index has no interval, so it carries no such mark.'
		)
	];
}

/** Responses and rate, with a table per stakeholder group when there is an invitation list. */
function respondents(input: ReportInput, d: Derived): Content[] {
	const s = input.scores;
	const out: Content[] = [
		h2('Respondents and response rate'),
		p(
			`${s.respondents} submitted responses. Response rate ${responseRateText(d, input)}. Groups under ${f.percent(LOW_RESPONSE_RATE)} are flagged.`
		)
	];
	const disclosure = new Map(s.groups.map((g) => [g.group, g]));
	if (!input.responseRates.length) return out;
	out.push(
		table(
			['*', 50, 60, 46, 150],
			[
				th('Stakeholder group'),
				th('Invited', 'right'),
				th('Responded', 'right'),
				th('Rate', 'right'),
				th('Figures')
			],
			input.responseRates.map((r) => {
				const g = disclosure.get(r.group);
				return [
					td(f.groupName(r.group)),
					td(String(r.invited), 'right'),
					td(String(r.responded), 'right'),
					td(`${f.percent(r.rate)}${r.low ? ' (low)' : ''}`, 'right', r.low ? { bold: true } : {}),
					td(g?.withheld ? withheldText(g.withheld) : g ? 'shown' : 'no responses', 'left', {
						fontSize: 7.5
					})
				];
			})
		)
	);
	return out;
}

function anonymity(input: ReportInput): Content[] {
	const s = input.scores;
	const t = s.anonymityThreshold;
	return [
		h2('Anonymity'),
		p(
			`Every figure rests on at least ${t} people (the anonymity threshold of this cycle; never below 3). Below ${t} responses in the whole cycle, no score is shown. An item’s mean, spread and answer distribution are shown only when at least ${t} people gave it a level (“don’t know” does not count); a dimension only when at least ${t} people gave a level in it, and its score is the mean of those items. Results for a stakeholder group are shown only when it has at least ${t} submitted responses and, per dimension, at least ${t} of them gave a level. When hidden groups (or the people a shown group’s figures leave out) number between 1 and ${t - 1}, further group figures are hidden, so that no small number of people can be worked out from the totals. Comments on a section are shown only from ${s.commentThreshold} comments on, in an order unrelated to submission. Counts of responses are always shown.`
		)
	];
}

function confidence(d: Derived): Content[] {
	const family =
		d.comparisons > 0
			? `In this report ${d.comparisons} dimension${d.comparisons === 1 ? ' was' : 's were'} compared with the previous cycle.`
			: 'This report has no previous cycle to compare with.';
	return [
		h2('Confidence intervals'),
		p(
			'Each dimension’s 95% confidence interval is centred on its score: score ± t(0.975, n − 1) · SD / √n, with SD the spread of the respondents’ own dimension means. That half-width belongs to the mean of the respondents’ means; used for the score it is an approximation, exact when everybody answers every item.'
		),
		h2('Real change between cycles'),
		p(
			`For each dimension, the change is divided by its standard error (the two cycles’ half-widths combined, √(h₁² + h₂²), over 1.96) and read as a two-sided normal p-value. Holm’s step-down procedure over all the dimensions compared then keeps the chance of even one false “real change” at 5%; the other changes are marked as within noise. ${family} The two cycles are treated as independent samples although the same staff may answer both; when their answers are positively correlated this makes the test conservative: it misses some real changes rather than inventing them.`
		)
	];
}

/** Cronbach's alpha: the formula, then each dimension's value (or why it is not reported). */
function reliability(input: ReportInput, d: Derived): Content[] {
	const out: Content[] = [
		h2('Reliability (Cronbach’s alpha)'),
		p(
			`Internal consistency per dimension, α = k/(k − 1) · (1 − sum of the k item variances / variance of the totals), on respondents who answered every item of the dimension; reported from ${ALPHA_MIN_COMPLETE} such respondents. ${ALPHA_EXPLAINED}`
		)
	];
	if (!d.scored) return [...out, notShown(input.scores)];
	out.push(
		table(
			['*', 50, 60, 150],
			[th('Dimension'), th('α', 'right'), th('Complete n', 'right'), th('Note')],
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
							td(f.score(x.alpha.value), 'right', { bold: true }),
							td(String(x.alpha.n), 'right'),
							td('', 'left', { fontSize: 7.5 })
						]
			)
		)
	);
	return out;
}

function benchmarks(): Content[] {
	return [
		h2('Benchmarks'),
		p(
			`Reference figures come from the ${referenceSource}; they count organisations, while your figures count respondents. Peer benchmarks use only organisations the installation’s operator admitted to the benchmark panel and that share no member with yours, at least ${MIN_PEERS} per dimension (${MIN_PEERS_DECILE} for the top decile), rounded to one decimal, so that no single organisation can be recognised.`
		)
	];
}

export function methodology(input: ReportInput, d: Derived): Content[] {
	return [
		h1('Appendix B: methodology', d.breaks),
		...scale(),
		...respondents(input, d),
		...anonymity(input),
		...confidence(d),
		...reliability(input, d),
		...benchmarks(),
		small(
			`Questionnaire: ${f.plain(input.instrument.name)}, version ${input.instrument.version}. Report generated ${f.dateTime(input.generatedAt)}. Figures are computed unrounded and rounded only for display.`,
			{ margin: [0, 8, 0, 0] }
		)
	];
}
