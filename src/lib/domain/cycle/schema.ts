import { z } from 'zod';
import { stakeholderGroupKeys } from '../instrument/types';
import { instantFromWallTime } from '../time';
import { MIN_ANONYMITY_THRESHOLD } from '../scoring/anonymity';

/** A datetime-local value, read on the wall clocks of the organisation's time zone. */
const dateTimeIn = (timeZone: string) =>
	z
		.string()
		.trim()
		.min(1, 'Choose a date.')
		.transform((v, ctx) => {
			const instant = instantFromWallTime(v, timeZone);
			if (!instant) {
				ctx.addIssue({ code: 'custom', message: 'Enter a valid date and time.' });
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
				.min(2, 'Name the cycle (at least 2 characters).')
				.max(120, 'Keep the name under 120 characters.'),
			instrumentId: z.uuid('Choose a questionnaire version.'),
			opensAt: dateTimeIn(timeZone),
			closesAt: dateTimeIn(timeZone),
			anonymityThreshold: z.coerce
				.number({ error: 'Enter a whole number.' })
				.int('Enter a whole number.')
				.min(
					MIN_ANONYMITY_THRESHOLD,
					`At least ${MIN_ANONYMITY_THRESHOLD}, or single answers could be recognised.`
				)
				.max(50, 'At most 50.'),
			groups: z
				.array(z.enum(stakeholderGroupKeys))
				.min(1, 'Choose at least one stakeholder group.'),
			targets: z.record(
				z.string(),
				z.coerce.number().min(1, 'Targets run from 1 to 5.').max(5, 'Targets run from 1 to 5.')
			)
		})
		.refine((c) => c.closesAt > c.opensAt, {
			message: 'The closing date must come after the opening date.',
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
		.max(400, 'Keep it under 400 characters: it is read on a phone.')
		.transform((v) => (v === '' ? null : v))
});
