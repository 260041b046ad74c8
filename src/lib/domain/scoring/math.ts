/**
 * Small numeric helpers shared by scoring and benchmarking. Pure functions on plain numbers so
 * that the SQL path can be checked against them value for value.
 */

/** Arithmetic mean; null for an empty list (no answers is not the same as a zero score). */
export function mean(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	let s = 0;
	for (const v of values) s += v;
	return s / values.length;
}

/** Sample standard deviation (n − 1 denominator) from n, Σx and Σx²; null when n < 2. */
export function sampleSdFromSums(n: number, sum: number, sumSq: number): number | null {
	const v = sampleVarianceFromSums(n, sum, sumSq);
	return v === null ? null : Math.sqrt(v);
}

/** Sample variance (n − 1 denominator) from n, Σx and Σx²; null when n < 2. */
export function sampleVarianceFromSums(n: number, sum: number, sumSq: number): number | null {
	if (n < 2) return null;
	// Clamp: rounding in Σx² − (Σx)²/n can give a tiny negative for identical values.
	return Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
}

/** n, mean and sample SD of a frequency table whose index is the answer value. */
export function summariseCounts(counts: readonly number[]): {
	n: number;
	mean: number | null;
	sd: number | null;
} {
	let n = 0;
	let sum = 0;
	let sumSq = 0;
	counts.forEach((c, value) => {
		n += c;
		sum += c * value;
		sumSq += c * value * value;
	});
	return { n, mean: n > 0 ? sum / n : null, sd: sampleSdFromSums(n, sum, sumSq) };
}

/**
 * Tastle & Wierman consensus of a frequency table over the ordinal values min..max:
 * Cns = 1 + Σ p_i log2(1 − |X_i − μ| / d), d = max − min. 1 = everyone agrees, 0 = split
 * evenly between the two extremes. Null when there are no answers.
 * Source: Tastle & Wierman (2007), Int. J. Approximate Reasoning 45(3), 531–545.
 */
export function consensus(counts: readonly number[], min: number, max: number): number | null {
	const d = max - min;
	let n = 0;
	let sum = 0;
	for (let v = min; v <= max; v++) {
		const c = counts[v] ?? 0;
		n += c;
		sum += c * v;
	}
	if (n === 0 || d <= 0) return n === 0 ? null : 1;
	const mu = sum / n;
	let acc = 0;
	for (let v = min; v <= max; v++) {
		const c = counts[v] ?? 0;
		// Empty categories contribute nothing (avoids 0 · log2 0 at the far extreme).
		if (c === 0) continue;
		acc += (c / n) * Math.log2(1 - Math.abs(v - mu) / d);
	}
	// Clamp rounding noise so the documented range [0, 1] holds exactly.
	return Math.min(1, Math.max(0, 1 + acc));
}

/** Exact two-sided 95% Student t quantiles t(0.975, df) for df = 1..30. */
const T975: readonly number[] = [
	12.706204736174694, 4.302652729749462, 3.1824463052837078, 2.7764451051977934, 2.5705818356363146,
	2.4469118511449786, 2.364624251592784, 2.306004135204166, 2.262157162798205, 2.228138851986274,
	2.200985160091639, 2.1788128296672284, 2.1603686564627913, 2.144786687917804, 2.131449545559776,
	2.1199052992212546, 2.1098155778333156, 2.1009220402410382, 2.0930240544083087, 2.085963447265864,
	2.0796138447276795, 2.0738730679040254, 2.0686576104190486, 2.0638985616280245,
	2.0595385527532972, 2.0555294386428735, 2.0518305164802846, 2.0484071417952454, 2.045229642132703,
	2.0422724563012378
];

/** z(0.975), the two-sided 95% quantile of the standard normal ("1.96"). */
export const Z975 = 1.959963984540054;

/**
 * erfc(x) for x ≥ 0: below 3 as 1 − erf(x) with erf's series of positive terms
 * erf(x) = 2/√π · e^(−x²) · Σ (2x²)ⁿ x / (1·3·…·(2n + 1)); from 3 on by the continued fraction
 * erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + (3/2)/(x + …)))) (Abramowitz & Stegun 7.1.6,
 * 7.1.14). Absolute error below 1e-15.
 */
function erfc(x: number): number {
	if (x < 3) {
		let term = x;
		let sum = x;
		for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
			term *= (2 * x * x) / (2 * n + 1);
			sum += term;
		}
		return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
	}
	let f = x;
	for (let k = 60; k >= 1; k--) f = x + k / 2 / f;
	return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

/** Two-sided p-value of a standard-normal z: P(|Z| ≥ |z|) = erfc(|z| / √2). */
export function normalTwoSidedP(z: number): number {
	if (Number.isNaN(z)) throw new RangeError('z must be a number');
	return Math.min(1, Math.max(0, erfc(Math.abs(z) / Math.SQRT2)));
}

/**
 * t(0.975, df): table for df ≤ 30; above that the Cornish–Fisher expansion of t in powers of
 * 1/df (Abramowitz & Stegun 26.7.5), accurate to better than 1e-6 for df > 30.
 */
export function tQuantile975(df: number): number {
	if (!Number.isFinite(df) || df < 1)
		throw new RangeError(`degrees of freedom must be ≥ 1, got ${df}`);
	const whole = Math.floor(df);
	if (whole <= 30) return T975[whole - 1] as number;
	const z = Z975;
	const z2 = z * z;
	const g1 = (z * (z2 + 1)) / 4;
	const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
	const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
	const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
	const v = whole;
	return z + g1 / v + g2 / v ** 2 + g3 / v ** 3 + g4 / v ** 4;
}

/**
 * Sample quantile by linear interpolation between order statistics (Hyndman & Fan 1996,
 * type 7; the default of R and of Excel PERCENTILE.INC): h = (n − 1)p,
 * Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) on 0-based sorted x.
 */
export function quantileType7(values: readonly number[], p: number): number | null {
	if (values.length === 0) return null;
	const x = [...values].sort((a, b) => a - b);
	const h = (x.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, x.length - 1);
	const xl = x[lo] as number;
	const xh = x[hi] as number;
	return xl + (h - lo) * (xh - xl);
}

/**
 * Mid-rank percentile of `value` among `values`: 100 · (below + ½·equal) / n. Ties count half
 * so that an organisation equal to every peer sits at the 50th percentile.
 */
export function percentileRank(value: number, values: readonly number[]): number | null {
	if (values.length === 0) return null;
	let below = 0;
	let equal = 0;
	for (const v of values) {
		if (v < value) below++;
		else if (v === value) equal++;
	}
	return (100 * (below + equal / 2)) / values.length;
}

/** 1–5 score on a 0–100 scale: (x − 1) / 4 · 100. */
export function to100(score: number): number {
	return ((score - 1) / 4) * 100;
}

/** Scores are shown with this many decimals everywhere (pages, CSV, PDF). */
export const SCORE_DECIMALS = 2;

/**
 * Maturity level of a 1–5 score: the floor of the score as it is shown (2 decimals) — a level is
 * reached only when the score reaches it: 1 for [1, 2), 2 for [2, 3), 3 for [3, 4), 4 for [4, 5),
 * 5 for 5.00. Rounding first means a score shown as "3.00" is level 3 (2.9999 is shown as 3.00)
 * and keeps float noise (2.9999999999 for 3) out of the lower level. Clamped to 1–5.
 */
export function maturityLevelOf(score: number): 1 | 2 | 3 | 4 | 5 {
	const shown = Number(score.toFixed(SCORE_DECIMALS));
	return Math.min(5, Math.max(1, Math.floor(shown))) as 1 | 2 | 3 | 4 | 5;
}

/**
 * "Between levels": the 95% interval as shown reaches more than one level — the levels of its
 * two ends (as shown, clamped to 1–5) differ. Null without an interval.
 */
export function levelUncertainOf(ci95: { low: number; high: number } | null): boolean | null {
	if (ci95 === null) return null;
	return maturityLevelOf(ci95.low) !== maturityLevelOf(ci95.high);
}
