/**
 * The four review steps that close a cycle (seed 004, IESE's continuous-improvement process), each
 * as structured prompts the lead answers in notes. Keys are stored in review_step.answers; a key
 * may be added, never renamed (stored answers would be orphaned).
 */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export interface ReviewPrompt {
	key: string;
	/** The prompt and its hint in the interface's language (messages/…/cycle.json). */
	label: () => string;
	hint?: () => string;
}

export const reviewPrompts: Record<1 | 2 | 3 | 4, readonly ReviewPrompt[]> = {
	1: [
		{
			key: 'mission_customers',
			label: m.cycle_prompt_mission_customers,
			hint: m.cycle_prompt_mission_customers_hint
		},
		{ key: 'mission_employees', label: m.cycle_prompt_mission_employees },
		{ key: 'mission_society', label: m.cycle_prompt_mission_society },
		{
			key: 'mission_in_practice',
			label: m.cycle_prompt_mission_in_practice,
			hint: m.cycle_prompt_mission_in_practice_hint
		}
	],
	2: [
		{ key: 'strategy_where', label: m.cycle_prompt_strategy_where },
		{ key: 'strategy_how', label: m.cycle_prompt_strategy_how },
		{
			key: 'strategy_why',
			label: m.cycle_prompt_strategy_why,
			hint: m.cycle_prompt_strategy_why_hint
		},
		{ key: 'strategy_positioning', label: m.cycle_prompt_strategy_positioning },
		{ key: 'strategy_value', label: m.cycle_prompt_strategy_value }
	],
	3: [
		{
			key: 'activities_findings',
			label: m.cycle_prompt_activities_findings,
			hint: m.cycle_prompt_activities_findings_hint
		}
	],
	4: [
		{ key: 'governance_team', label: m.cycle_prompt_governance_team },
		{ key: 'governance_structure', label: m.cycle_prompt_governance_structure },
		{ key: 'governance_technology', label: m.cycle_prompt_governance_technology },
		{ key: 'governance_channels', label: m.cycle_prompt_governance_channels },
		{
			key: 'governance_processes',
			label: m.cycle_prompt_governance_processes,
			hint: m.cycle_prompt_governance_processes_hint
		},
		{
			key: 'governance_knowledge',
			label: m.cycle_prompt_governance_knowledge,
			hint: m.cycle_prompt_governance_knowledge_hint
		}
	]
};

export const allPromptKeys: readonly string[] = Object.values(reviewPrompts).flatMap((ps) =>
	ps.map((p) => p.key)
);

/** The form field of a prompt. */
export const promptField = (key: string) => `prompt_${key}`;

const answer = z
	.string()
	.trim()
	.max(5000, { error: () => m.cycle_prompt_answer_too_long() })
	.default('');

/** A review step as posted: its notes, the answers to its prompts, and the done mark. */
export const reviewStepSchema = z
	.object({
		step: z.coerce.number().int().min(1).max(4),
		notes: z
			.string()
			.max(5000, { error: () => m.cycle_prompt_notes_too_long() })
			.default(''),
		done: z.string().optional(),
		...Object.fromEntries(allPromptKeys.map((k) => [promptField(k), answer]))
	})
	.transform((v) => {
		const step = v.step as 1 | 2 | 3 | 4;
		const fields = v as unknown as Record<string, string>;
		return {
			step,
			notes: v.notes,
			done: v.done === 'yes',
			answers: Object.fromEntries(
				reviewPrompts[step]
					.map((p) => [p.key, fields[promptField(p.key)] ?? ''] as const)
					.filter(([, text]) => text !== '')
			)
		};
	});
export type ReviewStepInput = z.infer<typeof reviewStepSchema>;

/** How many of a step's prompts have an answer. */
export const answeredCount = (step: 1 | 2 | 3 | 4, answers: Record<string, string>): number =>
	reviewPrompts[step].filter((p) => (answers[p.key] ?? '').trim() !== '').length;
