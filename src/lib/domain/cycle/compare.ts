export interface DimensionEstimate {
	key: string;
	title: string;
	score: number | null;
	ci95: { low: number; high: number } | null;
}

export interface DimensionChange {
	key: string;
	title: string;
	before: number | null;
	after: number | null;
	delta: number | null;
	/** Half-width of the 95% interval of the difference, √(h₁² + h₂²). */
	margin: number | null;
	verdict: 'real change' | 'within noise' | 'not comparable';
}

/**
 * Compares two cycles dimension by dimension. A change is called real when it is larger than
 * the 95% margin of the difference, combining both cycles' interval half-widths in quadrature
 * (the usual approximation for two independent means).
 */
export function compareDimensions(
	before: DimensionEstimate[],
	after: DimensionEstimate[]
): DimensionChange[] {
	const beforeByKey = new Map(before.map((d) => [d.key, d]));
	return after.map((a) => {
		const b = beforeByKey.get(a.key);
		if (!b || a.score === null || b.score === null) {
			return {
				key: a.key,
				title: a.title,
				before: b?.score ?? null,
				after: a.score,
				delta: null,
				margin: null,
				verdict: 'not comparable' as const
			};
		}
		const delta = a.score - b.score;
		if (!a.ci95 || !b.ci95) {
			return {
				key: a.key,
				title: a.title,
				before: b.score,
				after: a.score,
				delta,
				margin: null,
				verdict: 'not comparable' as const
			};
		}
		const h1 = (a.ci95.high - a.ci95.low) / 2;
		const h2 = (b.ci95.high - b.ci95.low) / 2;
		const margin = Math.sqrt(h1 * h1 + h2 * h2);
		return {
			key: a.key,
			title: a.title,
			before: b.score,
			after: a.score,
			delta,
			margin,
			verdict: Math.abs(delta) > margin ? ('real change' as const) : ('within noise' as const)
		};
	});
}
