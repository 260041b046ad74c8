import { and, asc, desc, eq, inArray, lt, or } from 'drizzle-orm';
import { db } from '../platform/db';
import { action, cycle, type Action } from '../platform/db/schema';
import type { ActionInput } from '$lib/domain/action/schema';

export type ActionRow = Action & { originCycleName: string };

const columns = {
	id: action.id,
	organisationId: action.organisationId,
	originCycleId: action.originCycleId,
	title: action.title,
	dimensionKeys: action.dimensionKeys,
	owner: action.owner,
	impact: action.impact,
	complexity: action.complexity,
	dueDate: action.dueDate,
	status: action.status,
	createdAt: action.createdAt,
	finishedAt: action.finishedAt,
	originCycleName: cycle.name
};

export async function create(
	organisationId: string,
	cycleId: string,
	input: ActionInput
): Promise<string | null> {
	const [owned] = await db()
		.select({ id: cycle.id })
		.from(cycle)
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
	if (!owned) return null;
	const [created] = await db()
		.insert(action)
		.values({
			organisationId,
			originCycleId: cycleId,
			...input,
			finishedAt: input.status === 'done' || input.status === 'dropped' ? new Date() : null
		})
		.returning({ id: action.id });
	return created!.id;
}

/**
 * The actions a cycle works with: those it started, and unfinished ones carried over from
 * earlier cycles (an action lives until it is done or dropped).
 */
export async function forCycle(organisationId: string, cycleId: string): Promise<ActionRow[]> {
	const [current] = await db()
		.select({ opensAt: cycle.opensAt })
		.from(cycle)
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
	if (!current) return [];
	const rows = await db()
		.select(columns)
		.from(action)
		.innerJoin(cycle, eq(cycle.id, action.originCycleId))
		.where(
			and(
				eq(action.organisationId, organisationId),
				or(
					eq(action.originCycleId, cycleId),
					and(
						inArray(action.status, ['planned', 'in_progress']),
						lt(cycle.opensAt, current.opensAt)
					)
				)
			)
		)
		.orderBy(desc(action.impact), asc(action.complexity), asc(action.createdAt));
	return rows;
}

export async function list(organisationId: string): Promise<ActionRow[]> {
	return db()
		.select(columns)
		.from(action)
		.innerJoin(cycle, eq(cycle.id, action.originCycleId))
		.where(eq(action.organisationId, organisationId))
		.orderBy(desc(action.createdAt));
}

export async function setStatus(
	organisationId: string,
	actionId: string,
	status: ActionInput['status']
): Promise<boolean> {
	const rows = await db()
		.update(action)
		.set({ status, finishedAt: status === 'done' || status === 'dropped' ? new Date() : null })
		.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)))
		.returning({ id: action.id });
	return rows.length > 0;
}
