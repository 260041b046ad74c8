import { describe, it, expect, beforeAll, inject } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { hasChromium, phoneContext, signIn, useBrowser } from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';
import { anonymousLinks, answerSurvey, createCycle } from '../support/respond';
import { UUID, waitForReport } from '../support/security';

const baseUrl = inject('baseUrl');

/** Markup and a script URL in one string; it fits every free-text field (a user's name takes 100 characters). */
const PAYLOAD = `<img src=x onerror=alert(1)>"><script>alert(1)</script>'><svg/onload=alert(1)>javascript:alert(1)`;
const PASSWORD = 'a long enough password';
const hasPdftotext = existsSync('/usr/bin/pdftotext');

interface Written {
	orgId: string;
	cycleId: string;
	/** A cycle on the new questionnaire version whose wording is the payload. */
	wordingToken: string;
	/** Submitted, and one still answering (its comment is on section 1). */
	submittedToken: string;
	answeringToken: string;
	instrumentId: string;
	joinToken: string;
	/** The respondent's device key, so a browser can continue its drafts. */
	deviceKey: string;
	email: string;
}

/**
 * Writes the payload into every free-text field a person can fill in, through the same form
 * posts a browser without JavaScript sends.
 */
async function writePayloadEverywhere(): Promise<Written> {
	const lead = new HttpClient(baseUrl);
	const email = uniqueEmail('xss');
	expect(PAYLOAD.length).toBeLessThanOrEqual(100);
	await lead.signUp(PAYLOAD, email, PASSWORD);
	const org = await lead.post('/orgs/new', {
		name: PAYLOAD,
		sector: 'Manufacturing',
		sizeBand: '250–999'
	});
	expect(org.status).toBe(303);
	const orgId = org.headers.get('location')!.split('/').pop()!;

	const cycleId = await createCycle(lead, orgId, PAYLOAD, ['sales']);
	const cycle = `/o/${orgId}/cycles/${cycleId}`;
	expect((await lead.post(`${cycle}?/open`, {})).status).toBe(200);
	const dimension = await lead.post(`${cycle}?/dimension`, {
		dimensionKey: 'technology',
		target: '',
		notApplicable: 'yes',
		notApplicableReason: PAYLOAD
	});
	expect(dimension.status).toBe(200);

	// Comments show on the dashboard from eight on (the comment threshold), so eight respondents comment on section 1 and submit.
	const links = await anonymousLinks(lead, orgId, cycleId, 'sales', 9);
	expect(links).toHaveLength(9);
	const respondent = new HttpClient(baseUrl);
	for (const link of links) {
		const token = link.split('/s/')[1]!;
		expect((await respondent.post(`/s/${token}/1`, { comment: PAYLOAD })).status).toBe(303);
	}
	for (const link of links.slice(0, 8))
		await answerSurvey(
			baseUrl,
			link,
			'sales',
			(s, i, kind) =>
				kind === 'maturity'
					? 1 + ((s + i) % 5)
					: kind === 'integration'
						? (s + i) % 4
						: (s + i) % 2,
			respondent,
			['technology'] // marked not applicable above, so not asked
		);

	const csv = `email,name,group\nxss-invitee@example.test,"${PAYLOAD.replaceAll('"', '""')}",sales`;
	const imported = await lead.post(`${cycle}/invitations?/import`, { csv });
	expect(imported.status).toBe(200);
	expect(await imported.text()).not.toContain('Unknown stakeholder group');

	const action = await lead.post(`${cycle}/actions?/create`, {
		title: PAYLOAD,
		owner: PAYLOAD,
		dimensionKeys: ['vision'],
		impact: '4',
		complexity: '2',
		dueDate: '',
		status: 'planned'
	});
	expect(action.status).toBe(200);
	expect((await lead.post(`${cycle}/review?/save`, { step: '1', notes: PAYLOAD })).status).toBe(
		200
	);

	// A new questionnaire version whose first item and its level anchors carry the payload.
	const v1 = new RegExp(`/instruments/(${UUID})"`).exec(
		await (await lead.get(`/o/${orgId}/instruments`)).text()
	)![1]!;
	const editor = await (await lead.get(`/o/${orgId}/instruments/${v1}/new-version`)).text();
	const itemKey = /name="item\.([^"]+)\.text"/.exec(editor)![1]!;
	const edits: Record<string, string> = { [`item.${itemKey}.text`]: PAYLOAD };
	for (let level = 1; level <= 5; level++)
		edits[`item.${itemKey}.anchor.${level}`] = `${PAYLOAD} ${level}`;
	const version = await lead.post(`/o/${orgId}/instruments/${v1}/new-version`, edits);
	expect(version.status, await version.clone().text()).toBe(303);
	const instrumentId = version.headers.get('location')!.split('/').pop()!;
	const now = Date.now();
	const wording = await lead.post(`/o/${orgId}/cycles/new`, {
		name: 'New wording',
		instrumentId,
		anonymityThreshold: '5',
		groups: ['sales'],
		opensAt: new Date(now - 3600_000).toISOString().slice(0, 16),
		closesAt: new Date(now + 7 * 86_400_000).toISOString().slice(0, 16)
	});
	expect(wording.status).toBe(303);
	const wordingCycleId = wording.headers.get('location')!.split('/').pop()!;
	expect((await lead.post(`/o/${orgId}/cycles/${wordingCycleId}?/open`, {})).status).toBe(200);
	const [wordingLink] = await anonymousLinks(lead, orgId, wordingCycleId, 'sales', 1);

	const invited = await (
		await lead.post(`/o/${orgId}/members?/invite`, {
			role: 'board',
			email: 'xss-board@example.test'
		})
	).text();
	const joinToken = /\/join\/([^"<\s]+)/.exec(invited)![1]!;

	return {
		orgId,
		cycleId,
		wordingToken: wordingLink!.split('/s/')[1]!,
		submittedToken: links[0]!.split('/s/')[1]!,
		answeringToken: links[8]!.split('/s/')[1]!,
		instrumentId,
		joinToken,
		deviceKey: respondent.cookie('ts_device')!,
		email
	};
}

/** What the page made of the payload: executed dialogs, elements built from it, and whether it reads literally. */
async function inspect(page: Page) {
	return page.evaluate((payload) => {
		const body = document.body;
		const fromPayload = [
			...body.querySelectorAll(
				'img[src="x"], svg[onload], a[href^="javascript:" i], iframe, object, embed'
			),
			// SvelteKit's own start-up script carries the page data, payload included, as an escaped JS string.
			...[...document.querySelectorAll('script:not([src])')].filter(
				(s) => !s.textContent?.includes('__sveltekit_')
			),
			...[...body.querySelectorAll('*')].filter((el) =>
				[...el.attributes].some((a) => /^on/i.test(a.name))
			)
		].map((el) => el.outerHTML.slice(0, 120));
		const occurrences = (root: Element | null) => {
			if (!root) return 0;
			const texts = [
				root.textContent ?? '',
				...[...root.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value)
			];
			return texts.reduce((n, t) => n + t.split(payload).length - 1, 0);
		};
		return {
			fromPayload,
			inMain: occurrences(document.querySelector('main')),
			inPage: occurrences(body)
		};
	}, PAYLOAD);
}

describe.skipIf(!hasChromium)('stored XSS: what people write is shown as text', () => {
	const browser = useBrowser();
	let written: Written;

	beforeAll(async () => {
		written = await writePayloadEverywhere();
	}, 180_000);

	/** A page to look at, and how many times at least its main content shows the payload as text. */
	interface Visit {
		path: string;
		shows: number;
		what: string;
	}

	async function visit(signedIn: boolean, visits: Visit[]) {
		const context = await phoneContext(browser());
		// The respondent's own browser: drafts open only on the device that wrote them.
		await context.addCookies([{ name: 'ts_device', value: written.deviceKey, url: baseUrl }]);
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(`${page.url()}: ${dialog.message()}`);
			void dialog.dismiss();
		});
		if (signedIn) await signIn(page, baseUrl, { email: written.email, password: PASSWORD });
		for (const v of visits) {
			const response = await page.goto(baseUrl + v.path, { waitUntil: 'networkidle' });
			// Give an injected image time to fail and fire its handler.
			await page.waitForTimeout(150);
			const seen = await inspect(page);
			expect.soft(response?.status(), v.path).toBe(200);
			expect.soft(seen.fromPayload, `${v.path}: elements made from the payload`).toEqual([]);
			expect
				.soft(seen.inMain, `${v.path}: ${v.what} shown literally`)
				.toBeGreaterThanOrEqual(v.shows);
		}
		await context.close();
		expect(dialogs).toEqual([]);
	}

	it('shows the lead and board pages without running the payload', async () => {
		const { orgId, cycleId, instrumentId, joinToken } = written;
		const cycle = `/o/${orgId}/cycles/${cycleId}`;
		// The organisation's and the person's names are in the header of every page besides.
		await visit(true, [
			{ path: '/?all', shows: 1, what: 'organisation name' },
			{ path: `/o/${orgId}`, shows: 1, what: 'cycle name' },
			{ path: `/o/${orgId}/cycles`, shows: 1, what: 'cycle name' },
			{ path: cycle, shows: 1, what: 'not-applicable reason' },
			{ path: `${cycle}/dashboard`, shows: 8, what: 'respondent comments' },
			{ path: `${cycle}/actions`, shows: 2, what: 'action title and owner' },
			{ path: `${cycle}/review`, shows: 1, what: 'review notes' },
			{ path: `${cycle}/invitations`, shows: 1, what: 'invitee name from the CSV' },
			{ path: `${cycle}/reports`, shows: 0, what: 'cycle name (in the cycle header)' },
			{
				path: `/o/${orgId}/trends`,
				shows: 0,
				what: 'nothing: only closed cycles are drawn and compared'
			},
			{ path: `/o/${orgId}/members`, shows: 1, what: 'member name' },
			{
				path: `/o/${orgId}/instruments/${instrumentId}`,
				shows: 6,
				what: 'item wording and level anchors'
			},
			{
				path: `/o/${orgId}/instruments/${instrumentId}/new-version`,
				shows: 6,
				what: 'item wording and level anchors in the editor'
			},
			{ path: `/join/${joinToken}`, shows: 1, what: 'organisation name' }
		]);
	});

	it('shows the respondent pages without running the payload', async () => {
		await visit(false, [
			{ path: `/s/${written.answeringToken}`, shows: 2, what: 'organisation and cycle names' },
			{ path: `/s/${written.answeringToken}/1`, shows: 1, what: 'the comment being written' },
			{ path: `/s/${written.answeringToken}/review`, shows: 0, what: 'nothing written' },
			{ path: `/s/${written.submittedToken}/thanks`, shows: 1, what: 'organisation name' },
			{ path: `/s/${written.wordingToken}/1`, shows: 6, what: 'item wording and level anchors' }
		]);
	});

	it.skipIf(!hasPdftotext)('prints the payload literally in the board report PDF', async () => {
		const lead = new HttpClient(baseUrl);
		await lead.signIn(written.email, PASSWORD);
		const reports = `/o/${written.orgId}/cycles/${written.cycleId}/reports`;
		expect((await lead.post(`${reports}?/generate`, {})).status).toBe(200);
		const reportId = await waitForReport(lead, reports, new Set());
		const pdf = await lead.get(`${reports}/${reportId}/pdf`);
		expect(pdf.status).toBe(200);
		const text = execFileSync('pdftotext', ['-', '-'], {
			input: Buffer.from(await pdf.arrayBuffer())
		}).toString('utf8');
		// pdftotext breaks long lines where the layout wrapped them.
		const squeeze = (s: string) => s.replace(/\s+/g, '');
		expect(squeeze(text)).toContain(squeeze(PAYLOAD));
	});
});
