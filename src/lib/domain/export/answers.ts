import { decideDisclosure } from '../scoring/anonymity';
import { toCsv } from '../csv';
import type { CycleScores } from '../scoring';

/** A value, "don't know", "not my area", or null for an empty row. */
export type ExportedAnswer = number | 'dont_know' | 'not_my_area' | null;

export interface ExportedResponse {
	group: string;
	answers: Record<string, ExportedAnswer>;
}

export interface AnswerExport {
	cycle: { name: string; instrument: string; anonymityThreshold: number };
	withheld: string | null;
	/** Group labels of groups below the threshold (or suppressed with them) are replaced by "withheld". */
	responses: Array<{
		respondent: number;
		group: string;
		answers: Record<string, ExportedAnswer>;
	}>;
	items: string[];
}

/**
 * Anonymised answers: no ids, rows in a shuffled order, numbered 1…n, and the same disclosure
 * rule as the scores — nothing when the cycle is below the threshold, and no group label for a
 * group that could not be shown on the dashboard.
 */
export function anonymisedAnswers(
	cycle: AnswerExport['cycle'],
	itemKeys: string[],
	responses: ExportedResponse[],
	shuffle: (n: number) => number[]
): AnswerExport {
	const counts = new Map<string, number>();
	for (const r of responses) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
	const disclosure = decideDisclosure(
		[...counts].map(([group, n]) => ({ group, n })),
		cycle.anonymityThreshold
	);
	if (disclosure.cycleWithheld)
		return { cycle, withheld: disclosure.cycleWithheld, responses: [], items: itemKeys };
	const shown = new Set(disclosure.groups.filter((g) => !g.withheld).map((g) => g.group));
	const order = shuffle(responses.length);
	return {
		cycle,
		withheld: null,
		items: itemKeys,
		responses: order.map((index, position) => {
			const r = responses[index]!;
			return {
				respondent: position + 1,
				group: shown.has(r.group) ? r.group : 'withheld',
				answers: r.answers
			};
		})
	};
}

export function answersCsv(data: AnswerExport): string {
	return toCsv([
		['respondent', 'group', ...data.items],
		...data.responses.map((r) => [
			r.respondent,
			r.group,
			...data.items.map((k) => {
				const v = r.answers[k];
				if (v === undefined || v === null) return '';
				if (v === 'dont_know') return "don't know";
				if (v === 'not_my_area') return 'not my area';
				return v;
			})
		])
	]);
}

/** Figures exactly as scored: a withheld dimension has empty figures and its reason in `withheld`. */
export function scoresCsv(scores: CycleScores): string {
	if (scores.status === 'withheld') return toCsv([['withheld'], [scores.withheld]]);
	return toCsv([
		[
			'dimension',
			'kind',
			'score',
			'score_0_100',
			'n',
			'sd',
			'ci95_low',
			'ci95_high',
			'agreement',
			'dont_know_share',
			'target',
			'gap_to_target',
			'cronbach_alpha',
			'not_applicable',
			'withheld'
		],
		...scores.dimensions.map((d) => [
			d.title,
			d.kind,
			d.score,
			d.score100,
			d.n,
			d.sd,
			d.ci95?.low ?? null,
			d.ci95?.high ?? null,
			d.agreement,
			d.dontKnowShare,
			d.target,
			d.gapToTarget,
			'withheld' in d.alpha ? null : d.alpha.value,
			d.notApplicable ? 'yes' : 'no',
			d.withheld
		]),
		[
			'Maturity index',
			'overall',
			scores.overall.index,
			scores.overall.index100,
			scores.overall.respondents,
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			'no',
			null
		]
	]);
}

/** Fisher–Yates with a caller's random source (crypto on the server, seeded in tests). */
export function shuffledIndices(n: number, random: () => number): number[] {
	const out = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
