/**
 * Erasing what the survey holds about people (issue 14.6): one invitee on request, or a whole
 * closed cycle's addresses and raw answers under the organisation's retention setting. The
 * functions take the caller's transaction so the erasure and its audit event go together.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Executor } from '../platform/db';
import { answer, cycle, invitation, response, sectionComment } from '../platform/db/schema';
import * as audit from '../audit';
import { deleteDraftOfLink, responseKey, tokenFor } from './invitations';

/**
 * Erases one invitee's address and name and ends their link (revoked, and a draft made with it
 * deleted unread). A submitted response stays, as it is anonymous and counted in the results.
 * False when the invitation is not the cycle's.
 */
export async function eraseInvitee(
	organisationId: string,
	cycleId: string,
	invitationId: string,
	actorId: string | null
): Promise<boolean> {
	return db().transaction(async (tx) => {
		const [row] = await tx
			.select({
				linkVersion: invitation.linkVersion,
				group: invitation.groupKey,
				cycle: cycle.name
			})
			.from(invitation)
			.innerJoin(cycle, eq(cycle.id, invitation.cycleId))
			.where(
				and(
					eq(invitation.organisationId, organisationId),
					eq(invitation.cycleId, cycleId),
					eq(invitation.id, invitationId)
				)
			)
			.for('update', { of: invitation });
		if (!row) return false;
		const key = responseKey(await tokenFor(invitationId, row.linkVersion));
		await tx
			.update(invitation)
			.set({
				email: null,
				name: null,
				language: null,
				revokedAt: sql`coalesce(${invitation.revokedAt}, now())`
			})
			.where(and(eq(invitation.organisationId, organisationId), eq(invitation.id, invitationId)));
		await deleteDraftOfLink(tx, organisationId, key);
		await audit.record(tx, organisationId, actorId, {
			kind: 'invitee.erased',
			subjectId: invitationId,
			details: { cycle: row.cycle, group: row.group }
		});
		return true;
	});
}

/** Erases the address and name of every invitee of the cycle; returns how many had one. */
export async function eraseAddresses(
	tx: Executor,
	organisationId: string,
	cycleId: string
): Promise<number> {
	const erased = await tx
		.update(invitation)
		.set({ email: null, name: null, language: null })
		.where(
			and(
				eq(invitation.organisationId, organisationId),
				eq(invitation.cycleId, cycleId),
				sql`(${invitation.email} is not null or ${invitation.name} is not null or ${invitation.language} is not null)`
			)
		)
		.returning({ id: invitation.id });
	return erased.length;
}

/**
 * Erases a cycle's raw answers and comments, and its unsubmitted drafts; submitted responses keep
 * their row (group, day, published snapshot) without device keys or straight-lining flag, so
 * counts stay. Freeze the results first (scoring.freezeResults). Returns how many submitted
 * responses lost their answers.
 */
export async function eraseAnswers(
	tx: Executor,
	organisationId: string,
	cycleId: string
): Promise<number> {
	const owned = tx
		.select({ id: response.id })
		.from(response)
		.where(and(eq(response.organisationId, organisationId), eq(response.cycleId, cycleId)));
	await tx
		.delete(answer)
		.where(and(eq(answer.cycleId, cycleId), inArray(answer.responseId, owned)));
	await tx
		.delete(sectionComment)
		.where(and(eq(sectionComment.cycleId, cycleId), inArray(sectionComment.responseId, owned)));
	await tx
		.delete(response)
		.where(
			and(
				eq(response.organisationId, organisationId),
				eq(response.cycleId, cycleId),
				eq(response.status, 'draft')
			)
		);
	const kept = await tx
		.update(response)
		// The straight-lining flag was read from the answers: it goes with them.
		.set({ deviceHashes: sql`'{}'::text[]`, straightLined: null })
		.where(and(eq(response.organisationId, organisationId), eq(response.cycleId, cycleId)))
		.returning({ id: response.id });
	return kept.length;
}
