import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { touchstoneV2Spanish } from '../../src/lib/domain/instrument/touchstone-v2.es';
import { touchstoneV2German } from '../../src/lib/domain/instrument/touchstone-v2.de';
import { interfaceLanguages } from '../../src/lib/domain/language';
import { activityDecisions, decisionGroupLabel } from '../../src/lib/domain/activity/portfolio';
import { reportFormat } from '../../src/lib/domain/report/format';
import { buildReportDocument } from '../../src/lib/domain/report/layout';
import { fill, reportMessages } from '../../src/lib/domain/report/messages';
import { referenceStudyTitle } from '../../src/lib/domain/benchmark/reference';
import { reasonIn } from '../../src/lib/domain/report/messages/reasons';
import {
	belowThresholdReason,
	cellComplementaryReason,
	complementaryReason,
	cycleBelowThresholdReason,
	fewDimensionPeopleReason,
	fewPeersReason,
	fewPeopleReason
} from '../../src/lib/domain/scoring';
import { fewRespondentsReason } from '../../src/lib/domain/scoring/drivers';
import { sectors as sectorList } from '../../src/lib/domain/organisation/sectors';
import type { ReportInput } from '../../src/lib/domain/report/types';
import { renderReportPdf } from '../../src/lib/server/reports/pdf';
import { inLanguage, reportFixture } from '../support/report-fixture';

/** Every message's path and text (arrays and nested objects flattened). */
function entries(value: unknown, path = ''): Array<[string, string]> {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => entries(v, `${path}[${i}]`));
	return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
		entries(v, path ? `${path}.${k}` : k)
	);
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the board report’s catalogue (issue 17)', () => {
	const english = new Map(entries(reportMessages.en));

	it.each(interfaceLanguages.filter((l) => l !== 'en'))(
		'has every English message in %s, with the same placeholders, and nothing more',
		(language) => {
			const other = new Map(entries(reportMessages[language]));
			expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
			for (const [key, text] of english) {
				expect(other.get(key)?.trim(), key).not.toBe('');
				expect(placeholders(other.get(key)!), key).toEqual(placeholders(text));
			}
		}
	);

	it('recognises every shape of the scoring module’s reasons, and writes them in each language', () => {
		const reasons = [
			[belowThresholdReason(5), 'menos de 5 respuestas'],
			[cycleBelowThresholdReason(5), 'menos de 5 respuestas en el ciclo'],
			[
				complementaryReason(5),
				'retenido para que no se pueda deducir de los totales un grupo con menos de 5 respuestas'
			],
			[
				cellComplementaryReason(4),
				'retenido para que no se puedan deducir de los totales las respuestas de menos de 4 personas'
			],
			[fewPeopleReason(3), 'menos de 3 personas dieron una respuesta distinta de «no lo sé»'],
			[
				fewDimensionPeopleReason(3),
				'menos de 3 personas dieron una respuesta distinta de «no lo sé» en esta dimensión'
			],
			[fewPeersReason(10), 'menos de 10 organizaciones comparables'],
			[fewRespondentsReason(10), 'no hay suficientes personas (menos de 10)']
		] as const;
		for (const [english, spanish] of reasons) {
			expect(reasonIn(reportMessages.es, english)).toBe(spanish);
			expect(reasonIn(reportMessages.en, english)).toBe(english);
			expect(reasonIn(reportMessages.de, english)).not.toBe(english);
		}
		expect(reasonIn(reportMessages.es, 'some new reason')).toBe('some new reason');
		const sectors = Object.keys(reportMessages.en.sectors);
		expect(sectors).toEqual([...sectorList]);
	});

	it('words the portfolio’s decisions in each language as the inventory does', () => {
		for (const locale of interfaceLanguages) {
			const { portfolioDecisions } = reportMessages[locale];
			expect(Object.fromEntries(activityDecisions.map((d) => [d, portfolioDecisions[d]]))).toEqual(
				Object.fromEntries(activityDecisions.map((d) => [d, decisionGroupLabel(d, { locale })]))
			);
			expect(portfolioDecisions.none).toBe(decisionGroupLabel(null, { locale }));
		}
	});

	it('names every stakeholder group and level in every language', () => {
		for (const language of interfaceLanguages) {
			expect(reportMessages[language].levels).toHaveLength(5);
			expect(Object.keys(reportMessages[language].groups).sort()).toEqual(
				Object.keys(reportMessages.en.groups).sort()
			);
		}
	});
});

describe('the report’s numbers and dates in each language (Intl)', () => {
	it('keeps the English formats', () => {
		const en = reportFormat('en-GB');
		expect(en.score(3.1)).toBe('3.10');
		expect(en.score(3.14159, 1)).toBe('3.1');
		expect(en.percent(0.716)).toBe('72%');
		expect(en.signed(-0.05)).toBe('−0.05');
		expect(en.signed(0.001)).toBe('±0.00');
		expect(en.amount(120000)).toBe('120,000');
		expect(en.date('2026-03-12')).toBe('12 March 2026');
		expect(en.shortDate('2026-03-12')).toBe('12 Mar 2026');
		expect(en.dateTime('2026-05-04T09:30:00.000Z')).toBe('4 May 2026, 09:30 UTC');
	});

	it('writes Spanish with a decimal comma, Spanish month names and a spaced percent sign', () => {
		const es = reportFormat('es-ES');
		expect(es.score(3.1)).toBe('3,10');
		expect(es.score(null)).toBe('–');
		expect(es.percent(0.716)).toBe('72\u00a0%');
		expect(es.signed(0.44)).toBe('+0,44');
		expect(es.signed(-1.5, 1)).toBe('−1,5');
		expect(es.amount(120000)).toBe('120.000');
		expect(es.date('2026-03-12')).toBe('12 de marzo de 2026');
		expect(es.dateTime('2026-05-04T09:30:00.000Z')).toBe('4 de mayo de 2026, 09:30 UTC');
	});
});

/** The fixture's report in Spanish, its questionnaire texts from version 2's translation. */
const spanishInput = (): ReportInput => inLanguage(reportFixture(), 'es', touchstoneV2Spanish);

describe('a Spanish board report PDF', () => {
	it('is in Spanish: fixed texts, dimension names, numbers and dates', async () => {
		const input = spanishInput();
		const bytes = await renderReportPdf(buildReportDocument(input));
		const dir = '/tmp/touchstone-report-languages';
		mkdirSync(dir, { recursive: true });
		const file = `${dir}/report-es.pdf`;
		writeFileSync(file, bytes);
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		for (const words of [
			'Madurez de la gobernanza del CRM',
			'Resumen ejecutivo',
			'Tres cosas importantes',
			'Decisiones que se piden al consejo',
			'Resultados de un vistazo',
			'Anexo A: las dimensiones en detalle',
			'Comparativas',
			'Plan de acción',
			'Anexo B: metodología',
			'Página 2 de',
			'2 de marzo de 2026'
		])
			expect(text).toContain(words);
		for (const words of [
			'fewer than',
			'Financial services',
			'Executive summary',
			'Three things that matter',
			'Action plan',
			'Peer organisations',
			'Appendix B: methodology',
			'Page 2 of'
		])
			expect(text).not.toContain(words);
		// A dimension's name and an item's text as the translation gives them.
		const section = input.instrument.sections.find((s) => s.kind === 'building_block')!;
		expect(touchstoneV2Spanish.sections[section.key]?.title).toBe(section.title);
		expect(text).toContain(section.title);
		// The index with a decimal comma.
		const index = (input.scores as { overall: { index: number } }).overall.index;
		expect(text).toContain(`un índice de madurez de ${index.toFixed(2).replace('.', ',')}`);
	}, 60_000);

	it('stays English without a language, as reports asked for before issue 17', async () => {
		const bytes = await renderReportPdf(buildReportDocument(reportFixture()));
		const file = '/tmp/touchstone-report-languages/report-en.pdf';
		writeFileSync(file, bytes);
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
		expect(text).toContain('Executive summary');
		expect(text).not.toContain('Resumen ejecutivo');
		expect(fill(reportMessages.en.studyCitation, { title: referenceStudyTitle })).toBe(
			'Carlson Marketing Group study of 32 organisations (“How to Solve the CRM Puzzle”)'
		);
	}, 60_000);

	it('is in German too, with the German questionnaire texts', async () => {
		const german = inLanguage(reportFixture(), 'de', touchstoneV2German);
		const file = '/tmp/touchstone-report-languages/report-de.pdf';
		writeFileSync(file, await renderReportPdf(buildReportDocument(german)));
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		for (const words of [
			'Zusammenfassung',
			'Drei Dinge, die zählen',
			'Seite 2 von',
			'2. März 2026'
		])
			expect(text).toContain(words);
		const section = german.instrument.sections.find((s) => s.kind === 'building_block')!;
		expect(text).toContain(section.title);
		expect(text).not.toContain('Executive summary');
		// The study's citation in German around its published title.
		expect(text).toContain(
			'Quelle: Studie der Carlson Marketing Group mit 32 Organisationen („How to Solve the CRM Puzzle“).'
		);
		expect(text).toContain('Die Referenzwerte stammen aus der Studie der Carlson Marketing Group');
		expect(text).not.toContain('study of 32 organisations');
	}, 60_000);
});
