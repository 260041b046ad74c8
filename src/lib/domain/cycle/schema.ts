import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { stakeholderGroupKeys } from '../instrument/types';
import { instantFromWallTime } from '../time';
import { MIN_ANONYMITY_THRESHOLD } from '../scoring/anonymity';

/** A datetime-local value, read on the wall clocks of the organisation's time zone. */
const dateTimeIn = (timeZone: string) =>
	z
		.string()
		.trim()
		.min(1, { error: () => m.cycle_choose_date() })
		.transform((v, ctx) => {
			const instant = instantFromWallTime(v, timeZone);
			if (!instant) {
				ctx.addIssue({ code: 'custom', message: m.cycle_invalid_date_time() });
				return z.NEVER;
			}
			return instant;
		});

/** The new-cycle form; opening and closing times are read in `timeZone` (the organisation's). */
export const cycleSchema = (timeZone: string) =>
	z
		.object({
			name: z
				.string()
				.trim()
				.min(2, { error: () => m.cycle_name_too_short() })
				.max(120, { error: () => m.cycle_name_too_long() }),
			instrumentId: z.uuid({ error: () => m.cycle_choose_instrument() }),
			opensAt: dateTimeIn(timeZone),
			closesAt: dateTimeIn(timeZone),
			anonymityThreshold: z.coerce
				.number({ error: () => m.cycle_whole_number() })
				.int({ error: () => m.cycle_whole_number() })
				.min(MIN_ANONYMITY_THRESHOLD, {
					error: () => m.cycle_threshold_too_low({ min: MIN_ANONYMITY_THRESHOLD })
				})
				.max(50, { error: () => m.cycle_threshold_too_high() }),
			groups: z.array(z.enum(stakeholderGroupKeys)).min(1, { error: () => m.cycle_choose_group() }),
			targets: z.record(
				z.string(),
				z.coerce
					.number()
					.min(1, { error: () => m.cycle_target_range() })
					.max(5, { error: () => m.cycle_target_range() })
			)
		})
		.refine((c) => c.closesAt > c.opensAt, {
			error: () => m.cycle_closes_after_opens(),
			path: ['closesAt']
		});

export type CycleInput = z.infer<ReturnType<typeof cycleSchema>>;

/** Targets come from fields named targets.<dimensionKey>; empty ones mean "no target". */
export function targetsFromForm(formData: FormData): Record<string, string> {
	const targets: Record<string, string> = {};
	for (const [key, value] of formData.entries()) {
		if (key.startsWith('targets.') && typeof value === 'string' && value.trim() !== '') {
			targets[key.slice('targets.'.length)] = value.trim();
		}
	}
	return targets;
}

/** What respondents read on the thank-you page about when and how the results will be shared. */
export const resultsSharingSchema = z.object({
	resultsSharing: z
		.string()
		.trim()
		.max(400, { error: () => m.cycle_sharing_too_long() })
		.transform((v) => (v === '' ? null : v))
});
