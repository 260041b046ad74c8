import { describe, it, expect } from 'vitest';
import { readAuditFilter } from '../../src/lib/domain/audit/filter';
import { describeAuditEvent } from '../../src/lib/domain/audit/describe';

const read = (query: string, zone = 'Europe/Amsterdam') =>
	readAuditFilter(new URLSearchParams(query), zone);

describe('the audit log’s filters', () => {
	it('reads days as whole days on the organisation’s clocks, both ends included', () => {
		const r = read('from=2026-03-28&to=2026-03-29&kind=cycle.opened&actor=touchstone&page=2');
		expect(r).toMatchObject({ ok: true, page: 2 });
		if (!r.ok) return;
		expect(r.filter).toEqual({
			kind: 'cycle.opened',
			actor: 'touchstone',
			from: new Date('2026-03-27T23:00:00Z'),
			// The clocks go forward on the 29th: the next midnight is at 22:00 UTC.
			to: new Date('2026-03-29T22:00:00Z')
		});
	});

	it('leaves out what is empty, and reads a bad page as the first', () => {
		expect(read('kind=&actor=&from=&to=&page=zero')).toEqual({
			ok: true,
			values: { kind: '', actor: '', from: '', to: '', page: 'zero' },
			filter: {},
			page: 1
		});
	});

	it('refuses unknown kinds, accounts, days and a range that ends first, field by field', () => {
		expect(read('kind=drop.table')).toMatchObject({
			ok: false,
			errors: { kind: expect.any(String) }
		});
		expect(read('actor=1 or 1=1')).toMatchObject({
			ok: false,
			errors: { actor: expect.any(String) }
		});
		expect(read('from=2026-02-30')).toMatchObject({ ok: false, errors: { from: 'No such day.' } });
		expect(read('from=2026-05-02&to=2026-05-01')).toMatchObject({
			ok: false,
			errors: { to: 'The end comes before the start.' }
		});
	});
});

describe('an audit entry in words', () => {
	it('names the member, the cycle and what changed, never more than the details hold', () => {
		expect(
			describeAuditEvent({
				kind: 'member.role_changed',
				memberName: 'Bo',
				details: { from: 'board', to: 'lead' }
			})
		).toBe('Bo: board → lead');
		expect(
			describeAuditEvent({ kind: 'member.left', memberName: null, details: { role: 'board' } })
		).toBe('A former account left (was board)');
		expect(
			describeAuditEvent({
				kind: 'cycle.target_changed',
				memberName: null,
				details: { cycle: 'Spring', dimension: 'vision', target: { from: null, to: 4 } }
			})
		).toBe('“Spring”, vision: target none → 4');
		expect(
			describeAuditEvent({
				kind: 'invitation.imported',
				memberName: null,
				details: {
					cycle: 'Spring',
					kind: 'personal',
					issued: { sales: 2, service: 1 },
					alreadyInvited: 1
				}
			})
		).toBe('“Spring”: 3 personal links (sales 2, service 1); 1 already invited');
		expect(
			describeAuditEvent({
				kind: 'action.status_changed',
				memberName: null,
				details: { action: 'Portal', from: 'planned', to: 'in_progress' }
			})
		).toBe('“Portal”: planned → in progress');
	});
});
