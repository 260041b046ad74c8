/**
 * The roadmap of a cycle (seed 003). Owns roadmap_discovery, roadmap_interview, future_state,
 * roadmap_phase and roadmap_phase_action; every query is scoped by the organisation.
 */
import { and, asc, eq, max } from 'drizzle-orm';
import { db } from '../platform/db';
import {
	action,
	cycle,
	futureState,
	roadmapDiscovery,
	roadmapInterview,
	roadmapPhase,
	roadmapPhaseAction
} from '../platform/db/schema';
import type { z } from 'zod';
import * as scoring from '../scoring';
import * as cycles from '../cycles';
import type {
	discoverySchema,
	futureStateSchema,
	interviewSchema,
	phaseSchema
} from '$lib/domain/roadmap';

const isId = (v: string) => /^[0-9a-f-]{36}$/i.test(v);

async function ownsCycle(organisationId: string, cycleId: string): Promise<boolean> {
	if (!isId(cycleId)) return false;
	const [row] = await db()
		.select({ id: cycle.id })
		.from(cycle)
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
	return !!row;
}

export interface Roadmap {
	discovery: { goals: string; assets: string };
	interviews: Array<{ id: string; who: string; heldOn: string; topic: string }>;
	futureStates: Record<string, string>;
	phases: Array<{
		id: string;
		name: string;
		position: number;
		startsOn: string | null;
		endsOn: string | null;
	}>;
	/** action id → phase id in this cycle's plan. */
	phaseOf: Record<string, string>;
}

export async function get(organisationId: string, cycleId: string): Promise<Roadmap> {
	const scoped = <T extends { organisationId: unknown; cycleId: unknown }>(t: T) =>
		and(
			eq(t.organisationId as typeof roadmapPhase.organisationId, organisationId),
			eq(t.cycleId as typeof roadmapPhase.cycleId, cycleId)
		);
	const [discovery] = await db().select().from(roadmapDiscovery).where(scoped(roadmapDiscovery));
	const interviews = await db()
		.select({
			id: roadmapInterview.id,
			who: roadmapInterview.who,
			heldOn: roadmapInterview.heldOn,
			topic: roadmapInterview.topic
		})
		.from(roadmapInterview)
		.where(scoped(roadmapInterview))
		.orderBy(asc(roadmapInterview.heldOn), asc(roadmapInterview.createdAt));
	const states = await db()
		.select({ key: futureState.dimensionKey, description: futureState.description })
		.from(futureState)
		.where(scoped(futureState));
	const phases = await db()
		.select({
			id: roadmapPhase.id,
			name: roadmapPhase.name,
			position: roadmapPhase.position,
			startsOn: roadmapPhase.startsOn,
			endsOn: roadmapPhase.endsOn
		})
		.from(roadmapPhase)
		.where(scoped(roadmapPhase))
		.orderBy(asc(roadmapPhase.position));
	const links = await db()
		.select({ actionId: roadmapPhaseAction.actionId, phaseId: roadmapPhaseAction.phaseId })
		.from(roadmapPhaseAction)
		.where(scoped(roadmapPhaseAction));
	return {
		discovery: { goals: discovery?.goals ?? '', assets: discovery?.assets ?? '' },
		interviews,
		futureStates: Object.fromEntries(states.map((s) => [s.key, s.description])),
		phases,
		phaseOf: Object.fromEntries(links.map((l) => [l.actionId, l.phaseId]))
	};
}

export async function saveDiscovery(
	organisationId: string,
	cycleId: string,
	input: z.infer<typeof discoverySchema>
): Promise<boolean> {
	if (!(await ownsCycle(organisationId, cycleId))) return false;
	const values = { ...input, updatedAt: new Date() };
	await db()
		.insert(roadmapDiscovery)
		.values({ organisationId, cycleId, ...values })
		.onConflictDoUpdate({ target: roadmapDiscovery.cycleId, set: values });
	return true;
}

export async function addInterview(
	organisationId: string,
	cycleId: string,
	input: z.infer<typeof interviewSchema>
): Promise<boolean> {
	if (!(await ownsCycle(organisationId, cycleId))) return false;
	await db()
		.insert(roadmapInterview)
		.values({ organisationId, cycleId, ...input });
	return true;
}

/** Writes (or, when empty, removes) a dimension's future state. */
export async function saveFutureState(
	organisationId: string,
	cycleId: string,
	input: z.infer<typeof futureStateSchema>
): Promise<boolean> {
	if (!(await ownsCycle(organisationId, cycleId))) return false;
	const where = and(
		eq(futureState.organisationId, organisationId),
		eq(futureState.cycleId, cycleId),
		eq(futureState.dimensionKey, input.dimensionKey)
	);
	if (input.description === '') {
		await db().delete(futureState).where(where);
		return true;
	}
	const values = { description: input.description, updatedAt: new Date() };
	await db()
		.insert(futureState)
		.values({ organisationId, cycleId, dimensionKey: input.dimensionKey, ...values })
		.onConflictDoUpdate({ target: [futureState.cycleId, futureState.dimensionKey], set: values });
	return true;
}

/** Adds a phase after the last one. */
export async function addPhase(
	organisationId: string,
	cycleId: string,
	input: z.infer<typeof phaseSchema>
): Promise<string | null> {
	if (!(await ownsCycle(organisationId, cycleId))) return null;
	const [last] = await db()
		.select({ position: max(roadmapPhase.position) })
		.from(roadmapPhase)
		.where(and(eq(roadmapPhase.organisationId, organisationId), eq(roadmapPhase.cycleId, cycleId)));
	const [row] = await db()
		.insert(roadmapPhase)
		.values({ organisationId, cycleId, ...input, position: (last?.position ?? 0) + 1 })
		.returning({ id: roadmapPhase.id });
	return row!.id;
}

/**
 * Puts an action into a phase of this cycle's plan (or takes it out, phaseId null). False when
 * the action or the phase is not the organisation's, or the phase is another cycle's.
 */
export async function assign(
	organisationId: string,
	cycleId: string,
	actionId: string,
	phaseId: string | null
): Promise<boolean> {
	if (!(await ownsCycle(organisationId, cycleId))) return false;
	const [owned] = await db()
		.select({ id: action.id })
		.from(action)
		.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)));
	if (!owned) return false;
	const link = and(
		eq(roadmapPhaseAction.organisationId, organisationId),
		eq(roadmapPhaseAction.cycleId, cycleId),
		eq(roadmapPhaseAction.actionId, actionId)
	);
	if (phaseId === null) {
		await db().delete(roadmapPhaseAction).where(link);
		return true;
	}
	const [phase] = await db()
		.select({ id: roadmapPhase.id })
		.from(roadmapPhase)
		.where(
			and(
				eq(roadmapPhase.organisationId, organisationId),
				eq(roadmapPhase.cycleId, cycleId),
				eq(roadmapPhase.id, phaseId)
			)
		);
	if (!phase) return false;
	await db()
		.insert(roadmapPhaseAction)
		.values({ organisationId, cycleId, phaseId, actionId })
		.onConflictDoUpdate({
			target: [roadmapPhaseAction.cycleId, roadmapPhaseAction.actionId],
			set: { phaseId }
		});
	return true;
}

/**
 * The current state the roadmap starts from: each dimension's score in this cycle when it is
 * closed, else in the latest closed cycle that opened before it (null: none yet). Read through the
 * scoring service, so withheld figures stay withheld; one cycle is scored, not the whole history.
 */
export async function currentState(
	organisationId: string,
	cycleId: string
): Promise<{ cycleName: string; scores: Record<string, number | null> } | null> {
	const closed = await cycles.closedInOrder(organisationId);
	const [current] = await db()
		.select({ opensAt: cycle.opensAt })
		.from(cycle)
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
	if (!current) return null;
	const source =
		closed.find((c) => c.id === cycleId) ??
		closed.filter((c) => c.opensAt < current.opensAt).at(-1);
	if (!source) return null;
	const scores = await scoring.scoreCycleForOrganisation(organisationId, source.id);
	if (!scores || scores.status !== 'scored') return { cycleName: source.name, scores: {} };
	return {
		cycleName: source.name,
		scores: Object.fromEntries(scores.dimensions.map((d) => [d.key, d.score]))
	};
}

/** Removes a phase of the cycle's plan; its actions go back to no phase (the links cascade). */
export async function removePhase(
	organisationId: string,
	cycleId: string,
	phaseId: string
): Promise<boolean> {
	const rows = await db()
		.delete(roadmapPhase)
		.where(
			and(
				eq(roadmapPhase.organisationId, organisationId),
				eq(roadmapPhase.cycleId, cycleId),
				eq(roadmapPhase.id, phaseId)
			)
		)
		.returning({ id: roadmapPhase.id });
	return rows.length > 0;
}

/** Removes an interview recorded by mistake. */
export async function removeInterview(
	organisationId: string,
	cycleId: string,
	interviewId: string
): Promise<boolean> {
	const rows = await db()
		.delete(roadmapInterview)
		.where(
			and(
				eq(roadmapInterview.organisationId, organisationId),
				eq(roadmapInterview.cycleId, cycleId),
				eq(roadmapInterview.id, interviewId)
			)
		)
		.returning({ id: roadmapInterview.id });
	return rows.length > 0;
}
