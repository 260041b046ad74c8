/**
 * Benchmark of the board report on a large cycle: 5,000 respondents × the 88 items of the built-in
 * Touchstone v1 questionnaire (68 maturity, 9 functional integration, 3 reference, 8 stakeholder
 * map), generated in memory (~5% don't know, ~3% not answered, some comments), scored with the
 * real statsFromResponses + scoreCycle, with a previous cycle, a three-cycle trend, nine peers and
 * five actions.
 *
 * Times buildReportDocument + renderReportPdf together: one cold run (first use: pdfmake and font
 * loading, JIT), then the median of RUNS runs. Goal: median < 2 s.
 *
 *   npx tsx bench/report.ts
 *   BENCH_RESPONDENTS=1000 BENCH_RUNS=9 npx tsx bench/report.ts
 *   BENCH_OUT=/tmp/report.pdf npx tsx bench/report.ts     also writes the PDF
 */
import { writeFileSync } from 'node:fs';
import { touchstoneV1 } from '../src/lib/domain/instrument/touchstone-v1';
import { buildReportDocument } from '../src/lib/domain/report/layout';
import { scoreCycle, statsFromResponses } from '../src/lib/domain/scoring';
import { renderReportPdf } from '../src/lib/server/reports/pdf';
import { generateResponses, reportFixture, TARGETS } from '../tests/support/report-fixture';
import { median, result } from './support/results';

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL_MS = 2000;

const ms = (t0: number) => performance.now() - t0;

let t0 = performance.now();
const responses = generateResponses({ respondents: RESPONDENTS, seed: 11, commentRate: 0.01 });
const tGenerate = ms(t0);
const answers = responses.reduce((n, r) => n + Object.keys(r.answers).length, 0);

t0 = performance.now();
const stats = statsFromResponses(touchstoneV1, responses);
const tStats = ms(t0);
t0 = performance.now();
const scores = scoreCycle(touchstoneV1, stats, { targets: TARGETS });
const tScore = ms(t0);
if (scores.status !== 'scored') throw new Error(`cycle not scored: ${scores.withheld}`);

// Previous cycle, trend, peers, rates and actions as in the test fixture, scaled to this size.
const input = reportFixture({ respondents: RESPONDENTS });
input.scores = scores;
input.trend[input.trend.length - 1] = {
	...input.trend[input.trend.length - 1]!,
	index: scores.overall.index,
	dimensions: Object.fromEntries(scores.dimensions.map((d) => [d.key, d.score]))
};
const responded = new Map(scores.groups.map((g) => [g.group, g.responses]));
input.responseRates = input.responseRates.map((r) => {
	const n = responded.get(r.group) ?? 0;
	const invited = Math.max(n, r.invited);
	return {
		...r,
		invited,
		responded: n,
		rate: invited > 0 ? n / invited : null,
		low: invited > 0 && n / invited < 0.6
	};
});
const inputBytes = Buffer.byteLength(JSON.stringify(input));

async function once(): Promise<{ layout: number; total: number; bytes: Uint8Array }> {
	const start = performance.now();
	const doc = buildReportDocument(input);
	const layout = ms(start);
	const bytes = await renderReportPdf(doc);
	return { layout, total: ms(start), bytes };
}

const cold = await once();
const runs: Array<{ layout: number; total: number }> = [];
let last = cold.bytes;
for (let i = 0; i < RUNS; i++) {
	const r = await once();
	runs.push(r);
	last = r.bytes;
}
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, last);

const f = (x: number) => `${x.toFixed(0)} ms`;
console.log(
	`report bench: ${RESPONDENTS} respondents × ${touchstoneV1.sections.reduce((n, s) => n + s.items.length, 0)} items (${answers} answers)`
);
console.log(`  generate responses       ${f(tGenerate)}   (setup, not part of the figure)`);
console.log(`  statsFromResponses       ${f(tStats)}`);
console.log(`  scoreCycle               ${f(tScore)}`);
console.log(`  report inputs (JSON)     ${(inputBytes / 1024).toFixed(0)} KB`);
console.log(`  PDF                      ${(last.byteLength / 1024).toFixed(0)} KB`);
console.log(`  cold layout + render     ${f(cold.total)}`);
console.log(`  layout (median of ${RUNS})     ${f(median(runs.map((r) => r.layout)))}`);
const total = median(runs.map((r) => r.total));
console.log(
	`  layout + render (median of ${RUNS}): ${f(total)}   runs: ${runs.map((r) => r.total.toFixed(0)).join(', ')} ms   goal < ${GOAL_MS} ms`
);
result({
	bench: 'report',
	figure: `PDF layout + render (median of ${RUNS})`,
	value: Math.round(total),
	unit: 'ms',
	budget: `< ${GOAL_MS} ms`,
	pass: total < GOAL_MS
});
result({
	bench: 'report',
	figure: 'PDF layout + render, cold (first use)',
	value: Math.round(cold.total),
	unit: 'ms'
});
