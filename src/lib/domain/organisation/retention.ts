import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** Days kept after a cycle closes: empty means until the organisation is deleted. */
const days = z
	.string()
	.trim()
	.transform((v) => (v === '' ? null : Number(v)))
	.pipe(
		z
			.number({ error: () => m.org_retention_error_number() })
			.int({ error: () => m.org_retention_error_whole() })
			.min(1, { error: () => m.org_retention_error_min() })
			.max(3650, { error: () => m.org_retention_error_max() })
			.nullable()
	);

/** The organisation's retention setting as the lead types it (issue 14.6). */
export const retentionSchema = z.object({ inviteeDays: days, answerDays: days });
