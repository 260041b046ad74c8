import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../src/lib/domain/report/layout';
import type { ReportInput } from '../../src/lib/domain/report/types';
import { renderReportPdf } from '../../src/lib/server/reports/pdf';
import { reportFixture } from '../support/report-fixture';

const dir = mkdtempSync(join(tmpdir(), 'touchstone-roadmap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seq = 0;
async function text(input: ReportInput): Promise<string> {
	const file = join(dir, `r-${++seq}.pdf`);
	writeFileSync(file, await renderReportPdf(buildReportDocument(input)));
	return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const roadmap: NonNullable<ReportInput['roadmap']> = {
	goals: 'Keep our best customers for ten years',
	assets: 'Two CRM systems and a complaints log',
	interviews: [{ who: 'Head of customer service', heldOn: '2026-10-14' }],
	futureStates: [
		{
			dimensionKey: 'vision',
			title: 'Vision',
			current: 2.41,
			target: 3.5,
			description: 'Every team can say what the CRM vision means for its own work'
		}
	],
	phases: [
		{
			name: 'Early wins',
			startsOn: '2027-01-01',
			endsOn: '2027-03-31',
			dimensionKeys: ['technology'],
			actions: [{ title: 'Customer self-service portal', impact: 5, complexity: 3 }]
		},
		{
			name: 'Foundations',
			startsOn: null,
			endsOn: null,
			dimensionKeys: ['information'],
			actions: [{ title: 'Single customer view', impact: 5, complexity: 5 }]
		}
	],
	unphased: 1
};
const portfolio: NonNullable<ReportInput['portfolio']> = {
	total: 3,
	byDecision: [
		{ label: 'Review the access conditions to raise participation', activities: ['Loyalty club'] },
		{ label: 'Phase it out', activities: ['Calendar mailing'] },
		{ label: 'Not reviewed yet', activities: ['Service desk'] }
	],
	noObjective: ['Calendar mailing']
};

describe('the roadmap and the portfolio in the board report', () => {
	it('prints discovery, the future state beside its target, the phases early wins first, and the portfolio', async () => {
		const t = await text({ ...reportFixture(), roadmap, portfolio });
		expect(t).toContain('Roadmap');
		expect(t).toContain('Keep our best customers for ten years');
		expect(t).toContain('Head of customer service (14 Oct 2026)');
		expect(t).toMatch(
			/Vision 2\.41 3\.50 (Future state )?Every team can say what the CRM vision means/
		);
		const plan = t.slice(t.indexOf('Phased plan'));
		expect(plan.indexOf('Customer self-service portal')).toBeLessThan(
			plan.indexOf('Single customer view · 5×5')
		);
		expect(plan.indexOf('Customer self-service portal')).toBeGreaterThan(0);
		expect(t).toContain('early win (5×3)');
		expect(t).toContain('1 action not in a phase yet.');
		expect(t).toContain('CRM activity portfolio');
		expect(t).toContain('Phase it out (1) Calendar mailing');
		expect(t).toMatch(/Activities serving no strategic objective Calendar mailing/);
	}, 30_000);

	it('names the portfolio’s decisions in the report’s language', async () => {
		const german: NonNullable<ReportInput['portfolio']> = {
			...portfolio,
			byDecision: [
				{ ...portfolio.byDecision[0]!, decision: 'review_access' },
				{ ...portfolio.byDecision[1]!, decision: 'phase_out' },
				{ ...portfolio.byDecision[2]!, decision: null }
			]
		};
		const de = await text({ ...reportFixture(), language: 'de', roadmap, portfolio: german });
		expect(de).toContain('Portfolio der CRM-Aktivitäten');
		expect(de).toContain(
			'Zugangsbedingungen überprüfen, um die Beteiligung zu erhöhen (1) Loyalty club'
		);
		expect(de).toContain('Auslaufen lassen (1) Calendar mailing');
		expect(de).toContain('Noch nicht überprüft (1) Service desk');
		expect(de).not.toContain('Phase it out');
		expect(de).not.toContain('Not reviewed yet');
		// In English the decisions read as the inventory's labels, as before.
		const en = await text({ ...reportFixture(), roadmap, portfolio: german });
		expect(en).toContain('Phase it out (1) Calendar mailing');
		expect(en).toContain('Not reviewed yet (1) Service desk');
	}, 30_000);

	it('draws neither for a report stored before they existed', async () => {
		const t = await text(reportFixture());
		expect(t).not.toContain('CRM activity portfolio');
		expect(t).not.toContain('Phased plan');
	}, 30_000);
});
