/** Carlson's eight implementation steps per organisation. Owns implementation_step. */
import { asc, eq } from 'drizzle-orm';
import { db } from '../platform/db';
import { implementationStep } from '../platform/db/schema';
import {
	checklist,
	type ChecklistRow,
	type ImplementationStepInput,
	type StepState
} from '$lib/domain/implementation';

export async function list(organisationId: string) {
	const rows = await db()
		.select({
			step: implementationStep.step,
			state: implementationStep.state,
			owner: implementationStep.owner,
			evidence: implementationStep.evidence,
			doneOn: implementationStep.doneOn
		})
		.from(implementationStep)
		.where(eq(implementationStep.organisationId, organisationId))
		.orderBy(asc(implementationStep.step));
	return checklist(rows.map((r) => ({ ...r, state: r.state as StepState }) satisfies ChecklistRow));
}

/** Saves one step; a step marked done without a date is done today (UTC). */
export async function save(
	organisationId: string,
	userId: string,
	input: ImplementationStepInput,
	now = new Date()
): Promise<void> {
	const values = {
		state: input.state,
		owner: input.owner,
		evidence: input.evidence,
		doneOn:
			input.state === 'done' ? (input.doneOn ?? now.toISOString().slice(0, 10)) : input.doneOn,
		updatedBy: userId,
		updatedAt: now
	};
	await db()
		.insert(implementationStep)
		.values({ organisationId, step: input.step, ...values })
		.onConflictDoUpdate({
			target: [implementationStep.organisationId, implementationStep.step],
			set: values
		});
}
