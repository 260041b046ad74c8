import { z } from 'zod';
import type { ItemKind } from '../instrument/types';
import { COMMENT_MAX, answerFromChoice, isValidValue, itemField } from './answer';

export * from './answer';

/**
 * One answer as sent by a respondent. value null with neither flag clears the answer. notMyArea
 * defaults to false: a page loaded before version 2 existed still saves.
 */
export const answerInputSchema = z
	.object({
		itemId: z.uuid(),
		value: z.number().int().min(0).max(5).nullable(),
		dontKnow: z.boolean(),
		notMyArea: z.boolean().default(false)
	})
	.refine((a) => [a.value !== null, a.dontKnow, a.notMyArea].filter(Boolean).length <= 1, {
		message: 'An answer is a value, “don’t know” or “not my area”.'
	});
// The input shape: callers may leave notMyArea out (it defaults to false).
export type AnswerInput = z.input<typeof answerInputSchema>;

export const commentInputSchema = z.object({
	sectionId: z.uuid(),
	text: z
		.string()
		.max(COMMENT_MAX, `Keep the comment under ${COMMENT_MAX} characters.`)
		// PostgreSQL cannot store U+0000 in text.
		.refine(
			(t) => !t.includes('\u0000'),
			'This comment contains a character that cannot be stored.'
		)
});
export type CommentInput = z.infer<typeof commentInputSchema>;

/** Body of the autosave endpoint. */
export const autosaveSchema = z
	.object({
		answers: z.array(answerInputSchema).max(500).default([]),
		comments: z.array(commentInputSchema).max(100).default([])
	})
	.refine((b) => b.answers.length + b.comments.length > 0, { message: 'Nothing to save.' });
export type AutosaveBody = z.infer<typeof autosaveSchema>;

export interface SectionFormResult {
	answers: AnswerInput[];
	comment: string | undefined;
	errors: string[];
}

/**
 * Reads one section's form (fields item.<itemId> and comment). An item without a field is
 * left as it is: a radio group that was never chosen sends nothing.
 */
export function parseSectionForm(
	section: { items: ReadonlyArray<{ id: string; kind: ItemKind }> },
	fields: Record<string, string>
): SectionFormResult {
	const answers: AnswerInput[] = [];
	const errors: string[] = [];
	for (const item of section.items) {
		const raw = fields[itemField(item.id)];
		if (raw === undefined) continue;
		const answer = answerFromChoice(raw);
		if (!answer || !isValidValue(item.kind, answer)) {
			errors.push(item.id);
			continue;
		}
		answers.push({ itemId: item.id, ...answer });
	}
	const comment = fields.comment;
	if (comment !== undefined && comment.length > COMMENT_MAX) errors.push('comment');
	return { answers, comment: comment?.trim(), errors };
}
