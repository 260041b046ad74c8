import { count, eq } from 'drizzle-orm';
import { db, type Executor } from '../platform/db';
import {
	action,
	answer,
	cycle,
	cycleDimension,
	invitation,
	organisation,
	response,
	reviewStep,
	sectionComment
} from '../platform/db/schema';
import * as accounts from '../auth/accounts';
import * as organisations from './';
import * as instruments from '../instruments';
import { hashToken } from '../auth/session';
import { responseKey, tokenFor } from '../survey/invitations';
import { markStraightLines } from '../survey/straight-lines';
import { invitationSecret } from '../platform/secrets';
import { signUpSchema } from '$lib/domain/account/schema';
import type { sectors, sizeBands } from '$lib/domain/organisation/sectors';
import { reviewSteps } from '$lib/domain/cycle/status';
import { reviewStepTexts } from '$lib/domain/cycle/labels';
import { maturitySectionKinds } from '$lib/domain/instrument/types';
import { touchstoneV1 } from '$lib/domain/instrument/touchstone-v1';
import { seededRandom } from '$lib/domain/random';
import type { StoredInstrument } from '../instruments';
import { seedImprovementDemo } from '../improvement/demo';

export const demoCredentials = {
	lead: { email: 'lead@demo.touchstone.test', password: 'touchstone-demo', name: 'Dana Lead' },
	board: { email: 'board@demo.touchstone.test', password: 'touchstone-demo', name: 'Bo Ard' }
} as const;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

interface SyntheticCycle {
	name: string;
	opensAt: Date;
	closesAt: Date;
	status: 'open' | 'closed' | 'reviewed';
	/** Mean maturity per dimension key; groups vary around it. */
	level: (dimensionKey: string) => number;
	groups: Record<string, number>;
	invitedExtra: number;
}

const groupOffset: Record<string, number> = {
	executives: 0.35,
	marketing: 0.1,
	sales: -0.1,
	service: -0.25,
	it: 0.2,
	finance: 0,
	front_line: -0.45,
	partners: -0.2
};

const demoComments = [
	'We have the data, but nobody owns its quality.',
	'The new complaint process is a real improvement this year.',
	'Front-line staff still re-key customer details into two systems.',
	'Targets exist but are rarely discussed outside the leadership team.',
	'Marketing and service finally share one customer view.',
	'Hard to tell which customers matter most to us.'
];

type StoredSection = StoredInstrument['sections'][number];

/** One synthetic answer: the cycle's level for the dimension, the group's and the person's lean, noise. */
function syntheticValue(
	random: { rand: () => number; normal: () => number },
	spec: SyntheticCycle,
	group: string,
	section: StoredSection,
	item: StoredSection['items'][number],
	personal: number
): number {
	const { rand, normal } = random;
	if (maturitySectionKinds.includes(section.kind))
		return Math.round(
			clamp(spec.level(section.key) + (groupOffset[group] ?? 0) + personal + normal() * 0.6, 1, 5)
		);
	if (item.kind === 'integration') {
		const core = ['sales', 'marketing', 'customer_service', 'it'].some((k) => item.key.endsWith(k));
		return Math.round(
			clamp(1.6 + normal() * 0.9 + (core ? 0.8 : 0) - (item.key.endsWith('hr') ? 1.2 : 0), 0, 3)
		);
	}
	return rand() < (item.key.endsWith('hiring_crm_skills') ? 0.2 : 0.55) ? 1 : 0;
}

async function insertSyntheticResponses(
	tx: Executor,
	organisationId: string,
	cycleId: string,
	instrument: StoredInstrument,
	spec: SyntheticCycle,
	seed: number
): Promise<void> {
	const rand = seededRandom(seed);
	const normal = () => {
		const u = Math.max(rand(), 1e-9);
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
	};
	const answers: Array<typeof answer.$inferInsert> = [];
	const comments: Array<typeof sectionComment.$inferInsert> = [];
	for (const [group, n] of Object.entries(spec.groups)) {
		// Real links, made as the app makes them: the first n were answered (their responses are
		// stored under the links' response keys), the rest still open their survey.
		const invitations: Array<typeof invitation.$inferInsert> = [];
		const answeredKeys: string[] = [];
		for (let i = 0; i < n + spec.invitedExtra; i++) {
			const id = crypto.randomUUID();
			const token = await tokenFor(id);
			invitations.push({
				id,
				organisationId,
				cycleId,
				kind: 'anonymous',
				groupKey: group,
				tokenHash: hashToken(token)
			});
			if (i < n) answeredKeys.push(responseKey(token));
		}
		await tx.insert(invitation).values(invitations);
		const responses = await tx
			.insert(response)
			.values(
				answeredKeys.map((resumeHash) => ({
					organisationId,
					cycleId,
					groupKey: group,
					resumeHash,
					status: 'submitted' as const,
					submittedOn: spec.closesAt,
					updatedAt: spec.closesAt,
					// One snapshot of everyone: seeded cycles are published as a whole.
					publishedIn: 1
				}))
			)
			.returning({ id: response.id });
		for (const { id: responseId } of responses) {
			const personal = normal() * 0.35;
			for (const section of instrument.sections) {
				const isMaturity = maturitySectionKinds.includes(section.kind);
				for (const item of section.items) {
					const dontKnow = rand() < (group === 'front_line' || group === 'partners' ? 0.09 : 0.04);
					const value = dontKnow
						? null
						: syntheticValue({ rand, normal }, spec, group, section, item, personal);
					answers.push({ responseId, itemId: item.id, cycleId, value, dontKnow });
				}
				if (isMaturity && rand() < 0.12) {
					comments.push({
						responseId,
						sectionId: section.id,
						cycleId,
						text: demoComments[Math.floor(rand() * demoComments.length)]!
					});
				}
			}
		}
	}
	for (let i = 0; i < answers.length; i += 2000)
		await tx.insert(answer).values(answers.slice(i, i + 2000));
	if (comments.length > 0) await tx.insert(sectionComment).values(comments);
	await markStraightLines(tx, organisationId, cycleId);
}

async function createSyntheticCycle(
	tx: Executor,
	organisationId: string,
	userId: string | null,
	instrument: StoredInstrument,
	spec: SyntheticCycle,
	seed: number,
	targets: (key: string) => number
): Promise<string> {
	const [created] = await tx
		.insert(cycle)
		.values({
			organisationId,
			instrumentId: instrument.id,
			name: spec.name,
			status: spec.status,
			opensAt: spec.opensAt,
			closesAt: spec.closesAt,
			openedAt: spec.opensAt,
			closedAt: spec.status === 'open' ? null : spec.closesAt,
			reviewedAt: spec.status === 'reviewed' ? spec.closesAt : null,
			groups: Object.keys(spec.groups),
			createdBy: userId
		})
		.returning({ id: cycle.id });
	const cycleId = created!.id;
	const dimensionKeys = instrument.sections
		.filter((s) => maturitySectionKinds.includes(s.kind))
		.map((s) => s.key);
	await tx.insert(cycleDimension).values(
		dimensionKeys.map((dimensionKey) => ({
			cycleId,
			dimensionKey,
			target: targets(dimensionKey)
		}))
	);
	await tx.insert(reviewStep).values(
		reviewSteps.map((s) => ({
			cycleId,
			step: s.step,
			notes:
				spec.status === 'reviewed'
					? `Discussed at the board's CRM review: ${reviewStepTexts[s.step].title({}, { locale: 'en' }).toLowerCase()}.`
					: '',
			doneAt: spec.status === 'reviewed' ? spec.closesAt : null,
			doneBy: spec.status === 'reviewed' ? userId : null
		}))
	);
	await insertSyntheticResponses(tx, organisationId, cycleId, instrument, spec, seed);
	return cycleId;
}

const baseLevel: Record<string, number> = {
	vision: 2.6,
	strategy: 2.3,
	customer_experience: 2.4,
	collaboration: 2.0,
	processes: 2.2,
	information: 1.9,
	technology: 2.7,
	metrics: 1.8,
	management_team: 2.5,
	crm_department: 2.1,
	technology_infrastructure: 2.6,
	contact_channels: 2.4,
	relationship_processes: 2.3,
	knowledge_management: 1.9
};
/** Where the demo organisation put its effort: these dimensions improve faster. */
const improving = new Set(['metrics', 'information', 'collaboration', 'knowledge_management']);

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** The demo's four cycles: a baseline, two improving reviews, and one still open. */
function demoRounds(): SyntheticCycle[] {
	const groups = { executives: 6, marketing: 8, sales: 9, service: 9, it: 7, front_line: 12 };
	return [
		{
			name: 'Baseline 2025',
			opensAt: daysAgo(560),
			closesAt: daysAgo(530),
			status: 'reviewed',
			groups,
			invitedExtra: 3,
			level: (k) => baseLevel[k] ?? 2.2
		},
		{
			name: 'Autumn 2025',
			opensAt: daysAgo(380),
			closesAt: daysAgo(350),
			status: 'reviewed',
			groups,
			invitedExtra: 4,
			level: (k) => (baseLevel[k] ?? 2.2) + (improving.has(k) ? 0.45 : 0.15)
		},
		{
			name: 'Spring 2026',
			opensAt: daysAgo(200),
			closesAt: daysAgo(170),
			status: 'closed',
			groups,
			invitedExtra: 3,
			level: (k) =>
				(baseLevel[k] ?? 2.2) + (improving.has(k) ? 0.9 : 0.3) - (k === 'technology' ? 0.2 : 0)
		},
		{
			name: 'Autumn 2026',
			opensAt: daysAgo(10),
			closesAt: new Date(Date.now() + 20 * 86_400_000),
			status: 'open',
			groups: { executives: 4, marketing: 6, sales: 5, service: 7, it: 3, front_line: 5 },
			invitedExtra: 5,
			level: (k) => (baseLevel[k] ?? 2.2) + (improving.has(k) ? 1.1 : 0.4)
		}
	];
}

/** Six improvement actions across the three closed cycles, in every status. */
function demoActions(
	organisationId: string,
	[baseline, autumn, spring]: [string, string, string]
): Array<typeof action.$inferInsert> {
	return [
		{
			organisationId,
			originCycleId: baseline,
			title: 'Publish a one-page CRM vision and share it with every team',
			dimensionKeys: ['vision', 'collaboration'],
			owner: 'Chief Customer Officer',
			impact: 4,
			complexity: 1,
			status: 'done',
			dueDate: '2025-09-30',
			finishedAt: daysAgo(400)
		},
		{
			organisationId,
			originCycleId: baseline,
			title: 'Define five customer metrics and review them monthly',
			dimensionKeys: ['metrics'],
			owner: 'Head of CRM',
			impact: 5,
			complexity: 2,
			status: 'done',
			dueDate: '2025-12-31',
			finishedAt: daysAgo(300)
		},
		{
			organisationId,
			originCycleId: autumn,
			title: 'Single customer record across service and sales',
			dimensionKeys: ['information', 'technology_infrastructure'],
			owner: 'IT Director',
			impact: 5,
			complexity: 5,
			status: 'in_progress',
			dueDate: '2027-03-31'
		},
		{
			organisationId,
			originCycleId: autumn,
			title: 'Knowledge base for complaint handling',
			dimensionKeys: ['knowledge_management', 'relationship_processes'],
			owner: 'Service Manager',
			impact: 4,
			complexity: 2,
			status: 'in_progress',
			dueDate: '2026-12-15'
		},
		{
			organisationId,
			originCycleId: spring,
			title: 'Add CRM skills to front-line hiring and induction',
			dimensionKeys: ['collaboration', 'crm_department'],
			owner: 'HR Business Partner',
			impact: 3,
			complexity: 2,
			status: 'planned',
			dueDate: '2027-01-31'
		},
		{
			organisationId,
			originCycleId: spring,
			title: 'Retire the legacy contact-centre tool',
			dimensionKeys: ['technology', 'contact_channels'],
			owner: 'IT Director',
			impact: 3,
			complexity: 5,
			status: 'planned',
			dueDate: '2027-06-30'
		}
	];
}

/** The demo lead and board member, and their organisation, flagged demo. */
async function createDemoOrganisation() {
	// The demo's addresses cannot receive mail: they count as verified.
	const lead = await accounts.signUp(signUpSchema.parse(demoCredentials.lead), { verified: true });
	const board = await accounts.signUp(signUpSchema.parse(demoCredentials.board), {
		verified: true
	});
	if (!lead.ok || !board.ok) return null;
	const org = await organisations.create(lead.userId, {
		name: 'Northwind Mutual (demo)',
		sector: 'Financial services',
		sizeBand: '1,000–4,999'
	});
	// Demo organisations benchmark only against each other, never against real ones.
	await db().update(organisation).set({ demo: true }).where(eq(organisation.id, org.id));
	const { token } = await organisations.inviteMember(
		org.id,
		lead.userId,
		'board',
		demoCredentials.board.email
	);
	await organisations.acceptInvitation(token, board.userId);

	return { org, lead };
}

/** A newcomer lands in a populated app: the demo organisation with three closed cycles, an open one, actions and peers. */
export async function seedDemoIfEmpty(): Promise<boolean> {
	const [row] = await db().select({ n: count() }).from(organisation);
	if ((row?.n ?? 0) > 0) return false;
	const created = await createDemoOrganisation();
	if (!created) return false;
	const { org, lead } = created;
	const instrumentId = await instruments.ensureBuiltIn(touchstoneV1);
	const instrument = (await instruments.get(org.id, instrumentId))!;
	const rounds = demoRounds();
	const cycleIds: string[] = [];
	// Read the link key before the transaction: on PGlite's one connection a query outside it would wait forever.
	await invitationSecret();
	await db().transaction(async (tx) => {
		for (const [i, spec] of rounds.entries()) {
			cycleIds.push(
				await createSyntheticCycle(tx, org.id, lead.userId, instrument, spec, 1000 + i, (k) =>
					Math.min(5, Math.round(((baseLevel[k] ?? 2.2) + 0.5 + i * 0.25) * 2) / 2)
				)
			);
		}
		await tx.insert(action).values(demoActions(org.id, cycleIds as [string, string, string]));
		await seedImprovementDemo(tx, org.id, lead.userId, demoCredentials.lead.name, cycleIds[2]!);
	});
	await seedDemoPeers(instrument);
	return true;
}

/**
 * Twenty fictitious peer organisations with one closed cycle each, so peer benchmarks (median and
 * quartile from 10 peers, top decile from 20) show on first start. Flagged `demo`: they never
 * enter a real organisation's panel.
 */
async function seedDemoPeers(instrument: StoredInstrument): Promise<void> {
	const names: ReadonlyArray<
		readonly [string, (typeof sectors)[number], (typeof sizeBands)[number]]
	> = [
		['Harbour Insurance', 'Financial services', '1,000–4,999'],
		['Oakfield Retail', 'Retail and consumer goods', '5,000+'],
		['Brightline Telecom', 'Technology and telecoms', '1,000–4,999'],
		['Meridian Health', 'Healthcare', '250–999'],
		['Civic Water', 'Energy and utilities', '1,000–4,999'],
		['Summit Bank', 'Financial services', '5,000+'],
		['Lakeside Credit Union', 'Financial services', '250–999'],
		['Fernhill Foods', 'Retail and consumer goods', '1,000–4,999'],
		['Copperleaf Energy', 'Energy and utilities', '5,000+'],
		['Northgate Logistics', 'Professional services', '1,000–4,999'],
		['Willow Care Homes', 'Healthcare', '250–999'],
		['Granite Building Society', 'Financial services', '1,000–4,999'],
		['Bluebell Travel', 'Hospitality and travel', '250–999'],
		['Ironbridge Manufacturing', 'Manufacturing', '1,000–4,999'],
		['Seaview Housing', 'Public sector', '250–999'],
		['Kestrel Software', 'Technology and telecoms', '250–999'],
		['Riverside University', 'Education', '5,000+'],
		['Beacon Mutual', 'Financial services', '5,000+'],
		['Orchard Pharmacies', 'Retail and consumer goods', '1,000–4,999'],
		['Highland Rail', 'Professional services', '5,000+']
	];
	// Spread around the demo organisation: some ahead, some behind.
	const peers = names.map(
		([name, sector, sizeBand], i) =>
			[`${name} (demo peer)`, sector, sizeBand, -0.6 + (i * 1.6) / (names.length - 1)] as const
	);
	await db().transaction(async (tx) => {
		for (const [i, [name, sector, sizeBand, shift]] of peers.entries()) {
			const [created] = await tx
				.insert(organisation)
				.values({ name, sector, sizeBand, demo: true, benchmarkPanel: true })
				.returning({ id: organisation.id });
			await createSyntheticCycle(
				tx,
				created!.id,
				null,
				instrument,
				{
					name: 'Assessment 2026',
					opensAt: daysAgo(150),
					closesAt: daysAgo(120),
					status: 'closed',
					groups: { executives: 5, sales: 5, service: 5 },
					invitedExtra: 1,
					level: (k) => (baseLevel[k] ?? 2.2) + shift + 0.3
				},
				2000 + i,
				() => 3
			);
		}
	});
}
