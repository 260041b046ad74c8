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
import { studyPractices } from '$lib/domain/benchmark/practices';
import * as cycles from '../cycles';
import { factsOf } from '../cycles/facts';
import * as scoring from '../scoring';

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

/**
 * The study's practices beside the organisation's own answers (issue 15.3), from its latest closed
 * cycle: the lead's organisation facts and the anonymity-safe scores. Null cycle when none closed.
 */
export async function practicesBeside(organisationId: string) {
	const latest = (await cycles.closedInOrder(organisationId)).at(-1);
	if (!latest) return { cycle: null, rows: studyPractices(null, {}) };
	const [scores, facts] = await Promise.all([
		scoring.scoreCycleForOrganisation(organisationId, latest.id),
		factsOf(organisationId, latest.id)
	]);
	return { cycle: { id: latest.id, name: latest.name }, rows: studyPractices(scores, facts) };
}
