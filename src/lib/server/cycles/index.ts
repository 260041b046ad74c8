import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { db, type Executor } from '../platform/db';
import {
	cycle,
	cycleDimension,
	instrumentSection,
	reviewStep,
	type Cycle
} from '../platform/db/schema';
import {
	canArchive,
	canDelete,
	canTransition,
	effectiveStatus,
	isProvisional,
	previousCycle,
	reviewSteps,
	type CycleTransition
} from '$lib/domain/cycle/status';
import type { CycleInput } from '$lib/domain/cycle/schema';
import { maturitySectionKinds, type SectionKind } from '$lib/domain/instrument/types';
import { effectiveRouting, groupsAsked } from '$lib/domain/instrument/routing';
import * as instruments from '../instruments';
import * as audit from '../audit';
import { DEFAULT_COMMENT_THRESHOLD } from '$lib/domain/scoring';
import { transitionRefused } from '$lib/domain/cycle/labels';
import { m } from '$lib/paraglide/messages';

export type CycleRow = Cycle;

/**
 * Writes down what time already decided: open cycles past their closing date are closed, with an
 * audit event each (Touchstone as the actor). This runs on most reads, so it stays one statement
 * unless a cycle actually closes.
 */
export async function closeExpired(organisationId: string, now = new Date()): Promise<void> {
	const closed = await db()
		.update(cycle)
		.set({ status: 'closed', closedAt: sql`${cycle.closesAt}` })
		.where(
			and(
				eq(cycle.organisationId, organisationId),
				eq(cycle.status, 'open'),
				lte(cycle.closesAt, now)
			)
		)
		.returning({ id: cycle.id, name: cycle.name });
	await audit.recordMany(
		db(),
		organisationId,
		null,
		closed.map((c) => ({
			kind: 'cycle.closed' as const,
			subjectId: c.id,
			details: { cycle: c.name, by: 'its closing date' as const }
		}))
	);
}

export async function create(
	organisationId: string,
	userId: string,
	input: CycleInput
): Promise<string | null> {
	const instrument = await instruments.get(organisationId, input.instrumentId);
	if (!instrument) return null;
	const dimensionKeys = instrument.sections
		.filter((s) => maturitySectionKinds.includes(s.kind))
		.map((s) => s.key);
	return db().transaction(async (tx) => {
		const [created] = await tx
			.insert(cycle)
			.values({
				organisationId,
				instrumentId: instrument.id,
				name: input.name,
				opensAt: input.opensAt,
				closesAt: input.closesAt,
				anonymityThreshold: input.anonymityThreshold,
				// Comments are easier to attribute than numbers: 8 by default, never below the
				// numeric threshold (scoring also raises anything stored below max(5, threshold)).
				commentThreshold: Math.max(DEFAULT_COMMENT_THRESHOLD, input.anonymityThreshold),
				groups: input.groups,
				createdBy: userId
			})
			.returning({ id: cycle.id });
		const cycleId = created!.id;
		await tx.insert(cycleDimension).values(
			dimensionKeys.map((dimensionKey) => ({
				cycleId,
				dimensionKey,
				target: input.targets[dimensionKey] ?? null
			}))
		);
		await tx.insert(reviewStep).values(reviewSteps.map((s) => ({ cycleId, step: s.step })));
		await audit.record(tx, organisationId, userId, {
			kind: 'cycle.created',
			subjectId: cycleId,
			details: { cycle: input.name, groups: input.groups, threshold: input.anonymityThreshold }
		});
		return cycleId;
	});
}

export async function list(organisationId: string) {
	await closeExpired(organisationId);
	return db()
		.select({
			id: cycle.id,
			name: cycle.name,
			status: cycle.status,
			opensAt: cycle.opensAt,
			closesAt: cycle.closesAt,
			instrumentId: cycle.instrumentId,
			groups: cycle.groups,
			archivedAt: cycle.archivedAt,
			// Qualified by hand: drizzle leaves columns in a raw subquery unqualified.
			submitted: sql<number>`(select count(*)::int from "response" r where r.cycle_id = "cycle"."id" and r.status = 'submitted')`
		})
		.from(cycle)
		.where(eq(cycle.organisationId, organisationId))
		.orderBy(desc(cycle.opensAt), desc(cycle.createdAt));
}

export async function get(organisationId: string, cycleId: string): Promise<CycleRow | null> {
	if (!/^[0-9a-f-]{36}$/i.test(cycleId)) return null;
	await closeExpired(organisationId);
	const [row] = await db()
		.select()
		.from(cycle)
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
	return row ?? null;
}

export async function dimensions(organisationId: string, cycleId: string) {
	return db()
		.select({
			dimensionKey: cycleDimension.dimensionKey,
			target: cycleDimension.target,
			notApplicable: cycleDimension.notApplicable,
			notApplicableReason: cycleDimension.notApplicableReason,
			title: instrumentSection.title,
			kind: instrumentSection.kind,
			position: instrumentSection.position
		})
		.from(cycleDimension)
		.innerJoin(cycle, eq(cycle.id, cycleDimension.cycleId))
		.innerJoin(
			instrumentSection,
			and(
				eq(instrumentSection.instrumentId, cycle.instrumentId),
				eq(instrumentSection.key, cycleDimension.dimensionKey)
			)
		)
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)))
		.orderBy(asc(instrumentSection.position))
		.then((rows) => rows.map((r) => ({ ...r, kind: r.kind as SectionKind })));
}

export async function setDimension(
	organisationId: string,
	cycleId: string,
	dimensionKey: string,
	change: { target?: number | null; notApplicable?: boolean; notApplicableReason?: string | null },
	actorId: string | null
): Promise<'saved' | 'not-found' | 'frozen'> {
	const owned = await get(organisationId, cycleId);
	if (!owned) return 'not-found';
	// Targets and applicability freeze when the cycle closes: they were set before the results
	// were known, and the board's report compares against them.
	if (!isProvisional(owned)) return 'frozen';
	return db().transaction(async (tx) => {
		const where = and(
			eq(cycleDimension.cycleId, cycleId),
			eq(cycleDimension.dimensionKey, dimensionKey)
		);
		const [before] = await tx
			.select({ target: cycleDimension.target, notApplicable: cycleDimension.notApplicable })
			.from(cycleDimension)
			.where(where)
			.for('update');
		if (!before) return 'not-found' as const;
		await tx.update(cycleDimension).set(change).where(where);
		const targetChanged = change.target !== undefined && change.target !== before.target;
		const applicabilityChanged =
			change.notApplicable !== undefined && change.notApplicable !== before.notApplicable;
		if (targetChanged || applicabilityChanged)
			await audit.record(tx, organisationId, actorId, {
				kind: 'cycle.target_changed',
				subjectId: cycleId,
				details: {
					cycle: owned.name,
					dimension: dimensionKey,
					...(targetChanged ? { target: { from: before.target, to: change.target ?? null } } : {}),
					...(applicabilityChanged
						? { notApplicable: { from: before.notApplicable, to: change.notApplicable! } }
						: {})
				}
			});
		return 'saved' as const;
	});
}

export interface CycleRouting {
	/** The sections that can be routed (maturity dimensions and integration), in order. */
	sections: Array<{ key: string; title: string }>;
	groups: string[];
	/** Section key → the groups asked it this cycle (the version's default, then the lead's). */
	asked: Record<string, string[]>;
	/** Routing can change only before the cycle opens, so everyone answers the same questions. */
	editable: boolean;
}

/** Who is asked what in this cycle: the version's routing with the lead's changes over it. */
export async function routingOf(
	organisationId: string,
	current: CycleRow
): Promise<CycleRouting | null> {
	const questionnaire = await instruments.get(organisationId, current.instrumentId);
	if (!questionnaire) return null;
	const routing = effectiveRouting(questionnaire.routing, current.routing);
	const sections = questionnaire.sections.filter(
		(s) => maturitySectionKinds.includes(s.kind) || s.kind === 'integration'
	);
	return {
		sections: sections.map((s) => ({ key: s.key, title: s.title })),
		groups: current.groups,
		asked: Object.fromEntries(
			sections.map((s) => [s.key, groupsAsked(s.key, current.groups, routing)])
		),
		editable: current.status === 'draft'
	};
}

export type RoutingResult = { ok: true } | { ok: false; reason: string };

/** Saves who is asked what; every section must be asked of at least one group of the cycle. */
export async function setRouting(
	organisationId: string,
	cycleId: string,
	asked: Record<string, string[]>,
	actorId: string | null
): Promise<RoutingResult | null> {
	const current = await get(organisationId, cycleId);
	if (!current) return null;
	const view = await routingOf(organisationId, current);
	if (!view) return null;
	if (!view.editable) return { ok: false, reason: m.cycle_routing_fixed() };
	const routing: Record<string, string[]> = {};
	for (const section of view.sections) {
		const groups = (asked[section.key] ?? []).filter((g) => current.groups.includes(g));
		if (groups.length === 0)
			return {
				ok: false,
				reason: m.cycle_routing_section_unasked({ section: section.title })
			};
		routing[section.key] = groups;
	}
	await db().transaction(async (tx) => {
		await tx
			.update(cycle)
			.set({ routing })
			.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
		await audit.record(tx, organisationId, actorId, {
			kind: 'cycle.groups_changed',
			subjectId: cycleId,
			details: { cycle: current.name, sections: Object.keys(routing).length }
		});
	});
	return { ok: true };
}

const transitionEvents = {
	open: 'cycle.opened',
	reopen: 'cycle.reopened',
	review: 'cycle.reviewed'
} as const;

export type TransitionResult = { ok: true } | { ok: false; reason: string };

export async function transition(
	organisationId: string,
	cycleId: string,
	change: CycleTransition,
	/** The lead who asked; null when Touchstone itself (a script) does it. */
	actorId: string | null,
	now = new Date()
): Promise<TransitionResult> {
	const current = await get(organisationId, cycleId);
	if (!current) return { ok: false, reason: 'not-found' };
	if (!canTransition(current, change, now)) {
		return { ok: false, reason: transitionRefused(effectiveStatus(current, now), change) };
	}
	if (change === 'reopen' && current.answersErasedAt)
		return {
			ok: false,
			reason: m.cycle_reopen_erased()
		};
	if (change === 'review') {
		const steps = await reviewStepsOf(organisationId, cycleId);
		if (steps.some((s) => !s.doneAt))
			return { ok: false, reason: m.cycle_review_steps_unfinished() };
	}
	const set =
		change === 'open'
			? {
					status: 'open' as const,
					openedAt: now,
					opensAt: current.opensAt > now ? now : current.opensAt
				}
			: change === 'close'
				? { status: 'closed' as const, closedAt: now }
				: change === 'reopen'
					? { status: 'open' as const, closedAt: null }
					: { status: 'reviewed' as const, reviewedAt: now };
	await db().transaction(async (tx) => {
		await tx
			.update(cycle)
			.set(set)
			.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
		await audit.record(
			tx,
			organisationId,
			actorId,
			change === 'close'
				? {
						kind: 'cycle.closed',
						subjectId: cycleId,
						details: { cycle: current.name, by: 'a lead' }
					}
				: { kind: transitionEvents[change], subjectId: cycleId, details: { cycle: current.name } }
		);
	});
	return { ok: true };
}

/** Sets what respondents are told about when and how results will be shared. False: no such cycle. */
export async function setResultsSharing(
	organisationId: string,
	cycleId: string,
	text: string | null
): Promise<boolean> {
	const updated = await db()
		.update(cycle)
		.set({ resultsSharing: text })
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)))
		.returning({ id: cycle.id });
	return updated.length > 0;
}

export type LifecycleResult = 'done' | 'not-found' | 'refused';

/** Archives (or restores) a cycle whose results are final; see `canArchive`. */
export async function setArchived(
	organisationId: string,
	cycleId: string,
	archived: boolean,
	actorId: string | null,
	now = new Date()
): Promise<LifecycleResult> {
	const current = await get(organisationId, cycleId);
	if (!current) return 'not-found';
	if (archived ? !canArchive(current, now) : current.archivedAt === null) return 'refused';
	await db().transaction(async (tx) => {
		await tx
			.update(cycle)
			.set({ archivedAt: archived ? now : null })
			.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
		await audit.record(tx, organisationId, actorId, {
			kind: archived ? 'cycle.archived' : 'cycle.restored',
			subjectId: cycleId,
			details: { cycle: current.name }
		});
	});
	return 'done';
}

/**
 * Deletes a draft cycle with its targets, routing and invitations (nobody can have answered a
 * draft). The status is checked in the statement itself, so a cycle opened meanwhile is kept.
 */
export async function deleteDraft(
	organisationId: string,
	cycleId: string,
	actorId: string | null,
	now = new Date()
): Promise<LifecycleResult> {
	const current = await get(organisationId, cycleId);
	if (!current) return 'not-found';
	if (!canDelete(current, now)) return 'refused';
	return db().transaction(async (tx) => {
		const deleted = await tx
			.delete(cycle)
			.where(
				and(
					eq(cycle.organisationId, organisationId),
					eq(cycle.id, cycleId),
					eq(cycle.status, 'draft')
				)
			)
			.returning({ id: cycle.id });
		if (deleted.length === 0) return 'refused';
		await audit.record(tx, organisationId, actorId, {
			kind: 'cycle.draft_deleted',
			subjectId: cycleId,
			details: { cycle: current.name }
		});
		return 'done';
	});
}

export async function reviewStepsOf(organisationId: string, cycleId: string) {
	return db()
		.select({
			step: reviewStep.step,
			notes: reviewStep.notes,
			answers: reviewStep.answers,
			doneAt: reviewStep.doneAt
		})
		.from(reviewStep)
		.innerJoin(cycle, eq(cycle.id, reviewStep.cycleId))
		.where(and(eq(cycle.organisationId, organisationId), eq(reviewStep.cycleId, cycleId)))
		.orderBy(asc(reviewStep.step));
}

export async function saveReviewStep(
	organisationId: string,
	cycleId: string,
	userId: string,
	step: number,
	notes: string,
	done: boolean,
	/** Notes per structured prompt (domain/cycle/review-prompts); left as they are when omitted. */
	answers?: Record<string, string>
): Promise<boolean> {
	if (!(await get(organisationId, cycleId))) return false;
	const updated = await db()
		.update(reviewStep)
		.set({
			notes,
			...(answers ? { answers } : {}),
			doneAt: done ? new Date() : null,
			doneBy: done ? userId : null
		})
		.where(and(eq(reviewStep.cycleId, cycleId), eq(reviewStep.step, step)))
		.returning({ step: reviewStep.step });
	return updated.length > 0;
}

/** When a cycle really closed: closed early by a lead, or at its closing date. */
const effectiveClose = sql<Date>`coalesce(${cycle.closedAt}, ${cycle.closesAt})`;

/** The cycle before this one, by the one rule of `previousCycle` (domain/cycle/status). */
export async function previousClosed(
	organisationId: string,
	cycleId: string
): Promise<CycleRow | null> {
	const current = await get(organisationId, cycleId);
	return current ? previousCycle(current, await closedInOrder(organisationId)) : null;
}

/**
 * Closed and reviewed cycles, oldest first: the points of the trend lines and the candidates for
 * "previous cycle". Archived cycles are left out (a lead put them away on purpose).
 */
export async function closedInOrder(organisationId: string): Promise<CycleRow[]> {
	await closeExpired(organisationId);
	return db()
		.select()
		.from(cycle)
		.where(
			and(
				eq(cycle.organisationId, organisationId),
				inArray(cycle.status, ['closed', 'reviewed']),
				isNull(cycle.archivedAt)
			)
		)
		.orderBy(asc(effectiveClose), asc(cycle.createdAt));
}

/** Notes what the retention job erased of a closed cycle, in the erasure's transaction. */
export async function markErased(
	tx: Executor,
	organisationId: string,
	cycleId: string,
	erased: { addressesAt?: Date; answersAt?: Date }
): Promise<void> {
	await tx
		.update(cycle)
		.set({
			...(erased.addressesAt ? { addressesErasedAt: erased.addressesAt } : {}),
			...(erased.answersAt ? { answersErasedAt: erased.answersAt } : {})
		})
		.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
}
