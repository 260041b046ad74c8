import { describe, expect, it } from 'vitest';
import { groupsAsked, sectionsAsked } from '../../src/lib/domain/instrument/routing';

const sections = ['vision', 'strategy', 'metrics', 'technology'].map((key) => ({ key }));
const keys = (s: Array<{ key: string }>) => s.map((x) => x.key);

describe('sectionsAsked', () => {
	it('asks everyone everything without a routing', () => {
		expect(keys(sectionsAsked(sections, 'front_line', null))).toEqual(keys(sections));
	});

	it('asks a routed section only of its groups and an unlisted section of everyone', () => {
		const routing = { vision: ['executives', 'marketing'], technology: ['it'] } as const;
		expect(keys(sectionsAsked(sections, 'it', routing))).toEqual([
			'strategy',
			'metrics',
			'technology'
		]);
		expect(keys(sectionsAsked(sections, 'executives', routing))).toEqual([
			'vision',
			'strategy',
			'metrics'
		]);
	});

	it('never asks a dimension marked not applicable, whoever it is routed to', () => {
		expect(
			keys(sectionsAsked(sections, 'it', { technology: ['it'] }, ['technology', 'vision']))
		).toEqual(['strategy', 'metrics']);
	});
});

describe('groups asked a dimension', () => {
	it('names the cycle’s groups a routed section is asked of, everyone for the core', () => {
		const routing = { vision: ['executives', 'marketing'] } as const;
		const cycleGroups = ['front_line', 'marketing', 'executives'];
		expect(groupsAsked('vision', cycleGroups, routing)).toEqual(['marketing', 'executives']);
		expect(groupsAsked('customer_experience', cycleGroups, routing)).toEqual(cycleGroups);
		expect(groupsAsked('vision', ['front_line'], routing)).toEqual([]);
	});
});
