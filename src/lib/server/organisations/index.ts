import { and, asc, eq, exists, isNotNull, isNull, gt, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, resultRows, type Executor } from '../platform/db';
import {
	memberInvitation,
	membership,
	organisation,
	report,
	user,
	type MemberRole,
	type Organisation
} from '../platform/db/schema';
import { generateToken, hashToken } from '../auth/session';
import * as audit from '../audit';
import type { OrganisationInput } from '$lib/domain/organisation/schema';

export { setLanguage } from './language';

export type OrganisationSummary = Pick<
	Organisation,
	'id' | 'name' | 'sector' | 'sizeBand' | 'timeZone' | 'language'
>;

const uuidSchema = z.uuid();
export const isId = (value: string): boolean => uuidSchema.safeParse(value).success;

const summaryColumns = {
	id: organisation.id,
	name: organisation.name,
	sector: organisation.sector,
	sizeBand: organisation.sizeBand,
	timeZone: organisation.timeZone,
	language: organisation.language
};

/** Without a time zone the organisation keeps UTC (the column's default) until a lead sets one. */
export async function create(
	userId: string,
	input: Omit<OrganisationInput, 'timeZone'> & Partial<Pick<OrganisationInput, 'timeZone'>>
): Promise<OrganisationSummary> {
	return db().transaction(async (tx) => {
		const [created] = await tx.insert(organisation).values(input).returning(summaryColumns);
		await tx.insert(membership).values({ organisationId: created!.id, userId, role: 'lead' });
		await audit.record(tx, created!.id, userId, {
			kind: 'member.joined',
			subjectId: userId,
			details: { role: 'lead', via: 'created the organisation' }
		});
		return created!;
	});
}

/** The organisation's name, sector, size band and zone; null for an unknown id. */
export async function get(organisationId: string): Promise<OrganisationSummary | null> {
	if (!isId(organisationId)) return null;
	const [row] = await db()
		.select(summaryColumns)
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	return row ?? null;
}

/** Renames the organisation or changes its sector and size band (which peers it is compared with). */
export async function updateDetails(
	organisationId: string,
	details: Pick<OrganisationInput, 'name' | 'sector' | 'sizeBand'>
): Promise<void> {
	await db().update(organisation).set(details).where(eq(organisation.id, organisationId));
}

/** The zone in which the organisation's dates and times are typed and shown. */
export async function setTimeZone(organisationId: string, timeZone: string): Promise<void> {
	await db().update(organisation).set({ timeZone }).where(eq(organisation.id, organisationId));
}

export async function membershipOf(
	userId: string,
	organisationId: string
): Promise<{ role: MemberRole; organisation: OrganisationSummary } | null> {
	if (!isId(organisationId)) return null;
	const [row] = await db()
		.select({ role: membership.role, organisation: summaryColumns })
		.from(membership)
		.innerJoin(organisation, eq(membership.organisationId, organisation.id))
		.where(and(eq(membership.userId, userId), eq(membership.organisationId, organisationId)));
	return row ?? null;
}

export async function listForUser(
	userId: string
): Promise<Array<OrganisationSummary & { role: MemberRole }>> {
	return db()
		.select({ ...summaryColumns, role: membership.role })
		.from(membership)
		.innerJoin(organisation, eq(membership.organisationId, organisation.id))
		.where(eq(membership.userId, userId))
		.orderBy(asc(organisation.name));
}

export interface Member {
	userId: string;
	name: string;
	email: string;
	role: MemberRole;
}

export async function members(organisationId: string): Promise<Member[]> {
	return db()
		.select({ userId: user.id, name: user.name, email: user.email, role: membership.role })
		.from(membership)
		.innerJoin(user, eq(membership.userId, user.id))
		.where(eq(membership.organisationId, organisationId))
		.orderBy(asc(user.name));
}

const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Returns the token once; only its hash is kept. The link names the invitee's address: only an
 * account signed in with that address, verified, can accept it (acceptInvitation).
 */
export async function inviteMember(
	organisationId: string,
	createdBy: string,
	role: MemberRole,
	email: string
): Promise<{ token: string; expiresAt: Date }> {
	const token = generateToken() + generateToken();
	const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
	await db()
		.insert(memberInvitation)
		.values({ organisationId, createdBy, role, email, tokenHash: hashToken(token), expiresAt });
	return { token, expiresAt };
}

export async function pendingInvitations(organisationId: string) {
	return db()
		.select({
			id: memberInvitation.id,
			role: memberInvitation.role,
			email: memberInvitation.email,
			createdAt: memberInvitation.createdAt,
			expiresAt: memberInvitation.expiresAt
		})
		.from(memberInvitation)
		.where(
			and(
				eq(memberInvitation.organisationId, organisationId),
				isNull(memberInvitation.acceptedAt),
				isNull(memberInvitation.revokedAt),
				gt(memberInvitation.expiresAt, new Date())
			)
		)
		.orderBy(asc(memberInvitation.createdAt));
}

export async function revokeInvitation(
	organisationId: string,
	invitationId: string
): Promise<void> {
	if (!isId(invitationId)) return;
	await db()
		.update(memberInvitation)
		.set({ revokedAt: new Date() })
		.where(
			and(
				eq(memberInvitation.organisationId, organisationId),
				eq(memberInvitation.id, invitationId)
			)
		);
}

async function usableInvitation(token: string) {
	const [row] = await db()
		.select({
			id: memberInvitation.id,
			role: memberInvitation.role,
			/** The invitee's address (null on links made before links named one: those cannot be accepted). */
			email: memberInvitation.email,
			organisation: summaryColumns
		})
		.from(memberInvitation)
		.innerJoin(organisation, eq(memberInvitation.organisationId, organisation.id))
		.where(
			and(
				eq(memberInvitation.tokenHash, hashToken(token)),
				isNull(memberInvitation.acceptedAt),
				isNull(memberInvitation.revokedAt),
				gt(memberInvitation.expiresAt, new Date())
			)
		);
	return row ?? null;
}

export const findInvitation = usableInvitation;

/**
 * Joins the organisation; an existing member keeps the stronger of the two roles. Only the account
 * whose address the link names may accept it, once that address is verified: read in the same
 * statement that uses the link up, so an address changed a moment ago counts as it is now. The
 * link is used up by one conditional update (`… where accepted_at is null returning …`) in the
 * same transaction as the membership, so of two requests accepting at the same moment exactly one
 * gets in: on PostgreSQL the second update waits for the first's row lock, then finds it taken.
 * Null when the link cannot be used, or not by this account.
 */
export async function acceptInvitation(
	token: string,
	userId: string
): Promise<OrganisationSummary | null> {
	const now = new Date();
	return db().transaction(async (tx) => {
		const [claimed] = await tx
			.update(memberInvitation)
			.set({ acceptedAt: now, acceptedBy: userId })
			.where(
				and(
					eq(memberInvitation.tokenHash, hashToken(token)),
					isNull(memberInvitation.acceptedAt),
					isNull(memberInvitation.revokedAt),
					gt(memberInvitation.expiresAt, now),
					exists(
						tx
							.select({ one: sql`1` })
							.from(user)
							.where(
								and(
									eq(user.id, userId),
									eq(user.email, memberInvitation.email),
									isNotNull(user.emailVerifiedAt)
								)
							)
					)
				)
			)
			.returning({ organisationId: memberInvitation.organisationId, role: memberInvitation.role });
		if (!claimed) return null;
		await audit.record(tx, claimed.organisationId, userId, {
			kind: 'member.joined',
			subjectId: userId,
			details: { role: claimed.role, via: 'join link' }
		});
		await tx
			.insert(membership)
			.values({ organisationId: claimed.organisationId, userId, role: claimed.role })
			.onConflictDoNothing();
		if (claimed.role === 'lead') {
			await tx
				.update(membership)
				.set({ role: 'lead' })
				.where(
					and(eq(membership.organisationId, claimed.organisationId), eq(membership.userId, userId))
				);
		}
		const [joined] = await tx
			.select(summaryColumns)
			.from(organisation)
			.where(eq(organisation.id, claimed.organisationId));
		return joined ?? null;
	});
}

/**
 * Why a membership change was refused: the person is not a member of this organisation, or the
 * change would leave it without a lead (someone must be able to manage it).
 */
export type MembershipRefusal = 'notMember' | 'lastLead';

/**
 * Locks the organisation's row until the transaction ends, so membership changes of one
 * organisation happen one at a time: two leads demoting (or removing) each other at the same
 * moment cannot leave it without a lead — the second sees the first's change and is refused.
 * `no key update` still lets other requests add rows that reference the organisation.
 */
async function lockForMembershipChange(tx: Executor, organisationId: string): Promise<void> {
	await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.id, organisationId))
		.for('no key update');
}

async function memberIn(
	tx: Executor,
	organisationId: string,
	userId: string
): Promise<{ role: MemberRole; name: string } | null> {
	const [row] = await tx
		.select({ role: membership.role, name: user.name })
		.from(membership)
		.innerJoin(user, eq(membership.userId, user.id))
		.where(and(eq(membership.organisationId, organisationId), eq(membership.userId, userId)));
	return row ?? null;
}

/** Whether the organisation has a lead other than this person. */
async function hasAnotherLead(
	tx: Executor,
	organisationId: string,
	userId: string
): Promise<boolean> {
	const [row] = await tx
		.select({ userId: membership.userId })
		.from(membership)
		.where(
			and(
				eq(membership.organisationId, organisationId),
				eq(membership.role, 'lead'),
				ne(membership.userId, userId)
			)
		)
		.limit(1);
	return row !== undefined;
}

/**
 * Invitation links this person created and nobody used yet are revoked when they lose their
 * membership or their lead role: a link kept in their hands would let them back in (accepting a
 * lead invitation makes an existing member a lead again).
 */
async function revokeInvitationsBy(
	tx: Executor,
	organisationId: string,
	userId: string,
	now: Date
): Promise<void> {
	await tx
		.update(memberInvitation)
		.set({ revokedAt: now })
		.where(
			and(
				eq(memberInvitation.organisationId, organisationId),
				eq(memberInvitation.createdBy, userId),
				isNull(memberInvitation.acceptedAt),
				isNull(memberInvitation.revokedAt)
			)
		);
}

/**
 * Ends a membership (a lead removing someone, or someone leaving): from the next request on the
 * person's pages of this organisation answer 404, as the guard reads the membership every time.
 * The organisation's last lead is never removed. membership_history keeps the row (peer
 * independence), as its trigger only ever inserts.
 */
export async function removeMember(
	organisationId: string,
	userId: string,
	/** Who removes them; the member themselves when they leave. */
	actorId: string
): Promise<{ ok: true; name: string } | { ok: false; reason: MembershipRefusal }> {
	if (!isId(organisationId) || !isId(userId)) return { ok: false, reason: 'notMember' };
	return db().transaction(async (tx) => {
		await lockForMembershipChange(tx, organisationId);
		const member = await memberIn(tx, organisationId, userId);
		if (!member) return { ok: false, reason: 'notMember' } as const;
		if (member.role === 'lead' && !(await hasAnotherLead(tx, organisationId, userId)))
			return { ok: false, reason: 'lastLead' } as const;
		await tx
			.delete(membership)
			.where(and(eq(membership.organisationId, organisationId), eq(membership.userId, userId)));
		await revokeInvitationsBy(tx, organisationId, userId, new Date());
		await audit.record(tx, organisationId, actorId, {
			kind: actorId === userId ? 'member.left' : 'member.removed',
			subjectId: userId,
			details: { role: member.role }
		});
		return { ok: true, name: member.name } as const;
	});
}

/** Any member leaves an organisation: the same rule as removal (the last lead stays). */
export const leave = (organisationId: string, userId: string) =>
	removeMember(organisationId, userId, userId);

/**
 * Makes a member a lead or a board member. The organisation's last lead is never made a board
 * member. `changed` is false when the member already had that role.
 */
export async function setMemberRole(
	organisationId: string,
	userId: string,
	role: MemberRole,
	actorId: string
): Promise<
	{ ok: true; changed: boolean; name: string } | { ok: false; reason: MembershipRefusal }
> {
	if (!isId(organisationId) || !isId(userId)) return { ok: false, reason: 'notMember' };
	return db().transaction(async (tx) => {
		await lockForMembershipChange(tx, organisationId);
		const member = await memberIn(tx, organisationId, userId);
		if (!member) return { ok: false, reason: 'notMember' } as const;
		const current = member.role;
		if (current === role) return { ok: true, changed: false, name: member.name } as const;
		if (current === 'lead' && !(await hasAnotherLead(tx, organisationId, userId)))
			return { ok: false, reason: 'lastLead' } as const;
		await tx
			.update(membership)
			.set({ role })
			.where(and(eq(membership.organisationId, organisationId), eq(membership.userId, userId)));
		if (current === 'lead') await revokeInvitationsBy(tx, organisationId, userId, new Date());
		await audit.record(tx, organisationId, actorId, {
			kind: 'member.role_changed',
			subjectId: userId,
			details: { from: current, to: role }
		});
		return { ok: true, changed: true, name: member.name } as const;
	});
}

/**
 * Deletes an organisation with everything it holds: every table keyed by organisation (cycles,
 * invitations, responses and answers, reports, actions, activities, audit, mail) goes by the
 * foreign keys' cascade in one statement, and the queued or finished background jobs that name
 * the organisation or one of its reports go with it. Members' accounts stay: they may belong to
 * other organisations. False when there is no such organisation.
 */
export async function deleteOrganisation(organisationId: string): Promise<boolean> {
	if (!isId(organisationId)) return false;
	return db().transaction(async (tx) => {
		const reports = await tx
			.select({ id: report.id })
			.from(report)
			.where(eq(report.organisationId, organisationId));
		const deleted = await tx
			.delete(organisation)
			.where(eq(organisation.id, organisationId))
			.returning({ id: organisation.id });
		if (deleted.length === 0) return false;
		const [queue] = resultRows<{ present: boolean }>(
			await tx.execute(sql`select to_regclass('pgboss.job') is not null as present`)
		);
		if (queue?.present) {
			// As one JSON parameter: drizzle would spread an array into a parameter list.
			const reportIds = JSON.stringify(reports.map((r) => r.id));
			for (const table of [sql`pgboss.job`, sql`pgboss.archive`])
				await tx.execute(
					sql`delete from ${table} where data->>'organisationId' = ${organisationId}
					    or data->>'reportId' in (select jsonb_array_elements_text(${reportIds}::jsonb))`
				);
		}
		return true;
	});
}

/** What deleting the organisation would remove, counted for the confirmation page. */
export async function holdings(organisationId: string) {
	const [row] = resultRows<{
		cycles: number;
		responses: number;
		reports: number;
		members: number;
	}>(
		await db().execute(sql`
			select (select count(*)::int from cycle where organisation_id = ${organisationId}) as cycles,
			       (select count(*)::int from response where organisation_id = ${organisationId}) as responses,
			       (select count(*)::int from report where organisation_id = ${organisationId}) as reports,
			       (select count(*)::int from membership where organisation_id = ${organisationId}) as members`)
	);
	return row ?? { cycles: 0, responses: 0, reports: 0, members: 0 };
}

/** Days after a cycle closes that invitees and raw answers are kept (null: until deletion). */
export interface RetentionSetting {
	inviteeDays: number | null;
	answerDays: number | null;
}

export async function retentionOf(organisationId: string): Promise<RetentionSetting> {
	const [row] = await db()
		.select({
			inviteeDays: organisation.inviteeRetentionDays,
			answerDays: organisation.answerRetentionDays
		})
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	return row ?? { inviteeDays: null, answerDays: null };
}

/** Changes the retention setting; the next daily run applies it. */
export async function setRetention(
	organisationId: string,
	setting: RetentionSetting,
	actorId: string
): Promise<void> {
	await db().transaction(async (tx) => {
		await tx
			.update(organisation)
			.set({
				inviteeRetentionDays: setting.inviteeDays,
				answerRetentionDays: setting.answerDays
			})
			.where(eq(organisation.id, organisationId));
		await audit.record(tx, organisationId, actorId, {
			kind: 'retention.changed',
			subjectId: organisationId,
			details: { inviteeDays: setting.inviteeDays, answerDays: setting.answerDays }
		});
	});
}
