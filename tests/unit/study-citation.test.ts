/**
 * The reference study is cited in one wording per language (issue 17): the board report's
 * catalogue (`studyCitation`), which the dashboard reads too, so the two never drift apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceStudyTitle } from '../../src/lib/domain/benchmark/reference';
import { reportLocale, studyCitation, studyCitationIn } from '../../src/lib/domain/report/messages';

describe('the reference study’s citation', () => {
	it('is the report’s wording in each language, the published title as published', () => {
		expect(studyCitation('de')).toBe(studyCitationIn(reportLocale('de').t));
		expect(studyCitation('de')).toBe(
			'Studie der Carlson Marketing Group mit 32 Organisationen („How to Solve the CRM Puzzle“)'
		);
		expect(studyCitation('es')).toContain('«How to Solve the CRM Puzzle»');
		expect(studyCitation(null)).toBe(studyCitationIn(reportLocale('en').t));
	});

	it('is not worded a second time in the interface catalogue', () => {
		for (const language of readdirSync('messages')) {
			for (const file of readdirSync(`messages/${language}`)) {
				const text = readFileSync(`messages/${language}/${file}`, 'utf8');
				expect(text, `messages/${language}/${file}`).not.toContain(referenceStudyTitle);
			}
		}
	});
});
