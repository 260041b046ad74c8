/**
 * The one result format of the benchmarks: each figure is a `BENCH_RESULT {json}` line on stdout,
 * which scripts/bench.js collects for its summary table (it reads nothing else). Plus the small
 * statistics the benches share.
 */
import { loadavg } from 'node:os';

export interface BenchResult {
	bench: string;
	figure: string;
	value: number | string | null;
	unit?: string;
	budget?: string;
	pass?: boolean | null;
	/** The floor this figure is measured against, in the same run (with its unit). */
	floor?: string;
	/** value / floor (for a throughput: value / floor too, so higher is better there). */
	ratio?: number;
}

/** One machine-readable line per figure, collected by scripts/bench.js for its summary table. */
export function result(r: BenchResult): void {
	console.log(`BENCH_RESULT ${JSON.stringify(r)}`);
}

export const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile of an already sorted array. */
export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[
		Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
	]!;
}
