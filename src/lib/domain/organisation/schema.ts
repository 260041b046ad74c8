import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../time-zone';

const timeZoneField = z
	.string()
	.trim()
	.optional()
	.transform((v) => v || DEFAULT_TIME_ZONE)
	.refine(isTimeZone, 'Choose a time zone from the list.');

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

export const organisationSchema = z.object({
	name: z
		.string()
		.trim()
		.min(2, 'Give the organisation a name of at least 2 characters.')
		.max(120, 'Keep the name under 120 characters.'),
	sector: z.enum(sectors, { error: 'Choose a sector from the list.' }),
	sizeBand: z.enum(sizeBands, { error: 'Choose a size band from the list.' }),
	timeZone: timeZoneField
});

/** Name, sector and size band, for changing them later (sector and size place it among peers). */
export const organisationDetailsSchema = organisationSchema.omit({ timeZone: true });

/** Only the time zone, for changing it later. */
export const timeZoneSchema = z.object({ timeZone: timeZoneField });
export type OrganisationInput = z.infer<typeof organisationSchema>;

export const memberRoles = ['lead', 'board'] as const;

export const memberInvitationSchema = z.object({
	role: z.enum(memberRoles, { error: 'Choose lead or board.' }),
	/** Only the account with this address, verified, can accept the link. */
	email: z
		.string({ error: 'Enter their e-mail address.' })
		.trim()
		.toLowerCase()
		.min(1, 'Enter their e-mail address: only their account can accept the link.')
		.pipe(z.email('Enter a valid e-mail address.').max(254))
});

/** The second step of a destructive change: its confirmation page posts confirm=yes. */
const confirmed = z.literal('yes', { error: 'Confirm this first.' });
const memberId = z.uuid('Choose a member from the list.');

export const memberRemovalSchema = z.object({ userId: memberId, confirm: confirmed });
export const memberRoleSchema = z.object({
	userId: memberId,
	role: z.enum(memberRoles, { error: 'Choose lead or board.' }),
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
				message: `Type the organisation’s name, ${organisationName.trim()}, exactly as shown.`
			})
	});
}
