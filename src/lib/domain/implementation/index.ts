/**
 * Carlson Marketing Group's eight implementation steps (seed 000: a study of 32 organisations),
 * tracked per organisation: state, owner, evidence and date.
 */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** Each step's title and prompt in the reader's language. */
export const implementationSteps = [
	{ step: 1, title: m.org_impl_step_1_title, prompt: m.org_impl_step_1_prompt },
	{ step: 2, title: m.org_impl_step_2_title, prompt: m.org_impl_step_2_prompt },
	{ step: 3, title: m.org_impl_step_3_title, prompt: m.org_impl_step_3_prompt },
	{ step: 4, title: m.org_impl_step_4_title, prompt: m.org_impl_step_4_prompt },
	{ step: 5, title: m.org_impl_step_5_title, prompt: m.org_impl_step_5_prompt },
	{ step: 6, title: m.org_impl_step_6_title, prompt: m.org_impl_step_6_prompt },
	{ step: 7, title: m.org_impl_step_7_title, prompt: m.org_impl_step_7_prompt },
	{ step: 8, title: m.org_impl_step_8_title, prompt: m.org_impl_step_8_prompt }
] as const;

export const stepStates = ['not_started', 'in_progress', 'done'] as const;
export type StepState = (typeof stepStates)[number];
export const stepStateLabels: Record<StepState, () => string> = {
	not_started: m.org_impl_state_not_started,
	in_progress: m.org_impl_state_in_progress,
	done: m.org_impl_state_done
};

export const implementationStepSchema = z
	.object({
		step: z.coerce
			.number<string>({ error: () => m.org_impl_error_step() })
			.int({ error: () => m.org_impl_error_step() })
			.min(1, { error: () => m.org_impl_error_step() })
			.max(8, { error: () => m.org_impl_error_step() }),
		state: z.enum(stepStates, { error: () => m.org_impl_error_state() }),
		owner: z
			.string()
			.trim()
			.max(120, { error: () => m.org_impl_error_owner() })
			.default(''),
		evidence: z
			.string()
			.trim()
			.max(3000, { error: () => m.org_impl_error_evidence_long() })
			.default(''),
		doneOn: z
			.string()
			.trim()
			.default('')
			.transform((v) => (v === '' ? null : v))
			.pipe(z.iso.date({ error: () => m.org_impl_error_date() }).nullable())
	})
	.superRefine((v, ctx) => {
		if (v.state === 'done' && v.evidence === '')
			ctx.addIssue({
				code: 'custom',
				path: ['evidence'],
				message: m.org_impl_error_evidence_needed()
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
			title: s.title(),
			prompt: s.prompt(),
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
