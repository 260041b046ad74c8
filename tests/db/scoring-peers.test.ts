/**
 * Peer benchmarks from the database (docs/scoring.md §9, issue 11 item 5). Who is a peer: only
 * organisations the operator admitted to the panel, not demo ones (unless the viewer is a demo),
 * sharing no member with the viewer ever, with a closed cycle of at least 10 published responses
 * (the latest such cycle) on a compatible instrument. Figures: from 10 peers, top decile from 20,
 * rounded to one decimal, a band instead of a percentile; nothing identifying a peer comes out.
 *
 * The Sybil attack of the issue is replayed first: a lead makes ten organisations with chosen
 * answers to read another organisation's dimension scores off the quantiles.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { db } from '../../src/lib/server/platform/db';
import {
	answer,
	cycle,
	cycleDimension,
	membership,
	organisation,
	response,
	user
} from '../../src/lib/server/platform/db/schema';
import * as instruments from '../../src/lib/server/instruments';
import type { StoredInstrument } from '../../src/lib/server/instruments';
import {
	peerBenchmarkForCycle,
	type PeerBenchmarkResult
} from '../../src/lib/server/scoring/peers';
import { setPanel } from '../../src/lib/server/organisations/operator';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import {
	peerBenchmark,
	quantileType7,
	type DimensionBenchmark
} from '../../src/lib/domain/scoring';

const m = (key: string) => ({ key, kind: 'maturity' as const, text: `Item ${key}` });
const v1: InstrumentDefinition = {
	name: 'Peer fixture',
	version: 1,
	sections: [
		{ key: 'p1', kind: 'building_block', title: 'P1', description: '', items: [m('x'), m('y')] },
		{ key: 'p2', kind: 'governance', title: 'P2', description: '', items: [m('z')] },
		{
			key: 'ref',
			kind: 'reference',
			title: 'Ref',
			description: '',
			items: [{ key: 'yn', kind: 'yes_no', text: 'Y/N' }]
		}
	]
};
/** A later version of the same instrument with an extra dimension: compatible, compared by key. */
const v2: InstrumentDefinition = {
	...v1,
	version: 2,
	sections: [
		...v1.sections,
		{ key: 'p3', kind: 'building_block', title: 'P3', description: '', items: [m('w')] }
	]
};
const other: InstrumentDefinition = { ...v1, name: 'Another questionnaire' };
/** The Sybil suite's own instrument name, so its organisations are no peers of the other suite. */
const sybilDefinition: InstrumentDefinition = { ...v1, name: 'Sybil fixture' };

let shared: StoredInstrument;
let otherInstrument: StoredInstrument;
let sybilInstrument: StoredInstrument;
/** Names and ids of every peer organisation and cycle: none may appear in a result. */
const identifying: string[] = [];

async function newUser(name: string): Promise<string> {
	const [row] = await db()
		.insert(user)
		.values({
			email: `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 6)}@example.test`,
			name,
			passwordHash: 'not-a-hash'
		})
		.returning({ id: user.id });
	return row!.id;
}

interface OrgSpec {
	sector?: string;
	sizeBand?: string;
	/** Admitted to the benchmark panel by the operator. */
	panel?: boolean;
	demo?: boolean;
	/** Members (user ids): each membership is remembered in membership_history by the trigger. */
	members?: string[];
}

async function newOrganisation(name: string, spec: OrgSpec = {}): Promise<string> {
	const [row] = await db()
		.insert(organisation)
		.values({
			name,
			sector: spec.sector ?? 'Retail',
			sizeBand: spec.sizeBand ?? '50–249',
			benchmarkPanel: spec.panel ?? true,
			demo: spec.demo ?? false
		})
		.returning({ id: organisation.id });
	const id = row!.id;
	const members = spec.members ?? [await newUser(`Lead of ${name}`)];
	if (members.length > 0)
		await db()
			.insert(membership)
			.values(members.map((userId) => ({ organisationId: id, userId, role: 'lead' as const })));
	identifying.push(id, name);
	return id;
}

interface PeerCycle {
	/** Value every published respondent gives to every maturity item, or per item key. */
	values: number | Record<string, number>;
	/** Published responses (default 10). */
	published?: number;
	/** Submitted but not yet published in a snapshot. */
	pending?: number;
	drafts?: number;
	status?: 'draft' | 'open' | 'closed' | 'reviewed';
	closedDaysAgo?: number;
	anonymityThreshold?: number;
	notApplicable?: string[];
	instrument?: StoredInstrument;
	/** Item keys answered "don't know" by every respondent but the first `levels` of them. */
	dontKnow?: { items: string[]; levels: number };
}

async function seedCycle(organisationId: string, spec: PeerCycle): Promise<string> {
	const instrument = spec.instrument ?? shared;
	const status = spec.status ?? 'closed';
	const closedAt = new Date(Date.now() - (spec.closedDaysAgo ?? 1) * 86_400_000);
	const [c] = await db()
		.insert(cycle)
		.values({
			organisationId,
			instrumentId: instrument.id,
			name: 'Round',
			status,
			opensAt: new Date(closedAt.getTime() - 30 * 86_400_000),
			closesAt: status === 'open' ? new Date(Date.now() + 86_400_000) : closedAt,
			closedAt: status === 'closed' || status === 'reviewed' ? closedAt : null,
			anonymityThreshold: spec.anonymityThreshold ?? 5,
			groups: ['sales']
		})
		.returning({ id: cycle.id });
	const cycleId = c!.id;
	identifying.push(cycleId);
	const dims = instrument.sections.filter(
		(s) => s.kind === 'building_block' || s.kind === 'governance'
	);
	await db()
		.insert(cycleDimension)
		.values(
			dims.map((s) => ({
				cycleId,
				dimensionKey: s.key,
				notApplicable: (spec.notApplicable ?? []).includes(s.key)
			}))
		);
	const published = spec.published ?? 10;
	const pending = spec.pending ?? 0;
	const drafts = spec.drafts ?? 0;
	const maturity = dims.flatMap((s) => s.items.filter((i) => i.kind === 'maturity'));
	const rows = Array.from({ length: published + pending + drafts }, (_, i) => ({
		id: randomUUID(),
		index: i,
		kind:
			i < published
				? ('published' as const)
				: i < published + pending
					? ('pending' as const)
					: ('draft' as const)
	}));
	if (rows.length === 0) return cycleId;
	await db()
		.insert(response)
		.values(
			rows.map((r) => ({
				id: r.id,
				organisationId,
				cycleId,
				resumeHash: randomUUID(),
				groupKey: 'sales',
				status: r.kind === 'draft' ? ('draft' as const) : ('submitted' as const),
				publishedIn: r.kind === 'published' ? 1 : null
			}))
		);
	const valueOf = (key: string, r: (typeof rows)[number]) =>
		// Unpublished responses answer 1 everywhere: if they counted, they would show.
		r.kind !== 'published'
			? 1
			: typeof spec.values === 'number'
				? spec.values
				: (spec.values[key] ?? 3);
	await db()
		.insert(answer)
		.values(
			rows.flatMap((r) =>
				maturity.map((item) => {
					const dk =
						spec.dontKnow &&
						spec.dontKnow.items.includes(item.key) &&
						r.index >= spec.dontKnow.levels;
					return {
						responseId: r.id,
						itemId: (item as object as { id: string }).id,
						cycleId,
						value: dk ? null : valueOf(item.key, r),
						dontKnow: dk
					};
				})
			)
		);
	return cycleId;
}

const byKey = (result: PeerBenchmarkResult | null, key: string): DimensionBenchmark =>
	result!.dimensions.find((d) => d.key === key)!;

/** Every figure a peer benchmark lets out about the peers (not the own score, not counts). */
function peerFigures(result: PeerBenchmarkResult | null): number[] {
	return result!.dimensions.flatMap((d) =>
		'withheld' in d ? [] : [d.median, d.topQuartile, ...(d.topDecile === null ? [] : [d.topDecile])]
	);
}

beforeAll(async () => {
	await useTestDatabase();
	shared = (await instruments.get(
		'00000000-0000-0000-0000-000000000000',
		await instruments.insertDefinition(db(), v1, null)
	))!;
	otherInstrument = (await instruments.get(
		'00000000-0000-0000-0000-000000000000',
		await instruments.insertDefinition(db(), other, null)
	))!;
	sybilInstrument = (await instruments.get(
		'00000000-0000-0000-0000-000000000000',
		await instruments.insertDefinition(db(), sybilDefinition, null)
	))!;
});

describe('Sybil attack on the peer benchmark (issue 11)', () => {
	// The victim: a genuine, admitted, independent organisation with p1 = (4 + 3)/2 = 3.5, p2 = 3.
	const victimScores = { p1: 3.5, p2: 3 };
	let mallory: string;
	let askingOrg: string;
	let askingCycle: string;
	const sybils: string[] = [];

	beforeAll(async () => {
		mallory = await newUser('Mallory');
		askingOrg = await newOrganisation('Mallory Trading', { members: [mallory], panel: false });
		askingCycle = await seedCycle(askingOrg, { values: 2, instrument: sybilInstrument });
		await seedCycle(await newOrganisation('Victim Ltd'), {
			values: { x: 4, y: 3, z: 3 },
			instrument: sybilInstrument
		});
		// Mallory makes ten organisations (signing up for each herself) and answers through their
		// own anonymous links: five with every item 1, five with every item 5, so that the
		// victim is the middle one of eleven — the median is then exactly the victim's score.
		for (let i = 0; i < 10; i++) {
			const fake = await newOrganisation(`Sybil ${i}`, { members: [mallory], panel: false });
			await seedCycle(fake, { values: i < 5 ? 1 : 5, instrument: sybilInstrument });
			sybils.push(fake);
		}
	});

	/** How close the attacker gets: the smallest distance from any peer figure to a victim score. */
	const closest = (result: PeerBenchmarkResult | null) => {
		const figures = ['p1', 'p2'].flatMap((k) => {
			const d = byKey(result, k);
			return 'withheld' in d ? [] : [Math.abs(d.median - victimScores[k as 'p1' | 'p2'])];
		});
		return figures.length ? Math.min(...figures) : Infinity;
	};

	it('without the panel rules the median is the victim’s score exactly (what the old peer set gave)', () => {
		// The old rule took every organisation with a closed cycle: 10 Sybils + the victim.
		const oldPanel = [
			...Array(5).fill({ p1: 1, p2: 1 }),
			...Array(5).fill({ p1: 5, p2: 5 }),
			victimScores
		];
		expect(
			quantileType7(
				oldPanel.map((p) => p.p1),
				0.5
			)
		).toBe(3.5);
		expect(
			quantileType7(
				oldPanel.map((p) => p.p2),
				0.5
			)
		).toBe(3);
		// Even with today's rounding the figure would give the score to ±0.05: the panel rules must keep them out.
		expect(peerBenchmark({ p1: 2 }, oldPanel)[0]).toMatchObject({ median: 3.5 });
	});

	it('fake organisations not admitted by the operator are no peers: nothing to recover', async () => {
		const result = await peerBenchmarkForCycle(askingOrg, askingCycle);
		expect(peerFigures(result)).toEqual([]);
		expect(closest(result)).toBe(Infinity);
		// Only the victim is a peer, far below the 10 needed.
		for (const d of result!.dimensions)
			expect(d).toMatchObject({ peers: 1, withheld: 'fewer than 10 peer organisations' });
	});

	it('admitted by the operator, they still share a member with the viewer, ever: excluded', async () => {
		for (const id of sybils) expect(await setPanel(id, true)).toMatch(/^Sybil/);
		let result = await peerBenchmarkForCycle(askingOrg, askingCycle);
		expect(closest(result)).toBe(Infinity);
		expect(byKey(result, 'p1')).toMatchObject({ peers: 1 });
		// Mallory leaves them all: membership_history still ties them to her organisation.
		await db()
			.delete(membership)
			.where(and(eq(membership.userId, mallory), inArray(membership.organisationId, sybils)));
		result = await peerBenchmarkForCycle(askingOrg, askingCycle);
		expect(closest(result)).toBe(Infinity);
		expect(byKey(result, 'p1')).toMatchObject({ peers: 1 });
	});

	it('with at least 10 genuine independent admitted peers, figures show, rounded to 0.1, and need 10', async () => {
		// Eight genuine peers, p1 = (x + y)/2 of 1.5, 2, 2.5, 2.5, 3, 4, 4, 4.5: with the victim 9 — still withheld.
		const genuine: Array<[number, number]> = [
			[1, 2],
			[2, 2],
			[2, 3],
			[2, 3],
			[3, 3],
			[4, 4],
			[4, 4],
			[4, 5]
		];
		for (const [i, [x, y]] of genuine.entries()) {
			await seedCycle(await newOrganisation(`Genuine ${i}`), {
				values: { x, y, z: x },
				instrument: sybilInstrument
			});
		}
		let result = await peerBenchmarkForCycle(askingOrg, askingCycle);
		expect(byKey(result, 'p1')).toMatchObject({
			peers: 9,
			withheld: 'fewer than 10 peer organisations'
		});
		await seedCycle(await newOrganisation('Genuine 8'), { values: 3, instrument: sybilInstrument });
		result = await peerBenchmarkForCycle(askingOrg, askingCycle);
		const p1 = byKey(result, 'p1');
		expect(p1).toMatchObject({ peers: 10, topDecile: null, own: 2 });
		for (const x of peerFigures(result))
			expect(Math.abs(x * 10 - Math.round(x * 10)), String(x)).toBeLessThan(1e-9);
		// The unrounded quantiles never leave the server: top quartile 3.5 + .75·(4 − 3.5) = 3.875, shown 3.9.
		const p1Values = [1.5, 2, 2.5, 2.5, 3, 4, 4, 4.5, 3, 3.5];
		expect(quantileType7(p1Values, 0.75)).toBe(3.875);
		expect(p1).toEqual(
			peerBenchmark(
				{ p1: 2 },
				p1Values.map((v) => ({ p1: v }))
			)[0]
		);
		expect(p1).toMatchObject({ median: 3, topQuartile: 3.9 });
		expect(JSON.stringify(result)).not.toContain('3.875');
		// No percentile: a band, and the Sybils still do not count.
		expect(p1).toMatchObject({ band: 'lower half' });
	});
});

describe('peer panel rules', () => {
	let askingOrg: string;
	let askingCycle: string;
	let lead: string;

	beforeAll(async () => {
		lead = await newUser('Asking lead');
		askingOrg = await newOrganisation('Asking Org', {
			members: [lead],
			panel: false,
			sector: 'Health',
			sizeBand: '1000+'
		});
		askingCycle = await seedCycle(askingOrg, { values: 3 });
		// The asking organisation's own older cycles never count as a peer.
		await seedCycle(askingOrg, { values: 5, closedDaysAgo: 100 });
	});

	it('demo peers never enter a real organisation’s panel; a demo organisation sees only demo peers', async () => {
		const demoViewer = await newOrganisation('Demo viewer', { demo: true, panel: true });
		const demoCycle = await seedCycle(demoViewer, { values: 3 });
		for (let i = 0; i < 10; i++)
			await seedCycle(await newOrganisation(`Demo peer ${i}`, { demo: true, panel: true }), {
				values: 1 + (i % 5)
			});
		const real = await peerBenchmarkForCycle(askingOrg, askingCycle);
		expect(byKey(real, 'p1')).toMatchObject({
			peers: 0,
			withheld: 'fewer than 10 peer organisations'
		});
		// The demo sees its ten peers (the demo viewer itself excluded), never a real one.
		const demo = await peerBenchmarkForCycle(demoViewer, demoCycle);
		expect(byKey(demo, 'p1')).toMatchObject({ peers: 10, median: 3 });
	});

	it('an organisation that shares a member with the viewer, now or ever, is excluded', async () => {
		const formerColleague = await newUser('Former colleague');
		await db()
			.insert(membership)
			.values({ organisationId: askingOrg, userId: formerColleague, role: 'board' });
		const stillShared = await newUser('Shared now');
		await db()
			.insert(membership)
			.values({ organisationId: askingOrg, userId: stillShared, role: 'board' });
		// She leaves the asking organisation and joins (or leads) another one, later admitted.
		await db()
			.delete(membership)
			.where(and(eq(membership.organisationId, askingOrg), eq(membership.userId, formerColleague)));
		const tied = await newOrganisation('Former colleague’s new employer', {
			members: [formerColleague]
		});
		const tiedNow = await newOrganisation('Shares a board member', {
			members: [await newUser('Someone'), stillShared]
		});
		for (const id of [tied, tiedNow]) await seedCycle(id, { values: 5 });
		for (let i = 0; i < 9; i++)
			await seedCycle(await newOrganisation(`Independent ${i}`), { values: 3 });
		const result = await peerBenchmarkForCycle(askingOrg, askingCycle);
		// 9 independent peers (+ 2 tied ones that do not count): withheld.
		expect(byKey(result, 'p1')).toMatchObject({
			peers: 9,
			withheld: 'fewer than 10 peer organisations'
		});
		await seedCycle(await newOrganisation('Independent 9'), { values: 3 });
		expect(byKey(await peerBenchmarkForCycle(askingOrg, askingCycle), 'p1')).toMatchObject({
			peers: 10,
			median: 3,
			topQuartile: 3
		});
	});

	it('needs operator admission, a closed cycle with 10 published responses (the latest such), a compatible instrument', async () => {
		const before = (
			byKey(await peerBenchmarkForCycle(askingOrg, askingCycle), 'p1') as { peers: number }
		).peers;
		// Not peers: not admitted; only 9 published (pending and drafts do not help); only an
		// open cycle; another instrument.
		await seedCycle(await newOrganisation('Not admitted', { panel: false }), { values: 5 });
		await seedCycle(await newOrganisation('Nine published'), {
			values: 5,
			published: 9,
			pending: 4,
			drafts: 3
		});
		await seedCycle(await newOrganisation('Open only'), { values: 5, status: 'open' });
		await seedCycle(await newOrganisation('Other instrument'), {
			values: 5,
			instrument: otherInstrument
		});
		expect(byKey(await peerBenchmarkForCycle(askingOrg, askingCycle), 'p1')).toMatchObject({
			peers: before
		});

		// Latest such cycle: a newer cycle with 9 published responses is passed over for an older one
		// with 10; a newer open cycle is ignored; a reviewed cycle counts as closed.
		const latest = await newOrganisation('Latest cycle rule');
		await seedCycle(latest, { values: 1, closedDaysAgo: 200 });
		await seedCycle(latest, { values: 2, closedDaysAgo: 20, status: 'reviewed' });
		await seedCycle(latest, { values: 5, closedDaysAgo: 2, published: 9 });
		await seedCycle(latest, { values: 5, status: 'open' });
		const removed = await newOrganisation('Removed by the operator');
		await seedCycle(removed, { values: 1 });
		expect(await setPanel(removed, false)).toBe('Removed by the operator');
		const result = await peerBenchmarkForCycle(askingOrg, askingCycle);
		expect(byKey(result, 'p1')).toMatchObject({ peers: before + 1 });
	});

	it('is compatible across instrument versions (dimensions by key) and follows each peer’s own anonymity rules', async () => {
		const p5 = await newOrganisation('Peer on v2', { sector: 'Finance', sizeBand: '1000+' });
		const ownV2 = (await instruments.get(p5, await instruments.insertDefinition(db(), v2, p5)))!;
		// p1 item y: only 3 of 10 give a level (the rest "don't know"), below the peer's threshold
		// of 5: its p1 is the mean of x alone (4), not (4 + 1)/2 = 2.5.
		await seedCycle(p5, {
			values: { x: 4, y: 1, z: 2, w: 5 },
			instrument: ownV2,
			dontKnow: { items: ['y'], levels: 3 }
		});
		// Nine more Finance peers, five at 1 and four at 5: the Finance median is (1 + p5's p1)/2.
		for (let i = 0; i < 9; i++)
			await seedCycle(await newOrganisation(`Finance ${i}`, { sector: 'Finance' }), {
				values: i < 5 ? 1 : 5
			});
		const result = await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: 'Finance' });
		expect(byKey(result, 'p1')).toMatchObject({ peers: 10, median: 2.5 }); // (1 + 4)/2; with y it would be 1.8
		// The v2-only dimension p3 is not the asking cycle's, so it is not benchmarked.
		expect(result!.dimensions.map((d) => d.key)).toEqual(['p1', 'p2', 'index']);
	});

	it('filters by sector and size band with the same minimum', async () => {
		let result = await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: 'Retail' });
		expect(result!.minPeers).toBe(10);
		expect(result!.minPeersDecile).toBe(20);
		expect(result!.filter).toEqual({ sector: 'Retail', sizeBand: null });
		expect(byKey(result, 'p1')).toHaveProperty('median');
		result = await peerBenchmarkForCycle(askingOrg, askingCycle, { sizeBand: '1000+' });
		expect(byKey(result, 'p1')).toMatchObject({
			peers: 1,
			withheld: 'fewer than 10 peer organisations'
		});
		// Blank filters are no filter.
		result = await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: '  ', sizeBand: null });
		expect(result!.filter).toEqual({ sector: null, sizeBand: null });
	});

	it('shows the top decile from 20 peers', async () => {
		for (let i = 0; i < 10; i++)
			await seedCycle(await newOrganisation(`More ${i}`), { values: 1 + (i % 5) });
		const p1 = byKey(await peerBenchmarkForCycle(askingOrg, askingCycle), 'p1');
		expect((p1 as { peers: number }).peers).toBeGreaterThanOrEqual(20);
		expect(p1).toHaveProperty('topDecile', expect.any(Number));
	});

	it('never returns anything that identifies a peer', async () => {
		const results = [
			await peerBenchmarkForCycle(askingOrg, askingCycle),
			await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: 'Retail' })
		];
		const text = JSON.stringify(results);
		for (const secret of identifying.filter((s) => s !== 'Asking Org'))
			expect(text).not.toContain(secret);
		for (const r of results) {
			expect(Object.keys(r!).sort()).toEqual([
				'dimensions',
				'filter',
				'instrument',
				'minPeers',
				'minPeersDecile'
			]);
			for (const d of r!.dimensions) {
				expect(Object.keys(d).sort()).toEqual(
					'withheld' in d
						? ['key', 'own', 'peers', 'withheld']
						: ['band', 'key', 'median', 'own', 'peers', 'topDecile', 'topQuartile']
				);
			}
		}
	});

	it('returns null for a cycle of another organisation', async () => {
		const stranger = await newOrganisation('Stranger');
		expect(await peerBenchmarkForCycle(stranger, askingCycle)).toBeNull();
		expect(await peerBenchmarkForCycle(askingOrg, randomUUID())).toBeNull();
	});

	it('has no own scores (and no band) while the own cycle is withheld for anonymity', async () => {
		const lonely = await newOrganisation('Lonely Org', { panel: false });
		const cycleId = await seedCycle(lonely, { values: 4, published: 2 });
		const result = await peerBenchmarkForCycle(lonely, cycleId);
		expect(byKey(result, 'p1')).toMatchObject({ own: null, band: null });
	});
});
