import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { invitationSecret } from '../platform/secrets';
import { db, type Executor } from '../platform/db';
import { cycle, invitation, organisation, response, type Invitation } from '../platform/db/schema';
import { hashToken } from '../auth/session';
import { linkResponseKey, responseKey, tokenWith } from './link-keys';
import { isLinkToken } from './link-lookup';

export { responseKey } from './link-keys';
import * as audit from '../audit';
import type { InviteeRow } from '$lib/domain/invitation/csv';
import { responseRates } from '$lib/domain/cycle/status';

/**
 * A link token: 320 bits of HMAC-SHA512 over the invitation id (and the link's version, once
 * re-issued) under the installation key, which is kept outside the database (secrets.ts). Only
 * hashToken(token) is stored. The server can re-derive a link to mail it; pages never show a
 * personal link again after it was handed out (docs/threat-model.md).
 */
export async function tokenFor(invitationId: string, linkVersion = 1): Promise<string> {
	return tokenWith(await invitationSecret(), invitationId, linkVersion);
}

export interface IssuedLink {
	id: string;
	email: string | null;
	name: string | null;
	group: string;
	token: string;
	/** The invitee's language from the list (issue 17); null: none given. */
	language: string | null;
}

export type AddResult = { issued: IssuedLink[]; alreadyInvited: InviteeRow[] };

/**
 * Rows per INSERT (and addresses per lookup): PostgreSQL takes at most 65,535 parameters in one
 * statement, and an invitation row has 8; PGlite also overflows its stack on very long statements.
 */
export const BATCH_SIZE = 1_000;

function batches<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

/**
 * Inserts invitation rows in batches, all in one transaction: a list is imported whole or not at
 * all. The audit event counts the links per group, never who they are for.
 */
async function insertInBatches(
	organisationId: string,
	cycleId: string,
	rows: Array<typeof invitation.$inferInsert & { groupKey: string }>,
	actorId: string | null,
	alreadyInvited = 0
): Promise<void> {
	if (rows.length === 0) return;
	await db().transaction(async (tx) => {
		for (const batch of batches(rows)) await tx.insert(invitation).values(batch);
		const issued: Record<string, number> = {};
		for (const r of rows) issued[r.groupKey] = (issued[r.groupKey] ?? 0) + 1;
		const [named] = await tx
			.select({ name: cycle.name })
			.from(cycle)
			.where(and(eq(cycle.organisationId, organisationId), eq(cycle.id, cycleId)));
		await audit.record(tx, organisationId, actorId, {
			kind: 'invitation.imported',
			subjectId: cycleId,
			details: {
				cycle: named?.name ?? '',
				kind: rows[0]!.kind,
				issued,
				alreadyInvited
			}
		});
	});
}

export async function addPersonal(
	organisationId: string,
	cycleId: string,
	rows: InviteeRow[],
	/** The lead importing the list (null: Touchstone itself, e.g. a script). */
	actorId: string | null
): Promise<AddResult> {
	if (rows.length === 0) return { issued: [], alreadyInvited: [] };
	const taken = new Set<string | null>();
	for (const batch of batches([...new Set(rows.map((r) => r.email))])) {
		const existing = await db()
			.select({ email: invitation.email })
			.from(invitation)
			.where(
				and(
					eq(invitation.organisationId, organisationId),
					eq(invitation.cycleId, cycleId),
					inArray(invitation.email, batch)
				)
			);
		for (const e of existing) taken.add(e.email);
	}
	const issued: IssuedLink[] = [];
	for (const r of rows.filter((row) => !taken.has(row.email))) {
		const id = crypto.randomUUID();
		issued.push({
			id,
			email: r.email,
			name: r.name,
			group: r.group,
			language: r.language ?? null,
			token: await tokenFor(id)
		});
	}
	const alreadyInvited = rows.filter((r) => taken.has(r.email));
	await insertInBatches(
		organisationId,
		cycleId,
		issued.map((r) => ({
			id: r.id,
			organisationId,
			cycleId,
			kind: 'personal' as const,
			email: r.email,
			name: r.name,
			groupKey: r.group,
			language: r.language ?? null,
			tokenHash: hashToken(r.token)
		})),
		actorId,
		alreadyInvited.length
	);
	return { issued, alreadyInvited };
}

export async function addAnonymous(
	organisationId: string,
	cycleId: string,
	group: string,
	count: number,
	actorId: string | null
): Promise<IssuedLink[]> {
	const issued: IssuedLink[] = [];
	for (let i = 0; i < count; i++) {
		const id = crypto.randomUUID();
		issued.push({ id, email: null, name: null, group, language: null, token: await tokenFor(id) });
	}
	await insertInBatches(
		organisationId,
		cycleId,
		issued.map((r) => ({
			id: r.id,
			organisationId,
			cycleId,
			kind: 'anonymous' as const,
			groupKey: group,
			tokenHash: hashToken(r.token)
		})),
		actorId
	);
	return issued;
}

/**
 * Links of the given invitations of a cycle, re-derived on the server: for mailing, and for the
 * anonymous workshop cards. Never for showing a personal link to the lead again.
 */
export async function links(
	organisationId: string,
	cycleId: string,
	ids?: string[]
): Promise<IssuedLink[]> {
	const rows = await db()
		.select({
			id: invitation.id,
			email: invitation.email,
			name: invitation.name,
			group: invitation.groupKey,
			language: invitation.language,
			linkVersion: invitation.linkVersion
		})
		.from(invitation)
		.where(
			and(
				eq(invitation.organisationId, organisationId),
				eq(invitation.cycleId, cycleId),
				isNull(invitation.revokedAt),
				...(ids ? [inArray(invitation.id, ids)] : [])
			)
		)
		.orderBy(asc(invitation.groupKey), asc(invitation.createdAt));
	return Promise.all(
		rows.map(async ({ linkVersion, ...r }) => ({ ...r, token: await tokenFor(r.id, linkVersion) }))
	);
}

/** Response keys of a cycle's submitted responses: the only place "answered" comes from. */
async function submittedKeys(organisationId: string, cycleId: string): Promise<Set<string>> {
	const rows = await db()
		.select({ key: response.resumeHash })
		.from(response)
		.where(
			and(
				eq(response.organisationId, organisationId),
				eq(response.cycleId, cycleId),
				eq(response.status, 'submitted')
			)
		);
	return new Set(rows.map((r) => r.key));
}

/**
 * The cycle's invitations, each with whether it was answered — worked out here from its link and
 * the submitted responses' keys, never stored on the invitation, and never when.
 */
export async function list(organisationId: string, cycleId: string) {
	const [rows, submitted, secret] = await Promise.all([
		db()
			.select({
				id: invitation.id,
				kind: invitation.kind,
				email: invitation.email,
				name: invitation.name,
				group: invitation.groupKey,
				linkVersion: invitation.linkVersion,
				createdAt: invitation.createdAt,
				sentAt: invitation.sentAt,
				remindedAt: invitation.remindedAt,
				revokedAt: invitation.revokedAt
			})
			.from(invitation)
			.where(and(eq(invitation.organisationId, organisationId), eq(invitation.cycleId, cycleId)))
			.orderBy(asc(invitation.groupKey), asc(invitation.createdAt)),
		submittedKeys(organisationId, cycleId),
		invitationSecret()
	]);
	return rows.map(({ linkVersion, ...r }) => ({
		...r,
		answered: submitted.size > 0 && submitted.has(linkResponseKey(secret, r.id, linkVersion))
	}));
}

export async function revoke(
	organisationId: string,
	cycleId: string,
	invitationId: string,
	actorId: string | null
): Promise<boolean> {
	return db().transaction(async (tx) => {
		const [revoked] = await tx
			.update(invitation)
			.set({ revokedAt: new Date() })
			.where(
				and(
					eq(invitation.organisationId, organisationId),
					eq(invitation.cycleId, cycleId),
					eq(invitation.id, invitationId)
				)
			)
			.returning({ id: invitation.id, group: invitation.groupKey });
		if (!revoked) return false;
		const [named] = await tx.select({ name: cycle.name }).from(cycle).where(eq(cycle.id, cycleId));
		await audit.record(tx, organisationId, actorId, {
			kind: 'invitation.revoked',
			subjectId: revoked.id,
			details: { cycle: named?.name ?? '', group: revoked.group }
		});
		return true;
	});
}

/**
 * Invited and responded per group (links not revoked). Only the columns the counts need, and the
 * installation key read once: on a 5,000-person cycle deriving every link's response key is the
 * cost of this call (a synchronous loop; the dashboard runs it beside its database queries).
 */
export async function rates(organisationId: string, cycleId: string) {
	const [rows, submitted, secret] = await Promise.all([
		db()
			.select({
				id: invitation.id,
				group: invitation.groupKey,
				linkVersion: invitation.linkVersion
			})
			.from(invitation)
			.where(
				and(
					eq(invitation.organisationId, organisationId),
					eq(invitation.cycleId, cycleId),
					isNull(invitation.revokedAt)
				)
			),
		submittedKeys(organisationId, cycleId),
		invitationSecret()
	]);
	const counts = new Map<string, { group: string; invited: number; responded: number }>();
	for (const i of rows) {
		const c = counts.get(i.group) ?? { group: i.group, invited: 0, responded: 0 };
		c.invited += 1;
		if (submitted.size > 0 && submitted.has(linkResponseKey(secret, i.id, i.linkVersion)))
			c.responded += 1;
		counts.set(i.group, c);
	}
	return responseRates(
		[...counts.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0))
	);
}

/** Personal invitations that have not answered, for reminders. */
export async function unanswered(organisationId: string, cycleId: string) {
	return (await list(organisationId, cycleId))
		.filter((i) => i.kind === 'personal' && i.email && !i.answered && !i.revokedAt)
		.map(({ id, email, name, group }) => ({ id, email, name, group }));
}

export type ReissueResult =
	{ ok: true; link: IssuedLink } | { ok: false; reason: 'not-found' | 'answered' };

/**
 * A new link for an unanswered invitation: the old link stops working, and a draft started with
 * it is discarded (nobody may take over another person's answers by asking for a new link).
 */
export async function reissue(
	organisationId: string,
	cycleId: string,
	invitationId: string
): Promise<ReissueResult> {
	const [row] = (await list(organisationId, cycleId)).filter(
		(i) => i.id === invitationId && !i.revokedAt
	);
	if (!row) return { ok: false, reason: 'not-found' };
	if (row.answered) return { ok: false, reason: 'answered' };
	return db().transaction(async (tx) => {
		const [current] = await tx
			.select({ linkVersion: invitation.linkVersion, language: invitation.language })
			.from(invitation)
			.where(and(eq(invitation.organisationId, organisationId), eq(invitation.id, invitationId)))
			.for('update');
		if (!current) return { ok: false, reason: 'not-found' } as const;
		const oldKey = responseKey(await tokenFor(invitationId, current.linkVersion));
		const linkVersion = current.linkVersion + 1;
		const token = await tokenFor(invitationId, linkVersion);
		await tx
			.update(invitation)
			.set({ linkVersion, tokenHash: hashToken(token) })
			.where(and(eq(invitation.organisationId, organisationId), eq(invitation.id, invitationId)));
		await deleteDraftOfLink(tx, organisationId, oldKey);
		return {
			ok: true,
			link: {
				id: row.id,
				email: row.email,
				name: row.name,
				group: row.group,
				language: current.language,
				token
			}
		} as const;
	});
}

export async function markSent(
	organisationId: string,
	ids: string[],
	field: 'sentAt' | 'remindedAt'
): Promise<void> {
	if (ids.length === 0) return;
	await db()
		.update(invitation)
		.set({ [field]: new Date() })
		.where(and(eq(invitation.organisationId, organisationId), inArray(invitation.id, ids)));
}

export type InvitationWithCycle = {
	invitation: Invitation;
	cycle: typeof cycle.$inferSelect;
	organisation: { name: string; timeZone: string };
	notApplicable: string[];
};

/** Looks up a respondent's link; unknown and revoked tokens both give null. */
export async function findByToken(token: string): Promise<InvitationWithCycle | null> {
	if (!isLinkToken(token)) return null;
	const [row] = await db()
		.select({
			invitation,
			cycle,
			// The survey's pages name the organisation: read with the link, not in a second query.
			organisation: { name: organisation.name, timeZone: organisation.timeZone },
			// Dimensions the lead marked not applicable are not asked (issue 13.2).
			notApplicable: sql<
				string[]
			>`array(select cd.dimension_key from cycle_dimension cd where cd.cycle_id = ${cycle.id} and cd.not_applicable)`
		})
		.from(invitation)
		.innerJoin(cycle, eq(cycle.id, invitation.cycleId))
		.innerJoin(organisation, eq(organisation.id, cycle.organisationId))
		.where(and(eq(invitation.tokenHash, hashToken(token)), isNull(invitation.revokedAt)));
	return row ?? null;
}

/**
 * People invited per stakeholder group (links not revoked): the finite population a cycle's
 * respondents come from (scoring's finite-population correction). One aggregate, no rows.
 */
export async function invitedByGroup(
	organisationId: string,
	cycleId: string
): Promise<Record<string, number>> {
	const rows = await db()
		.select({ group: invitation.groupKey, n: sql<number>`count(*)::int` })
		.from(invitation)
		.where(
			and(
				eq(invitation.organisationId, organisationId),
				eq(invitation.cycleId, cycleId),
				isNull(invitation.revokedAt)
			)
		)
		.groupBy(invitation.groupKey);
	return Object.fromEntries(rows.map((r) => [r.group, r.n]));
}

/**
 * Deletes, unread, the unsubmitted draft made with a link (by its response key): when the link is
 * re-issued or its invitee erased. A submitted response is never touched.
 */
export async function deleteDraftOfLink(
	executor: Executor,
	organisationId: string,
	key: string
): Promise<void> {
	await executor
		.delete(response)
		.where(
			and(
				eq(response.organisationId, organisationId),
				eq(response.resumeHash, key),
				eq(response.status, 'draft')
			)
		);
}
