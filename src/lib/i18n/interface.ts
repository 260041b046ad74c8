/**
 * The lead's and board's interface language on the client (issue 17). The server chooses it per
 * request (hooks.server.ts: the person's choice, then Accept-Language, then the organisation's
 * default) and hands it to the page as data; the (app) layout points paraglide's getLocale at it.
 * The respondent pages never load this module: they receive their texts as page data.
 */
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { localeOf } from '$lib/domain/language';
import type { sectors } from '$lib/domain/organisation/schema';

/** The locale Intl formats dates, numbers and percentages with in the current language. */
export const intlLocale = (): string => localeOf[getLocale()];

const sectorNames: Record<(typeof sectors)[number], () => string> = {
	'Financial services': m.common_sector_financial_services,
	'Retail and consumer goods': m.common_sector_retail,
	Manufacturing: m.common_sector_manufacturing,
	'Technology and telecoms': m.common_sector_technology,
	Healthcare: m.common_sector_healthcare,
	'Public sector': m.common_sector_public_sector,
	Education: m.common_sector_education,
	'Hospitality and travel': m.common_sector_hospitality,
	'Professional services': m.common_sector_professional_services,
	'Energy and utilities': m.common_sector_energy,
	'Non-profit': m.common_sector_non_profit,
	Other: m.common_sector_other
};

/** An organisation's sector (stored in English) in the current language; an unknown one as stored. */
export const sectorLabel = (sector: string): string =>
	Object.hasOwn(sectorNames, sector) ? sectorNames[sector as keyof typeof sectorNames]() : sector;

/** A size band (stored as '1,000–4,999') with its numbers in the current language's notation. */
export const sizeBandLabel = (band: string): string =>
	band.replace(/\d[\d,]*/g, (n) =>
		new Intl.NumberFormat(intlLocale()).format(Number(n.replaceAll(',', '')))
	);

/**
 * A fixed label as a message function: called bare it speaks the current language, and a job
 * writing to someone else passes theirs (`label({}, { locale })`).
 */
export type Label = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;
