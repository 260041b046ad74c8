/**
 * The sectors and size bands that place an organisation among its peers, and their names in the
 * reader's language. Apart from the validation in ./schema so that the pages only showing them
 * (the dashboard a board member opens on a phone) do not load zod.
 */
import { m } from '$lib/paraglide/messages';

export const sectors = [
	'Financial services',
	'Retail and consumer goods',
	'Manufacturing',
	'Technology and telecoms',
	'Healthcare',
	'Public sector',
	'Education',
	'Hospitality and travel',
	'Professional services',
	'Energy and utilities',
	'Non-profit',
	'Other'
] as const;

export const sizeBands = ['1–49', '50–249', '250–999', '1,000–4,999', '5,000+'] as const;
export type Sector = (typeof sectors)[number];
export type SizeBand = (typeof sizeBands)[number];

/** The stored values are English: each is shown in the reader's language. */
const sectorNames: Record<Sector, () => string> = {
	'Financial services': m.org_sector_financial_services,
	'Retail and consumer goods': m.org_sector_retail,
	Manufacturing: m.org_sector_manufacturing,
	'Technology and telecoms': m.org_sector_technology,
	Healthcare: m.org_sector_healthcare,
	'Public sector': m.org_sector_public,
	Education: m.org_sector_education,
	'Hospitality and travel': m.org_sector_hospitality,
	'Professional services': m.org_sector_professional,
	'Energy and utilities': m.org_sector_energy,
	'Non-profit': m.org_sector_non_profit,
	Other: m.org_sector_other
};
const sizeBandNames: Record<SizeBand, () => string> = {
	'1–49': m.org_size_1_49,
	'50–249': m.org_size_50_249,
	'250–999': m.org_size_250_999,
	'1,000–4,999': m.org_size_1000_4999,
	'5,000+': m.org_size_5000
};
/** A sector's name in the reader's language; a value no longer in the list as stored. */
export const sectorName = (sector: string): string => sectorNames[sector as Sector]?.() ?? sector;
/** A size band as the reader's language writes its figures ("1.000–4.999" in German). */
export const sizeBandName = (band: string): string => sizeBandNames[band as SizeBand]?.() ?? band;
