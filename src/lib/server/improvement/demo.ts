/**
 * The demo organisation's improvement tools (issue 15), written by the demo seed inside its
 * transaction: a CRM activity inventory reviewed in Spring 2026 with decisions that became
 * actions, Spring 2026's structured review answers and roadmap, budgets and notes on actions,
 * and Carlson's checklist part done. Fictitious, like the rest of the demo.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../platform/db';
import {
	action,
	actionUpdate,
	activityReview,
	crmActivity,
	futureState,
	implementationStep,
	reviewStep,
	roadmapDiscovery,
	roadmapInterview,
	roadmapPhase,
	roadmapPhaseAction
} from '../platform/db/schema';
import {
	decisionActionTitle,
	decisionDimension,
	type ActivityDecision
} from '$lib/domain/activity/portfolio';

const activities = [
	{
		name: 'Gold loyalty club',
		content: 'Points on every policy year, a priority phone line and an annual review call.',
		targetCustomers: 'Households holding three or more policies',
		accessConditions: 'Invitation after the third policy; no fee',
		customerBenefit: 'Lower premiums over time, faster service',
		customerCost: 'Registering online; sharing contact preferences',
		companyBenefit: 'Retention of the most valuable households',
		companyCost: 'About 180,000 a year in points and the priority line',
		missionPart: 'Rewarding customers who stay with us',
		strategyPart: 'Keep and grow our most valuable households',
		review: { k: 2, p: 2, pe: 4, a: 4, decision: 'review_access', impact: 4, complexity: 2 }
	},
	{
		name: 'Key-account service desk',
		content: 'A named adviser for each business customer, reachable by phone and e-mail.',
		targetCustomers: 'The 400 largest business customers',
		accessConditions: 'Assigned by the sales team',
		customerBenefit: 'One person who knows their policies and claims',
		customerCost: 'None',
		companyBenefit: 'Cross-selling and early warning of churn',
		companyCost: 'Six advisers',
		missionPart: 'Being a partner, not a supplier, to businesses',
		strategyPart: 'Grow share of wallet in business accounts',
		review: { k: 4, p: 4, pe: 4, a: 5, decision: 'keep', impact: 3, complexity: 2 }
	},
	{
		name: 'Monthly e-newsletter',
		content: 'Tips on staying safe at home and on the road, with product news.',
		targetCustomers: 'All customers who agreed to e-mail',
		accessConditions: 'Opt-in on the website or at renewal',
		customerBenefit: 'Useful advice',
		customerCost: 'Inbox space',
		companyBenefit: 'Staying in touch between renewals',
		companyCost: 'One content editor, part time',
		missionPart: 'Helping customers prevent losses',
		strategyPart: 'Stay in contact between renewals',
		review: { k: 3, p: 2, pe: 3, a: 3, decision: 'bolster_promotion', impact: 3, complexity: 1 }
	},
	{
		name: 'Complaint call-back promise',
		content: 'Every complaint gets a call back from a person within one working day.',
		targetCustomers: 'Anyone who complains, in any channel',
		accessConditions: 'Automatic',
		customerBenefit: 'Being heard quickly',
		customerCost: 'None',
		companyBenefit: 'Fewer escalations, lessons for process owners',
		companyCost: 'Service team time',
		missionPart: 'Putting things right quickly',
		strategyPart: 'Resolve problems at the first contact',
		review: { k: 2, p: 3, pe: 4, a: 4, decision: 'promote', impact: 4, complexity: 3 }
	},
	{
		name: 'Printed calendar mailing',
		content: 'A branded wall calendar posted to every household in December.',
		targetCustomers: 'All households',
		accessConditions: 'Automatic',
		customerBenefit: 'A free calendar',
		customerCost: 'None',
		companyBenefit: 'Brand presence at home',
		companyCost: 'About 60,000 a year in print and postage',
		missionPart: '',
		strategyPart: '',
		review: { k: 4, p: 1, pe: 2, a: 2, decision: 'phase_out', impact: 3, complexity: 1 }
	}
] as const;

const reviewAnswers: Record<number, Record<string, string>> = {
	1: {
		mission_customers: 'Protection that is easy to understand and quick when something goes wrong.',
		mission_employees: 'The authority to put things right for a customer without asking twice.',
		mission_society: 'Helping households and businesses prevent losses, not only pay for them.',
		mission_in_practice:
			'Kept the wording; added it to induction and to the service team’s weekly huddle.'
	},
	2: {
		strategy_where: 'Keep the most valuable households and grow business accounts.',
		strategy_how: 'One customer record, named advisers for key accounts, early wins first.',
		strategy_why: 'Claims service rated best in the market two years running.',
		strategy_value: 'Fewer surprises: one person, one view of the customer, one call back.'
	},
	3: {
		activities_findings:
			'Loyalty club is liked but little known; the calendar mailing serves no objective.'
	},
	4: {
		governance_team: 'Sponsor now chairs a monthly CRM steering meeting.',
		governance_technology: 'Two customer systems remain; the single record is the key project.',
		governance_processes: 'Complaint call-backs met within one day for 86% of cases.',
		governance_knowledge: 'No cost/benefit figures per activity yet.'
	}
};

const demoInterviews = [
	{
		who: 'Chief Customer Officer',
		heldOn: '2026-05-06',
		topic: 'Goals for 2027'
	},
	{
		who: 'Head of customer service',
		heldOn: '2026-05-08',
		topic: 'Complaints and call-backs'
	},
	{
		who: 'IT Director',
		heldOn: '2026-05-12',
		topic: 'The single customer record'
	}
];

const demoFutureStates = [
	{
		dimensionKey: 'information',
		description:
			'Anyone serving a customer sees the same record: policies, claims, complaints and preferences.'
	},
	{
		dimensionKey: 'metrics',
		description:
			'Five customer measures reviewed monthly by the sponsor, each with an owner and a target.'
	},
	{
		dimensionKey: 'knowledge_management',
		description: 'Each CRM activity has a yearly cost/benefit figure the board sees.'
	},
	{
		dimensionKey: 'collaboration',
		description:
			'Sales and service plan customer changes together and share one target for retention.'
	}
];

async function seedInventory(
	tx: Executor,
	organisationId: string,
	leadUserId: string,
	leadName: string,
	springCycleId: string
): Promise<void> {
	// The inventory, reviewed in Spring 2026; decisions other than "keep" become actions.
	for (const a of activities) {
		const { review, ...fields } = a;
		const [row] = await tx
			.insert(crmActivity)
			.values({ organisationId, ...fields })
			.returning({ id: crmActivity.id });
		const decision = review.decision as ActivityDecision;
		let actionId: string | null = null;
		if (decision !== 'keep') {
			const [created] = await tx
				.insert(action)
				.values({
					organisationId,
					originCycleId: springCycleId,
					title: decisionActionTitle(decision, a.name),
					dimensionKeys: [decisionDimension[decision]],
					owner: leadName,
					ownerUserId: leadUserId,
					impact: review.impact,
					complexity: review.complexity,
					status: 'planned',
					dueDate: '2027-03-31'
				})
				.returning({ id: action.id });
			actionId = created!.id;
		}
		await tx.insert(activityReview).values({
			organisationId,
			cycleId: springCycleId,
			activityId: row!.id,
			knowledge: review.k,
			participation: review.p,
			perception: review.pe,
			attitude: review.a,
			evidence: 'Customer panel (40 households) and the club’s usage figures, May 2026',
			decision,
			actionId,
			updatedBy: leadUserId
		});
	}
}

async function seedReviewAnswers(
	tx: Executor,
	organisationId: string,
	leadUserId: string,
	leadName: string,
	springCycleId: string
): Promise<void> {
	for (const [step, answers] of Object.entries(reviewAnswers))
		await tx
			.update(reviewStep)
			.set({ answers })
			.where(and(eq(reviewStep.cycleId, springCycleId), eq(reviewStep.step, Number(step))));
}

async function seedActionDetails(
	tx: Executor,
	organisationId: string,
	leadUserId: string,
	leadName: string,
	_springCycleId: string
): Promise<void> {
	// Budgets, approval and notes on the actions already under way.
	const existing = await tx
		.select({ id: action.id, title: action.title })
		.from(action)
		.where(eq(action.organisationId, organisationId));
	const id = (start: string) => existing.find((a) => a.title.startsWith(start))?.id;
	const record = id('Single customer record');
	const knowledge = id('Knowledge base');
	if (record)
		await tx
			.update(action)
			.set({
				budget: 450000,
				approvedAmount: 400000,
				approvedBy: 'CFO, board of 12 May 2026',
				progress: 35
			})
			.where(eq(action.id, record));
	if (knowledge) {
		await tx.update(action).set({ budget: 25000, progress: 60 }).where(eq(action.id, knowledge));
		await tx.insert(actionUpdate).values([
			{
				organisationId,
				actionId: knowledge,
				note: 'Top 30 complaint types written up with the service team.',
				progress: 30,
				authorId: leadUserId,
				authorName: leadName,
				createdAt: new Date('2026-06-15T10:00:00Z')
			},
			{
				organisationId,
				actionId: knowledge,
				note: 'Pilot with the Leeds team; search is the main complaint.',
				progress: 60,
				authorId: leadUserId,
				authorName: leadName,
				createdAt: new Date('2026-09-20T10:00:00Z')
			}
		]);
	}
}

async function seedRoadmap(
	tx: Executor,
	organisationId: string,
	leadUserId: string,
	leadName: string,
	springCycleId: string
): Promise<void> {
	// Spring 2026's roadmap.
	await tx.insert(roadmapDiscovery).values({
		organisationId,
		cycleId: springCycleId,
		goals:
			'Short term: raise the loyalty club’s take-up and answer every complaint within a day.\nLong term: one view of each customer across sales and service by 2028.',
		assets:
			'Policy system and a separate service CRM; complaint log since 2023; customer panel of 40 households; NPS survey twice a year.'
	});
	const scope = { organisationId, cycleId: springCycleId };
	await tx.insert(roadmapInterview).values(demoInterviews.map((i) => ({ ...scope, ...i })));
	await tx.insert(futureState).values(demoFutureStates.map((f) => ({ ...scope, ...f })));
	const phases = await tx
		.insert(roadmapPhase)
		.values([
			{
				...scope,
				name: 'Quick wins',
				position: 1,
				startsOn: '2026-06-01',
				endsOn: '2026-12-31'
			},
			{
				...scope,
				name: 'Foundations',
				position: 2,
				startsOn: '2027-01-01',
				endsOn: '2027-09-30'
			},
			{
				...scope,
				name: 'Scale',
				position: 3,
				startsOn: '2027-10-01',
				endsOn: '2028-06-30'
			}
		])
		.returning({ id: roadmapPhase.id, name: roadmapPhase.name });
	const phase = (name: string) => phases.find((p) => p.name === name)!.id;
	const all = await tx
		.select({ id: action.id, title: action.title })
		.from(action)
		.where(
			and(
				eq(action.organisationId, organisationId),
				inArray(action.status, ['planned', 'in_progress'])
			)
		);
	const plan: Array<[string, string]> = [
		['Knowledge base', 'Quick wins'],
		['Review the access conditions', 'Quick wins'],
		['Promote it with its group', 'Quick wins'],
		['Phase it out', 'Quick wins'],
		['Single customer record', 'Foundations'],
		['Add CRM skills', 'Foundations'],
		['Bolster its promotion', 'Foundations'],
		['Retire the legacy', 'Scale']
	];
	const links = plan.flatMap(([start, name]) => {
		const found = all.find((a) => a.title.startsWith(start));
		return found
			? [{ organisationId, cycleId: springCycleId, phaseId: phase(name), actionId: found.id }]
			: [];
	});
	if (links.length) await tx.insert(roadmapPhaseAction).values(links);
}

async function seedChecklist(
	tx: Executor,
	organisationId: string,
	leadUserId: string,
	_leadName: string,
	_springCycleId: string
): Promise<void> {
	// Carlson's eight steps, most of the way there.
	const done = (step: number, owner: string, evidence: string, doneOn: string) => ({
		organisationId,
		step,
		state: 'done',
		owner,
		evidence,
		doneOn,
		updatedBy: leadUserId
	});
	await tx.insert(implementationStep).values([
		done(1, 'Head of CRM', 'Programme charter signed by the sponsor', '2025-02-10'),
		done(2, 'Head of CRM', 'Baseline 2025 assessment and activity inventory', '2025-05-30'),
		{
			organisationId,
			step: 3,
			state: 'in_progress',
			owner: 'Marketing',
			evidence: 'Two competitors’ loyalty schemes reviewed so far',
			updatedBy: leadUserId
		},
		done(
			4,
			'IT Director',
			'Capability review and customer segments, board pack March 2026',
			'2026-03-20'
		),
		{
			organisationId,
			step: 5,
			state: 'in_progress',
			owner: 'Head of CRM',
			updatedBy: leadUserId
		},
		done(
			6,
			'Chief Customer Officer',
			'Five programme goals with targets, agreed May 2026',
			'2026-05-20'
		),
		done(
			7,
			'CFO',
			'Board minutes of 12 May 2026: 400,000 authorised for the single customer record',
			'2026-05-12'
		)
	]);
}

export async function seedImprovementDemo(
	tx: Executor,
	organisationId: string,
	leadUserId: string,
	leadName: string,
	springCycleId: string
): Promise<void> {
	const args = [tx, organisationId, leadUserId, leadName, springCycleId] as const;
	await seedInventory(...args);
	await seedReviewAnswers(...args);
	await seedActionDetails(...args);
	await seedRoadmap(...args);
	await seedChecklist(...args);
}
