import { describe, it, expect, beforeAll } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import { db } from '../../src/lib/server/platform/db';
import { organisation } from '../../src/lib/server/platform/db/schema';
import * as cycles from '../../src/lib/server/cycles';
import * as actions from '../../src/lib/server/cycles/improvement-actions';
import * as activities from '../../src/lib/server/improvement/activities';
import * as instruments from '../../src/lib/server/instruments';
import * as roadmap from '../../src/lib/server/improvement/roadmap';
import * as implementation from '../../src/lib/server/improvement/implementation';
import { implementationStepSchema } from '../../src/lib/domain/implementation';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import { activityReviewSchema, activitySchema } from '../../src/lib/domain/activity';

let instrumentId: string;

async function setUp(name: string) {
	const lead = await createUser(`Lead of ${name}`);
	const org = await createOrganisation(lead.id, name);
	const cycleId = (await cycles.create(org.id, lead.id, {
		name: 'Round',
		instrumentId,
		opensAt: new Date(Date.now() - 60_000),
		closesAt: new Date(Date.now() + 86_400_000),
		anonymityThreshold: 5,
		groups: ['sales'],
		targets: {}
	}))!;
	return { lead: { id: lead.id, name: lead.name }, orgId: org.id, cycleId };
}

const actionInput = (over: Partial<actions.StoredActionInput> = {}): actions.StoredActionInput => ({
	title: 'Self-service portal',
	dimensionKeys: ['technology'],
	owner: 'Agency X',
	ownerUserId: null,
	impact: 4,
	complexity: 3,
	dueDate: null,
	status: 'planned',
	budget: 12000,
	approvedAmount: null,
	approvedBy: '',
	...over
});

const review = (activityId: string, over: Record<string, string> = {}) =>
	activityReviewSchema.parse({
		activityId,
		knowledge: '2',
		participation: '1',
		perception: '3',
		attitude: '3',
		evidence: 'Customer panel, October',
		decision: 'review_access',
		decisionNotes: '',
		impact: '4',
		complexity: '2',
		...over
	});

beforeAll(async () => {
	await useTestDatabase();
	instrumentId = await instruments.ensureBuiltIn(touchstoneV1);
});

describe('improvement actions', () => {
	it('are edited, noted and deleted only within their organisation', async () => {
		const a = await setUp('Actions A');
		const b = await setUp('Actions B');
		const id = (await actions.create(a.orgId, a.cycleId, actionInput(), a.lead.id))!;
		// Another organisation reaches nothing with this id.
		expect(await actions.get(b.orgId, id)).toBeNull();
		expect(await actions.update(b.orgId, id, actionInput({ title: 'Hijacked' }), b.lead.id)).toBe(
			false
		);
		expect(await actions.addUpdate(b.orgId, id, b.lead, { note: 'x', progress: 90 })).toBe(false);
		expect(await actions.remove(b.orgId, id, b.lead.id)).toBe(false);
		expect((await actions.get(a.orgId, id))!.title).toBe('Self-service portal');

		expect(
			await actions.update(
				a.orgId,
				id,
				actionInput({ approvedAmount: 10000, approvedBy: 'CFO' }),
				a.lead.id
			)
		).toBe(true);
		expect(
			await actions.addUpdate(a.orgId, id, a.lead, { note: 'Vendor chosen', progress: 40 })
		).toBe(true);
		const stored = (await actions.get(a.orgId, id))!;
		expect([stored.progress, stored.status, stored.approvedAmount, stored.approvedBy]).toEqual([
			40,
			'in_progress',
			10000,
			'CFO'
		]);
		expect((await actions.updatesOf(a.orgId, id)).map((u) => u.note)).toEqual(['Vendor chosen']);
		expect(await actions.updatesOf(b.orgId, id)).toEqual([]);
		expect(await actions.remove(a.orgId, id, a.lead.id)).toBe(true);
		expect(await actions.get(a.orgId, id)).toBeNull();
	});

	it('takes a member of the organisation as owner, by name, but nobody from another', async () => {
		const a = await setUp('Owners A');
		const b = await setUp('Owners B');
		const mine = await actions.resolveOwner(a.orgId, {
			...actionInput(),
			owner: '',
			ownerUserId: a.lead.id
		});
		expect(mine).toMatchObject({ owner: a.lead.name, ownerUserId: a.lead.id });
		expect(
			await actions.resolveOwner(a.orgId, { ...actionInput(), owner: '', ownerUserId: b.lead.id })
		).toBeNull();
	});
});

describe('the CRM activity inventory and its review', () => {
	it('turns a decision into an action, updates it on a second decision, and leaves it on "keep"', async () => {
		const a = await setUp('Inventory A');
		const activityId = await activities.create(
			a.orgId,
			activitySchema.parse({ name: 'Loyalty programme', strategyPart: 'Retain best customers' })
		);
		const first = await activities.saveReview(a.orgId, a.cycleId, a.lead, review(activityId));
		expect(first!.actionId).not.toBeNull();
		const created = (await actions.get(a.orgId, first!.actionId!))!;
		expect(created).toMatchObject({
			title: 'Review the access conditions to raise participation: Loyalty programme',
			impact: 4,
			complexity: 2,
			owner: a.lead.name,
			originCycleId: a.cycleId
		});
		const second = await activities.saveReview(
			a.orgId,
			a.cycleId,
			a.lead,
			review(activityId, { decision: 'bolster_promotion' })
		);
		expect(second!.actionId).toBe(first!.actionId);
		expect((await actions.get(a.orgId, first!.actionId!))!.title).toBe(
			'Bolster its promotion: Loyalty programme'
		);
		const kept = await activities.saveReview(
			a.orgId,
			a.cycleId,
			a.lead,
			review(activityId, { decision: 'keep' })
		);
		expect(kept!.actionId).toBe(first!.actionId);
		expect((await actions.forCycle(a.orgId, a.cycleId)).length).toBe(1);
		const [row] = await activities.reviewsFor(a.orgId, a.cycleId);
		expect(row!.review).toMatchObject({ knowledge: 2, participation: 1, decision: 'keep' });
	});

	it('keeps each organisation to its own activities, and reports what serves no objective', async () => {
		const a = await setUp('Portfolio A');
		const b = await setUp('Portfolio B');
		const served = await activities.create(
			a.orgId,
			activitySchema.parse({ name: 'Service desk', strategyPart: 'Resolve at first contact' })
		);
		await activities.create(a.orgId, activitySchema.parse({ name: 'Calendar mailing' }));
		expect(await activities.saveReview(b.orgId, b.cycleId, b.lead, review(served))).toBeNull();
		expect(await activities.saveReview(a.orgId, b.cycleId, a.lead, review(served))).toBeNull();
		expect(await activities.get(b.orgId, served)).toBeNull();
		expect(
			await activities.update(b.orgId, served, activitySchema.parse({ name: 'Hijacked' }))
		).toBe(false);
		expect(await activities.remove(b.orgId, served)).toBe(false);
		expect(await activities.list(b.orgId)).toEqual([]);
		await activities.saveReview(
			a.orgId,
			a.cycleId,
			a.lead,
			review(served, { decision: 'promote' })
		);
		const p = await activities.portfolioFor(a.orgId, a.cycleId);
		expect(p.total).toBe(2);
		expect(p.noObjective).toEqual(['Calendar mailing']);
		expect(p.byDecision.map((g) => [g.decision, g.activities])).toEqual([
			['promote', ['Service desk']],
			[null, ['Calendar mailing']]
		]);
	});
});

describe('the roadmap', () => {
	it('keeps discovery, interviews, future states and phases to the cycle and organisation', async () => {
		const a = await setUp('Roadmap A');
		const b = await setUp('Roadmap B');
		expect(await roadmap.saveDiscovery(a.orgId, a.cycleId, { goals: 'Grow', assets: 'CRM' })).toBe(
			true
		);
		expect(await roadmap.saveDiscovery(b.orgId, a.cycleId, { goals: 'X', assets: '' })).toBe(false);
		expect(
			await roadmap.addInterview(a.orgId, a.cycleId, {
				who: 'Head of service',
				heldOn: '2026-11-02',
				topic: 'Complaints'
			})
		).toBe(true);
		expect(
			await roadmap.saveFutureState(a.orgId, a.cycleId, {
				dimensionKey: 'vision',
				description: 'Every team can say it'
			})
		).toBe(true);
		const first = (await roadmap.addPhase(a.orgId, a.cycleId, {
			name: 'Early wins',
			startsOn: '2027-01-01',
			endsOn: '2027-03-31'
		}))!;
		const second = (await roadmap.addPhase(a.orgId, a.cycleId, {
			name: 'Foundations',
			startsOn: null,
			endsOn: null
		}))!;
		expect(
			await roadmap.addPhase(b.orgId, a.cycleId, { name: 'X', startsOn: null, endsOn: null })
		).toBeNull();
		const actionId = (await actions.create(a.orgId, a.cycleId, actionInput(), a.lead.id))!;
		const foreignAction = (await actions.create(b.orgId, b.cycleId, actionInput(), b.lead.id))!;
		expect(await roadmap.assign(a.orgId, a.cycleId, actionId, first)).toBe(true);
		expect(await roadmap.assign(a.orgId, a.cycleId, actionId, second)).toBe(true);
		// Another organisation's action, or a phase of another cycle, is refused.
		expect(await roadmap.assign(a.orgId, a.cycleId, foreignAction, first)).toBe(false);
		expect(await roadmap.assign(b.orgId, b.cycleId, foreignAction, first)).toBe(false);
		const got = await roadmap.get(a.orgId, a.cycleId);
		expect(got.discovery.goals).toBe('Grow');
		expect(got.interviews.map((i) => i.who)).toEqual(['Head of service']);
		expect(got.futureStates).toEqual({ vision: 'Every team can say it' });
		expect(got.phases.map((p) => [p.name, p.position])).toEqual([
			['Early wins', 1],
			['Foundations', 2]
		]);
		expect(got.phaseOf).toEqual({ [actionId]: second });
		const foreign = await roadmap.get(b.orgId, a.cycleId);
		expect([foreign.phases, foreign.interviews, foreign.futureStates]).toEqual([[], [], {}]);
		await roadmap.saveFutureState(a.orgId, a.cycleId, { dimensionKey: 'vision', description: '' });
		expect((await roadmap.get(a.orgId, a.cycleId)).futureStates).toEqual({});
		// Removing: only the organisation's own, and a phase's actions go back to no phase.
		const interviewId = got.interviews[0]!.id;
		expect(await roadmap.removeInterview(b.orgId, a.cycleId, interviewId)).toBe(false);
		expect(await roadmap.removePhase(b.orgId, a.cycleId, second)).toBe(false);
		expect(await roadmap.removeInterview(a.orgId, a.cycleId, interviewId)).toBe(true);
		expect(await roadmap.removePhase(a.orgId, a.cycleId, second)).toBe(true);
		const after = await roadmap.get(a.orgId, a.cycleId);
		expect([after.interviews, after.phaseOf, after.phases.map((p) => p.name)]).toEqual([
			[],
			{},
			['Early wins']
		]);
	});
});

describe("Carlson's implementation checklist", () => {
	it('lists all eight steps per organisation, done with evidence and a date', async () => {
		const a = await setUp('Checklist A');
		const b = await setUp('Checklist B');
		await implementation.save(
			a.orgId,
			a.lead.id,
			implementationStepSchema.parse({ step: '7', state: 'done', evidence: 'Board minutes' }),
			new Date('2026-11-30T12:00:00Z')
		);
		const mine = await implementation.list(a.orgId);
		expect(mine.rows).toHaveLength(8);
		expect(mine.done).toBe(1);
		expect(mine.rows[6]).toMatchObject({
			state: 'done',
			evidence: 'Board minutes',
			doneOn: '2026-11-30'
		});
		expect((await implementation.list(b.orgId)).done).toBe(0);
		expect(
			implementationStepSchema.safeParse({ step: '1', state: 'done', evidence: '' }).success
		).toBe(false);
	});
});

describe('deleting an organisation', () => {
	it('takes every row of the improvement tables with it', async () => {
		const a = await setUp('Cascade A');
		const activityId = await activities.create(a.orgId, activitySchema.parse({ name: 'Club' }));
		const saved = await activities.saveReview(a.orgId, a.cycleId, a.lead, review(activityId));
		await actions.addUpdate(a.orgId, saved!.actionId!, a.lead, { note: 'Started', progress: 10 });
		const tables = [
			'crm_activity',
			'activity_review',
			'action_update',
			'action',
			'roadmap_discovery',
			'roadmap_interview',
			'future_state',
			'roadmap_phase',
			'roadmap_phase_action',
			'implementation_step'
		];
		await db().delete(organisation).where(eq(organisation.id, a.orgId));
		for (const table of tables) {
			const result = await db().execute(
				sql`select count(*)::int as n from ${sql.identifier(table)} where organisation_id = ${a.orgId}`
			);
			// PGlite answers { rows }, postgres.js an array of rows.
			const rows = Array.isArray(result)
				? (result as unknown as Array<{ n: number }>)
				: (result as unknown as { rows: Array<{ n: number }> }).rows;
			expect(rows[0]!.n, table).toBe(0);
		}
	});
});
