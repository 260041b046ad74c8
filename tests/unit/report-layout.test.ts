import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studyCitation } from '../../src/lib/domain/report/messages';
import { buildReportDocument, PROVISIONAL_WATERMARK } from '../../src/lib/domain/report/layout';
import type { ReportInput } from '../../src/lib/domain/report/types';
import {
	ALPHA_EXPLAINED,
	peerBenchmark,
	type CycleScoresScored
} from '../../src/lib/domain/scoring';
import { renderReportPdf, sha256Hex } from '../../src/lib/server/reports/pdf';
import { reportFixture, DEFAULT_ACTIONS } from '../support/report-fixture';

const dir = mkdtempSync(join(tmpdir(), 'touchstone-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seq = 0;
/** Renders through the real path and extracts the text with poppler's pdftotext. */
async function render(input: ReportInput) {
	const bytes = await renderReportPdf(buildReportDocument(input));
	const file = join(dir, `report-${++seq}.pdf`);
	writeFileSync(file, bytes);
	const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
	// -raw keeps content-stream order, so the rotated watermark's letters stay together.
	const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
	const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
	return {
		bytes,
		text,
		flat: text.replace(/\s+/g, ' '),
		compact: raw.replace(/\s+/g, ''),
		pages: Number(pages),
		/** One page's text in content-stream order (columns and cards stay in reading order). */
		page: (n: number) =>
			execFileSync('pdftotext', ['-raw', '-f', String(n), '-l', String(n), file, '-'], {
				encoding: 'utf8'
			}).replace(/\s+/g, ' ')
	};
}

const scoredOf = (input: ReportInput) => input.scores as CycleScoresScored;
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('board report PDF', () => {
	let closedInput: ReportInput;
	let closed: Awaited<ReturnType<typeof render>>;

	beforeAll(async () => {
		closedInput = reportFixture();
		closed = await render(closedInput);
	}, 60_000);

	it('shows the maturity index as formatted, the level name and the response rate', () => {
		const s = scoredOf(closedInput);
		expect(s.status).toBe('scored');
		const index = (s.overall.index as number).toFixed(2);
		const summary = closed.page(2);
		expect(summary).toContain('Executive summary');
		expect(summary).toContain(`a maturity index of ${index} on the 1–5 scale`);
		expect(summary).toContain(`level ${s.overall.level}, ${s.overall.levelName}`);
		const invited = closedInput.responseRates.reduce((t, r) => t + r.invited, 0);
		const responded = closedInput.responseRates.reduce((t, r) => t + r.responded, 0);
		const rate = Math.round((responded / invited) * 100);
		expect(summary).toMatch(
			new RegExp(`Response rate ${rate}% .*${responded} of ${invited} invited`)
		);
		expect(closed.flat).toContain(`Response rate: ${rate}% (${responded} of ${invited} invited)`);
		expect(closed.page(1)).toContain(`Maturity index ${index}`);
	});

	it('labels each dimension with the floor of its score, and “between levels” when its interval reaches another level', () => {
		const dims = scoredOf(closedInput).dimensions.filter((d) => d.score !== null);
		const names = ['Initial', 'Developing', 'Defined', 'Managed', 'Optimising'];
		expect(dims.some((d) => d.levelUncertain)).toBe(true);
		expect(dims.some((d) => d.levelUncertain === false)).toBe(true);
		for (const d of dims) {
			const shown = Number((d.score as number).toFixed(2));
			expect(d.level, d.key).toBe(Math.floor(shown));
			const label = `level ${d.level} ${names[d.level! - 1]}`;
			expect(closed.flat).toContain(label);
			const low = Number(d.ci95!.low.toFixed(2));
			const high = Number(d.ci95!.high.toFixed(2));
			expect(d.levelUncertain, d.key).toBe(Math.floor(low) !== Math.floor(high));
		}
		expect(count(closed.flat, ' · between levels')).toBe(
			dims.filter((d) => d.levelUncertain).length
		);
		// The methodology's bands are the floor rule's.
		expect(closed.flat).toContain('2.00–2.99');
		expect(closed.flat).not.toContain('2.50–3.49');
	});

	it('explains real change by Holm’s procedure with the number of dimensions compared', () => {
		expect(closed.flat).toContain('Holm’s step-down procedure');
		expect(closed.flat).toContain('In this report 14 dimensions were compared');
		expect(closed.flat).toContain('treated as independent samples');
	});

	it('explains alpha as a check of a formative checklist where it is shown, and flags no value as low', () => {
		expect(count(closed.flat, ALPHA_EXPLAINED)).toBe(2); // dimension pages' key, methodology
		expect(closed.flat).not.toContain('below 0.7');
	});

	it('names the three strongest and three weakest dimensions in the results', () => {
		const dims = scoredOf(closedInput)
			.dimensions.filter((d) => d.score !== null)
			.sort((a, b) => (b.score as number) - (a.score as number));
		const pages = Array.from({ length: closed.pages }, (_, i) => closed.page(i + 1));
		const results = pages.find((t) => t.includes('Three strongest'))!;
		expect(pages.findIndex((t) => t.includes('Three strongest'))).toBeLessThan(
			pages.findIndex((t, i) => i > 0 && t.includes('Appendix A: dimensions in detail'))
		);
		const strongest = results.slice(
			results.indexOf('Three strongest'),
			results.indexOf('Three weakest')
		);
		const weakest = results.slice(
			results.indexOf('Three weakest'),
			results.indexOf('Trend across cycles') > 0
				? results.indexOf('Trend across cycles')
				: undefined
		);
		for (const d of dims.slice(0, 3))
			expect(strongest).toContain(`${d.title} ${(d.score as number).toFixed(2)}`);
		for (const d of dims.slice(-3))
			expect(weakest).toContain(`${d.title} ${(d.score as number).toFixed(2)}`);
		expect(strongest).not.toContain(dims.at(-1)!.title);
	});

	it('labels the reference figures with their source', () => {
		expect(count(closed.flat, studyCitation('en'))).toBeGreaterThanOrEqual(2);
		expect(closed.flat).toContain('Finance: integrated into CRM efforts 75%');
	});

	it('has a section per dimension, page numbers, and no provisional watermark once closed', () => {
		for (const d of scoredOf(closedInput).dimensions) expect(closed.flat).toContain(d.title);
		expect(closed.flat).toContain(`Page 1 of ${closed.pages}`);
		expect(closed.flat).toContain(`Page ${closed.pages} of ${closed.pages}`);
		expect(closed.compact).not.toContain(PROVISIONAL_WATERMARK);
		expect(closed.flat).not.toMatch(/provisional/i);
	});

	it('lists early wins first in the action plan', () => {
		const plan = closed.flat.slice(closed.flat.indexOf('Early wins ('));
		expect(plan).toContain('Early wins (2)');
		expect(plan.indexOf('Monthly metrics review with the sponsor')).toBeLessThan(
			plan.indexOf('Other actions (3)')
		);
		expect(plan.indexOf('Single customer view for key accounts')).toBeGreaterThan(
			plan.indexOf('Other actions (3)')
		);
	});

	it('is the same PDF for the same inputs, after a JSON round trip of the inputs', async () => {
		const again = await renderReportPdf(
			buildReportDocument(JSON.parse(JSON.stringify(closedInput)) as ReportInput)
		);
		expect(sha256Hex(again)).toBe(sha256Hex(closed.bytes));
		expect(sha256Hex(closed.bytes)).toMatch(/^[0-9a-f]{64}$/);
	}, 30_000);

	it('stamps PROVISIONAL on every page of a report on an open cycle', async () => {
		const open = await render(reportFixture({ provisional: true }));
		expect(count(open.compact, PROVISIONAL_WATERMARK)).toBeGreaterThanOrEqual(open.pages);
		expect(open.flat).toContain('Provisional – cycle still open');
		expect(open.flat).toContain('Spring 2026 (provisional)');
	}, 30_000);

	it('shows the reason when there are too few peers, instead of a chart', async () => {
		const few = await render(reportFixture({ peers: 3 }));
		expect(few.flat).toContain(
			'Peer benchmark withheld for every dimension: fewer than 10 peer organisations'
		);
		expect(few.flat).not.toContain('Top quartile to top decile');
		// With enough peers the spread and its table are drawn.
		expect(closed.flat).toContain('Top quartile to top decile');
		// Peer figures to one decimal, the own position as a band, never a percentile.
		expect(closed.flat).toMatch(
			/Vision \d\.\d\d \d\.\d \d\.\d \d\.\d (lower half|upper half|top quartile|top decile) 21/
		);
	}, 30_000);

	it('notes the peer filter and withholds only the dimensions with too few filtered peers', async () => {
		const input = reportFixture();
		const own = Object.fromEntries(scoredOf(input).dimensions.map((d) => [d.key, d.score]));
		const peers = Array.from({ length: 12 }, (_, i) =>
			Object.fromEntries(
				Object.keys(own).map((k) => [k, k === 'metrics' && i >= 4 ? null : 2 + (i % 5) * 0.5])
			)
		);
		input.peers = {
			benchmark: peerBenchmark(own, peers),
			filter: 'sector Financial services, size band 1,000–4,999'
		};
		const pdf = await render(input);
		expect(pdf.flat).toContain('Peers filtered: sector Financial services, size band 1,000–4,999.');
		expect(pdf.flat).toContain('Withheld: fewer than 10 peer organisations (4)');
		expect(pdf.flat).toContain('withheld: fewer than 10 peer organisations');
		expect(pdf.flat).toContain('Top quartile to top decile');
	}, 30_000);

	it('explains a withheld cycle instead of drawing empty charts', async () => {
		const input = reportFixture({ respondents: 3 });
		input.previous = null;
		input.trend = [];
		const withheld = await render(input);
		expect(input.scores.status).toBe('withheld');
		expect(count(withheld.flat, 'fewer than 5 responses in the cycle')).toBeGreaterThanOrEqual(4);
		expect(withheld.flat).toContain('No closed cycle yet');
		for (const legend of [
			'Previous cycle (',
			'Range from weakest to strongest dimension',
			'Reference study: share of',
			'Top quartile to top decile'
		]) {
			expect(withheld.flat).not.toContain(legend);
		}
	}, 30_000);

	it('prints markup in names and titles literally', async () => {
		const name = '<script>alert("x")</script> & <b>Acme</b> {"text":"injected"}';
		const title = '<img src=x onerror=alert(1)> **bold** ${title}';
		const input = reportFixture({
			organisationName: name,
			actions: [{ ...DEFAULT_ACTIONS[0]!, title, owner: '<i>Eve</i>' }]
		});
		const pdf = await render(input);
		expect(pdf.flat).toContain(name);
		expect(pdf.flat).toContain(title);
		expect(pdf.flat).toContain('<i>Eve</i>');
		expect(pdf.flat).not.toContain('injected"}Acme');
	}, 30_000);
});

describe('renderReportPdf resource policy', () => {
	it('refuses an image from a URL', async () => {
		await expect(
			renderReportPdf({ content: [{ image: 'https://example.com/logo.png' }] })
		).rejects.toThrow(/denied/);
		await expect(
			renderReportPdf({
				images: { logo: 'http://169.254.169.254/latest/meta-data' },
				content: [{ image: 'logo' }]
			})
		).rejects.toThrow(/Access to URL denied/);
	});

	it('refuses a local file other than the bundled fonts', async () => {
		await expect(renderReportPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow(
			/Access to local file denied/
		);
	});
});
