import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlFor, testDatabaseUrl, useTestDatabase } from '../support/database';
import { createOrganisation, createUser } from '../support/fixtures';
import type { DatabaseHandle } from '../../src/lib/server/platform/db';
import * as audit from '../../src/lib/server/audit';
import * as cycles from '../../src/lib/server/cycles';
import * as actions from '../../src/lib/server/cycles/improvement-actions';
import * as instruments from '../../src/lib/server/instruments';
import * as translations from '../../src/lib/server/instruments/translations';
import { translationUnits } from '../../src/lib/domain/instrument/translation';
import * as invitations from '../../src/lib/server/survey/invitations';
import * as jobs from '../../src/lib/server/platform/jobs';
import { useMailer } from '../../src/lib/server/platform/mail';
import * as organisations from '../../src/lib/server/organisations';
import * as outbox from '../../src/lib/server/outbox';
import * as reports from '../../src/lib/server/reports';
import * as retention from '../../src/lib/server/retention';
import { eraseInvitee } from '../../src/lib/server/survey/erasure';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import { auditEventKinds, type AuditEventKind } from '../../src/lib/domain/audit/events';

/** Issue 14.5: every kind of event is recorded by the service that makes the change. */
let handle: DatabaseHandle;
beforeAll(async () => {
	handle = await useTestDatabase();
	let connectionString: string | undefined;
	if (testDatabaseUrl) {
		const [{ name }] = (await handle.rows<{ name: string }>(
			'select current_database() as name'
		)) as [{ name: string }];
		connectionString = databaseUrlFor(name);
	}
	useMailer(null);
	await jobs.start({ handle, connectionString });
	await reports.startWorker();
	await outbox.startWorker();
	afterAll(() => jobs.stop(5_000));
}, 120_000);

const ORIGIN = 'https://touchstone.example.org';
const dayMs = 86_400_000;

describe('the audit log of an organisation over a year', () => {
	it('records each kind of event, by whom, about what, and never an invitee', async () => {
		const lead = await createUser('Lena Lead');
		const board = await createUser('Bo Board');
		const colead = await createUser('Cole Colead');
		const org = await createOrganisation(lead.id, 'Audited Ltd');
		const outsider = await createOrganisation((await createUser('Other')).id, 'Other Ltd');

		// Members: join by link, a role both ways, one removed, one leaves.
		for (const [person, role] of [
			[board, 'board'],
			[colead, 'lead']
		] as const) {
			const { token } = await organisations.inviteMember(org.id, lead.id, role, person.email);
			expect(await organisations.acceptInvitation(token, person.id)).not.toBeNull();
		}
		await organisations.setMemberRole(org.id, board.id, 'lead', lead.id);
		await organisations.setMemberRole(org.id, board.id, 'board', lead.id);
		await organisations.removeMember(org.id, colead.id, lead.id);

		// A questionnaire version of the organisation's own.
		const builtIn = await instruments.ensureBuiltIn(touchstoneV1);
		const key = touchstoneV1.sections[0]!.items[0]!.key;
		const version = await instruments.createVersion(org.id, lead.id, builtIn, {
			items: [{ key, text: 'Reworded for us.', remove: false }],
			added: []
		});
		expect(version).toMatchObject({ ok: true, version: 2 });
		// Its German translation, typed in whole and published into it (not in use yet).
		if (!version?.ok) throw new Error('no version');
		const own = (await instruments.get(org.id, version.instrumentId))!;
		await translations.saveEdits(
			org.id,
			lead.id,
			own.id,
			'de',
			Object.fromEntries(translationUnits(own).map((u) => [u.id, `DE ${u.source}`]))
		);
		expect(await translations.publish(org.id, lead.id, own.id, 'de')).toMatchObject({
			ok: true,
			newVersion: false
		});

		// A cycle from creation to review, with targets, routing and invitations.
		const cycleId = (await cycles.create(org.id, lead.id, {
			name: 'Spring',
			instrumentId: builtIn,
			opensAt: new Date(Date.now() + dayMs),
			closesAt: new Date(Date.now() + 30 * dayMs),
			anonymityThreshold: 5,
			groups: ['sales', 'service'],
			targets: {}
		}))!;
		expect(await cycles.setDimension(org.id, cycleId, 'vision', { target: 4 }, lead.id)).toBe(
			'saved'
		);
		const routing = await cycles.routingOf(org.id, (await cycles.get(org.id, cycleId))!);
		expect(await cycles.setRouting(org.id, cycleId, routing!.asked, lead.id)).toEqual({
			ok: true
		});
		const invitees = ['ines@example.test', 'ivo@example.test', 'ida@example.test'];
		const added = await invitations.addPersonal(
			org.id,
			cycleId,
			invitees.map((email, i) => ({
				email,
				name: `Invitee ${email}`,
				group: i === 0 ? 'service' : 'sales',
				line: i + 1
			})),
			lead.id
		);
		await invitations.addAnonymous(org.id, cycleId, 'sales', 2, lead.id);
		expect(await cycles.transition(org.id, cycleId, 'open', lead.id)).toEqual({ ok: true });
		expect(
			await outbox.queueInvitations(
				org.id,
				cycleId,
				added.issued.map((l) => l.id),
				'reminder',
				ORIGIN,
				lead.id
			)
		).toBe(3);
		expect(await invitations.revoke(org.id, cycleId, added.issued[0]!.id, lead.id)).toBe(true);
		expect(await cycles.transition(org.id, cycleId, 'close', lead.id)).toEqual({ ok: true });
		expect(await cycles.transition(org.id, cycleId, 'reopen', lead.id)).toEqual({ ok: true });
		expect(await cycles.transition(org.id, cycleId, 'close', lead.id)).toEqual({ ok: true });
		for (const step of [1, 2, 3, 4])
			await cycles.saveReviewStep(org.id, cycleId, lead.id, step, 'Done.', true);
		expect(await cycles.transition(org.id, cycleId, 'review', lead.id)).toEqual({ ok: true });

		// A second cycle closes by its date: Touchstone closes it, and says so.
		const byDate = (await cycles.create(org.id, lead.id, {
			name: 'Autumn',
			instrumentId: builtIn,
			opensAt: new Date(Date.now() - dayMs),
			closesAt: new Date(Date.now() + dayMs),
			anonymityThreshold: 5,
			groups: ['sales'],
			targets: {}
		}))!;
		await cycles.transition(org.id, byDate, 'open', lead.id);
		await cycles.closeExpired(org.id, new Date(Date.now() + 2 * dayMs));

		// Put away and brought back; a draft deleted (issue 14.3).
		expect(
			await cycles.setArchived(org.id, byDate, true, lead.id, new Date(Date.now() + 3 * dayMs))
		).toBe('done');
		expect(await cycles.setArchived(org.id, byDate, false, lead.id)).toBe('done');
		const draft = (await cycles.create(org.id, lead.id, {
			name: 'Never opened',
			instrumentId: builtIn,
			opensAt: new Date(Date.now() + dayMs),
			closesAt: new Date(Date.now() + 30 * dayMs),
			anonymityThreshold: 5,
			groups: ['sales'],
			targets: {}
		}))!;
		expect(await cycles.deleteDraft(org.id, draft, lead.id)).toBe('done');

		// An action's life.
		const input: actions.StoredActionInput = {
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
			approvedBy: ''
		};
		const actionId = (await actions.create(org.id, cycleId, input, lead.id))!;
		await actions.update(org.id, actionId, { ...input, budget: 15000 }, lead.id);
		await actions.setStatus(org.id, actionId, 'in_progress', lead.id);
		await actions.remove(org.id, actionId, lead.id);

		// A report: asked for, made by Touchstone, downloaded by the board member.
		const reportId = (await reports.request(org.id, cycleId, lead.id, {}))!;
		await expect
			.poll(async () => (await reports.get(org.id, reportId))?.status, { timeout: 60_000 })
			.toBe('done');
		const cycleRow = (await cycles.get(org.id, cycleId))!;
		expect(await reports.download(org.id, cycleRow, reportId, board.id)).not.toBeNull();
		// Someone of another organisation downloads nothing, and nothing is recorded.
		expect(await reports.download(outsider.id, cycleRow, reportId, board.id)).toBeNull();

		// The organisation's default language (issue 17).
		await organisations.setLanguage(org.id, 'es', lead.id);

		// Retention: a setting, one invitee erased on request, and the daily run.
		await organisations.setRetention(org.id, { inviteeDays: 1, answerDays: null }, lead.id);
		expect(await eraseInvitee(org.id, cycleId, added.issued[1]!.id, lead.id)).toBe(true);
		expect(await retention.applyRetention(new Date(Date.now() + 3 * dayMs))).toBe(2);

		// The board member leaves.
		expect(await organisations.leave(org.id, board.id)).toMatchObject({ ok: true });

		const events = await audit.all(org.id);
		const kinds = new Set(events.map((e) => e.kind));
		const missing = auditEventKinds.filter((kind) => !kinds.has(kind));
		expect(missing).toEqual([]);

		const one = (kind: AuditEventKind) => events.filter((e) => e.kind === kind);
		expect(one('member.joined').map((e) => [e.actor?.id, e.subjectId, e.details.via])).toEqual(
			expect.arrayContaining([
				[lead.id, lead.id, 'created the organisation'],
				[board.id, board.id, 'join link'],
				[colead.id, colead.id, 'join link']
			])
		);
		expect(one('member.role_changed').map((e) => e.details)).toEqual([
			{ from: 'lead', to: 'board' },
			{ from: 'board', to: 'lead' }
		]);
		expect(one('member.removed')).toMatchObject([
			{ actor: { id: lead.id, name: 'Lena Lead' }, subjectId: colead.id, memberName: 'Cole Colead' }
		]);
		expect(one('member.left')).toMatchObject([{ actor: { id: board.id }, subjectId: board.id }]);
		expect(
			one('cycle.closed').map((e) => [e.subjectId, e.details.by, e.actor?.id ?? null])
		).toEqual([
			[byDate, 'its closing date', null],
			[cycleId, 'a lead', lead.id],
			[cycleId, 'a lead', lead.id]
		]);
		expect(
			['cycle.archived', 'cycle.restored', 'cycle.draft_deleted'].map((kind) =>
				one(kind as AuditEventKind).map((e) => [e.subjectId, e.details.cycle, e.actor?.id])
			)
		).toEqual([
			[[byDate, 'Autumn', lead.id]],
			[[byDate, 'Autumn', lead.id]],
			[[draft, 'Never opened', lead.id]]
		]);
		expect(one('cycle.target_changed')[0]!.details).toEqual({
			cycle: 'Spring',
			dimension: 'vision',
			target: { from: null, to: 4 }
		});
		expect(one('cycle.created').find((e) => e.subjectId === cycleId)!.details).toEqual({
			cycle: 'Spring',
			groups: ['sales', 'service'],
			threshold: 5
		});
		expect(one('invitation.imported').map((e) => e.details)).toEqual([
			{ cycle: 'Spring', kind: 'anonymous', issued: { sales: 2 }, alreadyInvited: 0 },
			{ cycle: 'Spring', kind: 'personal', issued: { sales: 2, service: 1 }, alreadyInvited: 0 }
		]);
		expect(one('invitation.reminders_sent')[0]!.details).toEqual({ cycle: 'Spring', count: 3 });
		expect(one('invitation.revoked')[0]).toMatchObject({
			subjectId: added.issued[0]!.id,
			details: { cycle: 'Spring', group: 'service' }
		});
		expect(one('action.edited')[0]!.details).toEqual({
			action: 'Self-service portal',
			fields: ['budget']
		});
		expect(one('action.status_changed')[0]!.details).toMatchObject({
			from: 'planned',
			to: 'in_progress'
		});
		expect(one('report.ready')[0]).toMatchObject({ actor: null, subjectId: reportId });
		expect(one('report.downloaded')).toMatchObject([
			{ actor: { id: board.id }, subjectId: reportId }
		]);
		expect(one('questionnaire.version_created')[0]!.details).toEqual({
			name: touchstoneV1.name,
			version: 2,
			basedOnVersion: 1
		});
		expect(one('questionnaire.translation_published')[0]!.details).toEqual({
			name: touchstoneV1.name,
			version: 2,
			language: 'de',
			newVersion: false
		});

		// Newest first, and nothing of it reaches the other organisation's log.
		const times = events.map((e) => e.occurredAt.getTime());
		expect([...times].sort((a, b) => b - a)).toEqual(times);
		expect(await audit.all(outsider.id)).toHaveLength(1); // its own lead's joining

		// No invitee is named anywhere in the log, as an address or a name.
		const everything = JSON.stringify(
			await handle.rows('select * from audit_event where organisation_id = $1', [org.id])
		);
		for (const address of invitees) {
			expect(everything).not.toContain(address);
			expect(everything).not.toContain(address.split('@')[0]);
		}
	}, 120_000);
});
