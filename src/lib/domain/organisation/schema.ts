import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../time-zone';

const timeZoneField = z
	.string()
	.trim()
	.optional()
	.transform((v) => v || DEFAULT_TIME_ZONE)
	.refine(isTimeZone, { error: () => m.org_error_zone() });

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

export const organisationSchema = z.object({
	name: z
		.string()
		.trim()
		.min(2, { error: () => m.org_error_name_short() })
		.max(120, { error: () => m.org_error_name_long() }),
	sector: z.enum(sectors, { error: () => m.org_error_sector() }),
	sizeBand: z.enum(sizeBands, { error: () => m.org_error_size() }),
	timeZone: timeZoneField
});

/** Name, sector and size band, for changing them later (sector and size place it among peers). */
export const organisationDetailsSchema = organisationSchema.omit({ timeZone: true });

/** Only the time zone, for changing it later. */
export const timeZoneSchema = z.object({ timeZone: timeZoneField });
export type OrganisationInput = z.infer<typeof organisationSchema>;

export const memberRoles = ['lead', 'board'] as const;

export const memberInvitationSchema = z.object({
	role: z.enum(memberRoles, { error: () => m.org_error_role() }),
	/** Only the account with this address, verified, can accept the link. */
	email: z
		.string({ error: () => m.org_error_email_missing() })
		.trim()
		.toLowerCase()
		.min(1, { error: () => m.org_error_email_empty() })
		.pipe(z.email({ error: () => m.org_error_email_invalid() }).max(254))
});

/** The second step of a destructive change: its confirmation page posts confirm=yes. */
const confirmed = z.literal('yes', { error: () => m.org_error_confirm_first() });
const memberId = z.uuid({ error: () => m.org_error_member() });

export const memberRemovalSchema = z.object({ userId: memberId, confirm: confirmed });
export const memberRoleSchema = z.object({
	userId: memberId,
	role: z.enum(memberRoles, { error: () => m.org_error_role() }),
	confirm: confirmed
});
export const leaveSchema = z.object({ confirm: confirmed });

/**
 * Deleting an organisation is confirmed by typing its name: a click alone is too easy to make by
 * mistake for something that cannot be undone. Spaces around the name and letter case are forgiven.
 */
export function organisationDeletionSchema(organisationName: string) {
	const expected = organisationName.trim().toLocaleLowerCase();
	return z.object({
		confirmName: z
			.string()
			.trim()
			.refine((typed) => typed.toLocaleLowerCase() === expected, {
				error: () => m.org_error_delete_name({ name: organisationName.trim() })
			})
	});
}
