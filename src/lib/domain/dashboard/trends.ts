import type { CycleScores } from '../scoring';

export interface TrendPoint {
	cycleId: string;
	cycleName: string;
	closesAt: Date;
	scores: CycleScores;
}

export interface TrendSeries {
	cycles: Array<{
		id: string;
		name: string;
		closesAt: Date;
		index: number | null;
		withheld: string | null;
	}>;
	dimensions: Array<{ key: string; title: string; kind: string; values: Array<number | null> }>;
	/**
	 * Where a line compares different questions: at each cycle, the dimensions whose item keys
	 * differ from the previous scored cycle's (a new questionnaire version; kept keys carry over).
	 */
	itemChanges: Array<{ cycleId: string; cycleName: string; dimensions: string[] }>;
}

/** Dimension key → its item keys (sorted, joined) in one cycle. */
function itemKeysByDimension(
	scores: Extract<CycleScores, { status: 'scored' }>
): Map<string, string> {
	const keys = new Map<string, string[]>();
	for (const item of scores.items) {
		const list = keys.get(item.dimensionKey) ?? [];
		list.push(item.key);
		keys.set(item.dimensionKey, list);
	}
	return new Map([...keys].map(([k, v]) => [k, [...v].sort().join('|')]));
}

/**
 * Dimensions scored in both cycles whose items differ (a version changed them): their scores
 * compare different questions, which trends, compare and the PDF say.
 */
export function dimensionsWithChangedItems(
	before: Extract<CycleScores, { status: 'scored' }>,
	after: Extract<CycleScores, { status: 'scored' }>
): string[] {
	const previous = itemKeysByDimension(before);
	return [...itemKeysByDimension(after)]
		.filter(([key, items]) => previous.has(key) && previous.get(key) !== items)
		.map(([key]) => key);
}

function itemChangesOf(ordered: TrendPoint[]): TrendSeries['itemChanges'] {
	const changes: TrendSeries['itemChanges'] = [];
	let previous: Extract<CycleScores, { status: 'scored' }> | null = null;
	for (const p of ordered) {
		if (p.scores.status !== 'scored') continue;
		if (previous) {
			const titles = new Map(p.scores.dimensions.map((d) => [d.key, d.title]));
			const changed = dimensionsWithChangedItems(previous, p.scores).map(
				(key) => titles.get(key) ?? key
			);
			if (changed.length > 0)
				changes.push({ cycleId: p.cycleId, cycleName: p.cycleName, dimensions: changed });
		}
		previous = p.scores;
	}
	return changes;
}

/** One line per dimension and one for the index; a cycle whose scores are withheld leaves a gap, never a zero. */
export function trendSeries(points: TrendPoint[]): TrendSeries {
	const ordered = [...points].sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime());
	const dimensions = new Map<
		string,
		{ key: string; title: string; kind: string; values: Array<number | null> }
	>();
	ordered.forEach((p, index) => {
		if (p.scores.status !== 'scored') return;
		for (const d of p.scores.dimensions) {
			const line = dimensions.get(d.key) ?? {
				key: d.key,
				title: d.title,
				kind: d.kind,
				values: new Array(ordered.length).fill(null)
			};
			line.values[index] = d.notApplicable ? null : d.score;
			dimensions.set(d.key, line);
		}
	});
	return {
		cycles: ordered.map((p) => ({
			id: p.cycleId,
			name: p.cycleName,
			closesAt: p.closesAt,
			index: p.scores.status === 'scored' ? p.scores.overall.index : null,
			withheld: p.scores.status === 'withheld' ? p.scores.withheld : null
		})),
		dimensions: [...dimensions.values()],
		itemChanges: itemChangesOf(ordered)
	};
}

/** Where a small multiple draws its points: the plot area inside the SVG, in its own units. */
export interface PlotBox {
	left: number;
	top: number;
	width: number;
	height: number;
}

/**
 * A line on the 1–5 scale as runs of points: a cycle without a figure breaks the line (a gap,
 * never a zero), and a lone point between two gaps is a run of one, drawn as a dot.
 */
export function trendRuns(
	values: ReadonlyArray<number | null>,
	box: PlotBox
): Array<Array<{ x: number; y: number; value: number; index: number }>> {
	const step = values.length > 1 ? box.width / (values.length - 1) : 0;
	const x = (i: number) => box.left + (values.length > 1 ? i * step : box.width / 2);
	const y = (v: number) =>
		box.top + box.height - ((Math.min(5, Math.max(1, v)) - 1) / 4) * box.height;
	const runs: Array<Array<{ x: number; y: number; value: number; index: number }>> = [];
	let run: Array<{ x: number; y: number; value: number; index: number }> = [];
	values.forEach((v, i) => {
		if (v === null) {
			if (run.length > 0) runs.push(run);
			run = [];
			return;
		}
		run.push({ x: x(i), y: y(v), value: v, index: i });
	});
	if (run.length > 0) runs.push(run);
	return runs;
}
