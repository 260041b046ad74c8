/**
 * Independent check of issue 11, item 4: "every figure shown rests on at least *threshold*
 * people". Given the raw responses a cycle was scored from and the CycleScores that came out,
 * it recounts — from the responses, not from the statistics the scorer used — how many people
 * stand behind every figure that is shown, and fails when any figure rests on fewer.
 *
 * Used by the fast-check property tests of both scoring paths (tests/unit/scoring-properties,
 * tests/db/scoring-sql). Returns the number of shown figures it checked, so a test can also see
 * that the generators reach shown figures at all.
 */
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import {
	dimensionItems,
	isMaturitySection,
	MIN_ANONYMITY_THRESHOLD,
	MIN_COMMENT_THRESHOLD,
	type CycleScores,
	type ScoringResponse
} from '../../src/lib/domain/scoring';

export interface CheckedFigures {
	items: number;
	dimensions: number;
	cells: number;
	binary: number;
	comments: number;
}

const EPS = 1e-9;

function fail(message: string): never {
	throw new Error(`anonymity: ${message}`);
}

export function assertEveryFigureRestsOnThreshold(
	instrument: InstrumentDefinition,
	responses: readonly ScoringResponse[],
	scores: CycleScores,
	requested: { anonymityThreshold?: number; commentThreshold?: number } = {}
): CheckedFigures {
	const checked: CheckedFigures = { items: 0, dimensions: 0, cells: 0, binary: 0, comments: 0 };
	const t = scores.anonymityThreshold;
	if (t < MIN_ANONYMITY_THRESHOLD) fail(`threshold ${t} below ${MIN_ANONYMITY_THRESHOLD}`);
	if (requested.anonymityThreshold !== undefined && t < requested.anonymityThreshold) {
		fail(`threshold ${t} below the cycle's ${requested.anonymityThreshold}`);
	}
	if (scores.commentThreshold < Math.max(MIN_COMMENT_THRESHOLD, t))
		fail(`comment threshold ${scores.commentThreshold}`);
	if (scores.respondents !== responses.length)
		fail(`respondents ${scores.respondents} ≠ ${responses.length}`);
	if (scores.status === 'withheld') {
		if (responses.length >= t) fail(`cycle of ${responses.length} withheld at threshold ${t}`);
		return checked;
	}
	if (responses.length < t) fail(`cycle of ${responses.length} scored at threshold ${t}`);

	const level = (r: ScoringResponse, key: string) =>
		typeof r.answers[key] === 'number' ? (r.answers[key] as number) : null;
	const withLevel = (rs: readonly ScoringResponse[], key: string) =>
		rs.filter((r) => level(r, key) !== null);
	const answered = (rs: readonly ScoringResponse[], key: string) =>
		rs.filter((r) => key in r.answers);
	const meanOf = (rs: readonly ScoringResponse[], key: string) => {
		const v = withLevel(rs, key).map((r) => level(r, key) as number);
		return v.reduce((s, x) => s + x, 0) / v.length;
	};
	const close = (a: number, b: number) =>
		Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
	const groupSize = new Map<string, number>();
	for (const r of responses) groupSize.set(r.group, (groupSize.get(r.group) ?? 0) + 1);

	// Items: a mean, SD, agreement or distribution only from ≥ t people giving a level; a
	// don't-know share only from ≥ t people answering the item at all.
	const itemShown = new Map<string, boolean>();
	for (const item of scores.items) {
		const people = withLevel(responses, item.key).length;
		if (item.n !== people) fail(`item ${item.key}: n ${item.n} ≠ ${people}`);
		const shown = item.mean !== null;
		itemShown.set(item.key, shown);
		if (shown || item.sd !== null || item.agreement !== null || item.distribution.length > 0) {
			if (people < t) fail(`item ${item.key} shown from ${people} people`);
			if (!shown) fail(`item ${item.key}: figures without a mean`);
			if (!close(item.mean as number, meanOf(responses, item.key))) fail(`item ${item.key}: mean`);
			checked.items++;
		} else if (people >= t) {
			fail(`item ${item.key} withheld although ${people} people gave a level`);
		}
		if (item.dontKnowShare !== null && answered(responses, item.key).length < t) {
			fail(
				`item ${item.key}: don't-know share from ${answered(responses, item.key).length} people`
			);
		}
	}
	for (const r of [...scores.strongest, ...scores.weakest]) {
		if (!itemShown.get(r.key)) fail(`ranked item ${r.key} is not a shown item`);
		if (withLevel(responses, r.key).length < t) fail(`ranked item ${r.key} from too few people`);
	}

	const shownScores: number[] = [];
	for (const d of scores.dimensions) {
		if (d.notApplicable) {
			if (d.score !== null || d.groups.length > 0) fail(`not-applicable ${d.key} has figures`);
			continue;
		}
		const section = instrument.sections.find((s) => s.key === d.key);
		if (!section || !isMaturitySection(section)) fail(`unknown dimension ${d.key}`);
		const keys = dimensionItems(section).map((i) => i.key);
		const contributors = responses.filter((r) => keys.some((k) => level(r, k) !== null));
		if (d.n !== contributors.length) fail(`dimension ${d.key}: n ${d.n} ≠ ${contributors.length}`);
		const anyFigure =
			d.score !== null ||
			d.respondentMean !== null ||
			d.sd !== null ||
			d.ci95 !== null ||
			d.agreement !== null ||
			!('withheld' in d.alpha);
		if (anyFigure) {
			if (contributors.length < t)
				fail(`dimension ${d.key} shown from ${contributors.length} people`);
			// The score is the mean of the shown items only: no hidden item's answers in it.
			const shownKeys = keys.filter((k) => itemShown.get(k));
			if (shownKeys.length === 0 || d.score === null)
				fail(`dimension ${d.key}: figures without a shown item`);
			const expected = shownKeys.reduce((s, k) => s + meanOf(responses, k), 0) / shownKeys.length;
			if (!close(d.score, expected))
				fail(`dimension ${d.key}: score ${d.score} ≠ mean of shown items ${expected}`);
			shownScores.push(d.score);
			// Respondent-level figures carry every answer a respondent gave in the dimension.
			if (d.respondentMean !== null || d.sd !== null || d.ci95 !== null) {
				for (const k of keys) {
					const n = withLevel(responses, k).length;
					if (n > 0 && n < t)
						fail(`dimension ${d.key}: respondent mean includes ${k} answered by ${n}`);
				}
			}
			if (!('withheld' in d.alpha)) {
				const complete = responses.filter((r) => keys.every((k) => level(r, k) !== null)).length;
				if (d.alpha.n !== complete || complete < t)
					fail(`dimension ${d.key}: alpha from ${complete}`);
			}
			checked.dimensions++;
		}
		if (d.dontKnowShare !== null) {
			const counted = keys.filter(
				(k) => scores.items.find((i) => i.key === k)?.dontKnowShare !== null
			);
			if (counted.length === 0)
				fail(`dimension ${d.key}: don't-know share without a shown item share`);
		}

		// Group cells: each shown cell from ≥ t people of the group with a level in the dimension,
		// its mean over items with ≥ t levels in the group; whole minus shown cells leaves 0 or ≥ t
		// people per shown item (no differencing).
		const covered = new Map<string, number>();
		const shownCellGroups = new Set<string>();
		for (const cell of d.groups) {
			if ('withheld' in cell) continue;
			const size = groupSize.get(cell.group) ?? 0;
			if (size < t) fail(`dimension ${d.key}: group ${cell.group} of ${size} responses shown`);
			const members = responses.filter((r) => r.group === cell.group);
			const people = members.filter((r) => keys.some((k) => level(r, k) !== null)).length;
			if (people < t) fail(`dimension ${d.key}: cell ${cell.group} from ${people} people`);
			if (cell.n !== people) fail(`dimension ${d.key}: cell ${cell.group} n ${cell.n} ≠ ${people}`);
			const included = keys.filter((k) => itemShown.get(k) && withLevel(members, k).length >= t);
			if (included.length === 0 || cell.mean === null)
				fail(`dimension ${d.key}: cell ${cell.group} without an item`);
			const expected = included.reduce((s, k) => s + meanOf(members, k), 0) / included.length;
			if (!close(cell.mean, expected))
				fail(`dimension ${d.key}: cell ${cell.group} mean ${cell.mean} ≠ ${expected}`);
			for (const k of included)
				covered.set(k, (covered.get(k) ?? 0) + withLevel(members, k).length);
			shownCellGroups.add(cell.group);
			checked.cells++;
		}
		if (shownCellGroups.size > 0) {
			for (const k of keys) {
				if (!itemShown.get(k)) continue;
				const residual = withLevel(responses, k).length - (covered.get(k) ?? 0);
				if (residual > 0 && residual < t)
					fail(`dimension ${d.key}: whole minus shown cells leaves ${residual} people on ${k}`);
			}
		}
		if (!('withheld' in d.perceptionGap)) {
			for (const g of [d.perceptionGap.highGroup, d.perceptionGap.lowGroup]) {
				if (!shownCellGroups.has(g))
					fail(`dimension ${d.key}: perception gap names ${g} without a shown cell`);
			}
		}
	}
	if (scores.overall.index !== null) {
		const expected = shownScores.reduce((s, x) => s + x, 0) / shownScores.length;
		if (!close(scores.overall.index, expected))
			fail('index is not the mean of the shown dimension scores');
	}

	// Integration functions, reference yes/no, stakeholder map.
	for (const f of scores.integration.functions) {
		const people = withLevel(responses, f.key).length;
		if (f.share !== null || f.mean !== null || f.distribution.length > 0) {
			if (people < t) fail(`function ${f.key} shown from ${people} people`);
			checked.binary++;
		}
		if (f.dontKnowShare !== null && answered(responses, f.key).length < t)
			fail(`function ${f.key}: don't-know share`);
	}
	for (const b of [...scores.reference, ...scores.stakeholderMap]) {
		const people = withLevel(responses, b.key).length;
		if (b.share !== null) {
			if (people < t) fail(`${b.key} shown from ${people} people`);
			checked.binary++;
		}
		if (b.dontKnowShare !== null && answered(responses, b.key).length < t)
			fail(`${b.key}: don't-know share`);
	}

	// Comment lists: at least the comment threshold (≥ t) of different people.
	for (const c of scores.comments) {
		if ('withheld' in c || c.comments.length === 0) continue;
		const authors = responses.filter(
			(r) => (r.comments?.[c.dimensionKey] ?? '').trim() !== ''
		).length;
		if (authors < Math.max(t, scores.commentThreshold))
			fail(`comments on ${c.dimensionKey} from ${authors} people`);
		for (const x of c.comments) {
			if (x.group !== undefined && (groupSize.get(x.group) ?? 0) < t)
				fail(`comment labelled with small group ${x.group}`);
		}
		checked.comments++;
	}
	return checked;
}
