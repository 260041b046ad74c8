import { describe, it, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import { db } from '../../src/lib/server/platform/db';
import { cycle as cycleTable, response } from '../../src/lib/server/platform/db/schema';
import * as cycles from '../../src/lib/server/cycles';
import * as instruments from '../../src/lib/server/instruments';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';

let orgId: string;
let leadId: string;
let instrumentId: string;

beforeAll(async () => {
	await useTestDatabase();
	leadId = (await createUser()).id;
	orgId = (await createOrganisation(leadId)).id;
	instrumentId = await instruments.ensureBuiltIn(touchstoneV1);
});

const input = (over: Partial<Parameters<typeof cycles.create>[2]> = {}) => ({
	name: 'Round',
	instrumentId,
	opensAt: new Date(Date.now() - 60_000),
	closesAt: new Date(Date.now() + 86_400_000),
	anonymityThreshold: 5,
	groups: ['sales' as const, 'it' as const],
	targets: { vision: 3.5, metrics: 4 },
	...over
});

describe('cycles', () => {
	it('creates a draft with targets for all 14 dimensions and the four review steps', async () => {
		const id = (await cycles.create(orgId, leadId, input()))!;
		const dims = await cycles.dimensions(orgId, id);
		expect(dims).toHaveLength(14);
		expect(dims.find((d) => d.dimensionKey === 'vision')!.target).toBe(3.5);
		expect(dims.find((d) => d.dimensionKey === 'strategy')!.target).toBeNull();
		expect((await cycles.reviewStepsOf(orgId, id)).map((s) => s.step)).toEqual([1, 2, 3, 4]);
		expect((await cycles.get(orgId, id))!.status).toBe('draft');
	});

	it('opens, closes and refuses transitions that make no sense', async () => {
		const id = (await cycles.create(orgId, leadId, input()))!;
		expect(await cycles.transition(orgId, id, 'close', leadId)).toMatchObject({ ok: false });
		expect(await cycles.transition(orgId, id, 'open', leadId)).toEqual({ ok: true });
		expect(await cycles.transition(orgId, id, 'open', leadId)).toMatchObject({ ok: false });
		expect(await cycles.transition(orgId, id, 'close', leadId)).toEqual({ ok: true });
		expect(await cycles.transition(orgId, id, 'review', leadId)).toEqual({
			ok: false,
			reason: 'Finish all four review steps first.'
		});
	});

	it('closes itself at its closing date', async () => {
		const id = (await cycles.create(
			orgId,
			leadId,
			input({ closesAt: new Date(Date.now() + 2000) })
		))!;
		await cycles.transition(orgId, id, 'open', leadId);
		await db()
			.update(cycleTable)
			.set({ closesAt: new Date(Date.now() - 1000) })
			.where(eq(cycleTable.id, id));
		expect((await cycles.get(orgId, id))!.status).toBe('closed');
	});

	it('counts only submitted responses in the list', async () => {
		const id = (await cycles.create(orgId, leadId, input({ name: 'Counted' })))!;
		await db()
			.insert(response)
			.values([
				{
					organisationId: orgId,
					cycleId: id,
					resumeHash: `a-${id}`,
					groupKey: 'sales',
					status: 'submitted'
				},
				{
					organisationId: orgId,
					cycleId: id,
					resumeHash: `b-${id}`,
					groupKey: 'sales',
					status: 'draft'
				}
			]);
		const listed = (await cycles.list(orgId)).find((c) => c.id === id)!;
		expect(listed.submitted).toBe(1);
	});

	it("hides another organisation's cycle", async () => {
		const id = (await cycles.create(orgId, leadId, input()))!;
		const other = await createOrganisation((await createUser()).id, 'Other');
		expect(await cycles.get(other.id, id)).toBeNull();
		expect(await cycles.transition(other.id, id, 'open', leadId)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await cycles.dimensions(other.id, id)).toEqual([]);
		expect(await cycles.setDimension(other.id, id, 'vision', { target: 5 }, leadId)).toBe(
			'not-found'
		);
	});

	it('fixes targets once the cycle has closed (issue 16.4): the results are read against them', async () => {
		const id = (await cycles.create(orgId, leadId, input()))!;
		expect(await cycles.setDimension(orgId, id, 'vision', { target: 4 }, leadId)).toBe('saved');
		expect(await cycles.transition(orgId, id, 'open', leadId)).toEqual({ ok: true });
		expect(await cycles.setDimension(orgId, id, 'vision', { target: 3.5 }, leadId)).toBe('saved');
		expect(await cycles.transition(orgId, id, 'close', leadId)).toEqual({ ok: true });
		expect(await cycles.setDimension(orgId, id, 'vision', { target: 5 }, leadId)).toBe('frozen');
		const vision = (await cycles.dimensions(orgId, id)).find((d) => d.dimensionKey === 'vision');
		expect(vision?.target).toBe(3.5);
	});
});

describe('who is asked what (routing per cycle)', () => {
	it('starts from the version (everyone, for version 1) and saves the lead’s routing while a draft', async () => {
		const id = (await cycles.create(orgId, leadId, input()))!;
		const before = (await cycles.routingOf(orgId, (await cycles.get(orgId, id))!))!;
		expect(before.editable).toBe(true);
		expect(before.groups).toEqual(['sales', 'it']);
		expect(before.sections.map((s) => s.key)).toContain('technology');
		// Organisation facts are not routed: maturity dimensions and integration only.
		expect(before.sections.map((s) => s.key)).toContain('functional_integration');
		expect(before.sections.map((s) => s.key)).not.toContain('reference');
		expect(before.sections.map((s) => s.key)).not.toContain('stakeholder_map');
		expect(before.sections).toHaveLength(15);
		expect(Object.values(before.asked).every((g) => g.length === 2)).toBe(true);

		const asked = { ...before.asked, vision: ['sales'], technology: ['it'] };
		expect(await cycles.setRouting(orgId, id, asked, leadId)).toEqual({ ok: true });
		const after = (await cycles.routingOf(orgId, (await cycles.get(orgId, id))!))!;
		expect(after.asked.vision).toEqual(['sales']);
		expect(after.asked.technology).toEqual(['it']);
		expect(after.asked.strategy).toEqual(['sales', 'it']);
	});

	it('refuses a section asked of nobody, a group outside the cycle, and any change once open', async () => {
		const id = (await cycles.create(orgId, leadId, input()))!;
		const { asked } = (await cycles.routingOf(orgId, (await cycles.get(orgId, id))!))!;
		const nobody = await cycles.setRouting(orgId, id, { ...asked, metrics: [] }, leadId);
		expect(nobody).toMatchObject({ ok: false });
		expect((nobody as { reason: string }).reason).toMatch(/Metrics.*at least one group/);
		const outsider = await cycles.setRouting(orgId, id, { ...asked, metrics: ['finance'] }, leadId);
		expect(outsider).toMatchObject({ ok: false });

		expect(await cycles.transition(orgId, id, 'open', leadId)).toEqual({ ok: true });
		expect(await cycles.setRouting(orgId, id, asked, leadId)).toEqual({
			ok: false,
			reason: 'Who is asked what can change only before the cycle opens.'
		});
		expect(await cycles.setRouting(orgId, crypto.randomUUID(), asked, leadId)).toBeNull();
	});
});
