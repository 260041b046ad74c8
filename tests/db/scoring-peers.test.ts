/**
 * Peer benchmarks from the database: which organisations count as peers (compatible instrument,
 * latest closed cycle, enough responses, not the asking organisation, filters), the minimum
 * peer counts, and that nothing identifying a peer comes out.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { db } from '../../src/lib/server/db';
import { answer, cycle, cycleDimension, organisation, response } from '../../src/lib/server/db/schema';
import * as instruments from '../../src/lib/server/instruments';
import type { StoredInstrument } from '../../src/lib/server/instruments';
import { peerBenchmarkForCycle } from '../../src/lib/server/peers';
import type { InstrumentDefinition } from '../../src/lib/domain/instrument/types';
import { peerBenchmark, quantileType7 } from '../../src/lib/domain/scoring';

const m = (key: string) => ({ key, kind: 'maturity' as const, text: `Item ${key}` });
const v1: InstrumentDefinition = {
	name: 'Peer fixture',
	version: 1,
	sections: [
		{ key: 'p1', kind: 'building_block', title: 'P1', description: '', items: [m('x'), m('y')] },
		{ key: 'p2', kind: 'governance', title: 'P2', description: '', items: [m('z')] },
		{ key: 'ref', kind: 'reference', title: 'Ref', description: '', items: [{ key: 'yn', kind: 'yes_no', text: 'Y/N' }] }
	]
};
/** A later version of the same instrument with an extra dimension: compatible, compared by key. */
const v2: InstrumentDefinition = {
	...v1,
	version: 2,
	sections: [...v1.sections, { key: 'p3', kind: 'building_block', title: 'P3', description: '', items: [m('w')] }]
};
const other: InstrumentDefinition = { ...v1, name: 'Another questionnaire' };

let shared: StoredInstrument;
let otherInstrument: StoredInstrument;
const identifying: string[] = [];

async function newOrganisation(name: string, sector = 'Retail', sizeBand = '50–249'): Promise<string> {
	const [row] = await db().insert(organisation).values({ name, sector, sizeBand }).returning({ id: organisation.id });
	identifying.push(row!.id, name);
	return row!.id;
}

interface PeerCycle {
	/** Value every submitted respondent gives to every maturity item (or a list, one per respondent). */
	values: number | number[];
	submitted?: number;
	drafts?: number;
	status?: 'draft' | 'open' | 'closed' | 'reviewed';
	closedDaysAgo?: number;
	anonymityThreshold?: number;
	notApplicable?: string[];
	instrument?: StoredInstrument;
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
	const dims = instrument.sections.filter((s) => s.kind === 'building_block' || s.kind === 'governance');
	await db()
		.insert(cycleDimension)
		.values(dims.map((s) => ({ cycleId, dimensionKey: s.key, notApplicable: (spec.notApplicable ?? []).includes(s.key) })));
	const submitted = spec.submitted ?? 5;
	const drafts = spec.drafts ?? 0;
	const maturity = dims.flatMap((s) => s.items.filter((i) => i.kind === 'maturity'));
	const rows = Array.from({ length: submitted + drafts }, (_, i) => ({
		id: randomUUID(),
		status: i < submitted ? ('submitted' as const) : ('draft' as const),
		value: i >= submitted ? 1 : Array.isArray(spec.values) ? spec.values[i % spec.values.length]! : spec.values
	}));
	if (rows.length === 0) return cycleId;
	await db()
		.insert(response)
		.values(rows.map((r) => ({ id: r.id, organisationId, cycleId, resumeHash: randomUUID(), groupKey: 'sales', status: r.status })));
	await db()
		.insert(answer)
		.values(rows.flatMap((r) => maturity.map((item) => ({ responseId: r.id, itemId: (item as object as { id: string }).id, cycleId, value: r.value }))));
	return cycleId;
}

let askingOrg: string;
let askingCycle: string;

beforeAll(async () => {
	await useTestDatabase();
	shared = (await instruments.get('00000000-0000-0000-0000-000000000000', await instruments.insertDefinition(db(), v1, null)))!;
	otherInstrument = (await instruments.get(
		'00000000-0000-0000-0000-000000000000',
		await instruments.insertDefinition(db(), other, null)
	))!;
	askingOrg = await newOrganisation('Asking Org');
	askingCycle = await seedCycle(askingOrg, { values: 3 });
	// The asking organisation's own older cycles never count as a peer.
	await seedCycle(askingOrg, { values: 5, closedDaysAgo: 100 });
});

const byKey = (result: Awaited<ReturnType<typeof peerBenchmarkForCycle>>, key: string) =>
	result!.dimensions.find((d) => d.key === key)!;

describe('peer benchmark', () => {
	it('is withheld with fewer than 5 peer organisations, whatever else is in the installation', async () => {
		const p1 = await newOrganisation('Peer One');
		await seedCycle(p1, { values: 5, closedDaysAgo: 200 }); // older: ignored
		await seedCycle(p1, { values: 1, closedDaysAgo: 10, status: 'reviewed' });
		await seedCycle(p1, { values: 5, status: 'open' }); // not closed: ignored
		for (const [name, value] of [['Peer Two', 2], ['Peer Three', 4], ['Peer Four', 5]] as const) {
			await seedCycle(await newOrganisation(name), { values: value });
		}
		// Not peers: too few submitted responses in the latest closed cycle (drafts do not help,
		// and an older, larger cycle is not used instead); only an open cycle; another instrument.
		const small = await newOrganisation('Small Org');
		await seedCycle(small, { values: 5, closedDaysAgo: 50 });
		await seedCycle(small, { values: 5, submitted: 4, drafts: 6 });
		await seedCycle(await newOrganisation('Open Org'), { values: 5, status: 'open' });
		await seedCycle(await newOrganisation('Other Instrument Org'), { values: 5, instrument: otherInstrument });

		const result = (await peerBenchmarkForCycle(askingOrg, askingCycle))!;
		expect(result.minPeers).toBe(5);
		expect(result.dimensions.map((d) => d.key)).toEqual(['p1', 'p2', 'index']);
		for (const d of result.dimensions) {
			expect(d).toEqual({ key: d.key, peers: 4, own: 3, withheld: 'fewer than 5 peer organisations' });
		}
	});

	it('is shown with 5 peers, on any version of the instrument, dimensions matched by key', async () => {
		const p5 = await newOrganisation('Peer Five', 'Finance', '1000+');
		const ownV2 = (await instruments.get(p5, await instruments.insertDefinition(db(), v2, p5)))!;
		// Respondents answer 2 and 3 alternately: every item mean is 2.5 (with 4 respondents).
		await seedCycle(p5, { values: [2, 3], submitted: 4, anonymityThreshold: 4, instrument: ownV2 });

		const result = (await peerBenchmarkForCycle(askingOrg, askingCycle))!;
		const p1 = byKey(result, 'p1');
		const peers = [1, 2, 4, 5, 2.5];
		expect(p1).toEqual({
			key: 'p1',
			peers: 5,
			own: 3,
			median: 2.5,
			topQuartile: 4,
			topDecile: quantileType7(peers, 0.9),
			percentileRank: 60
		});
		expect(p1).toEqual(peerBenchmark({ p1: 3 }, peers.map((v) => ({ p1: v })))[0]);
		// The v2-only dimension p3 is not the asking cycle's, so it is not benchmarked.
		expect(result.dimensions.map((d) => d.key)).toEqual(['p1', 'p2', 'index']);
		// Peer Five's index includes its p3 (2.5 as well).
		expect(byKey(result, 'index')).toMatchObject({ peers: 5, median: 2.5 });
	});

	it('leaves a peer’s not-applicable dimension out of that dimension only', async () => {
		await seedCycle(await newOrganisation('Peer Six'), { values: 4, notApplicable: ['p2'] });
		const result = (await peerBenchmarkForCycle(askingOrg, askingCycle))!;
		expect(byKey(result, 'p1')).toMatchObject({ peers: 6 });
		expect(byKey(result, 'p2')).toMatchObject({ peers: 5 });
	});

	it('needs 10 peers when filtered by sector or size band', async () => {
		// Retail peers so far: One, Two, Three, Four, Six = 5.
		let result = (await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: 'Retail' }))!;
		expect(result.minPeers).toBe(10);
		expect(result.filter).toEqual({ sector: 'Retail', sizeBand: null });
		expect(byKey(result, 'p1')).toEqual({ key: 'p1', peers: 5, own: 3, withheld: 'fewer than 10 peer organisations' });

		for (let i = 0; i < 4; i++) await seedCycle(await newOrganisation(`Retail ${i}`), { values: 3 });
		result = (await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: 'Retail' }))!;
		expect(byKey(result, 'p1')).toMatchObject({ peers: 9, withheld: 'fewer than 10 peer organisations' });

		await seedCycle(await newOrganisation('Retail 4'), { values: 3 });
		result = (await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: 'Retail' }))!;
		const values = [1, 2, 4, 5, 4, 3, 3, 3, 3, 3];
		expect(byKey(result, 'p1')).toEqual(peerBenchmark({ p1: 3 }, values.map((v) => ({ p1: v })), { filtered: true })[0]);
		expect(byKey(result, 'p1')).toHaveProperty('median', 3);

		// Size band: Peer Five is the only one in 1000+.
		result = (await peerBenchmarkForCycle(askingOrg, askingCycle, { sizeBand: '1000+' }))!;
		expect(byKey(result, 'p1')).toMatchObject({ peers: 1, withheld: 'fewer than 10 peer organisations' });
		// Both filters at once.
		result = (await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: 'Retail', sizeBand: '50–249' }))!;
		expect(byKey(result, 'p1')).toMatchObject({ peers: 10, median: 3 });
		// Blank filters are no filter.
		result = (await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: '  ', sizeBand: null }))!;
		expect(result.minPeers).toBe(5);
		expect(byKey(result, 'p1')).toMatchObject({ peers: 11 });
	});

	it('never returns anything that identifies a peer', async () => {
		const results = [
			await peerBenchmarkForCycle(askingOrg, askingCycle),
			await peerBenchmarkForCycle(askingOrg, askingCycle, { sector: 'Retail' })
		];
		const text = JSON.stringify(results);
		for (const secret of identifying) expect(text).not.toContain(secret);
		for (const r of results) {
			expect(Object.keys(r!).sort()).toEqual(['dimensions', 'filter', 'instrument', 'minPeers']);
			for (const d of r!.dimensions) {
				expect(Object.keys(d).sort()).toEqual(
					'withheld' in d
						? ['key', 'own', 'peers', 'withheld']
						: ['key', 'median', 'own', 'peers', 'percentileRank', 'topDecile', 'topQuartile']
				);
			}
		}
	});

	it('returns null for a cycle of another organisation', async () => {
		const stranger = await newOrganisation('Stranger');
		expect(await peerBenchmarkForCycle(stranger, askingCycle)).toBeNull();
		expect(await peerBenchmarkForCycle(askingOrg, randomUUID())).toBeNull();
	});

	it('has no own scores while the own cycle is withheld for anonymity', async () => {
		const lonely = await newOrganisation('Lonely Org');
		const cycleId = await seedCycle(lonely, { values: 4, submitted: 2 });
		const result = (await peerBenchmarkForCycle(lonely, cycleId))!;
		// Peers: the eleven above and now the asking organisation too.
		expect(byKey(result, 'p1')).toMatchObject({ own: null, percentileRank: null, peers: 12 });
	});
});
