import { and, asc, desc, eq, inArray, lt, or } from 'drizzle-orm';
import { db, type Executor } from '../platform/db';
import * as audit from '../audit';
import {
	action,
	actionUpdate,
	cycle,
	membership,
	user,
	type Action,
	type ActionUpdate
} from '../platform/db/schema';
import type { ActionInput, ActionUpdateInput } from '$lib/domain/action/schema';

/** An action as pages see it: the reminders' bookkeeping (improvement/reminders.ts) stays in the database. */
export type ActionRow = Omit<Action, 'dueSoonRemindedFor' | 'overdueRemindedFor'> & {
	originCycleName: string;
};

const columns = {
	id: action.id,
	organisationId: action.organisationId,
	originCycleId: action.originCycleId,
	title: action.title,
	dimensionKeys: action.dimensionKeys,
	owner: action.owner,
	ownerUserId: action.ownerUserId,
	impact: action.impact,
	complexity: action.complexity,
	dueDate: action.dueDate,
	status: action.status,
	progress: action.progress,
	budget: action.budget,
	approvedAmount: action.approvedAmount,
	approvedBy: action.approvedBy,
	createdAt: action.createdAt,
	finishedAt: action.finishedAt,
	originCycleName: cycle.name
};

const isFinished = (status: ActionInput['status']) => status === 'done' || status === 'dropped';

/** What is stored for an action: the owner as a name, with the member's id when one was chosen. */
export type StoredActionInput = Omit<ActionInput, 'ownerUserId'> & { ownerUserId: string | null };

/**
 * The owner as stored: a member of the organisation (their name, with their id) or the outsider
 * named. Null when the id chosen is nobody in the organisation.
 */
export async function resolveOwner(
	organisationId: string,
	input: ActionInput
): Promise<StoredActionInput | null> {
	if (input.ownerUserId === null) return { ...input, ownerUserId: null };
	const [member] = await db()
		.select({ name: user.name })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(
			and(eq(membership.organisationId, organisationId), eq(membership.userId, input.ownerUserId))
		);
	if (!member) return null;
	return { ...input, owner: member.name, ownerUserId: input.ownerUserId };
}

export async function create(
	organisationId: string,
	cycleId: string,
	input: StoredActionInput,
	actorId: string | null,
	executor: Executor = db()
): Promise<string | null> {
	return executor.transaction(async (tx) => {
		const [owned] = await tx
			.select({ id: cycle.id })
			.from(cycle)
			.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
		if (!owned) return null;
		const [created] = await tx
			.insert(action)
			.values({
				organisationId,
				originCycleId: cycleId,
				...input,
				progress: input.status === 'done' ? 100 : 0,
				finishedAt: isFinished(input.status) ? new Date() : null
			})
			.returning({ id: action.id });
		await audit.record(tx, organisationId, actorId, {
			kind: 'action.created',
			subjectId: created!.id,
			details: { action: input.title }
		});
		return created!.id;
	});
}

/** One action of the organisation, or null. */
export async function get(organisationId: string, actionId: string): Promise<ActionRow | null> {
	if (!/^[0-9a-f-]{36}$/i.test(actionId)) return null;
	const [row] = await db()
		.select(columns)
		.from(action)
		.innerJoin(cycle, eq(cycle.id, action.originCycleId))
		.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)));
	return row ?? null;
}

/** Changes an action's fields; finishing it stamps finishedAt, reopening clears it. */
export async function update(
	organisationId: string,
	actionId: string,
	input: StoredActionInput,
	actorId: string | null,
	executor: Executor = db()
): Promise<boolean> {
	return executor.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(action)
			.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)))
			.for('update');
		if (!current) return false;
		const finishedAt = isFinished(input.status)
			? isFinished(current.status)
				? current.finishedAt
				: new Date()
			: null;
		await tx
			.update(action)
			.set({
				...input,
				finishedAt,
				...(input.status === 'done' ? { progress: 100 } : {})
			})
			.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)));
		// The log names the fields changed, not their contents (an owner's name, a budget).
		const fields = (Object.keys(input) as Array<keyof StoredActionInput>).filter(
			(key) => key !== 'status' && JSON.stringify(input[key]) !== JSON.stringify(current[key])
		);
		if (fields.length > 0)
			await audit.record(tx, organisationId, actorId, {
				kind: 'action.edited',
				subjectId: actionId,
				details: { action: input.title, fields }
			});
		if (input.status !== current.status)
			await audit.record(tx, organisationId, actorId, {
				kind: 'action.status_changed',
				subjectId: actionId,
				details: { action: input.title, from: current.status, to: input.status }
			});
		return true;
	});
}

/** Deletes an action with its notes (they cascade). */
export async function remove(
	organisationId: string,
	actionId: string,
	actorId: string | null
): Promise<boolean> {
	return db().transaction(async (tx) => {
		const [removed] = await tx
			.delete(action)
			.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)))
			.returning({ id: action.id, title: action.title });
		if (!removed) return false;
		await audit.record(tx, organisationId, actorId, {
			kind: 'action.deleted',
			subjectId: removed.id,
			details: { action: removed.title }
		});
		return true;
	});
}

/** Adds a note; with a progress figure it also becomes the action's progress (and starts a planned action). */
export async function addUpdate(
	organisationId: string,
	actionId: string,
	author: { id: string; name: string },
	input: ActionUpdateInput
): Promise<boolean> {
	return db().transaction(async (tx) => {
		const [current] = await tx
			.select({ status: action.status, title: action.title })
			.from(action)
			.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)))
			.for('update');
		if (!current) return false;
		await tx.insert(actionUpdate).values({
			organisationId,
			actionId,
			note: input.note,
			progress: input.progress,
			authorId: author.id,
			authorName: author.name
		});
		const starts = current.status === 'planned' && input.progress !== null && input.progress > 0;
		if (input.progress !== null)
			await tx
				.update(action)
				.set({ progress: input.progress, ...(starts ? { status: 'in_progress' as const } : {}) })
				.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)));
		if (starts)
			await audit.record(tx, organisationId, author.id, {
				kind: 'action.status_changed',
				subjectId: actionId,
				details: { action: current.title, from: 'planned', to: 'in_progress' }
			});
		return true;
	});
}

/** An action's notes, newest first. */
export async function updatesOf(organisationId: string, actionId: string): Promise<ActionUpdate[]> {
	return db()
		.select()
		.from(actionUpdate)
		.where(
			and(eq(actionUpdate.organisationId, organisationId), eq(actionUpdate.actionId, actionId))
		)
		.orderBy(desc(actionUpdate.createdAt));
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
	status: ActionInput['status'],
	actorId: string | null
): Promise<boolean> {
	return db().transaction(async (tx) => {
		const [current] = await tx
			.select({ status: action.status, title: action.title })
			.from(action)
			.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)))
			.for('update');
		if (!current) return false;
		await tx
			.update(action)
			.set({
				status,
				finishedAt: isFinished(status) ? new Date() : null,
				...(status === 'done' ? { progress: 100 } : {})
			})
			.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)));
		if (current.status !== status)
			await audit.record(tx, organisationId, actorId, {
				kind: 'action.status_changed',
				subjectId: actionId,
				details: { action: current.title, from: current.status, to: status }
			});
		return true;
	});
}
