import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../time-zone';
import { sectors, sizeBands } from './sectors';

const timeZoneField = z
	.string()
	.trim()
	.optional()
	.transform((v) => v || DEFAULT_TIME_ZONE)
	.refine(isTimeZone, { error: () => m.org_error_zone() });

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
