import { z } from 'zod';

/** Days kept after a cycle closes: empty means until the organisation is deleted. */
const days = z
	.string()
	.trim()
	.transform((v) => (v === '' ? null : Number(v)))
	.pipe(
		z
			.number({ error: 'Give a number of days, or leave it empty.' })
			.int('Give a whole number of days.')
			.min(1, 'At least 1 day.')
			.max(3650, 'At most 3,650 days (ten years).')
			.nullable()
	);

/** The organisation's retention setting as the lead types it (issue 14.6). */
export const retentionSchema = z.object({ inviteeDays: days, answerDays: days });
