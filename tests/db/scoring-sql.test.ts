/**
 * The SQL path of scoring against the in-memory reference (statsFromResponses): random cycles
 * are written to the database and both paths must give the same statistics (integers exactly,
 * sums within 1e-9) and the same scores. Plus golden and behaviour tests of the scoring service.
 */
import { MIN_ANONYMITY_THRESHOLD } from '../../src/lib/domain/scoring/anonymity';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { assertEveryFigureRestsOnThreshold } from '../support/anonymity-check';
import { db } from '../../src/lib/server/platform/db';
import {
	answer,
	cycle,
	cycleDimension,
	organisation,
	response,
	sectionComment
} from '../../src/lib/server/platform/db/schema';
import * as instruments from '../../src/lib/server/instruments';
import type { StoredInstrument } from '../../src/lib/server/instruments';
import { cycleStatsFromSql } from '../../src/lib/server/scoring/sql';
import { scoreCycleForOrganisation } from '../../src/lib/server/scoring';
import { keyDriversForCycle } from '../../src/lib/server/scoring/drivers';
import { keyDrivers, type RespondentProfile } from '../../src/lib/domain/scoring/drivers';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import {
	normaliseStats,
	NOT_MY_AREA_ANSWER,
	scoreCycle,
	statsFromResponses,
	tQuantile975,
	type ScoreOptions,
	type ScoringResponse
} from '../../src/lib/domain/scoring';

// ---------------------------------------------------------------------------------------------
// Fixtures

const m = (key: string) => ({ key, kind: 'maturity' as const, text: `Item ${key}` });
const fixture: InstrumentDefinition = {
	name: 'SQL scoring fixture',
	version: 1,
	sections: [
		{
			key: 'd1',
			kind: 'building_block',
			title: 'D1',
			description: '',
			items: [m('a'), m('b'), m('c')]
		},
		{
			key: 'd2',
			kind: 'governance',
			title: 'D2',
			description: '',
			// A yes/no item inside a maturity section is not part of the dimension's score.
			items: [m('e'), { key: 'side', kind: 'yes_no', text: 'Side question' }, m('f')]
		},
		{ key: 'd3', kind: 'building_block', title: 'D3', description: '', items: [m('g')] },
		{
			key: 'integ',
			kind: 'integration',
			title: 'Integration',
			description: '',
			items: [
				{ key: 'fin', kind: 'integration', text: 'Finance' },
				{ key: 'sal', kind: 'integration', text: 'Sales' }
			]
		},
		{
			key: 'ref',
			kind: 'reference',
			title: 'Ref',
			description: '',
			items: [{ key: 'yn', kind: 'yes_no', text: 'Y/N' }]
		},
		{
			key: 'map',
			kind: 'stakeholder_map',
			title: 'Map',
			description: '',
			items: [{ key: 'cust', kind: 'stakeholder_map', text: 'Customers' }]
		}
	]
};
const scaleOf: Record<string, [number, number]> = {
	a: [1, 5],
	b: [1, 5],
	c: [1, 5],
	e: [1, 5],
	f: [1, 5],
	g: [1, 5],
	side: [0, 1],
	fin: [0, 3],
	sal: [0, 3],
	yn: [0, 1],
	cust: [0, 1]
};
const commentSections = ['d1', 'd2', 'integ'] as const;
const dimensionKeys = ['d1', 'd2', 'd3'] as const;

let orgId: string;
let otherOrgId: string;
let stored: StoredInstrument;

async function newOrganisation(name: string): Promise<string> {
	const [row] = await db()
		.insert(organisation)
		.values({ name, sector: 'Retail', sizeBand: '50–249' })
		.returning({ id: organisation.id });
	return row!.id;
}

/**
 * How one item is stored: a value, don't know (possibly with a stale value), not my area (maturity
 * items), no row, or an empty row.
 */
type StoredAnswer =
	| { t: 'value'; v: number }
	| { t: 'dk'; stale: number | null }
	| { t: 'na' }
	| { t: 'none' }
	| { t: 'empty' };

interface GeneratedResponse {
	group: string;
	/** `pending`: submitted but not yet published in a results snapshot — counts nowhere. */
	status: 'draft' | 'submitted' | 'pending';
	answers: Record<string, StoredAnswer>;
	comments: Record<string, string>;
}

interface CycleSettings {
	anonymityThreshold: number;
	commentThreshold: number;
	targets: Record<string, number>;
	notApplicable: string[];
}

async function insertCycle(
	organisationId: string,
	instrument: StoredInstrument,
	responses: readonly GeneratedResponse[],
	settings: CycleSettings = {
		anonymityThreshold: 5,
		commentThreshold: 5,
		targets: {},
		notApplicable: []
	}
): Promise<string> {
	const [c] = await db()
		.insert(cycle)
		.values({
			organisationId,
			instrumentId: instrument.id,
			name: 'Generated',
			status: 'closed',
			opensAt: new Date(Date.now() - 86_400_000),
			closesAt: new Date(Date.now() - 3_600_000),
			closedAt: new Date(Date.now() - 3_600_000),
			// The schema refuses thresholds under 3; scoring raises lower ones to 3 on both paths anyway.
			anonymityThreshold: Math.max(MIN_ANONYMITY_THRESHOLD, settings.anonymityThreshold),
			commentThreshold: settings.commentThreshold,
			groups: ['a', 'b', 'c', 'd']
		})
		.returning({ id: cycle.id });
	const cycleId = c!.id;
	const dims = instrument.sections.filter(
		(s) => s.kind === 'building_block' || s.kind === 'governance'
	);
	await db()
		.insert(cycleDimension)
		.values(
			dims.map((s) => ({
				cycleId,
				dimensionKey: s.key,
				target: settings.targets[s.key] ?? null,
				notApplicable: settings.notApplicable.includes(s.key)
			}))
		);
	if (responses.length === 0) return cycleId;
	const itemId = new Map(
		instrument.sections.flatMap((s) =>
			s.items.map((i) => [i.key, (i as object as { id: string }).id] as const)
		)
	);
	const sectionId = new Map(instrument.sections.map((s) => [s.key, s.id]));
	const rows = responses.map((r) => ({ ...r, id: randomUUID() }));
	await db()
		.insert(response)
		.values(
			rows.map((r) => ({
				id: r.id,
				organisationId,
				cycleId,
				resumeHash: randomUUID(),
				groupKey: r.group,
				status: r.status === 'draft' ? ('draft' as const) : ('submitted' as const),
				submittedOn: r.status === 'draft' ? null : new Date(),
				// Published in the first results snapshot (publication.ts); pending ones not yet.
				publishedIn: r.status === 'submitted' ? 1 : null
			}))
		);
	const answers = rows.flatMap((r) =>
		Object.entries(r.answers).flatMap(([key, a]) => {
			if (a.t === 'none') return [];
			const base = { responseId: r.id, itemId: itemId.get(key)!, cycleId };
			if (a.t === 'value') return [{ ...base, value: a.v, dontKnow: false }];
			if (a.t === 'dk') return [{ ...base, value: a.stale, dontKnow: true }];
			if (a.t === 'na') return [{ ...base, value: null, dontKnow: false, notMyArea: true }];
			return [{ ...base, value: null, dontKnow: false }];
		})
	);
	if (answers.length > 0) await db().insert(answer).values(answers);
	const comments = rows.flatMap((r) =>
		Object.entries(r.comments).map(([key, text]) => ({
			responseId: r.id,
			sectionId: sectionId.get(key)!,
			cycleId,
			text
		}))
	);
	if (comments.length > 0) await db().insert(sectionComment).values(comments);
	return cycleId;
}

/**
 * The in-memory view of the same responses: published only, null = don't know, NOT_MY_AREA_ANSWER,
 * absent = not answered.
 */
function toScoring(responses: readonly GeneratedResponse[]): ScoringResponse[] {
	return responses
		.filter((r) => r.status === 'submitted')
		.map((r, i) => {
			const answers: ScoringResponse['answers'] = {};
			for (const [key, a] of Object.entries(r.answers)) {
				if (a.t === 'value') answers[key] = a.v;
				else if (a.t === 'dk') answers[key] = null;
				else if (a.t === 'na') answers[key] = NOT_MY_AREA_ANSWER;
			}
			return { id: `r${i}`, group: r.group, answers, comments: r.comments };
		});
}

/** Deep equality with numbers compared to 1e-9 (relative for large values). */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
	if (typeof expected === 'number' && typeof actual === 'number') {
		const tol = 1e-9 * Math.max(1, Math.abs(expected), Math.abs(actual));
		if (
			!(Math.abs(actual - expected) <= tol) &&
			!(Number.isNaN(actual) && Number.isNaN(expected))
		) {
			throw new Error(`${path}: ${actual} ≠ ${expected}`);
		}
		return;
	}
	if (Array.isArray(expected)) {
		if (!Array.isArray(actual) || actual.length !== expected.length) {
			throw new Error(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
		}
		expected.forEach((e, i) => expectClose(actual[i], e, `${path}[${i}]`));
		return;
	}
	if (expected && typeof expected === 'object') {
		if (!actual || typeof actual !== 'object' || Array.isArray(actual)) {
			throw new Error(`${path}: ${JSON.stringify(actual)} is not an object`);
		}
		const ek = Object.keys(expected).sort();
		const ak = Object.keys(actual).sort();
		if (JSON.stringify(ek) !== JSON.stringify(ak)) throw new Error(`${path}: keys ${ak} ≠ ${ek}`);
		for (const k of ek)
			expectClose(
				(actual as Record<string, unknown>)[k],
				(expected as Record<string, unknown>)[k],
				`${path}.${k}`
			);
		return;
	}
	if (actual !== expected)
		throw new Error(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
}

// ---------------------------------------------------------------------------------------------
// Generators

const storedAnswerArb = (key: string): fc.Arbitrary<StoredAnswer> => {
	const [min, max] = scaleOf[key]!;
	return fc.oneof(
		{
			weight: 8,
			arbitrary: fc.integer({ min, max }).map((v): StoredAnswer => ({ t: 'value', v }))
		},
		{
			weight: 1,
			arbitrary: fc
				.option(fc.integer({ min, max }), { nil: null })
				.map((stale): StoredAnswer => ({ t: 'dk', stale }))
		},
		{ weight: min >= 1 ? 1 : 0, arbitrary: fc.constant<StoredAnswer>({ t: 'na' }) },
		{ weight: 1, arbitrary: fc.constant<StoredAnswer>({ t: 'none' }) },
		{ weight: 1, arbitrary: fc.constant<StoredAnswer>({ t: 'empty' }) }
	);
};

const responseArb: fc.Arbitrary<GeneratedResponse> = fc.record({
	// Uneven group sizes, so that small groups and complementary suppression come up.
	group: fc.constantFrom('a', 'a', 'a', 'b', 'b', 'c', 'd'),
	status: fc.constantFrom<'draft' | 'submitted'>(
		'submitted',
		'submitted',
		'submitted',
		'submitted',
		'draft'
	),
	answers: fc.record(
		Object.fromEntries(Object.keys(scaleOf).map((k) => [k, storedAnswerArb(k)]))
	) as fc.Arbitrary<Record<string, StoredAnswer>>,
	comments: fc
		.array(
			fc.tuple(
				fc.constantFrom(...commentSections),
				fc.constantFrom('good', 'bad', '  ', ' padded\n', 'unclear', 'Élan')
			),
			{ maxLength: 3 }
		)
		.map((pairs) => Object.fromEntries(pairs))
});

const settingsArb: fc.Arbitrary<CycleSettings> = fc.record({
	// 1 and 2 as stored values too: scoring raises them to 3.
	anonymityThreshold: fc.integer({ min: 1, max: 8 }),
	commentThreshold: fc.integer({ min: 1, max: 10 }),
	targets: fc
		.subarray([...dimensionKeys])
		.chain((keys) =>
			fc
				.tuple(...keys.map(() => fc.constantFrom(2, 3.5, 4, 5)))
				.map((ts) => Object.fromEntries(keys.map((k, i) => [k, ts[i]!])))
		),
	notApplicable: fc.subarray([...dimensionKeys], { maxLength: 2 })
});

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
	await useTestDatabase();
	orgId = await newOrganisation('Scoring Org');
	otherOrgId = await newOrganisation('Someone Else');
	const instrumentId = await instruments.insertDefinition(db(), fixture, orgId);
	stored = (await instruments.get(orgId, instrumentId))!;
});

describe('SQL path equals the in-memory path', () => {
	it('statistics and scores agree on random cycles (drafts, don’t know, gaps, comments)', async () => {
		let runs = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.array(responseArb, { maxLength: 45 }),
				settingsArb,
				async (generated, settings) => {
					runs++;
					const cycleId = await insertCycle(orgId, stored, generated, settings);

					const expectedStats = statsFromResponses(stored, toScoring(generated));
					const sqlStats = await cycleStatsFromSql(orgId, cycleId);
					expect(sqlStats).not.toBeNull();
					expectClose(normaliseStats(sqlStats!), normaliseStats(expectedStats));

					const options: ScoreOptions = {
						anonymityThreshold: settings.anonymityThreshold,
						commentThreshold: settings.commentThreshold,
						targets: settings.targets,
						notApplicable: settings.notApplicable
					};
					const expectedScores = scoreCycle(stored, expectedStats, options);
					const sqlScores = await scoreCycleForOrganisation(orgId, cycleId);
					expectClose(sqlScores, expectedScores);
					// And no figure the SQL path shows rests on fewer than the threshold of people.
					assertEveryFigureRestsOnThreshold(stored, toScoring(generated), sqlScores!, options);
				}
			),
			{ numRuns: 20 }
		);
		expect(runs).toBe(20);
	});

	it('agrees on a large cycle where every group is shown and alpha is computed', async () => {
		const generated = fc.sample(responseArb, { numRuns: 120, seed: 42 });
		const cycleId = await insertCycle(orgId, stored, generated);
		const expectedStats = statsFromResponses(stored, toScoring(generated));
		expectClose(normaliseStats((await cycleStatsFromSql(orgId, cycleId))!), expectedStats);
		const scores = await scoreCycleForOrganisation(orgId, cycleId);
		expectClose(
			scores,
			scoreCycle(stored, expectedStats, {
				targets: {},
				notApplicable: [],
				anonymityThreshold: 5,
				commentThreshold: 5
			})
		);
		expect(scores!.status).toBe('scored');
		if (scores!.status === 'scored') {
			expect(scores!.dimensions.find((d) => d.key === 'd1')!.alpha).toHaveProperty('value');
		}
	});
});

describe('scoring service', () => {
	const all = (v: number): Record<string, StoredAnswer> =>
		Object.fromEntries(
			Object.keys(scaleOf).map((k) => [
				k,
				{ t: 'value', v: Math.min(v, scaleOf[k]![1]) } as StoredAnswer
			])
		);

	it('never counts drafts, nor submissions not yet published in a snapshot', async () => {
		const submitted = Array.from({ length: 5 }, (): GeneratedResponse => ({
			group: 'a',
			status: 'submitted',
			answers: all(2),
			comments: { d1: 'shown' }
		}));
		const drafts = Array.from({ length: 4 }, (): GeneratedResponse => ({
			group: 'b',
			status: 'draft',
			answers: all(5),
			comments: { d1: 'draft comment' }
		}));
		const pending = Array.from({ length: 2 }, (): GeneratedResponse => ({
			group: 'b',
			status: 'pending',
			answers: all(5),
			comments: { d1: 'pending comment' }
		}));
		const cycleId = await insertCycle(orgId, stored, [...submitted, ...drafts, ...pending]);
		const stats = (await cycleStatsFromSql(orgId, cycleId))!;
		expect(stats.responses).toEqual([{ group: 'a', n: 5 }]);
		expect(stats.items.every((i) => i.group === 'a')).toBe(true);
		expect(stats.comments.map((c) => c.text)).toEqual(Array(5).fill('shown'));
		const scores = (await scoreCycleForOrganisation(orgId, cycleId))!;
		expect(scores.respondents).toBe(5);
		expect(scores.status).toBe('scored');
		if (scores.status !== 'scored') return;
		expect(scores.overall.index).toBe(2);
		expect(scores.dimensions.map((d) => d.score)).toEqual([2, 2, 2]);

		// Four submitted responses only: the whole cycle is withheld, drafts do not top it up.
		const small = await insertCycle(orgId, stored, [...submitted.slice(0, 4), ...drafts]);
		const withheld = (await scoreCycleForOrganisation(orgId, small))!;
		expect(withheld.status).toBe('withheld');
		expect(withheld.respondents).toBe(4);
		expect(withheld).not.toHaveProperty('dimensions');
	});

	it('returns null for another organisation’s cycle and for ids that are not ids', async () => {
		const cycleId = await insertCycle(orgId, stored, [
			{ group: 'a', status: 'submitted', answers: all(3), comments: {} }
		]);
		expect(await scoreCycleForOrganisation(otherOrgId, cycleId)).toBeNull();
		expect(await cycleStatsFromSql(otherOrgId, cycleId)).toBeNull();
		expect(await scoreCycleForOrganisation(orgId, randomUUID())).toBeNull();
		expect(await scoreCycleForOrganisation(orgId, 'not-a-uuid')).toBeNull();
		expect(await scoreCycleForOrganisation('nope', cycleId)).toBeNull();
		expect(await scoreCycleForOrganisation(orgId, cycleId)).not.toBeNull();
	});

	it('ignores answers filed under the cycle by another organisation’s responses', async () => {
		const cycleId = await insertCycle(
			orgId,
			stored,
			Array.from({ length: 5 }, () => ({
				group: 'a',
				status: 'submitted' as const,
				answers: all(4),
				comments: {}
			}))
		);
		// An inconsistent row (wrong organisation on a response of this cycle) must not count.
		const rid = randomUUID();
		await db().insert(response).values({
			id: rid,
			organisationId: otherOrgId,
			cycleId,
			resumeHash: randomUUID(),
			groupKey: 'a',
			status: 'submitted'
		});
		await db()
			.insert(answer)
			.values({ responseId: rid, itemId: stored.sections[0]!.items[0]!.id, cycleId, value: 1 });
		const stats = (await cycleStatsFromSql(orgId, cycleId))!;
		expect(stats.responses).toEqual([{ group: 'a', n: 5 }]);
		expect(stats.items.find((i) => i.itemKey === 'a')!.counts).toEqual([0, 0, 0, 0, 5, 0]);
	});

	it('uses the cycle’s thresholds, targets and not-applicable dimensions', async () => {
		const cycleId = await insertCycle(
			orgId,
			stored,
			[
				...Array.from({ length: 3 }, () => ({
					group: 'a',
					status: 'submitted' as const,
					answers: all(4),
					comments: {}
				})),
				...Array.from({ length: 3 }, () => ({
					group: 'b',
					status: 'submitted' as const,
					answers: all(2),
					comments: {}
				}))
			],
			{ anonymityThreshold: 3, commentThreshold: 5, targets: { d1: 4.5 }, notApplicable: ['d3'] }
		);
		const scores = (await scoreCycleForOrganisation(orgId, cycleId))!;
		expect(scores.status).toBe('scored');
		if (scores.status !== 'scored') return;
		expect(scores.anonymityThreshold).toBe(3);
		const d1 = scores.dimensions.find((d) => d.key === 'd1')!;
		expect(d1.score).toBe(3);
		expect(d1.gapToTarget).toBe(1.5);
		// Every respondent of a group answered alike: no spread, so the gap's margin is 0.
		expect(d1.perceptionGap).toEqual({
			value: 2,
			highGroup: 'a',
			lowGroup: 'b',
			margin: 0,
			standsOut: true
		});
		expect(scores.dimensions.find((d) => d.key === 'd3')!.notApplicable).toBe(true);
		expect(scores.overall.dimensionsScored).toBe(2);

		await db().update(cycle).set({ anonymityThreshold: 4 }).where(eq(cycle.id, cycleId));
		const stricter = (await scoreCycleForOrganisation(orgId, cycleId))!;
		expect(stricter.status).toBe('scored');
		if (stricter.status !== 'scored') return;
		expect(stricter.groups.every((g) => g.withheld !== null)).toBe(true);
		expect(stricter.dimensions.find((d) => d.key === 'd1')!.perceptionGap).toHaveProperty(
			'withheld'
		);
	});

	it('reproduces the worked example of docs/scoring.md §11', async () => {
		const def: InstrumentDefinition = {
			name: 'Worked example',
			version: 1,
			sections: [
				{
					key: 'vision',
					kind: 'building_block',
					title: 'Vision',
					description: '',
					items: [m('v1'), m('v2')]
				},
				{
					key: 'team',
					kind: 'governance',
					title: 'Team',
					description: '',
					items: [m('t1'), m('t2')]
				},
				{ key: 'tech', kind: 'building_block', title: 'Tech', description: '', items: [m('x1')] },
				{
					key: 'integration',
					kind: 'integration',
					title: 'Integration',
					description: '',
					items: [
						{ key: 'finance', kind: 'integration', text: 'Finance' },
						{ key: 'sales', kind: 'integration', text: 'Sales' }
					]
				}
			]
		};
		const id = await instruments.insertDefinition(db(), def, orgId);
		const worked = (await instruments.get(orgId, id))!;
		const row = (group: string, values: Array<number | 'dk' | '-'>): GeneratedResponse => {
			const keys = ['v1', 'v2', 't1', 't2', 'x1', 'finance', 'sales'];
			const answers: Record<string, StoredAnswer> = {};
			keys.forEach((k, i) => {
				const v = values[i]!;
				answers[k] =
					v === 'dk' ? { t: 'dk', stale: null } : v === '-' ? { t: 'none' } : { t: 'value', v };
			});
			return { group, status: 'submitted', answers, comments: {} };
		};
		const rows = [
			row('A', [4, 'dk', 3, 2, 5, 3, 0]),
			row('A', [3, 4, 2, 2, 5, 2, 0]),
			row('B', [2, 2, 1, '-', 5, 1, 3]),
			row('B', [1, 3, 2, 3, 5, 'dk', 2])
		];
		// A stored threshold of 2 is scored as 3, the minimum.
		const settings = {
			anonymityThreshold: 2,
			commentThreshold: 5,
			targets: { vision: 4, team: 3 },
			notApplicable: ['tech']
		};
		const cycleId = await insertCycle(orgId, worked, rows, settings);
		const scores = (await scoreCycleForOrganisation(orgId, cycleId))!;
		expect(scores.status).toBe('scored');
		if (scores.status !== 'scored') return;
		expect(scores.anonymityThreshold).toBe(3);
		const vision = scores.dimensions.find((d) => d.key === 'vision')!;
		expect(vision.score).toBeCloseTo(2.75, 12);
		expect(vision.respondentMean).toBeCloseTo(2.875, 12);
		expect(vision.sd).toBeCloseTo(Math.sqrt(3.1875 / 3), 12);
		// Centred on the score 2.75 with the half-width t(0.975, 3) · sd / √4 = 1.640 (docs/scoring.md §11).
		const half = (tQuantile975(3) * Math.sqrt(3.1875 / 3)) / 2;
		expect(vision.ci95!.low).toBeCloseTo(2.75 - half, 12);
		expect(vision.ci95!.high).toBeCloseTo(2.75 + half, 12);
		expect(vision.ci95!.low).toBeCloseTo(1.11, 2);
		expect(vision.ci95!.high).toBeCloseTo(4.39, 2);
		expect(vision.gapToTarget).toBeCloseTo(1.25, 12);
		// Groups A and B have 2 responses each: below 3, no group figures.
		expect(vision.perceptionGap).toHaveProperty('withheld');
		expect(scores.dimensions.find((d) => d.key === 'team')!.score).toBeCloseTo(2.1666666667, 9);
		expect(scores.overall.index).toBeCloseTo(2.4583333333, 9);
		expect(scores.overall.level).toBe(2);
		const finance = scores.integration.functions.find((f) => f.key === 'finance')!;
		expect(finance.share).toBeCloseTo(2 / 3, 12);
		expect(finance.dontKnowShare).toBe(0.25);
		expect(scores.integration.overall.mean).toBeCloseTo(1.625, 12);

		// Every respondent three times: the same means, groups of 6, the perception gap of §11.
		const tripled = (await scoreCycleForOrganisation(
			orgId,
			await insertCycle(orgId, worked, [...rows, ...rows, ...rows], settings)
		))!;
		if (tripled.status !== 'scored') throw new Error('expected scores');
		expect(tripled.dimensions.find((d) => d.key === 'vision')!.perceptionGap).toMatchObject({
			value: 1.75,
			highGroup: 'A',
			lowGroup: 'B',
			standsOut: true
		});
	});

	it('keeps the raw-statistics module inside the scoring service: only its own folder imports it', () => {
		const root = join(process.cwd(), 'src');
		const importers: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (
					/\.(ts|js|svelte)$/.test(name) &&
					/from '(\$lib\/server\/scoring|\.\.?(\/\.\.)*(\/scoring)?)\/sql'/.test(
						readFileSync(path, 'utf8')
					)
				) {
					importers.push(relative(root, path));
				}
			}
		};
		walk(root);
		expect(importers.sort()).toEqual([
			'lib/server/scoring/index.ts',
			'lib/server/scoring/peers.ts'
		]);
	});

	it('keeps the per-response tally inside the scoring service: only the SQL path imports it', () => {
		const root = join(process.cwd(), 'src');
		const importers: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (
					/\.(ts|js|svelte)$/.test(name) &&
					/\/response-tally'/.test(readFileSync(path, 'utf8'))
				)
					importers.push(relative(root, path));
			}
		};
		walk(root);
		expect(importers).toEqual(['lib/server/scoring/sql.ts']);
	});

	it('keeps the respondent profiles inside the scoring service: only the key-driver analysis imports them', () => {
		const root = join(process.cwd(), 'src');
		const importers: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (
					/\.(ts|js|svelte)$/.test(name) &&
					/\/respondents'/.test(readFileSync(path, 'utf8'))
				)
					importers.push(relative(root, path));
			}
		};
		walk(root);
		expect(importers).toEqual(['lib/server/scoring/drivers.ts']);
	});
});

describe('key-driver analysis in the scoring service (docs/scoring.md §13)', () => {
	const dimensionItemsOf: Record<string, string[]> = {
		d1: ['a', 'b', 'c'],
		d2: ['e', 'f'],
		d3: ['g']
	};

	/** The respondents' profiles worked out here from the generated answers, independently of the SQL. */
	function profilesOf(generated: readonly GeneratedResponse[]): RespondentProfile[] {
		return generated
			.filter((r) => r.status === 'submitted')
			.map((r) => {
				const dimensions: Record<string, number> = {};
				for (const [key, items] of Object.entries(dimensionItemsOf)) {
					const values = items.flatMap((i) => {
						const a = r.answers[i];
						return a?.t === 'value' ? [a.v] : [];
					});
					if (values.length > 0)
						dimensions[key] = values.reduce((s, v) => s + v, 0) / values.length;
				}
				const yn = r.answers.yn;
				const outcomes: Record<string, 0 | 1> = yn?.t === 'value' ? { yn: yn.v as 0 | 1 } : {};
				return { dimensions, outcomes };
			});
	}

	it('gives the coefficients of the in-memory computation, and nothing but dimension-level figures', async () => {
		const generated = fc.sample(responseArb, { numRuns: 150, seed: 7 });
		const cycleId = await insertCycle(orgId, stored, generated);
		const result = await keyDriversForCycle(orgId, cycleId);
		const scores = await scoreCycleForOrganisation(orgId, cycleId);
		if (!result || scores?.status !== 'scored') throw new Error('expected a scored cycle');
		const analysed = scores.dimensions.filter((d) => d.respondentMean !== null).map((d) => d.key);
		expect(analysed.length).toBeGreaterThan(1);
		expect(result.outcomes.map((o) => o.key)).toEqual(['yn']);
		expect(result.dimensions).toEqual(
			keyDrivers(profilesOf(generated), {
				dimensions: analysed,
				outcomes: ['yn'],
				anonymityThreshold: 5
			})
		);
		// Released figures only: a coefficient, its interval and a count — or a reason and a count.
		for (const d of result.dimensions)
			for (const r of [d.index, ...Object.values(d.outcomes)])
				expect(Object.keys(r).sort()).toEqual(
					'rho' in r ? ['high', 'low', 'n', 'rho'] : ['n', 'withheld']
				);
		expect(result.dimensions.some((d) => 'rho' in d.index)).toBe(true);
	});

	it('is scoped by organisation and says "not enough respondents" on a small cycle', async () => {
		const generated = fc.sample(responseArb, { numRuns: 150, seed: 7 });
		const cycleId = await insertCycle(orgId, stored, generated);
		expect(await keyDriversForCycle(otherOrgId, cycleId)).toBeNull();
		// Eight people answering every item: every figure shown, but fewer than 10 for a coefficient.
		const small: GeneratedResponse[] = Array.from({ length: 8 }, (_, i) => ({
			group: 'a',
			status: 'submitted',
			comments: {},
			answers: Object.fromEntries(
				Object.entries(scaleOf).map(([k, [min, max]]) => [
					k,
					{ t: 'value', v: min + ((i + k.length) % (max - min + 1)) } as StoredAnswer
				])
			)
		}));
		const smallCycle = await insertCycle(orgId, stored, small);
		const result = await keyDriversForCycle(orgId, smallCycle);
		expect(result?.dimensions.length).toBeGreaterThan(0);
		for (const d of result!.dimensions)
			expect(d.index).toMatchObject({ withheld: 'not enough respondents (fewer than 10)' });
	});
});
