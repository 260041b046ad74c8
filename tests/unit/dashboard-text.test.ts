/**
 * The words the dashboard, trends, priorities and board home put beside their figures (issue
 * 17.1): scoring's English reasons and codes, shown in the reader's language with their numbers
 * kept, and unchanged in English.
 */
import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../src/lib/server/platform/i18n';
import { bandText, reasonText, verdictText } from '../../src/lib/domain/dashboard/text';
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
import { opportunityTitle, tierLabel, type Priority } from '../../src/lib/domain/priority';
import { radarChart } from '../../src/lib/domain/dashboard/charts';

const reasons = [
	belowThresholdReason(5),
	cycleBelowThresholdReason(5),
	complementaryReason(5),
	cellComplementaryReason(4),
	fewPeopleReason(3),
	fewDimensionPeopleReason(3),
	fewPeersReason(10),
	fewRespondentsReason(10),
	'fewer than 10 respondents answered every item (7)',
	'fewer than 5 respondents said yes, or said no',
	'fewer than 8 comments',
	'fewer than two stakeholder groups with figures shown (each needs at least 5 people giving a level)',
	'no peer benchmark for this cycle',
	'needs at least two items',
	'total scores do not vary',
	'not applicable in this cycle',
	'the answers do not vary',
	'no answers in this dimension',
	'no responses'
];

describe('the dashboard’s words in the reader’s language', () => {
	it('leaves every English reason, verdict and band as scoring writes it', () => {
		inLanguage('en', () => {
			for (const reason of reasons) expect(reasonText(reason)).toBe(reason);
			expect(verdictText('real change')).toBe('real change');
			expect(bandText('top quartile')).toBe('top quartile');
		});
	});

	it('writes every reason in Spanish and German with its numbers, and an unknown one as given', () => {
		for (const language of ['es', 'de'] as const)
			inLanguage(language, () => {
				for (const reason of reasons) {
					const translated = reasonText(reason);
					expect(translated, `${language}: ${reason}`).not.toBe(reason);
					expect(translated.match(/\d+/g) ?? [], reason).toEqual(reason.match(/\d+/g) ?? []);
				}
				expect(reasonText('some new reason')).toBe('some new reason');
			});
		inLanguage('es', () => {
			expect(reasonText(cycleBelowThresholdReason(5))).toBe('menos de 5 respuestas en el ciclo');
			expect(verdictText('within noise')).toBe('dentro del ruido');
		});
		inLanguage('de', () => {
			expect(reasonText(fewPeersReason(10))).toBe('weniger als 10 Vergleichsorganisationen');
			expect(verdictText('real change')).toBe('echte Veränderung');
		});
	});

	it('writes the priority view’s tiers and an opportunity’s title with the language’s decimal mark', () => {
		const priority = { title: 'Vision', belowTarget: 0.4 } as Priority;
		inLanguage('en', () => {
			expect(tierLabel('first')).toBe('Work on first');
			expect(opportunityTitle(priority, 3.5)).toBe('Raise Vision to its target of 3.5');
			expect(opportunityTitle({ ...priority, belowTarget: 0 }, 3.5)).toBe('Raise Vision');
		});
		inLanguage('de', () => {
			expect(tierLabel('first')).toBe('Zuerst angehen');
			expect(opportunityTitle(priority, 3.5)).toBe('Vision auf das Ziel von 3,5 heben');
		});
	});

	it('labels the charts’ series in the reader’s language, figures untouched', () => {
		const radar = {
			kind: 'building_block' as const,
			labels: ['Vision'],
			current: [2.5],
			target: [3],
			previous: [2]
		};
		const english = inLanguage('en', () => radarChart(radar, null));
		const spanish = inLanguage('es', () => radarChart(radar, null));
		expect(english.data.datasets.map((d) => d.label)).toEqual([
			'This cycle',
			'Target',
			'Previous cycle'
		]);
		expect(spanish.data.datasets.map((d) => d.label)).toEqual([
			'Este ciclo',
			'Objetivo',
			'Ciclo anterior'
		]);
		expect(spanish.data.datasets.map((d) => d.data)).toEqual(
			english.data.datasets.map((d) => d.data)
		);
	});
});
