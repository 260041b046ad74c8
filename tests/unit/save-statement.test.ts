import { describe, it, expect } from 'vitest';
import { saveStatement } from '$lib/server/survey/save';

/**
 * A tap's save statement carries only the writes the tap needs (issue 18): what it must still do
 * whatever it carries (the checks and the outcome) is tested against the database in
 * tests/db/survey.test.ts; here, that the parts and their parameters line up.
 */
const checks = {
	tokenHash: 'hash',
	cycle: 'cycle',
	now: 'now',
	organisation: 'org',
	key: 'key',
	group: 'group',
	device: 'device'
};
const placeholders = (text: string) => [...new Set(text.match(/\$\d+/g))];

describe('saveStatement', () => {
	it('leaves out the deletes and the comment writes for a tap that keeps one answer', () => {
		const { text, params } = saveStatement({ ...checks, kept: '[{"item_id":"i"}]' });
		expect(text).toContain('insert into answer');
		expect(text).not.toContain('delete from');
		expect(text).not.toContain('section_comment');
		expect(text).toContain('for share');
		expect(params).toEqual([
			'hash',
			'cycle',
			'now',
			'org',
			'key',
			'group',
			'device',
			'[{"item_id":"i"}]'
		]);
		expect(placeholders(text)).toEqual(params.map((_, i) => `$${i + 1}`));
	});

	it('numbers every parameter it uses once, in order, whatever the parts', () => {
		const all = { cleared: '["a"]', kept: '["b"]', emptied: '["c"]', written: '["d"]' };
		const { text, params } = saveStatement({ ...checks, ...all });
		expect(params).toEqual([...Object.values(checks), ...Object.values(all)]);
		expect(placeholders(text)).toEqual(params.map((_, i) => `$${i + 1}`));
		expect(text).not.toMatch(/:[a-zA-Z]+::/);
		const commentOnly = saveStatement({ ...checks, written: '["d"]' });
		expect(commentOnly.params.at(-1)).toBe('["d"]');
		expect(commentOnly.text).not.toContain('insert into answer');
		expect(placeholders(commentOnly.text)).toHaveLength(8);
	});

	it('gives one fixed text per set of parts, so each is prepared once per connection', () => {
		const a = saveStatement({ ...checks, kept: '[1]' });
		const b = saveStatement({ ...checks, device: 'other', kept: '[2]' });
		expect(b.text).toBe(a.text);
		expect(b.params[6]).toBe('other');
	});
});
