import { HttpClient } from './http';
import { touchstoneV1 } from '../../src/lib/domain/instrument/touchstone-v1';
import type { SectionDefinition } from '../../src/lib/domain/instrument/types';
import { NOT_MY_AREA_ANSWER, type ScoringResponse } from '../../src/lib/domain/scoring';

/** A level or value, "don't know", or "not my area" (versions that offer it). */
export type Choice = number | 'dk' | 'na';

/**
 * Answers a whole survey through its no-JavaScript form posts, choosing with `choose(sectionIndex,
 * itemIndex, item)`, then submits. Returns the answers by item key, as the scoring module reads them.
 */
export async function answerSurvey(
	baseUrl: string,
	link: string,
	group: string,
	choose: (sectionIndex: number, itemIndex: number, kind: string) => Choice,
	/** The browser answering: a draft opens only on the device that started it. */
	client = new HttpClient(baseUrl),
	/** Sections not asked (dimensions the lead marked not applicable): the survey skips them. */
	notAsked: readonly string[] = [],
	/** The questionnaire's sections, in order (version 1 unless given); notAsked are skipped. */
	sections: readonly SectionDefinition[] = touchstoneV1.sections
): Promise<ScoringResponse> {
	const token = link.split('/s/')[1]!;
	const answers: ScoringResponse['answers'] = {};
	const asked = [...sections.entries()].filter(([, s]) => !notAsked.includes(s.key));
	for (const [step, [sectionIndex, section]] of asked.map((entry, i) => [i + 1, entry] as const)) {
		const page = await client.get(`/s/${token}/${step}`);
		if (page.status !== 200) throw new Error(`step ${step}: ${page.status}`);
		const html = await page.text();
		const ids = [...new Set([...html.matchAll(/name="item\.([0-9a-f-]{36})"/g)].map((m) => m[1]!))];
		if (ids.length !== section.items.length)
			throw new Error(
				`step ${step}: ${ids.length} items on the page, ${section.items.length} expected`
			);
		const fields: Record<string, string> = {};
		ids.forEach((id, itemIndex) => {
			const item = section.items[itemIndex]!;
			const choice = choose(sectionIndex, itemIndex, item.kind);
			fields[`item.${id}`] = String(choice);
			answers[item.key] = choice === 'dk' ? null : choice === 'na' ? NOT_MY_AREA_ANSWER : choice;
		});
		const saved = await client.post(`/s/${token}/${step}`, fields);
		if (saved.status !== 303)
			throw new Error(`step ${step} save: ${saved.status} ${await saved.text()}`);
	}
	const submitted = await client.post(`/s/${token}/review`, {});
	if (submitted.status !== 303) throw new Error(`submit: ${submitted.status}`);
	return { id: token, group, answers };
}

/** Creates a cycle through the lead's form and returns its id. */
export async function createCycle(
	lead: HttpClient,
	orgId: string,
	name: string,
	groups: string[],
	targets: Record<string, string> = {},
	times: { opensAt?: string; closesAt?: string } = {},
	/** The built-in questionnaire version to use (version 1 unless a test needs another). */
	version = 1
): Promise<string> {
	const form = await (await lead.get(`/o/${orgId}/cycles/new`)).text();
	const instrumentId = new RegExp(
		`<option value="([0-9a-f-]{36})"[^>]*>Touchstone CRM Maturity v${version}<`
	).exec(form)?.[1];
	if (!instrumentId) throw new Error('no instrument option on the new-cycle form');
	const now = new Date();
	const fields: Record<string, string | string[]> = {
		name,
		instrumentId,
		opensAt: times.opensAt ?? new Date(now.getTime() - 3600_000).toISOString().slice(0, 16),
		closesAt: times.closesAt ?? new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 16),
		anonymityThreshold: '5',
		groups
	};
	for (const [k, v] of Object.entries(targets)) fields[`targets.${k}`] = v;
	const created = await lead.post(`/o/${orgId}/cycles/new`, fields);
	if (created.status !== 303)
		throw new Error(`create cycle: ${created.status} ${await created.text()}`);
	return created.headers.get('location')!.split('/').pop()!;
}

export async function anonymousLinks(
	lead: HttpClient,
	orgId: string,
	cycleId: string,
	group: string,
	count: number
): Promise<string[]> {
	const response = await lead.post(`/o/${orgId}/cycles/${cycleId}/invitations?/anonymous`, {
		group,
		count: String(count)
	});
	const html = await response.text();
	// Only the links just created: the list of all invitations further down repeats older ones.
	const created =
		/anonymous links for[\s\S]*?<ul class="links[^"]*">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
	return [
		...new Set([...created.matchAll(/https?:\/\/[^\s"<]+\/s\/([a-z2-7]{64})/g)].map((m) => m[0]))
	];
}
