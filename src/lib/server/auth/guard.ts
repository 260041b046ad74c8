import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import * as cycles from '../cycles';
import * as organisations from '../organisations';
import type { MemberRole } from '../platform/db/schema';
import type { SessionUser } from './session';
import { m } from '$lib/paraglide/messages';

/**
 * The one way to answer 404: a missing or foreign record, or a page someone may not know exists.
 * The message is the request's language ("Nicht gefunden"), as a script reading the JSON gets it;
 * a page explains it instead ($lib/i18n/error-page.ts).
 */
export function notFound(): never {
	error(404, m.common_not_found());
}

export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/sign-in?next=${encodeURIComponent(next)}`);
	}
	return user;
}

export interface MemberContext {
	user: SessionUser;
	organisation: organisations.OrganisationSummary;
	role: MemberRole;
}

/**
 * Every load and action on organisation data starts here. A non-member gets 404, not 403,
 * so the existence of another organisation's pages is not revealed.
 */
export async function requireMember(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	roles: readonly MemberRole[] = ['lead', 'board']
): Promise<MemberContext> {
	const user = requireUser(event);
	const organisationId = event.params.orgId;
	if (!organisationId) notFound();
	const membership = await organisations.membershipOf(user.id, organisationId);
	if (!membership) notFound();
	if (!roles.includes(membership.role)) {
		error(403, m.common_error_role());
	}
	return { user, organisation: membership.organisation, role: membership.role };
}

export const requireLead = (event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) =>
	requireMember(event, ['lead']);

export interface CycleContext extends MemberContext {
	cycle: cycles.CycleRow;
}

/**
 * A cycle page or action: membership (as requireMember) and the cycle of the route's [cycleId],
 * which must belong to that organisation — 404 otherwise, like a non-member.
 */
export async function requireCycle(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	roles: readonly MemberRole[] = ['lead', 'board']
): Promise<CycleContext> {
	const member = await requireMember(event, roles);
	const cycle = await cycles.get(member.organisation.id, event.params.cycleId ?? '');
	if (!cycle) notFound();
	return { ...member, cycle };
}
