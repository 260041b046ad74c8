/**
 * The four review steps that close a cycle (seed 004, IESE's continuous-improvement process), each
 * as structured prompts the lead answers in notes. Keys are stored in review_step.answers; a key
 * may be added, never renamed (stored answers would be orphaned).
 */
import { z } from 'zod';

export interface ReviewPrompt {
	key: string;
	label: string;
	hint?: string;
}

export const reviewPrompts: Record<1 | 2 | 3 | 4, readonly ReviewPrompt[]> = {
	1: [
		{
			key: 'mission_customers',
			label: 'Contribution to customers',
			hint: 'what the mission promises them'
		},
		{ key: 'mission_employees', label: 'Contribution to employees' },
		{ key: 'mission_society', label: 'Contribution to society' },
		{
			key: 'mission_in_practice',
			label: 'From statement to action',
			hint: 'how management acts on it, how every employee hears it and uses it as a code of conduct; change gradually, not abruptly'
		}
	],
	2: [
		{ key: 'strategy_where', label: 'Where we want to go' },
		{ key: 'strategy_how', label: 'How we will get there' },
		{
			key: 'strategy_why',
			label: 'Why we will win',
			hint: 'our competitive advantage'
		},
		{ key: 'strategy_positioning', label: 'How the programme is positioned' },
		{ key: 'strategy_value', label: 'The value proposition to customers' }
	],
	3: [
		{
			key: 'activities_findings',
			label: 'What the review of the activities showed',
			hint: 'the inventory, what customers know, do, think and feel, and the decisions are on the Activities page'
		}
	],
	4: [
		{ key: 'governance_team', label: 'The programme’s management team and its members' },
		{
			key: 'governance_structure',
			label: 'The organisational structure of the managing department'
		},
		{ key: 'governance_technology', label: 'The technology infrastructure of the CRM programme' },
		{ key: 'governance_channels', label: 'The channels of contact and interaction with customers' },
		{
			key: 'governance_processes',
			label: 'The processes of relating to customers',
			hint: 'customer service, complaints'
		},
		{
			key: 'governance_knowledge',
			label: 'Knowledge management',
			hint: 'integrated information, return on investment'
		}
	]
};

export const allPromptKeys: readonly string[] = Object.values(reviewPrompts).flatMap((ps) =>
	ps.map((p) => p.key)
);

/** The form field of a prompt. */
export const promptField = (key: string) => `prompt_${key}`;

const answer = z.string().trim().max(5000, 'Keep each answer under 5,000 characters.').default('');

/** A review step as posted: its notes, the answers to its prompts, and the done mark. */
export const reviewStepSchema = z
	.object({
		step: z.coerce.number().int().min(1).max(4),
		notes: z.string().max(5000, 'Keep the notes under 5,000 characters.').default(''),
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
