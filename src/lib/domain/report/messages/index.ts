/**
 * The board report in the organisation's (or the asking person's) language (issue 17): its fixed
 * texts from a typed catalogue per language, its dates and numbers formatted with Intl for that
 * language. `ReportMessages` is the English catalogue's type, so a language missing a key does
 * not compile; tests/unit/report-languages.test.ts checks the placeholders too.
 */
import { referenceStudyTitle } from '../../benchmark/reference';
import { interfaceLanguageOr, localeOf, type InterfaceLanguage } from '../../language';
import type { ChartText } from '../charts';
import { reportFormat, type ReportFormat } from '../format';
import { en, type ReportMessages } from './en';
import { es } from './es';
import { de } from './de';

export type { ReportMessages };

export const reportMessages: Record<InterfaceLanguage, ReportMessages> = { en, es, de };

/** A message with its `{name}` placeholders filled in (unknown names are left as they are). */
export const fill = (message: string, values: Record<string, string | number>): string =>
	message.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);

/** A stakeholder group's name in the report's language (an unknown key as given). */
export const groupNameIn = (t: ReportMessages, key: string): string =>
	(t.groups as Record<string, string>)[key] ?? key;

/** The reference study's citation in the report's language, its published title as published. */
export const studyCitationIn = (t: ReportMessages): string =>
	fill(t.studyCitation, { title: referenceStudyTitle });

/** The same citation in an interface language: the dashboard's words are the report's. */
export const studyCitation = (language: string | null | undefined): string =>
	studyCitationIn(reportMessages[interfaceLanguageOr(language)]);

export interface ReportLocale {
	language: InterfaceLanguage;
	t: ReportMessages;
	f: ReportFormat;
	/** The charts' numbers and level names. */
	chart: ChartText;
}

/** The report's texts and formats in a language; a missing or unknown one is English. */
export function reportLocale(language: string | null | undefined): ReportLocale {
	const chosen = interfaceLanguageOr(language);
	const t = reportMessages[chosen];
	const f = reportFormat(localeOf[chosen]);
	return {
		language: chosen,
		t,
		f,
		chart: { score: (v) => f.score(v), percent: (v) => f.percent(v), levels: t.levelsAxis }
	};
}
