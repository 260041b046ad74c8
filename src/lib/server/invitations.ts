import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { sha256, SHA512 } from '@oslojs/crypto/sha2';
import { hmac } from '@oslojs/crypto/hmac';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { invitationSecret } from './secrets';
import { db } from './db';
import { cycle, invitation, type Invitation } from './db/schema';
import { hashToken } from './auth/session';
import type { InviteeRow } from '$lib/domain/invitation/csv';
import { responseRates } from '$lib/domain/cycle/status';

/**
 * A link token: 320 bits of HMAC-SHA512 over the invitation id under the installation secret.
 * Only hashToken(token) is stored; the lead can re-derive a link to copy or remind with,
 * and nobody can without the secret.
 */
export async function tokenFor(invitationId: string): Promise<string> {
	const mac = hmac(SHA512, await invitationSecret(), new TextEncoder().encode(`invitation:${invitationId}`));
	return encodeBase32LowerCaseNoPadding(mac).slice(0, 64);
}

/**
 * The key under which a respondent's answers are stored. A second, differently salted hash
 * of the token, so the database alone cannot join answers to the invitation row.
 */
export function responseKey(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(`touchstone-response:${token}`)));
}

export interface IssuedLink {
	id: string;
	email: string | null;
	name: string | null;
	group: string;
	token: string;
}

export type AddResult = { issued: IssuedLink[]; alreadyInvited: InviteeRow[] };

export async function addPersonal(organisationId: string, cycleId: string, rows: InviteeRow[]): Promise<AddResult> {
	if (rows.length === 0) return { issued: [], alreadyInvited: [] };
	const existing = await db()
		.select({ email: invitation.email })
		.from(invitation)
		.where(
			and(
				eq(invitation.organisationId, organisationId),
				eq(invitation.cycleId, cycleId),
				inArray(
					invitation.email,
					rows.map((r) => r.email)
				)
			)
		);
	const taken = new Set(existing.map((e) => e.email));
	const issued: IssuedLink[] = [];
	for (const r of rows.filter((row) => !taken.has(row.email))) {
		const id = crypto.randomUUID();
		issued.push({ id, email: r.email, name: r.name, group: r.group, token: await tokenFor(id) });
	}
	if (issued.length > 0) {
		await db()
			.insert(invitation)
			.values(
				issued.map((r) => ({
					id: r.id,
					organisationId,
					cycleId,
					kind: 'personal' as const,
					email: r.email,
					name: r.name,
					groupKey: r.group,
					tokenHash: hashToken(r.token)
				}))
			);
	}
	return { issued, alreadyInvited: rows.filter((r) => taken.has(r.email)) };
}

export async function addAnonymous(organisationId: string, cycleId: string, group: string, count: number): Promise<IssuedLink[]> {
	const issued: IssuedLink[] = [];
	for (let i = 0; i < count; i++) {
		const id = crypto.randomUUID();
		issued.push({ id, email: null, name: null, group, token: await tokenFor(id) });
	}
	await db()
		.insert(invitation)
		.values(issued.map((r) => ({ id: r.id, organisationId, cycleId, kind: 'anonymous' as const, groupKey: group, tokenHash: hashToken(r.token) })));
	return issued;
}

/** Links of the given invitations of a cycle, re-derived (for copying, printing and reminders). */
export async function links(organisationId: string, cycleId: string, ids?: string[]): Promise<IssuedLink[]> {
	const rows = await db()
		.select({ id: invitation.id, email: invitation.email, name: invitation.name, group: invitation.groupKey })
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
	return Promise.all(rows.map(async (r) => ({ ...r, token: await tokenFor(r.id) })));
}

export async function list(organisationId: string, cycleId: string) {
	return db()
		.select({
			id: invitation.id,
			kind: invitation.kind,
			email: invitation.email,
			name: invitation.name,
			group: invitation.groupKey,
			createdAt: invitation.createdAt,
			sentAt: invitation.sentAt,
			remindedAt: invitation.remindedAt,
			respondedAt: invitation.respondedAt,
			revokedAt: invitation.revokedAt
		})
		.from(invitation)
		.where(and(eq(invitation.organisationId, organisationId), eq(invitation.cycleId, cycleId)))
		.orderBy(asc(invitation.groupKey), asc(invitation.createdAt));
}

export async function revoke(organisationId: string, cycleId: string, invitationId: string): Promise<boolean> {
	const rows = await db()
		.update(invitation)
		.set({ revokedAt: new Date() })
		.where(and(eq(invitation.organisationId, organisationId), eq(invitation.cycleId, cycleId), eq(invitation.id, invitationId)))
		.returning({ id: invitation.id });
	return rows.length > 0;
}

export async function rates(organisationId: string, cycleId: string) {
	const rows = await db()
		.select({
			group: invitation.groupKey,
			invited: sql<number>`count(*)::int`,
			responded: sql<number>`count(${invitation.respondedAt})::int`
		})
		.from(invitation)
		.where(and(eq(invitation.organisationId, organisationId), eq(invitation.cycleId, cycleId), isNull(invitation.revokedAt)))
		.groupBy(invitation.groupKey)
		.orderBy(asc(invitation.groupKey));
	return responseRates(rows);
}

/** Personal invitations that have not answered, for reminders. */
export async function unanswered(organisationId: string, cycleId: string) {
	return db()
		.select({ id: invitation.id, email: invitation.email, name: invitation.name, group: invitation.groupKey })
		.from(invitation)
		.where(
			and(
				eq(invitation.organisationId, organisationId),
				eq(invitation.cycleId, cycleId),
				eq(invitation.kind, 'personal'),
				isNull(invitation.respondedAt),
				isNull(invitation.revokedAt)
			)
		);
}

export async function markSent(organisationId: string, ids: string[], field: 'sentAt' | 'remindedAt'): Promise<void> {
	if (ids.length === 0) return;
	await db()
		.update(invitation)
		.set({ [field]: new Date() })
		.where(and(eq(invitation.organisationId, organisationId), inArray(invitation.id, ids)));
}

export type InvitationWithCycle = { invitation: Invitation; cycle: typeof cycle.$inferSelect };

/** Looks up a respondent's link; unknown and revoked tokens both give null. */
export async function findByToken(token: string): Promise<InvitationWithCycle | null> {
	if (!/^[a-z2-7]{64}$/.test(token)) return null;
	const [row] = await db()
		.select({ invitation, cycle })
		.from(invitation)
		.innerJoin(cycle, eq(cycle.id, invitation.cycleId))
		.where(and(eq(invitation.tokenHash, hashToken(token)), isNull(invitation.revokedAt)));
	return row ?? null;
}
