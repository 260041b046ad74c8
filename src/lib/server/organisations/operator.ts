/**
 * The installation's operator: the accounts whose sign-in e-mail is listed in OPERATOR_EMAILS
 * (read once at start-up in env.ts). The operator alone admits organisations to the
 * peer-benchmark panel (`organisation.benchmark_panel`), which is what stops anyone who can
 * sign up from filling the panel with organisations of their own making (docs/scoring.md §9).
 *
 * The operator sees organisations' names, sectors, sizes and numbers of closed cycles — never a
 * score, an answer or a member.
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { db } from '../platform/db';
import { cycle, organisation } from '../platform/db/schema';
import { env } from '../platform/env';

/**
 * Whether a signed-in account is the operator: its address is listed and verified (else whoever
 * signed up first with the operator's address would be it). Compared lower-cased, as stored.
 */
export function isOperator(
	user: { email: string; emailVerified: boolean } | null | undefined,
	operators: readonly string[] = env.OPERATOR_EMAILS
): boolean {
	if (!user?.emailVerified) return false;
	const email = user.email.trim().toLowerCase();
	return email !== '' && operators.includes(email);
}

export interface PanelOrganisation {
	id: string;
	name: string;
	sector: string;
	sizeBand: string;
	/** Closed (or reviewed) cycles, and open ones past their closing date. */
	closedCycles: number;
	benchmarkPanel: boolean;
	demo: boolean;
}

/** Every organisation of the installation, by name, with what the operator needs to decide. */
export async function organisations(): Promise<PanelOrganisation[]> {
	const closed = db()
		.select({ organisationId: cycle.organisationId, n: sql<number>`count(*)::int`.as('n') })
		.from(cycle)
		.where(
			or(
				inArray(cycle.status, ['closed', 'reviewed']),
				and(eq(cycle.status, 'open'), sql`${cycle.closesAt} <= now()`)
			)
		)
		.groupBy(cycle.organisationId)
		.as('closed');
	const rows = await db()
		.select({
			id: organisation.id,
			name: organisation.name,
			sector: organisation.sector,
			sizeBand: organisation.sizeBand,
			closedCycles: sql<number>`coalesce(${closed.n}, 0)::int`,
			benchmarkPanel: organisation.benchmarkPanel,
			demo: organisation.demo
		})
		.from(organisation)
		.leftJoin(closed, eq(closed.organisationId, organisation.id))
		.orderBy(asc(organisation.name), asc(organisation.id));
	return rows.map((r) => ({ ...r, closedCycles: Number(r.closedCycles) }));
}

/**
 * Admits an organisation to the peer panel or removes it. Returns the organisation's name, or
 * null when there is no such organisation.
 */
export async function setPanel(organisationId: string, admitted: boolean): Promise<string | null> {
	const [row] = await db()
		.update(organisation)
		.set({ benchmarkPanel: admitted })
		.where(eq(organisation.id, organisationId))
		.returning({ name: organisation.name });
	return row?.name ?? null;
}
