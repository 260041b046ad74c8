/**
 * Carlson Marketing Group's eight implementation steps (seed 000: a study of 32 organisations),
 * tracked per organisation: state, owner, evidence and date.
 */
import { z } from 'zod';

export const implementationSteps = [
	{
		step: 1,
		title: 'Preliminary planning',
		prompt: 'Who leads, what is in scope, and the time and people the first plans need.'
	},
	{
		step: 2,
		title: 'Evaluation of current CRM efforts',
		prompt: 'What the organisation already does for its customer relationships, and how well.'
	},
	{
		step: 3,
		title: 'Analysis of competitors’ practices',
		prompt: 'What competitors offer their customers, and where they do better.'
	},
	{
		step: 4,
		title: 'Assessment of internal capabilities and target audiences',
		prompt: 'The skills, data and systems at hand, and the customers the programme is for.'
	},
	{
		step: 5,
		title: 'Appraisal of relationship-marketing options and business issues',
		prompt: 'The options weighed against the business issues they must address.'
	},
	{
		step: 6,
		title: 'Programme goal generation',
		prompt: 'The programme’s goals, with the measures that show them met.'
	},
	{
		step: 7,
		title: 'Financial authorisation',
		prompt: 'Approval from those who control the budget: who authorised how much.'
	},
	{
		step: 8,
		title: 'Overseeing the implementation',
		prompt: 'Who oversees it, how often progress is reviewed, and what happens when it slips.'
	}
] as const;

export const stepStates = ['not_started', 'in_progress', 'done'] as const;
export type StepState = (typeof stepStates)[number];
export const stepStateLabels: Record<StepState, string> = {
	not_started: 'Not started',
	in_progress: 'In progress',
	done: 'Done'
};

export const implementationStepSchema = z
	.object({
		step: z.coerce
			.number<string>({ error: 'Choose a step.' })
			.int('Choose a step.')
			.min(1, 'Choose a step.')
			.max(8, 'Choose a step.'),
		state: z.enum(stepStates, { error: 'Choose a state.' }),
		owner: z.string().trim().max(120, 'Keep the owner under 120 characters.').default(''),
		evidence: z.string().trim().max(3000, 'Keep the evidence under 3,000 characters.').default(''),
		doneOn: z
			.string()
			.trim()
			.default('')
			.transform((v) => (v === '' ? null : v))
			.pipe(z.iso.date('Enter a valid date.').nullable())
	})
	.superRefine((v, ctx) => {
		if (v.state === 'done' && v.evidence === '')
			ctx.addIssue({
				code: 'custom',
				path: ['evidence'],
				message: 'Say what shows the step is done (a document, a decision, a meeting).'
			});
	});
export type ImplementationStepInput = z.infer<typeof implementationStepSchema>;

export interface ChecklistRow {
	step: number;
	state: StepState;
	owner: string;
	evidence: string;
	doneOn: string | null;
}

/** All eight steps, stored or not, in order; counts of done and in progress. */
export function checklist(stored: readonly ChecklistRow[]): {
	rows: Array<ChecklistRow & { title: string; prompt: string }>;
	done: number;
	inProgress: number;
} {
	const rows = implementationSteps.map((s) => {
		const saved = stored.find((r) => r.step === s.step);
		return {
			title: s.title,
			prompt: s.prompt,
			step: s.step,
			state: saved?.state ?? 'not_started',
			owner: saved?.owner ?? '',
			evidence: saved?.evidence ?? '',
			doneOn: saved?.doneOn ?? null
		};
	});
	return {
		rows,
		done: rows.filter((r) => r.state === 'done').length,
		inProgress: rows.filter((r) => r.state === 'in_progress').length
	};
}
