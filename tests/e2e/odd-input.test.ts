import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { hasChromium, phoneContext, signIn, useBrowser } from '../support/browser';
import { HttpClient, uniqueEmail } from '../support/http';
import { createCycle } from '../support/respond';
import { UUID, demo, discoverRoutes, landingOrganisation } from '../support/security';
import { accountLink, linkMark } from '../support/account-links';
import { startIdentityProvider, type LocalIdentityProvider } from '../support/oidc';
import { freePort, freshDatabase, startServer, type RunningServer } from '../support/server';

/**
 * Odd input gets a clear answer (issue 10, item 6): a NUL character in any text field, and a
 * crafted `next` after sign-in.
 */
const baseUrl = inject('baseUrl');
const NUL = '\u0000';
const NUL_MESSAGE = 'This field contains a character that cannot be stored.';

interface Ids {
	org: string;
	cycle: string;
	instrument: string;
	action: string;
	activity: string;
	token: string;
	item: string;
	section: string;
	/** A live password-reset link of an account made for this test, and a live new-address link of it. */
	resetLink: string;
	verifyLink: string;
}

interface NulCase {
	file: string;
	action: string;
	/** Who posts: a fresh visitor, the demo lead, or a respondent holding a link. */
	as: 'visitor' | 'lead' | 'respondent';
	path: (ids: Ids) => string;
	/** The form's fields with a NUL in one of them; null when the form has no field at all. */
	fields: ((ids: Ids) => Record<string, string | string[]>) | null;
	/** The NUL is in a hidden field, a choice, a checkbox or a code that is never stored: refused (4xx) without a message beside a field. */
	notText?: true;
}

const o = (path: string) => (ids: Ids) => `/o/${ids.org}${path.replaceAll(':cycle', ids.cycle)}`;
const hour = 3600_000;
const local = (d: Date) => d.toISOString().slice(0, 16);

/** Every form action of the app (checked against src/routes below), with a NUL where text goes. */
const cases: NulCase[] = [
	{
		file: '(app)/(auth)/sign-in/+page.server.ts',
		action: 'default',
		as: 'visitor',
		path: () => '/sign-in',
		fields: () => ({ email: `lead${NUL}@demo.touchstone.test`, password: `touch${NUL}stone-demo` })
	},
	{
		file: '(app)/(auth)/sign-up/+page.server.ts',
		action: 'default',
		as: 'visitor',
		path: () => '/sign-up',
		fields: () => ({
			name: `Nul${NUL}Person`,
			email: uniqueEmail('nul'),
			password: 'a long enough password'
		})
	},
	{
		file: '(app)/sign-out/+page.server.ts',
		action: 'default',
		as: 'visitor',
		path: () => '/sign-out',
		fields: null
	},
	// Account recovery and the account page (issue 14.1).
	{
		file: '(app)/(auth)/forgot-password/+page.server.ts',
		action: 'default',
		as: 'visitor',
		path: () => '/forgot-password',
		fields: () => ({ email: `nobody${NUL}@example.test` })
	},
	{
		file: '(app)/reset-password/[token]/+page.server.ts',
		action: 'default',
		as: 'visitor',
		path: (ids) => ids.resetLink,
		fields: () => ({ password: `a long${NUL} password`, confirmPassword: `a long${NUL} password` })
	},
	{
		file: '(app)/verify-email/[token]/+page.server.ts',
		action: 'default',
		as: 'visitor',
		path: (ids) => ids.verifyLink,
		fields: () => ({ confirm: `yes${NUL}` }),
		notText: true
	},
	{
		file: '(app)/account/+page.server.ts',
		action: 'resendVerification',
		as: 'lead',
		path: () => '/account',
		fields: () => ({ again: `yes${NUL}` }),
		notText: true
	},
	{
		file: '(app)/account/+page.server.ts',
		action: 'changePassword',
		as: 'lead',
		path: () => '/account',
		fields: () => ({
			currentPassword: `touch${NUL}stone-demo`,
			password: 'a long enough password',
			confirmPassword: 'a long enough password'
		})
	},
	{
		file: '(app)/account/+page.server.ts',
		action: 'changeEmail',
		as: 'lead',
		path: () => '/account',
		fields: () => ({ email: `lead${NUL}@example.test`, currentPassword: 'touchstone-demo' })
	},
	{
		file: '(app)/account/+page.server.ts',
		action: 'revoke',
		as: 'lead',
		path: () => '/account',
		fields: () => ({ sessionId: `${'a'.repeat(63)}${NUL}` }),
		notText: true
	},
	{
		file: '(app)/account/+page.server.ts',
		action: 'language',
		as: 'lead',
		path: () => '/account',
		fields: () => ({ language: `es${NUL}` }),
		notText: true
	},
	{
		file: '(app)/account/+page.server.ts',
		action: 'signOutEverywhere',
		as: 'lead',
		path: () => '/account',
		fields: () => ({ confirm: `yes${NUL}` }),
		notText: true
	},
	{
		file: '(app)/orgs/new/+page.server.ts',
		action: 'default',
		as: 'lead',
		path: () => '/orgs/new',
		fields: () => ({ name: `Nul${NUL} Ltd`, sector: 'Manufacturing', sizeBand: '250–999' })
	},
	{
		file: '(app)/join/[token]/+page.server.ts',
		action: 'default',
		as: 'lead',
		path: () => `/join/${'c'.repeat(40)}`,
		fields: null
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		action: 'invite',
		as: 'lead',
		path: o('/members'),
		fields: () => ({ role: 'board', email: `board${NUL}@example.test` })
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		action: 'revoke',
		as: 'lead',
		path: o('/members'),
		fields: () => ({ invitationId: `${NUL}` }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		action: 'timeZone',
		as: 'lead',
		path: o('/members'),
		fields: () => ({ timeZone: `Europe/Amsterdam${NUL}` }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		action: 'language',
		as: 'lead',
		path: o('/members'),
		fields: () => ({ language: `es${NUL}` }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		action: 'details',
		as: 'lead',
		path: o('/members'),
		fields: () => ({ name: `Nul${NUL} Ltd`, sector: 'Manufacturing', sizeBand: '250–999' })
	},
	{
		file: '(app)/o/[orgId]/delete/+page.server.ts',
		action: 'default',
		as: 'lead',
		path: o('/delete'),
		fields: () => ({ confirmName: `Nul${NUL} Ltd` })
	},
	// Retention (issue 14.6): days are numbers; erasing takes an id and a confirmation.
	{
		file: '(app)/o/[orgId]/retention/+page.server.ts',
		action: 'save',
		as: 'lead',
		path: o('/retention'),
		fields: () => ({ inviteeDays: `3${NUL}0`, answerDays: '' })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		action: 'erase',
		as: 'lead',
		path: o('/cycles/:cycle/invitations'),
		fields: () => ({ invitationId: NUL, confirm: 'yes' }),
		notText: true
	},
	// Membership changes (issue 14): ids, a role and a confirmation, none of them stored text.
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		action: 'remove',
		as: 'lead',
		path: o('/members'),
		fields: () => ({ userId: NUL, confirm: 'yes' }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		action: 'role',
		as: 'lead',
		path: o('/members'),
		fields: () => ({ userId: NUL, role: 'board', confirm: 'yes' }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		action: 'leave',
		as: 'lead',
		path: o('/members'),
		fields: () => ({ confirm: `yes${NUL}` }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/new-version/+page.server.ts',
		action: 'default',
		as: 'lead',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/new-version`,
		fields: () => ({ 'item.vision_1.text': `A vision${NUL} worded anew` })
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/translations/[language]/+page.server.ts',
		action: 'import',
		as: 'lead',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/translations/de`,
		// A text field where the file goes: refused (odd files: 'an odd translation file' below).
		fields: () => ({ file: `<xliff${NUL}/>` }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/translations/[language]/+page.server.ts',
		action: 'edit',
		as: 'lead',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/translations/de`,
		fields: () => ({ 'unit.section:vision:title': `Vi${NUL}sion` })
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/translations/[language]/+page.server.ts',
		action: 'publish',
		as: 'lead',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/translations/de`,
		fields: null
	},
	{
		file: '(app)/o/[orgId]/cycles/new/+page.server.ts',
		action: 'default',
		as: 'lead',
		path: o('/cycles/new'),
		fields: (ids) => ({
			name: `Nul${NUL} cycle`,
			instrumentId: ids.instrument,
			opensAt: local(new Date(Date.now() - hour)),
			closesAt: local(new Date(Date.now() + 48 * hour)),
			anonymityThreshold: '5',
			groups: ['sales']
		})
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		action: 'dimension',
		as: 'lead',
		path: o('/cycles/:cycle'),
		fields: () => ({
			dimensionKey: 'vision',
			target: '3',
			notApplicable: 'yes',
			notApplicableReason: `Not${NUL} ours`
		})
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		action: 'routing',
		as: 'lead',
		path: o('/cycles/:cycle'),
		fields: () => ({ asked: [`vision:sa${NUL}les`, 'strategy:sales'] })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		action: 'sharing',
		as: 'lead',
		path: o('/cycles/:cycle'),
		fields: () => ({ resultsSharing: `At the${NUL} all-hands` })
	},
	...(['open', 'close', 'reopen', 'archive', 'restore', 'delete'] as const).map(
		(action): NulCase => ({
			file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
			action,
			as: 'lead',
			path: o('/cycles/:cycle'),
			fields: null
		})
	),
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/+page.server.ts',
		action: 'create',
		as: 'lead',
		path: o('/cycles/:cycle/actions'),
		fields: () => ({
			title: `Nul${NUL} action`,
			dimensionKeys: ['vision'],
			owner: `Ow${NUL}ner`,
			impact: '3',
			complexity: '3',
			dueDate: '',
			status: 'planned'
		})
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/+page.server.ts',
		action: 'status',
		as: 'lead',
		path: o('/cycles/:cycle/actions'),
		fields: (ids) => ({ actionId: ids.action, status: `done${NUL}` }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/[actionId]/+page.server.ts',
		action: 'update',
		as: 'lead',
		path: (ids) => o(`/cycles/:cycle/actions/${ids.action}`)(ids),
		fields: () => ({
			title: `Nul${NUL} action`,
			dimensionKeys: ['vision'],
			ownerUserId: '',
			owner: 'Owner',
			impact: '3',
			complexity: '3',
			dueDate: '',
			status: 'planned',
			approvedBy: `CF${NUL}O`
		})
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/[actionId]/+page.server.ts',
		action: 'note',
		as: 'lead',
		path: (ids) => o(`/cycles/:cycle/actions/${ids.action}`)(ids),
		fields: () => ({ note: `Half${NUL} way`, progress: '50' })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/[actionId]/+page.server.ts',
		action: 'delete',
		as: 'lead',
		path: (ids) => o(`/cycles/:cycle/actions/${ids.action}`)(ids),
		fields: () => ({ confirm: `yes${NUL}` }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/activities/+page.server.ts',
		action: 'review',
		as: 'lead',
		path: o('/cycles/:cycle/activities'),
		fields: (ids) => ({
			activityId: ids.activity,
			knowledge: '2',
			evidence: `Panel${NUL}`,
			decision: 'promote',
			impact: '3',
			complexity: '3'
		})
	},
	{
		file: '(app)/o/[orgId]/activities/+page.server.ts',
		action: 'create',
		as: 'lead',
		path: o('/activities'),
		fields: () => ({ name: `Club${NUL}`, content: 'A club' })
	},
	{
		file: '(app)/o/[orgId]/activities/+page.server.ts',
		action: 'update',
		as: 'lead',
		path: o('/activities'),
		fields: (ids) => ({ activityId: ids.activity, name: 'NUL activity', content: `A${NUL}` })
	},
	{
		file: '(app)/o/[orgId]/activities/+page.server.ts',
		action: 'delete',
		as: 'lead',
		path: o('/activities'),
		fields: (ids) => ({ activityId: ids.activity, confirm: `yes${NUL}` }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		action: 'discovery',
		as: 'lead',
		path: o('/cycles/:cycle/roadmap'),
		fields: () => ({ goals: `Grow${NUL}`, assets: '' })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		action: 'interview',
		as: 'lead',
		path: o('/cycles/:cycle/roadmap'),
		fields: () => ({ who: `Head${NUL} of sales`, heldOn: '2026-11-02', topic: '' })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		action: 'futureState',
		as: 'lead',
		path: o('/cycles/:cycle/roadmap'),
		fields: () => ({ dimensionKey: 'vision', description: `One${NUL} view` })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		action: 'phase',
		as: 'lead',
		path: o('/cycles/:cycle/roadmap'),
		fields: () => ({ name: `Quick${NUL} wins`, startsOn: '', endsOn: '' })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		action: 'assign',
		as: 'lead',
		path: o('/cycles/:cycle/roadmap'),
		fields: (ids) => ({ actionId: ids.action, phaseId: NUL }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		action: 'removePhase',
		as: 'lead',
		path: o('/cycles/:cycle/roadmap'),
		fields: () => ({ phaseId: NUL, confirm: 'yes' }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		action: 'removeInterview',
		as: 'lead',
		path: o('/cycles/:cycle/roadmap'),
		fields: () => ({ interviewId: NUL, confirm: 'yes' }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/implementation/+page.server.ts',
		action: 'save',
		as: 'lead',
		path: o('/implementation'),
		fields: () => ({ step: '1', state: 'done', owner: 'Dana', evidence: `Plan${NUL}`, doneOn: '' })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/review/+page.server.ts',
		action: 'save',
		as: 'lead',
		path: o('/cycles/:cycle/review'),
		fields: () => ({ step: '1', notes: `Notes${NUL} here`, done: '' })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/review/+page.server.ts',
		action: 'reviewed',
		as: 'lead',
		path: o('/cycles/:cycle/review'),
		fields: null
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/facts/+page.server.ts',
		action: 'save',
		as: 'lead',
		path: o('/cycles/:cycle/facts'),
		fields: () => ({ 'fact.functional_integration.hr': `3${NUL}` })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		action: 'import',
		as: 'lead',
		path: o('/cycles/:cycle/invitations'),
		fields: () => ({ csv: `nul@example.test, Nul${NUL} Person, sales` })
	},
	{
		// A NUL in the invitee list's language column (issue 17).
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		action: 'import',
		as: 'lead',
		path: o('/cycles/:cycle/invitations'),
		fields: () => ({ csv: `nul@example.test, Nul Person, sales, es${NUL}` })
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		action: 'anonymous',
		as: 'lead',
		path: o('/cycles/:cycle/invitations'),
		fields: () => ({ group: `sales${NUL}`, count: '2' }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		action: 'send',
		as: 'lead',
		path: o('/cycles/:cycle/invitations'),
		fields: null
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		action: 'remind',
		as: 'lead',
		path: o('/cycles/:cycle/invitations'),
		fields: null
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		action: 'reissue',
		as: 'lead',
		path: o('/cycles/:cycle/invitations'),
		fields: () => ({ invitationId: NUL }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		action: 'revoke',
		as: 'lead',
		path: o('/cycles/:cycle/invitations'),
		fields: () => ({ invitationId: NUL }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/reports/+page.server.ts',
		action: 'generate',
		as: 'lead',
		path: o('/cycles/:cycle/reports'),
		fields: () => ({ sector: `on${NUL}` }),
		notText: true
	},
	{
		// The report's language is a choice (issue 17): a NUL in it is refused like any other.
		file: '(app)/o/[orgId]/cycles/[cycleId]/reports/+page.server.ts',
		action: 'generate',
		as: 'lead',
		path: o('/cycles/:cycle/reports'),
		fields: () => ({ language: `es${NUL}` }),
		notText: true
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/reports/+page.server.ts',
		action: 'mail',
		as: 'lead',
		path: o('/cycles/:cycle/reports'),
		fields: () => ({ reportId: NUL }),
		notText: true
	},
	{
		file: '(respondent)/s/[token]/[step]/+page.server.ts',
		action: 'default',
		as: 'respondent',
		path: (ids) => `/s/${ids.token}/1`,
		fields: () => ({ comment: `A comment${NUL} with a NUL` })
	},
	// The operator's page (OPERATOR_EMAILS, not set on this server): 404 to everyone else; its form goes through parseForm.
	{
		file: '(app)/operator/+page.server.ts',
		action: 'admit',
		as: 'lead',
		path: () => '/operator',
		fields: () => ({ organisationId: NUL }),
		notText: true
	},
	{
		file: '(app)/operator/+page.server.ts',
		action: 'remove',
		as: 'lead',
		path: () => '/operator',
		fields: () => ({ organisationId: NUL, confirm: 'yes' }),
		notText: true
	},
	// The resume code is checked by its own form and never stored: a NUL is just a wrong code (400).
	{
		file: '(respondent)/s/[token]/resume/+page.server.ts',
		action: 'code',
		as: 'respondent',
		path: (ids) => `/s/${ids.token}/resume`,
		fields: () => ({ code: `ABCD${NUL}EFG` }),
		notText: true
	},
	{
		file: '(respondent)/s/[token]/resume/+page.server.ts',
		action: 'startOver',
		as: 'respondent',
		path: (ids) => `/s/${ids.token}/resume`,
		fields: () => ({ confirm: `yes${NUL}` }),
		notText: true
	},
	{
		file: '(respondent)/s/[token]/review/+page.server.ts',
		action: 'default',
		as: 'respondent',
		path: (ids) => `/s/${ids.token}/review`,
		fields: null
	}
];

describe('a NUL character in a form field', () => {
	const lead = new HttpClient(baseUrl);
	const respondent = new HttpClient(baseUrl);
	const ids = {} as Ids;

	beforeAll(async () => {
		await lead.signIn(demo.lead, demo.password);
		ids.org = await landingOrganisation(lead);
		ids.instrument = new RegExp(`/instruments/(${UUID})"`).exec(
			await (await lead.get(`/o/${ids.org}/instruments`)).text()
		)![1]!;
		ids.cycle = await createCycle(lead, ids.org, 'NUL input', ['sales']);
		expect((await lead.post(`/o/${ids.org}/cycles/${ids.cycle}?/open`, {})).status).toBe(200);
		const issued = await (
			await lead.post(`/o/${ids.org}/cycles/${ids.cycle}/invitations?/anonymous`, {
				group: 'sales',
				count: '1'
			})
		).text();
		ids.token = /\/s\/([a-z2-7]{64})/.exec(issued)![1]!;
		// Live account links, whose pages the refused posts render again.
		const account = new HttpClient(baseUrl);
		const accountEmail = uniqueEmail('nul-account');
		await account.signUp('Nul Account', accountEmail, 'a long enough password');
		let mark = linkMark(baseUrl);
		expect((await account.post('/forgot-password', { email: accountEmail })).status).toBe(200);
		ids.resetLink = await accountLink(baseUrl, accountEmail, 'reset-password', mark);
		const newAddress = uniqueEmail('nul-new-address');
		mark = linkMark(baseUrl);
		expect(
			(
				await account.post('/account?/changeEmail', {
					email: newAddress,
					currentPassword: 'a long enough password'
				})
			).status
		).toBe(200);
		ids.verifyLink = await accountLink(baseUrl, newAddress, 'verify-email', mark);
		expect(
			(
				await lead.post(`/o/${ids.org}/cycles/${ids.cycle}/actions?/create`, {
					title: 'NUL action',
					dimensionKeys: 'vision',
					owner: 'Owner',
					impact: '3',
					complexity: '3',
					dueDate: '',
					status: 'planned'
				})
			).status
		).toBe(200);
		ids.action = new RegExp(`NUL action[\\s\\S]*?name="actionId" value="(${UUID})"`).exec(
			await (await lead.get(`/o/${ids.org}/cycles/${ids.cycle}/actions`)).text()
		)![1]!;
		expect(
			(await lead.post(`/o/${ids.org}/activities?/create`, { name: 'NUL activity' })).status
		).toBe(200);
		ids.activity = new RegExp(
			`data-activity="(${UUID})"(?:(?!data-activity)[^])*?<h3[^>]*>NUL activity</h3>`
		).exec(await (await lead.get(`/o/${ids.org}/activities`)).text())![1]!;
	}, 120_000);

	it('is tried on every form action under src/routes', () => {
		const missing: string[] = [];
		for (const route of discoverRoutes()) {
			for (const action of route.actions)
				if (!cases.some((c) => c.file === route.file && c.action === action))
					missing.push(`${route.file} ?/${action}`);
		}
		expect(missing, 'form actions without a NUL case: add them to `cases`').toEqual([]);
	});

	for (const c of cases.filter((x) => x.fields)) {
		it(`${c.notText ? 'is refused' : 'gets a 400 with a field message'}: ${c.file} ?/${c.action}`, async () => {
			const client =
				c.as === 'lead' ? lead : c.as === 'respondent' ? respondent : new HttpClient(baseUrl);
			const path = c.path(ids);
			const response = await client.post(
				c.action === 'default' ? path : `${path}?/${c.action}`,
				c.fields!(ids)
			);
			const body = await response.text();
			if (c.notText) {
				// Refused, or (the resume form, which has no draft to resume here) sent on; never a 500, never a change.
				expect(
					response.status === 303 || (response.status >= 400 && response.status < 500),
					`${response.status}: ${body.slice(0, 300)}`
				).toBe(true);
				return;
			}
			expect(response.status, body.slice(0, 300)).toBe(400);
			expect(body).toContain(NUL_MESSAGE);
		});
	}

	it('answers 404, never a 500, to odd report ids and file names on the report downloads', async () => {
		const base = `/o/${ids.org}/cycles/${ids.cycle}`;
		const odd = [
			'%00',
			'not-a-uuid',
			'00000000-0000-0000-0000-000000000000',
			`${ids.action}`, // a real id of something else
			'..%2F..%2Fexport',
			'x'.repeat(2000)
		];
		for (const format of ['pdf', 'pptx', 'xlsx'])
			for (const id of odd) {
				const response = await lead.get(`${base}/reports/${id}/${format}`);
				expect.soft(response.status, `${format} ${id.slice(0, 40)}`).toBe(404);
			}
		for (const file of ['workbook.xlsx%00', 'workbook.XLSX', 'workbook.xlsx.csv', 'workbook.json'])
			expect.soft((await lead.get(`${base}/export/${file}`)).status, file).toBe(404);
	});

	it('gets a 400 on the respondent’s autosave too', async () => {
		const page = await (await respondent.get(`/s/${ids.token}/1`)).text();
		const section = new RegExp(`id="comment-(${UUID})"`).exec(page)![1]!;
		const item = new RegExp(`name="item\\.(${UUID})"`).exec(page)![1]!;
		const response = await fetch(`${baseUrl}/s/${ids.token}/autosave`, {
			method: 'POST',
			headers: {
				origin: baseUrl,
				'content-type': 'application/json',
				'x-forwarded-for': respondent.address
			},
			body: JSON.stringify({
				answers: [{ itemId: item, value: 3, dontKnow: false }],
				comments: [{ sectionId: section, text: `x${NUL}y` }]
			})
		});
		expect(response.status).toBe(400);
	});

	it('ignores an odd language choice: the link comes back without it, in English, nothing kept', async () => {
		for (const lang of ['xx', '<script>', 'es-ES', '', 'ES', 'e'.repeat(3000)]) {
			const client = new HttpClient(baseUrl);
			const switched = await client.get(`/s/${ids.token}/1?lang=${encodeURIComponent(lang)}`);
			expect(switched.status, lang).toBe(303);
			expect(switched.headers.get('location'), lang).toBe(`/s/${ids.token}/1`);
			expect(client.cookie('ts_lang'), lang).toBeUndefined();
			expect(await (await client.get(`/s/${ids.token}`)).text()).toContain('<html lang="en"');
		}
	});
});

describe.skipIf(!hasChromium)('the page after signing in', () => {
	const browser = useBrowser();

	for (const next of [
		'/%09/evil.example',
		'//evil.example',
		'/%5C/evil.example',
		'%09//evil.example',
		'https://evil.example/'
	]) {
		it(`stays on the app's origin with next=${next}`, async () => {
			const context = await phoneContext(browser());
			const page = await context.newPage();
			// Every request the page makes, redirects included: none may go to the foreign host.
			const requested: string[] = [];
			page.on('request', (request) => requested.push(request.url()));
			await page.goto(`${baseUrl}/sign-in?next=${next}`);
			await page.getByLabel('E-mail address').fill(demo.lead);
			await page.getByLabel('Password').fill(demo.password);
			await Promise.all([
				page.waitForNavigation({ timeout: 15_000 }).catch(() => {}),
				page.getByRole('button', { name: 'Sign in' }).click()
			]);
			await page.waitForLoadState('load').catch(() => {});
			expect(requested.filter((url) => new URL(url).hostname.endsWith('evil.example'))).toEqual([]);
			expect(new URL(page.url()).origin).toBe(new URL(baseUrl).origin);
			expect(new URL(page.url()).pathname).toMatch(/^\/o\//);
			await context.close();
		});
	}
});

/** A form post with a file, as a browser sends it (multipart), from this client with its cookies. */
async function postFile(
	client: HttpClient,
	path: string,
	fields: Record<string, string>,
	file: { name: string; content: string }
) {
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) body.append(key, value);
	body.append('file', new Blob([file.content], { type: 'text/csv' }), file.name);
	const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
	return fetch(client.baseUrl + path, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: {
			origin: client.baseUrl,
			accept: 'text/html',
			'x-forwarded-for': client.address,
			cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ')
		}
	});
}

const inviteeCsv = (rows: number, prefix: string) =>
	Array.from(
		{ length: rows },
		(_, i) => `${prefix}${i}@large-upload.example, Person Number ${i}, sales`
	).join('\n');
/** A CSV of about `bytes` bytes: one long name per line pads it out. */
const csvOfSize = (bytes: number) => {
	const line = `someone@large-upload.example, ${'N'.repeat(200)}, sales\n`;
	return line.repeat(Math.ceil(bytes / line.length));
};

describe('the audit log’s filters (issue 14.5)', () => {
	const lead = new HttpClient(baseUrl);
	let log: string;
	beforeAll(async () => {
		await lead.signIn(demo.lead, demo.password);
		log = `/o/${await landingOrganisation(lead)}/audit`;
	});

	it.each([
		[
			'a NUL in the kind',
			`kind=${encodeURIComponent(NUL)}`,
			'kind',
			'Choose a kind from the list.'
		],
		['an unknown kind', 'kind=cycle.exploded', 'kind', 'Choose a kind from the list.'],
		[
			'a NUL in who',
			`actor=${encodeURIComponent('touch' + NUL)}`,
			'actor',
			'Choose someone from the list.'
		],
		['not a date', 'from=yesterday', 'from', 'Give a date (YYYY-MM-DD).'],
		['a day that does not exist', 'from=2026-02-30', 'from', 'No such day.'],
		[
			'a NUL in a date',
			`to=${encodeURIComponent('2026-01-01' + NUL)}`,
			'to',
			'Give a date (YYYY-MM-DD).'
		],
		[
			'a range ending before it starts',
			'from=2026-05-02&to=2026-05-01',
			'to',
			'The end comes before the start.'
		]
	])(
		'answers %s with a message beside the field, and the CSV with 400',
		async (_what, query, field, message) => {
			const page = await lead.get(`${log}?${query}`);
			expect(page.status).toBe(200);
			const html = await page.text();
			expect(html).toMatch(
				new RegExp(`id="field-${field}-error">\\s*${message.replace(/[.()]/g, '\\$&')}`)
			);
			expect(html).not.toContain('class="event');
			expect((await lead.get(`${log}/events.csv?${query}`)).status).toBe(400);
		}
	);

	it.each(['page=-3', 'page=abc', 'page=1e400', `page=${encodeURIComponent(NUL)}`, 'page=99999'])(
		'reads %s as a page that is there or empty, never an error',
		async (query) => {
			const page = await lead.get(`${log}?${query}`);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('<h1>Audit log</h1>');
		}
	);
});

describe('a large invitee upload', () => {
	const lead = new HttpClient(baseUrl);
	const email = uniqueEmail('upload');
	let page: string;
	const browser = useBrowser();

	beforeAll(async () => {
		await lead.signUp('Upload Lead', email, 'a long enough password');
		const created = await lead.post('/orgs/new', {
			name: 'Upload Ltd',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		const orgId = created.headers.get('location')!.split('/').pop()!;
		const cycleId = await createCycle(lead, orgId, 'Upload cycle', ['sales']);
		page = `/o/${orgId}/cycles/${cycleId}/invitations`;
	}, 120_000);

	it('imports a 20,000-row CSV file (about 1 MB, over adapter-node’s default 512K body limit)', async () => {
		const csv = inviteeCsv(20_000, 'p');
		expect(csv.length).toBeGreaterThan(512 * 1024);
		const started = performance.now();
		const response = await postFile(
			lead,
			`${page}?/import`,
			{ csv: '' },
			{ name: 'everyone.csv', content: csv }
		);
		const html = await response.text();
		console.log(
			`20,000-row CSV upload (${Math.round(csv.length / 1024)} KB) imported over HTTP in ${Math.round(performance.now() - started)} ms`
		);
		expect(response.status, html.slice(0, 300)).toBe(200);
		// Whitespace collapsed as the browser shows it (Prettier wraps the heading's source).
		expect(html.replace(/\s+/g, ' ')).toContain('Imported 20000 people');
	}, 180_000);

	it('says in words next to the field that a file over 2 MB is too large', async () => {
		const response = await postFile(
			lead,
			`${page}?/import`,
			{ csv: '' },
			{ name: 'three-mb.csv', content: csvOfSize(3 * 1024 * 1024) }
		);
		const html = await response.text();
		expect(response.status).toBe(400);
		expect(html).toMatch(/<p class="field-error" id="file-error">[^<]*at most 2 MB/);
		expect(html).not.toContain('Something went wrong');
	});

	it('says so too when the upload is over the body limit, which SvelteKit refuses before the action', async () => {
		const response = await postFile(
			lead,
			`${page}?/import`,
			{ csv: '' },
			{ name: 'six-mb.csv', content: csvOfSize(6 * 1024 * 1024) }
		);
		const html = await response.text();
		expect(response.status).toBe(413);
		expect(html).toMatch(/<p class="field-error" id="file-error">[^<]*at most 2 MB/);
		expect(html).not.toContain('Something went wrong');
	});

	it.skipIf(!hasChromium)('tells the lead in the browser before uploading anything', async () => {
		const context = await phoneContext(browser());
		const tab = await context.newPage();
		await signIn(tab, baseUrl, { email, password: 'a long enough password' });
		await tab.goto(`${baseUrl}${page}`);
		await tab.locator('input[type="file"]').setInputFiles({
			name: 'three-mb.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(csvOfSize(3 * 1024 * 1024))
		});
		const posts: string[] = [];
		tab.on('request', (r) => (r.method() === 'POST' ? posts.push(r.url()) : undefined));
		await tab.getByRole('button', { name: 'Import' }).click();
		await expect.poll(() => tab.locator('#file-error').textContent()).toMatch(/at most 2 MB/);
		expect(posts).toEqual([]);
		await context.close();
	});
});

describe('an odd translation file (issue 17.3)', () => {
	const lead = new HttpClient(baseUrl);
	let path = '';
	const head =
		'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">';

	beforeAll(async () => {
		await lead.signIn(demo.lead, demo.password);
		const org = await landingOrganisation(lead);
		const instrument = new RegExp(`/instruments/(${UUID})"`).exec(
			await (await lead.get(`/o/${org}/instruments`)).text()
		)![1]!;
		path = `/o/${org}/instruments/${instrument}/translations/de`;
	});

	it.each([
		[
			'an external entity (XXE)',
			`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${head}<file id="f"><unit id="section:vision:title"><segment><source>Vision</source><target>&xxe;</target></segment></unit></file></xliff>`,
			/declares a DOCTYPE/
		],
		[
			'not XML at all',
			'email,name,group\nana@example.org,Ana,sales',
			/not an XLIFF 2 file|not well-formed/
		],
		[
			'a NUL character',
			`${head}<file id="f"><unit id="a\u0000"/></file></xliff>`,
			/cannot be stored/
		],
		[
			'XLIFF 1.2',
			'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>',
			/not an XLIFF 2 file/
		],
		[
			'a translation into Spanish',
			head.replace('trgLang="de"', 'trgLang="es"') + '<file id="f"/></xliff>',
			/not Deutsch/
		],
		[
			'a file over 1 MB',
			`${head}<file id="f">${'<!-- padding -->'.repeat(70_000)}</file></xliff>`,
			/at most 1 MB/
		],
		['a file over the body limit', 'x'.repeat(6 * 1024 * 1024), /at most 1 MB/]
	])('refuses %s in words beside the file field, never a 500', async (_, content, message) => {
		const response = await postFile(lead, `${path}?/import`, {}, { name: 'de.xlf', content });
		const html = await response.text();
		expect([400, 413], html.slice(0, 300)).toContain(response.status);
		const error = /<p class="field-error" id="file-error">([^<]*)/.exec(html)?.[1] ?? '';
		expect(error).toMatch(message);
		expect(html).not.toContain('root:x:0:0');
	});
});

describe('odd query parameters on the dashboard and the trends', () => {
	const odd = [NUL, '%00', 'x'.repeat(5_000), "sales' or 1=1 --", '<script>alert(1)</script>', ''];

	it('show every group and the index alone, never an error', async () => {
		const lead = new HttpClient(baseUrl);
		await lead.signIn(demo.lead, demo.password);
		const org = await landingOrganisation(lead);
		const cycles = await (await lead.get(`/o/${org}/cycles`)).text();
		const cycle = new RegExp(`/o/${org}/cycles/(${UUID})"`).exec(cycles)![1]!;
		for (const value of odd) {
			const query = encodeURIComponent(value);
			const dashboard = await lead.get(`/o/${org}/cycles/${cycle}/dashboard?group=${query}`);
			expect(dashboard.status, `group=${value.slice(0, 20)}`).toBe(200);
			const html = await dashboard.text();
			expect(html).not.toContain('data-group-score');
			expect(html).not.toContain('<script>alert(1)');
			const trends = await lead.get(`/o/${org}/trends?dimension=${query}`);
			expect(trends.status, `dimension=${value.slice(0, 20)}`).toBe(200);
			expect(await trends.text()).toContain('The maturity index, closed cycles');
		}
	});
});

/**
 * Single sign-on's two routes (issue 14.4) with odd input, on a server of this block's own with a
 * local OpenID Connect provider: whatever comes back to the callback, or sits in the flow cookie,
 * ends on the sign-in page with nobody signed in — never a 500 — and `next` stays on the app.
 */
describe('single sign-on with odd input', () => {
	let sso: RunningServer;
	let identityProvider: LocalIdentityProvider;
	let cleanup: (() => Promise<void>) | undefined;

	beforeAll(async () => {
		const port = await freePort();
		identityProvider = await startIdentityProvider({ apps: [`http://127.0.0.1:${port}`] });
		const database = await freshDatabase();
		cleanup = database.cleanup;
		sso = await startServer(
			{
				...database.env,
				...identityProvider.env,
				SEED_DEMO: 'false',
				ADDRESS_HEADER: 'x-forwarded-for'
			},
			{ port }
		);
	}, 120_000);

	afterAll(async () => {
		await sso?.stop();
		await identityProvider?.stop();
		await cleanup?.();
	});

	/** A visitor whose browser started a sign-in (it holds the flow cookie), and that flow's state. */
	async function started(next?: string): Promise<{ visitor: HttpClient; state: string }> {
		const visitor = new HttpClient(sso.baseUrl);
		const response = await visitor.get(
			`/sign-in/sso${next === undefined ? '' : `?next=${encodeURIComponent(next)}`}`
		);
		expect(response.status).toBe(303);
		const state = new URL(response.headers.get('location')!).searchParams.get('state')!;
		return { visitor, state };
	}

	const oddCallbacks: Array<[string, (state: string) => string]> = [
		['no parameters', () => ''],
		['a NUL in the code', (state) => `?code=a%00b&state=${state}`],
		['a NUL in the state', () => '?code=abc&state=%00'],
		['a 10,000-character code', (state) => `?code=${'c'.repeat(10_000)}&state=${state}`],
		['the state twice', (state) => `?code=abc&state=${state}&state=${state}`],
		['the code twice', (state) => `?code=abc&code=def&state=${state}`],
		[
			'an error from the provider',
			(state) => `?error=access_denied&error_description=%3Cscript%3E&state=${state}`
		],
		['a foreign issuer', (state) => `?code=abc&state=${state}&iss=https%3A%2F%2Fevil.example`]
	];

	for (const [what, query] of oddCallbacks) {
		it(`a callback with ${what}: back to sign in, nobody signed in`, async () => {
			const { visitor, state } = await started();
			const response = await visitor.get(`/sign-in/sso/callback${query(state)}`);
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toBe('/sign-in?sso=failed');
			expect(visitor.cookie('touchstone_session')).toBeUndefined();
			expect(visitor.cookie('touchstone_sso'), 'the flow is used up').toBeUndefined();
		});
	}

	const oddFlowCookies: Array<[string, string]> = [
		['not base64', 'touchstone_sso=%%%'],
		['not JSON', `touchstone_sso=${Buffer.from('{').toString('base64url')}`],
		[
			'JSON of the wrong shape',
			`touchstone_sso=${Buffer.from(JSON.stringify({ state: 1, next: '//evil.example' })).toString('base64url')}`
		],
		['a NUL', 'touchstone_sso=%00']
	];
	for (const [what, cookie] of oddFlowCookies) {
		it(`a flow cookie that is ${what}: back to sign in`, async () => {
			const response = await fetch(`${sso.baseUrl}/sign-in/sso/callback?code=abc&state=abc`, {
				headers: { cookie, accept: 'text/html' },
				redirect: 'manual'
			});
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toBe('/sign-in?sso=failed');
		});
	}

	it('a start with a NUL, an overlong or a repeated `next`: still leaves for the provider', async () => {
		for (const next of [`/account${NUL}`, `/${'x'.repeat(5_000)}`]) {
			const { state } = await started(next);
			expect(state).toMatch(/^[\w-]{43}$/);
		}
		const response = await new HttpClient(sso.baseUrl).get(
			'/sign-in/sso?next=/a&next=//evil.example'
		);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/auth\?/);
	});

	describe.skipIf(!hasChromium)('the page after signing in with the provider', () => {
		const browser = useBrowser();
		for (const next of ['//evil.example', '/%09/evil.example', 'https://evil.example/', '/a%00b']) {
			it(`stays on the app's origin with next=${next}`, async () => {
				identityProvider.signInAs({ email: uniqueEmail('sso-next'), email_verified: true });
				const context = await phoneContext(browser());
				const page = await context.newPage();
				const requested: string[] = [];
				page.on('request', (request) => requested.push(request.url()));
				await page.goto(`${sso.baseUrl}/sign-in?next=${next}`);
				await page.getByRole('link', { name: /^Sign in with / }).click();
				await page.waitForURL(
					(url) => url.origin === sso.baseUrl && url.pathname !== '/sign-in/sso/callback'
				);
				expect(requested.filter((url) => new URL(url).hostname.endsWith('evil.example'))).toEqual(
					[]
				);
				expect(new URL(page.url()).origin).toBe(sso.baseUrl);
				expect(new URL(page.url()).pathname).not.toBe('/sign-in');
				await context.close();
			});
		}
	});
});
