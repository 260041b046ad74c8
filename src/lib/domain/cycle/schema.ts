import { z } from 'zod';
import { stakeholderGroupKeys } from '../instrument/types';

const dateTime = z
	.string()
	.trim()
	.min(1, 'Choose a date.')
	.transform((v, ctx) => {
		const d = new Date(v);
		if (Number.isNaN(d.getTime())) {
			ctx.addIssue({ code: 'custom', message: 'Enter a valid date.' });
			return z.NEVER;
		}
		return d;
	});

export const cycleSchema = z
	.object({
		name: z.string().trim().min(2, 'Name the cycle (at least 2 characters).').max(120, 'Keep the name under 120 characters.'),
		instrumentId: z.uuid('Choose a questionnaire version.'),
		opensAt: dateTime,
		closesAt: dateTime,
		anonymityThreshold: z.coerce
			.number({ error: 'Enter a whole number.' })
			.int('Enter a whole number.')
			.min(3, 'At least 3, or single answers could be recognised.')
			.max(50, 'At most 50.'),
		groups: z.array(z.enum(stakeholderGroupKeys)).min(1, 'Choose at least one stakeholder group.'),
		targets: z.record(z.string(), z.coerce.number().min(1, 'Targets run from 1 to 5.').max(5, 'Targets run from 1 to 5.'))
	})
	.refine((c) => c.closesAt > c.opensAt, { message: 'The closing date must come after the opening date.', path: ['closesAt'] });

export type CycleInput = z.infer<typeof cycleSchema>;

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
