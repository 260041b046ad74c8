/**
 * A realistic ReportInput for tests and the report benchmark: responses generated from a seeded
 * random model on the real touchstoneV1 questionnaire, scored with the real statsFromResponses +
 * scoreCycle, peers benchmarked with the real peerBenchmark.
 */
import { responseRates } from '../../src/lib/domain/cycle/status';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import { seededRandom as rng } from '../../src/lib/domain/random';
import type { InstrumentTranslation } from '../../src/lib/domain/instrument/languages';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import type {
	ReportAction,
	ReportInput,
	ReportTrendPoint
} from '../../src/lib/domain/report/types';
import {
	isMaturitySection,
	peerBenchmark,
	scoreCycle,
	statsFromResponses,
	type CycleScores,
	type ScoringResponse
} from '../../src/lib/domain/scoring';

const GROUPS = [
	{ key: 'executives', weight: 1, bias: 0.45, invited: 14 },
	{ key: 'marketing', weight: 2, bias: 0.1, invited: 30 },
	{ key: 'sales', weight: 3, bias: 0, invited: 50 },
	{ key: 'service', weight: 3, bias: -0.2, invited: 55 },
	{ key: 'it', weight: 2, bias: 0.15, invited: 25 },
	{ key: 'front_line', weight: 4, bias: -0.45, invited: 120 },
	{ key: 'partners', weight: 0.12, bias: 0, invited: 10 }
];

/** Latent maturity per dimension (1–5) of the fixture organisation. */
export const BASE: Record<string, number> = {
	vision: 3.6,
	strategy: 3.2,
	customer_experience: 3.0,
	collaboration: 2.4,
	processes: 2.8,
	information: 2.2,
	technology: 3.3,
	metrics: 2.0,
	management_team: 3.9,
	crm_department: 3.1,
	technology_infrastructure: 3.4,
	contact_channels: 2.7,
	relationship_processes: 2.9,
	knowledge_management: 1.9
};

const COMMENTS = [
	'Leadership talks about customers but budgets say otherwise.',
	'Good progress since the new sponsor arrived.',
	'We still rely on spreadsheets for key accounts.',
	'Nobody owns the data quality problem.',
	'The front line is not asked before processes change.',
	'Clear improvement in complaint handling this year.',
	'Marketing and sales work from different customer lists.',
	'Training on the CRM system was too short.'
];

export interface GenerateOptions {
	respondents: number;
	seed?: number;
	/** Added to every latent dimension level (e.g. −0.3 for an earlier cycle). */
	shift?: number;
	instrument?: InstrumentDefinition;
	/** Share of respondents who leave a comment on a section. */
	commentRate?: number;
}

export function generateResponses(o: GenerateOptions): ScoringResponse[] {
	const rand = rng(o.seed ?? 1);
	const instrument = o.instrument ?? touchstoneV1;
	const totalWeight = GROUPS.reduce((s, g) => s + g.weight, 0);
	const normal = () => {
		const u = Math.max(rand(), 1e-12);
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
	};
	const out: ScoringResponse[] = [];
	for (let r = 0; r < o.respondents; r++) {
		let pick = rand() * totalWeight;
		const group = GROUPS.find((g) => (pick -= g.weight) < 0) ?? GROUPS[0]!;
		const person = normal() * 0.6;
		const answers: Record<string, number | null> = {};
		const comments: Record<string, string> = {};
		for (const section of instrument.sections) {
			const level = (BASE[section.key] ?? 3) + (o.shift ?? 0) + group.bias + person;
			for (const item of section.items) {
				const u = rand();
				if (u < 0.03) continue; // not answered
				if (u < 0.08) {
					answers[item.key] = null; // don't know
					continue;
				}
				if (item.kind === 'maturity') {
					answers[item.key] = Math.min(5, Math.max(1, Math.round(level + normal() * 0.6)));
				} else if (item.kind === 'integration') {
					answers[item.key] = Math.min(
						3,
						Math.max(0, Math.round(1.6 + normal() * 0.9 - (item.key.endsWith('hr') ? 1 : 0)))
					);
				} else {
					answers[item.key] =
						rand() < (item.key.endsWith('hiring_crm_skills') ? 0.2 : 0.65) ? 1 : 0;
				}
			}
			if (isMaturitySection(section) && rand() < (o.commentRate ?? 0.02)) {
				comments[section.key] = COMMENTS[Math.floor(rand() * COMMENTS.length)]!;
			}
		}
		out.push({ id: `r${r}`, group: group.key, answers, comments });
	}
	return out;
}

export const TARGETS: Record<string, number> = Object.fromEntries(
	Object.keys(BASE).map((k, i) => [k, i % 3 === 0 ? 4 : 3.5])
);

export function scoreGenerated(
	o: GenerateOptions & { targets?: Record<string, number>; notApplicable?: string[] }
): CycleScores {
	const instrument = o.instrument ?? touchstoneV1;
	return scoreCycle(instrument, statsFromResponses(instrument, generateResponses(o)), {
		targets: o.targets ?? TARGETS,
		notApplicable: o.notApplicable ?? []
	});
}

const dimensionScores = (s: CycleScores): Record<string, number | null> =>
	s.status === 'scored' ? Object.fromEntries(s.dimensions.map((d) => [d.key, d.score])) : {};

export interface FixtureOptions {
	respondents?: number;
	provisional?: boolean;
	/** Number of peer organisations (fewer than 5 → withheld). */
	peers?: number;
	organisationName?: string;
	actions?: ReportAction[];
	seed?: number;
}

export const DEFAULT_ACTIONS: ReportAction[] = [
	{
		title: 'Publish the CRM vision on the intranet and in induction',
		dimensionKeys: ['vision'],
		owner: 'Dana Whitfield',
		impact: 4,
		complexity: 1,
		dueDate: '2026-05-31',
		status: 'in_progress'
	},
	{
		title: 'Single customer view for key accounts',
		dimensionKeys: ['information', 'technology'],
		owner: 'IT programme office',
		impact: 5,
		complexity: 5,
		dueDate: '2026-12-31',
		status: 'planned'
	},
	{
		title: 'Monthly metrics review with the sponsor',
		dimensionKeys: ['metrics', 'management_team'],
		owner: 'Sam Okafor',
		impact: 4,
		complexity: 2,
		dueDate: '2026-04-30',
		status: 'planned'
	},
	{
		title: 'Complaint root-cause workshop',
		dimensionKeys: ['relationship_processes'],
		owner: 'Customer service lead',
		impact: 3,
		complexity: 2,
		dueDate: null,
		status: 'done'
	},
	{
		title: 'Knowledge base for competitor intelligence',
		dimensionKeys: ['knowledge_management'],
		owner: 'Marketing',
		impact: 2,
		complexity: 3,
		dueDate: '2026-09-15',
		status: 'planned'
	}
];

/**
 * A plan for the board to decide on: budgets asked for (two waiting; one already approved and one
 * on a finished action, which ask nothing), the financial authorisation not yet given, and a
 * roadmap whose first phase has started by the report's date.
 */
export function boardPlan(): Pick<ReportInput, 'actions' | 'roadmap' | 'financialAuthorisation'> {
	const [vision, singleView, metrics, workshop, knowledge] = DEFAULT_ACTIONS as [
		ReportAction,
		ReportAction,
		ReportAction,
		ReportAction,
		ReportAction
	];
	return {
		actions: [
			vision,
			{ ...singleView, budget: 250_000, approvedAmount: 100_000 },
			{ ...metrics, budget: 12_000, approvedAmount: null },
			{ ...workshop, budget: 5_000, approvedAmount: null },
			{ ...knowledge, budget: 30_000, approvedAmount: null }
		],
		financialAuthorisation: { step: 7, title: 'Financial authorisation' },
		roadmap: {
			goals: 'Keep our best customers for ten years',
			assets: 'Two CRM systems and a complaints log',
			interviews: [],
			futureStates: [],
			phases: [
				{
					name: 'Early wins',
					startsOn: '2026-04-01',
					endsOn: '2026-06-30',
					dimensionKeys: ['metrics', 'management_team'],
					actions: [
						{ title: metrics.title, impact: metrics.impact, complexity: metrics.complexity }
					]
				},
				{
					name: 'Foundations',
					startsOn: '2026-07-01',
					endsOn: '2026-12-31',
					dimensionKeys: ['information', 'technology'],
					actions: [
						{
							title: singleView.title,
							impact: singleView.impact,
							complexity: singleView.complexity
						}
					]
				}
			],
			unphased: 2
		}
	};
}

/** A complete report input: current cycle, previous cycle, three-cycle trend, peers, actions. */
export function reportFixture(o: FixtureOptions = {}): ReportInput {
	const n = o.respondents ?? 240;
	const seed = o.seed ?? 7;
	const current = scoreGenerated({ respondents: n, seed, commentRate: 0.03 });
	const previousScores = scoreGenerated({
		respondents: Math.round(n * 0.85),
		seed: seed + 1,
		shift: -0.25
	});
	const earliest = scoreGenerated({
		respondents: Math.round(n * 0.7),
		seed: seed + 2,
		shift: -0.5
	});
	const point = (cycleName: string, closedAt: string, s: CycleScores): ReportTrendPoint => ({
		cycleName,
		closedAt,
		index: s.status === 'scored' ? s.overall.index : null,
		dimensions: dimensionScores(s)
	});
	const provisional = o.provisional ?? false;
	const trend = [
		point('Spring 2025', '2025-04-30T17:00:00.000Z', earliest),
		point('Autumn 2025', '2025-10-31T17:00:00.000Z', previousScores)
	];
	if (!provisional) trend.push(point('Spring 2026', '2026-04-30T17:00:00.000Z', current));

	const own: Record<string, number | null> = { ...dimensionScores(current) };
	const rand = rng(seed + 99);
	// 21 peers: enough for the top decile (20).
	const peerCount = o.peers ?? 21;
	const peers = Array.from({ length: peerCount }, () =>
		Object.fromEntries(
			Object.keys(BASE).map((k) => [k, Math.min(5, Math.max(1, 2.9 + (rand() - 0.5) * 2))])
		)
	);
	const invitedByGroup = new Map<string, number>();
	for (const g of GROUPS) invitedByGroup.set(g.key, Math.round((g.invited * n) / 240));
	const respondedByGroup = new Map<string, number>();
	for (const g of current.groups) respondedByGroup.set(g.group, g.responses);
	const rates = responseRates(
		GROUPS.map((g) => {
			const responded = respondedByGroup.get(g.key) ?? 0;
			return {
				group: g.key,
				invited: Math.max(responded, invitedByGroup.get(g.key) ?? 0),
				responded
			};
		})
	);

	return {
		organisation: {
			name: o.organisationName ?? 'Northwind Mutual',
			sector: 'Financial services',
			sizeBand: '1,000–4,999'
		},
		cycle: {
			name: 'Spring 2026',
			status: provisional ? 'open' : 'closed',
			opensAt: '2026-03-02T08:00:00.000Z',
			closesAt: '2026-04-30T17:00:00.000Z',
			anonymityThreshold: 5
		},
		provisional,
		generatedAt: '2026-05-04T09:30:00.000Z',
		scores: current,
		previous: { name: 'Autumn 2025', scores: previousScores },
		trend,
		responseRates: rates,
		peers: { benchmark: peerBenchmark(own, peers), filter: null },
		actions: o.actions ?? DEFAULT_ACTIONS,
		instrument: {
			name: touchstoneV1.name,
			version: touchstoneV1.version,
			sections: touchstoneV1.sections.map((s) => ({
				key: s.key,
				title: s.title,
				kind: s.kind,
				items: s.items.map((i) => ({ key: i.key, text: i.text }))
			}))
		}
	};
}

/**
 * The input as a report in `language` would have it (reports/input.ts): that language, and the
 * questionnaire's section titles and item texts from its translation where it has them.
 */
export function inLanguage(
	input: ReportInput,
	language: string,
	translation: InstrumentTranslation
): ReportInput {
	return {
		...input,
		language,
		instrument: {
			...input.instrument,
			sections: input.instrument.sections.map((s) => ({
				...s,
				title: translation.sections[s.key]?.title ?? s.title,
				items: s.items.map((i) => ({ ...i, text: translation.items[i.key]?.text ?? i.text }))
			}))
		}
	};
}
