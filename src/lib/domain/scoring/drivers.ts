/**
 * Key-driver analysis (docs/scoring.md §13): how strongly each dimension moves with the
 * organisation's outcomes across its respondents — the rest of the maturity index and, where
 * respondents answered them (version 1), the reference questions.
 *
 * The input is respondent-level (one profile per published response) and must never leave the
 * scoring service: this module turns it into dimension-level coefficients, each released only
 * on enough respondents and rounded, with a 95% interval.
 */
import { Z975 } from './math';
import { roundTo } from './benchmark';

/** One respondent: their mean level per dimension, and their yes (1) / no (0) per outcome item. */
export interface RespondentProfile {
	dimensions: Record<string, number>;
	outcomes: Record<string, 0 | 1>;
}

/** Respondents a coefficient needs at the least, whatever the anonymity threshold (as for alpha). */
export const DRIVER_MIN_RESPONDENTS = 10;
/** Decimals of a released coefficient and its interval. */
export const DRIVER_DECIMALS = 2;

export interface DriverCoefficient {
	/** Spearman's rank correlation, rounded. */
	rho: number;
	/** 95% interval (Fisher z with the Bonett–Wright standard error), rounded. */
	low: number;
	high: number;
	/** Respondents it rests on. */
	n: number;
}
export type DriverResult = DriverCoefficient | { withheld: string; n: number };

export interface DimensionDrivers {
	key: string;
	/** Against the respondent's mean over the other dimensions (the index without this one). */
	index: DriverResult;
	/** Against each outcome item (yes/no), by item key. */
	outcomes: Record<string, DriverResult>;
}

export interface KeyDriverOptions {
	/** Dimensions whose respondent-level figures the scores show; the only ones analysed or in a rest index. */
	dimensions: readonly string[];
	/** Outcome items whose share the scores show. */
	outcomes: readonly string[];
	/** The cycle's anonymity threshold. */
	anonymityThreshold: number;
}

export const isDriverCoefficient = (r: DriverResult): r is DriverCoefficient => 'rho' in r;

/** Respondents needed: max(10, T). */
export const driverMinimum = (anonymityThreshold: number): number =>
	Math.max(DRIVER_MIN_RESPONDENTS, anonymityThreshold);

export const fewRespondentsReason = (minimum: number) =>
	`not enough respondents (fewer than ${minimum})`;

/** Ranks 1…n, tied values sharing the mean of their ranks. */
export function averageRanks(values: readonly number[]): number[] {
	const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
	const ranks = new Array<number>(values.length);
	for (let start = 0; start < order.length;) {
		let end = start;
		while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
		const rank = (start + end) / 2 + 1;
		for (let k = start; k <= end; k++) ranks[order[k]![1]] = rank;
		start = end + 1;
	}
	return ranks;
}

/** Pearson's correlation; null when either variable does not vary or n < 2. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
	const n = x.length;
	if (n < 2 || y.length !== n) return null;
	const mx = x.reduce((s, v) => s + v, 0) / n;
	const my = y.reduce((s, v) => s + v, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = x[i]! - mx;
		const dy = y[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	if (sxx <= 1e-12 || syy <= 1e-12) return null;
	return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Spearman's rho: Pearson's correlation of the average ranks. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
	return pearson(averageRanks(x), averageRanks(y));
}

/**
 * 95% interval of a Spearman correlation: z = atanh(ρ) ± 1.96·√((1 + ρ²/2)/(n − 3)), back through
 * tanh (Bonett & Wright 2000). Needs n > 3.
 */
export function spearmanInterval(rho: number, n: number): { low: number; high: number } {
	if (n <= 3) throw new RangeError(`the interval needs more than 3 respondents, got ${n}`);
	const clamped = Math.max(-0.999999, Math.min(0.999999, rho));
	const z = Math.atanh(clamped);
	const se = Math.sqrt((1 + (clamped * clamped) / 2) / (n - 3));
	return { low: Math.tanh(z - Z975 * se), high: Math.tanh(z + Z975 * se) };
}

function coefficient(x: number[], y: number[], minimum: number): DriverResult {
	const n = x.length;
	if (n < minimum) return { withheld: fewRespondentsReason(minimum), n };
	const rho = spearman(x, y);
	if (rho === null) return { withheld: 'the answers do not vary', n };
	const { low, high } = spearmanInterval(rho, n);
	return {
		rho: roundTo(rho, DRIVER_DECIMALS) + 0,
		low: roundTo(low, DRIVER_DECIMALS) + 0,
		high: roundTo(high, DRIVER_DECIMALS) + 0,
		n
	};
}

/**
 * Per analysed dimension d: Spearman's rho between the respondents' mean in d and
 *  - the mean of their means over the other analysed dimensions (the index without d, so the
 *    dimension is not correlated with a total that contains it), over respondents with a mean in d
 *    and in at least one other dimension;
 *  - each outcome item (yes = 1, no = 0; "don't know" and unanswered left out), released only when
 *    at least T respondents said yes and T said no, so that no small group's level shows through.
 * Every coefficient needs max(10, T) respondents; below, "not enough respondents".
 */
export function keyDrivers(
	respondents: readonly RespondentProfile[],
	options: KeyDriverOptions
): DimensionDrivers[] {
	const minimum = driverMinimum(options.anonymityThreshold);
	const analysed = new Set(options.dimensions);
	return options.dimensions.map((key) => {
		const own: number[] = [];
		const rest: number[] = [];
		for (const r of respondents) {
			const m = r.dimensions[key];
			if (m === undefined) continue;
			const others = Object.entries(r.dimensions).filter(([k]) => k !== key && analysed.has(k));
			if (others.length === 0) continue;
			own.push(m);
			rest.push(others.reduce((s, [, v]) => s + v, 0) / others.length);
		}
		const outcomes: Record<string, DriverResult> = {};
		for (const item of options.outcomes) {
			const x: number[] = [];
			const y: number[] = [];
			for (const r of respondents) {
				const m = r.dimensions[key];
				const answer = r.outcomes[item];
				if (m === undefined || answer === undefined) continue;
				x.push(m);
				y.push(answer);
			}
			const yes = y.filter((v) => v === 1).length;
			const no = y.length - yes;
			outcomes[item] =
				Math.min(yes, no) < options.anonymityThreshold
					? {
							withheld: `fewer than ${options.anonymityThreshold} respondents said yes, or said no`,
							n: y.length
						}
					: coefficient(x, y, minimum);
		}
		return { key, index: coefficient(own, rest, minimum), outcomes };
	});
}
