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
		dimensions: [...dimensions.values()]
	};
}
