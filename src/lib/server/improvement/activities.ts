/**
 * The CRM activity inventory (IESE, seed 004) and its review in each cycle. Owns crm_activity and
 * activity_review; a decision creates or updates an improvement action through cycles/.
 */
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { db } from '../platform/db';
import {
	action,
	activityReview,
	crmActivity,
	cycle,
	type ActivityReview,
	type CrmActivity
} from '../platform/db/schema';
import * as improvementActions from '../cycles/improvement-actions';
import type { ActivityInput, ActivityReviewInput } from '$lib/domain/activity';
import {
	decisionActionTitle,
	decisionDimension,
	decisionNeedsAction,
	portfolio,
	type ActivityDecision,
	type Portfolio
} from '$lib/domain/activity/portfolio';

const isId = (v: string) => /^[0-9a-f-]{36}$/i.test(v);

export async function list(organisationId: string): Promise<CrmActivity[]> {
	return db()
		.select()
		.from(crmActivity)
		.where(eq(crmActivity.organisationId, organisationId))
		.orderBy(asc(crmActivity.name), asc(crmActivity.createdAt));
}

export async function get(organisationId: string, id: string): Promise<CrmActivity | null> {
	if (!isId(id)) return null;
	const [row] = await db()
		.select()
		.from(crmActivity)
		.where(and(eq(crmActivity.organisationId, organisationId), eq(crmActivity.id, id)));
	return row ?? null;
}

export async function create(organisationId: string, input: ActivityInput): Promise<string> {
	const [row] = await db()
		.insert(crmActivity)
		.values({ organisationId, ...input })
		.returning({ id: crmActivity.id });
	return row!.id;
}

export async function update(
	organisationId: string,
	id: string,
	input: ActivityInput
): Promise<boolean> {
	if (!isId(id)) return false;
	const rows = await db()
		.update(crmActivity)
		.set({ ...input, updatedAt: new Date() })
		.where(and(eq(crmActivity.organisationId, organisationId), eq(crmActivity.id, id)))
		.returning({ id: crmActivity.id });
	return rows.length > 0;
}

/** Deletes an activity and its reviews; the actions its decisions created stay. */
export async function remove(organisationId: string, id: string): Promise<boolean> {
	if (!isId(id)) return false;
	const rows = await db()
		.delete(crmActivity)
		.where(and(eq(crmActivity.organisationId, organisationId), eq(crmActivity.id, id)))
		.returning({ id: crmActivity.id });
	return rows.length > 0;
}

export type ReviewedActivity = CrmActivity & {
	review: Omit<ActivityReview, 'organisationId' | 'cycleId' | 'activityId'> | null;
	actionTitle: string | null;
	/** The linked action's ratings, which the review form starts from. */
	actionImpact: number | null;
	actionComplexity: number | null;
};

/** Every activity of the inventory with its review in this cycle (null when not reviewed yet). */
export async function reviewsFor(
	organisationId: string,
	cycleId: string
): Promise<ReviewedActivity[]> {
	const rows = await db()
		.select({
			activity: crmActivity,
			review: activityReview,
			actionTitle: action.title,
			actionImpact: action.impact,
			actionComplexity: action.complexity
		})
		.from(crmActivity)
		.leftJoin(
			activityReview,
			and(
				eq(activityReview.activityId, crmActivity.id),
				eq(activityReview.cycleId, cycleId),
				eq(activityReview.organisationId, organisationId)
			)
		)
		.leftJoin(
			action,
			and(eq(action.id, activityReview.actionId), eq(action.organisationId, organisationId))
		)
		.where(eq(crmActivity.organisationId, organisationId))
		.orderBy(asc(crmActivity.name), asc(crmActivity.createdAt));
	return rows.map((r) => ({
		...r.activity,
		review: r.review,
		actionTitle: r.actionTitle ?? null,
		actionImpact: r.actionImpact ?? null,
		actionComplexity: r.actionComplexity ?? null
	}));
}

/**
 * Records an activity's review in a cycle. A decision other than "keep" creates an improvement
 * action in this cycle — or updates the unfinished one an earlier decision on the activity
 * created — and links it. False when the cycle or the activity is not the organisation's.
 */
export async function saveReview(
	organisationId: string,
	cycleId: string,
	lead: { id: string; name: string },
	input: ActivityReviewInput
): Promise<{ actionId: string | null } | null> {
	return db().transaction(async (tx) => {
		const [owned] = await tx
			.select({ name: crmActivity.name, cycleId: cycle.id })
			.from(crmActivity)
			.innerJoin(cycle, and(eq(cycle.id, cycleId), eq(cycle.organisationId, organisationId)))
			.where(
				and(eq(crmActivity.organisationId, organisationId), eq(crmActivity.id, input.activityId))
			);
		if (!owned) return null;
		let actionId: string | null = null;
		if (input.decision && decisionNeedsAction(input.decision)) {
			actionId = await linkedAction(tx, organisationId, cycleId, input.activityId);
			const fields = actionFields(input.decision, owned.name, input, lead);
			if (actionId) {
				const [current] = await tx
					.select()
					.from(action)
					.where(and(eq(action.organisationId, organisationId), eq(action.id, actionId)));
				await improvementActions.update(
					organisationId,
					actionId,
					{
						...fields,
						owner: current!.owner,
						ownerUserId: current!.ownerUserId,
						dueDate: current!.dueDate,
						status: current!.status,
						budget: current!.budget,
						approvedAmount: current!.approvedAmount,
						approvedBy: current!.approvedBy,
						dimensionKeys: current!.dimensionKeys
					},
					lead.id,
					tx
				);
			} else {
				actionId = await improvementActions.create(organisationId, cycleId, fields, lead.id, tx);
			}
		}
		const [previous] = await tx
			.select({ actionId: activityReview.actionId })
			.from(activityReview)
			.where(
				and(
					eq(activityReview.organisationId, organisationId),
					eq(activityReview.cycleId, cycleId),
					eq(activityReview.activityId, input.activityId)
				)
			);
		const values = {
			knowledge: input.knowledge,
			participation: input.participation,
			perception: input.perception,
			attitude: input.attitude,
			evidence: input.evidence,
			decision: input.decision,
			decisionNotes: input.decisionNotes,
			// "Keep" leaves an action an earlier decision created where it is.
			actionId: actionId ?? previous?.actionId ?? null,
			updatedBy: lead.id,
			updatedAt: new Date()
		};
		await tx
			.insert(activityReview)
			.values({ organisationId, cycleId, activityId: input.activityId, ...values })
			.onConflictDoUpdate({
				target: [activityReview.cycleId, activityReview.activityId],
				set: values
			});
		return { actionId: values.actionId };
	});
}

type Tx = Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0];

/** The unfinished action a decision on this activity created: in this cycle, else the latest earlier one. */
async function linkedAction(
	tx: Tx,
	organisationId: string,
	cycleId: string,
	activityId: string
): Promise<string | null> {
	const rows = await tx
		.select({ actionId: activityReview.actionId, cycleId: activityReview.cycleId })
		.from(activityReview)
		.innerJoin(action, eq(action.id, activityReview.actionId))
		.innerJoin(cycle, eq(cycle.id, activityReview.cycleId))
		.where(
			and(
				eq(activityReview.organisationId, organisationId),
				eq(activityReview.activityId, activityId),
				isNotNull(activityReview.actionId),
				inArray(action.status, ['planned', 'in_progress'])
			)
		)
		.orderBy(desc(cycle.opensAt));
	const here = rows.find((r) => r.cycleId === cycleId);
	return (here ?? rows[0])?.actionId ?? null;
}

function actionFields(
	decision: ActivityDecision,
	activityName: string,
	input: ActivityReviewInput,
	lead: { id: string; name: string }
): improvementActions.StoredActionInput {
	return {
		title: decisionActionTitle(decision, activityName),
		dimensionKeys: [decisionDimension[decision]],
		owner: lead.name,
		ownerUserId: lead.id,
		impact: input.impact,
		complexity: input.complexity,
		dueDate: null,
		status: 'planned',
		budget: null,
		approvedAmount: null,
		approvedBy: ''
	};
}

/** The portfolio of a cycle: the inventory by this cycle's decision, and what serves no strategic objective. */
export async function portfolioFor(organisationId: string, cycleId: string): Promise<Portfolio> {
	const rows = await reviewsFor(organisationId, cycleId);
	return portfolio(
		rows.map((r) => ({
			id: r.id,
			name: r.name,
			strategyPart: r.strategyPart,
			decision: (r.review?.decision as ActivityDecision | null | undefined) ?? null
		}))
	);
}
