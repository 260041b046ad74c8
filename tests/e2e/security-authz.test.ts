import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { HttpClient, uniqueEmail } from '../support/http';
import { freePort, freshDatabase, startServer, type RunningServer } from '../support/server';
import { startIdentityProvider, type LocalIdentityProvider } from '../support/oidc';
import { createCycle } from '../support/respond';
import {
	UUID,
	cycleIdByName,
	demo,
	discoverRoutes,
	landingOrganisation,
	waitForReport
} from '../support/security';

/**
 * Who may call what: every page, endpoint and form action of the app, called by five kinds of
 * visitor. This file runs its own server: it tries 25 unknown survey tokens, close to the
 * per-client limit that every other test on the shared server (all from 127.0.0.1) counts against.
 */

type Role = 'anonymous' | 'respondent' | 'board' | 'otherLead' | 'lead';
/** The lead goes last, so state a forbidden call might have changed is checked before the lead changes it. */
const roles: readonly Role[] = ['anonymous', 'respondent', 'otherLead', 'board', 'lead'];

/** A status, several acceptable ones, or `303 /path` for a redirect whose location starts with /path. */
type Expected = number | number[] | `303 ${string}`;

interface Ids {
	org: string;
	otherOrg: string;
	/** A closed demo cycle with answers and a finished report. */
	closed: string;
	/** An open cycle of this test, with anonymous survey links. */
	survey: string;
	/** A draft cycle of this test that forbidden calls try to change. */
	admin: string;
	token: string;
	unknownToken: string;
	printIds: string;
	anonymousInvitation: string;
	personalInvitation: string;
	memberInvitation: string;
	action: string;
	/** An action of the admin cycle that the lead deletes. */
	doomedAction: string;
	/** A CRM activity of this test in the demo organisation's inventory. */
	activity: string;
	/** A CRM activity that the lead deletes. */
	doomedActivity: string;
	/** A phase of the admin cycle's roadmap (the lead removes it last). */
	phase: string;
	/** An interview of the admin cycle's roadmap that the lead removes. */
	interview: string;
	instrument: string;
	report: string;
	item: string;
	unknownJoin: string;
	/** A token no account link (reset, verification) ever had. */
	unknownAccountLink: string;
	/** The id of the colleague's session (the SHA-256 of its cookie), which others try to end. */
	colleagueSession: string;
	/** The demo board member's user id. */
	boardUser: string;
	/** A board member who joined for this test: the lead makes them a lead, then removes them. */
	colleague: string;
}

interface Case {
	/** The route file under src/routes this call reaches (checked against the files on disk). */
	file: string;
	method: 'GET' | 'POST';
	/** Form action name; `default` for a default action. Absent for loads and endpoints. */
	action?: string;
	path: (ids: Ids) => string;
	fields?: (ids: Ids) => Record<string, string | string[]>;
	json?: (ids: Ids) => unknown;
	expect: Record<Role, Expected>;
	/** Something the lead can read that a forbidden call would change. */
	witness?: (lead: HttpClient, ids: Ids) => Promise<string>;
}

const SIGN_IN = '303 /sign-in?next=';
/** Listed in OPERATOR_EMAILS (in capitals: addresses compare lower-cased); none of the five roles signs in with it. */
const OPERATOR_EMAIL = uniqueEmail('authz-operator');
const all = (e: Expected): Record<Role, Expected> => ({
	anonymous: e,
	respondent: e,
	board: e,
	otherLead: e,
	lead: e
});
const signedIn = (visitor: Expected, member: Expected): Record<Role, Expected> => ({
	anonymous: visitor,
	respondent: visitor,
	board: member,
	otherLead: member,
	lead: member
});
/** A page or action of the organisation: members only; another organisation's lead learns nothing (404). */
const member = (board: Expected = 200, lead: Expected = board): Record<Role, Expected> => ({
	anonymous: SIGN_IN,
	respondent: SIGN_IN,
	board,
	otherLead: 404,
	lead
});
const leadOnly = (lead: Expected = 200): Record<Role, Expected> => member(403, lead);

const count = (html: string, pattern: RegExp) => String((html.match(pattern) ?? []).length);
const page = (lead: HttpClient, path: string) => lead.get(path).then((r) => r.text());
const cycleStatus = async (lead: HttpClient, ids: Ids, cycleId: string) =>
	new RegExp(
		`cycles/${cycleId}">[^<]*</a>\\s*</td>\\s*<td[^>]*>\\s*<span class="badge (\\w+)`
	).exec(await page(lead, `/o/${ids.org}/cycles`))?.[1] ?? 'missing';
const hour = 3600_000;
const local = (d: Date) => d.toISOString().slice(0, 16);
/** The user id on the members page's row that shows `text` (a name or an e-mail address). */
function memberIdOf(html: string, text: string): string {
	const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const id = new RegExp(`data-member="(${UUID})"(?:(?!data-member)[^])*?${escaped}`).exec(
		html
	)?.[1];
	if (!id) throw new Error(`no member row with ${text}`);
	return id;
}
/** A member's role as the members page lists it (`none` once they are gone). */
const memberRole = (html: string, userId: string) =>
	new RegExp(`data-member="${userId}" data-role="(lead|board)"`).exec(html)?.[1] ?? 'none';

/** How far the German draft of the demo's first version has got, as its page says it. */
const translationProgress = async (lead: HttpClient, ids: Ids) =>
	/data-testid="translation-progress"[^>]*>([^<]*)/
		.exec(await page(lead, `/o/${ids.org}/instruments/${ids.instrument}/translations/de`))?.[1]
		?.replace(/\s+/g, ' ') ?? 'missing';

const o = (path: string) => (ids: Ids) =>
	`/o/${ids.org}${path.replaceAll(':closed', ids.closed).replaceAll(':survey', ids.survey).replaceAll(':admin', ids.admin)}`;

/** The matrix. Keep it in step with src/routes: the first test fails when a route file, method or action is missing here. */
const matrix: Case[] = [
	// Public and account pages. A signed-in person posting to sign-in or sign-up is sent on by the page's load (which runs after the action).
	{
		file: '(app)/+page.server.ts',
		method: 'GET',
		path: () => '/',
		expect: signedIn(200, '303 /o/')
	},
	{
		file: '(app)/(auth)/sign-in/+page.server.ts',
		method: 'GET',
		path: () => '/sign-in',
		expect: signedIn(200, '303 /')
	},
	{
		file: '(app)/(auth)/sign-in/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: () => '/sign-in',
		fields: () => ({ email: '', password: '' }),
		expect: signedIn(400, '303 /')
	},
	{
		file: '(app)/(auth)/sign-up/+page.server.ts',
		method: 'GET',
		path: () => '/sign-up',
		expect: signedIn(200, '303 /')
	},
	{
		file: '(app)/(auth)/sign-up/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: () => '/sign-up',
		fields: () => ({ name: '', email: '', password: '' }),
		expect: signedIn(400, '303 /')
	},
	// Single sign-on (issue 14.4), with this file's local provider: anyone may start one (it
	// leaves for the provider), and a callback without a started sign-in in the same browser
	// signs nobody in.
	{
		file: '(app)/(auth)/sign-in/sso/+server.ts',
		method: 'GET',
		path: () => '/sign-in/sso?next=/account',
		expect: all('303 http://127.0.0.1:')
	},
	{
		file: '(app)/(auth)/sign-in/sso/callback/+server.ts',
		method: 'GET',
		path: () => '/sign-in/sso/callback?code=unknown&state=unknown',
		expect: all('303 /sign-in?sso=failed')
	},
	{
		file: '(app)/sign-out/+page.server.ts',
		method: 'GET',
		path: () => '/sign-out',
		expect: all('303 /')
	},
	// Account recovery (issue 14.1): open to everyone, the same answer whoever asks.
	{
		file: '(app)/(auth)/forgot-password/+page.server.ts',
		method: 'GET',
		path: () => '/forgot-password',
		expect: all(200)
	},
	{
		file: '(app)/(auth)/forgot-password/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: () => '/forgot-password',
		fields: () => ({ email: '' }),
		expect: all(400)
	},
	// A mailed link is the only key: an unknown one is 404 for everyone, signed in or not.
	{
		file: '(app)/reset-password/[token]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/reset-password/${ids.unknownAccountLink}`,
		expect: all(404)
	},
	{
		file: '(app)/reset-password/[token]/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: (ids) => `/reset-password/${ids.unknownAccountLink}`,
		fields: () => ({
			password: 'a forged new password',
			confirmPassword: 'a forged new password'
		}),
		expect: all(404)
	},
	{
		file: '(app)/verify-email/[token]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/verify-email/${ids.unknownAccountLink}`,
		expect: all(404)
	},
	{
		file: '(app)/verify-email/[token]/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: (ids) => `/verify-email/${ids.unknownAccountLink}`,
		fields: () => ({}),
		expect: all(404)
	},
	// One's own account: signed-in people only, each acting on their own account alone.
	{
		file: '(app)/account/+page.server.ts',
		method: 'GET',
		path: () => '/account',
		expect: signedIn(SIGN_IN, 200)
	},
	{
		file: '(app)/account/+page.server.ts',
		method: 'POST',
		action: 'resendVerification',
		path: () => '/account',
		fields: () => ({}),
		expect: signedIn(SIGN_IN, 200)
	},
	{
		file: '(app)/account/+page.server.ts',
		method: 'POST',
		action: 'changePassword',
		path: () => '/account',
		fields: () => ({ currentPassword: '', password: '', confirmPassword: '' }),
		expect: signedIn(SIGN_IN, 400)
	},
	{
		file: '(app)/account/+page.server.ts',
		method: 'POST',
		action: 'changeEmail',
		path: () => '/account',
		fields: () => ({ email: '', currentPassword: '' }),
		expect: signedIn(SIGN_IN, 400)
	},
	{
		// Someone else's session (the colleague's): nobody but its owner can end it.
		file: '(app)/account/+page.server.ts',
		method: 'POST',
		action: 'revoke',
		path: () => '/account',
		fields: (ids) => ({ sessionId: ids.colleagueSession }),
		expect: signedIn(SIGN_IN, 404)
	},
	{
		// Empty: back to the organisation's default (each person's own setting only).
		file: '(app)/account/+page.server.ts',
		method: 'POST',
		action: 'language',
		path: () => '/account',
		fields: () => ({ language: '' }),
		expect: signedIn(SIGN_IN, 200)
	},
	{
		// Without the confirmation step: refused, and nobody is signed out.
		file: '(app)/account/+page.server.ts',
		method: 'POST',
		action: 'signOutEverywhere',
		path: () => '/account',
		fields: () => ({}),
		expect: signedIn(SIGN_IN, 400)
	},
	// Probes for load balancers: open to everyone, and they say nothing but their status.
	{ file: 'healthz/+server.ts', method: 'GET', path: () => '/healthz', expect: all(200) },
	{ file: 'readyz/+server.ts', method: 'GET', path: () => '/readyz', expect: all(200) },
	{
		file: '(app)/orgs/new/+page.server.ts',
		method: 'GET',
		path: () => '/orgs/new',
		expect: signedIn(SIGN_IN, 200)
	},
	{
		file: '(app)/orgs/new/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: () => '/orgs/new',
		fields: () => ({ name: '', sector: '', sizeBand: '' }),
		expect: signedIn(SIGN_IN, 400)
	},
	{
		file: '(app)/join/[token]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/join/${ids.unknownJoin}`,
		expect: signedIn(SIGN_IN, 404)
	},
	{
		file: '(app)/join/[token]/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: (ids) => `/join/${ids.unknownJoin}`,
		fields: () => ({}),
		expect: signedIn(SIGN_IN, 404)
	},

	// The organisation
	{ file: '(app)/o/[orgId]/+page.server.ts', method: 'GET', path: o(''), expect: member() },
	{
		file: '(app)/o/[orgId]/trends/+page.server.ts',
		method: 'GET',
		path: o('/trends'),
		expect: member()
	},
	// The retention setting (issue 14.6): leads only. The lead saves it empty (keep), as it was.
	{
		file: '(app)/o/[orgId]/retention/+page.server.ts',
		method: 'GET',
		path: o('/retention'),
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/retention/+page.server.ts',
		method: 'POST',
		action: 'save',
		path: o('/retention'),
		fields: () => ({ inviteeDays: '', answerDays: '' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			/name="inviteeDays"[^>]*value="([^"]*)"/.exec(
				await page(lead, `/o/${ids.org}/retention`)
			)?.[1] ?? 'missing'
	},
	// The audit log and its CSV export are for leads only (issue 14.5).
	{
		file: '(app)/o/[orgId]/audit/+page.server.ts',
		method: 'GET',
		path: o('/audit?kind=cycle.opened&from=2026-01-01'),
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/audit/events.csv/+server.ts',
		method: 'GET',
		path: o('/audit/events.csv'),
		expect: leadOnly()
	},
	// Leads manage members; a board member sees their own membership there, to leave.
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		method: 'GET',
		path: o('/members'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		method: 'POST',
		action: 'invite',
		path: o('/members'),
		fields: () => ({ role: 'lead', email: 'forged@example.test' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/members`), /name="invitationId"/g)
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		method: 'POST',
		action: 'revoke',
		path: o('/members'),
		fields: (ids) => ({ invitationId: ids.memberInvitation }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			String((await page(lead, `/o/${ids.org}/members`)).includes(ids.memberInvitation))
	},
	{
		// Africa/Abidjan keeps UTC's clocks all year, so the lead's own call leaves later times alone.
		file: '(app)/o/[orgId]/members/+page.server.ts',
		method: 'POST',
		action: 'timeZone',
		path: o('/members'),
		fields: () => ({ timeZone: 'Africa/Abidjan' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			/<option value="(UTC|[A-Za-z_]+\/[^"]+)" selected/.exec(
				await page(lead, `/o/${ids.org}/members`)
			)?.[1] ?? 'none'
	},
	{
		// The lead's own call keeps English (the demo's language), so later tests see no change.
		file: '(app)/o/[orgId]/members/+page.server.ts',
		method: 'POST',
		action: 'language',
		path: o('/members'),
		fields: () => ({ language: 'en' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			/<option value="(en|es)" lang="[a-z]+" selected/.exec(
				await page(lead, `/o/${ids.org}/members`)
			)?.[1] ?? 'none'
	},
	{
		// The lead's own call moves the demo organisation to the sector "Other" under its own name.
		file: '(app)/o/[orgId]/members/+page.server.ts',
		method: 'POST',
		action: 'details',
		path: o('/members'),
		fields: () => ({ name: 'Northwind Mutual (demo)', sector: 'Other', sizeBand: '1,000–4,999' }),
		expect: leadOnly(200),
		witness: async (lead, ids) => {
			const html = await page(lead, `/o/${ids.org}/members`);
			const details = html.slice(html.indexOf('details-heading'));
			return /<option value="([^"]+)" selected/.exec(details)?.[1] ?? 'none';
		}
	},
	// Membership changes (issue 14), each confirmed: the lead makes the colleague a lead, then removes them.
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		method: 'POST',
		action: 'role',
		path: o('/members'),
		fields: (ids) => ({ userId: ids.colleague, role: 'lead', confirm: 'yes' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			memberRole(await page(lead, `/o/${ids.org}/members`), ids.colleague)
	},
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		method: 'POST',
		action: 'remove',
		path: o('/members'),
		fields: (ids) => ({ userId: ids.colleague, confirm: 'yes' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			memberRole(await page(lead, `/o/${ids.org}/members`), ids.colleague)
	},
	{
		file: '(app)/o/[orgId]/instruments/+page.server.ts',
		method: 'GET',
		path: o('/instruments'),
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}`,
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/new-version/+page.server.ts',
		method: 'GET',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/new-version`,
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/new-version/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/new-version`,
		fields: () => ({}),
		expect: leadOnly('303 /o/'),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/instruments`), new RegExp(`/instruments/${UUID}"`, 'g'))
	},

	// The translator's workflow (issue 17.3): a draft German translation of the demo's first version.
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/translations/[language]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/translations/de`,
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/translations/[language]/xliff/+server.ts',
		method: 'GET',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/translations/de/xliff`,
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/translations/[language]/+page.server.ts',
		method: 'POST',
		action: 'import',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/translations/de`,
		fields: () => ({}),
		// The lead's post has no file: refused beside the field, nothing imported.
		expect: leadOnly(400),
		witness: translationProgress
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/translations/[language]/+page.server.ts',
		method: 'POST',
		action: 'edit',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/translations/de`,
		fields: () => ({ 'unit.section:vision:title': 'Vision (authz)' }),
		expect: leadOnly(200),
		witness: translationProgress
	},
	{
		file: '(app)/o/[orgId]/instruments/[instrumentId]/translations/[language]/+page.server.ts',
		method: 'POST',
		action: 'publish',
		path: (ids) => `/o/${ids.org}/instruments/${ids.instrument}/translations/de`,
		fields: () => ({}),
		// One text of hundreds: not complete, so even the lead's publish is refused.
		expect: leadOnly(409),
		witness: async (lead, ids) =>
			(await translationProgress(lead, ids)) +
			count(await page(lead, `/o/${ids.org}/instruments`), new RegExp(`/instruments/${UUID}"`, 'g'))
	},

	// Cycles
	{
		file: '(app)/o/[orgId]/cycles/+page.server.ts',
		method: 'GET',
		path: o('/cycles'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/new/+page.server.ts',
		method: 'GET',
		path: o('/cycles/new'),
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/cycles/new/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: o('/cycles/new'),
		fields: (ids) => ({
			name: 'FORGED cycle',
			instrumentId: ids.instrument,
			opensAt: local(new Date(Date.now() - hour)),
			closesAt: local(new Date(Date.now() + 48 * hour)),
			anonymityThreshold: '5',
			groups: ['sales']
		}),
		expect: leadOnly('303 /o/'),
		witness: async (lead, ids) => count(await page(lead, `/o/${ids.org}/cycles`), /FORGED cycle/g)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:admin'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		method: 'POST',
		action: 'dimension',
		path: o('/cycles/:admin'),
		fields: () => ({
			dimensionKey: 'vision',
			target: '1',
			notApplicable: 'yes',
			notApplicableReason: 'FORGED reason'
		}),
		// 409 once the cycle has closed (targets are fixed then).
		expect: leadOnly([200, 409]),
		witness: async (lead, ids) => {
			const html = await page(lead, `/o/${ids.org}/cycles/${ids.admin}`);
			return html.slice(
				html.indexOf('targets-heading'),
				html.indexOf('</table>', html.indexOf('targets-heading'))
			);
		}
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		method: 'POST',
		action: 'routing',
		path: o('/cycles/:admin'),
		fields: () => ({ asked: 'vision:sales' }),
		// 409 once the cycle has opened (routing is fixed then) or when a section is asked of nobody.
		expect: leadOnly([200, 409])
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		method: 'POST',
		action: 'sharing',
		path: o('/cycles/:admin'),
		fields: () => ({ resultsSharing: 'At the June all-hands.' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/cycles/${ids.admin}`), /At the June all-hands/g)
	},
	// Archiving and restoring the closed demo cycle (the lead's two calls leave it as it was);
	// deleting it is refused, as it is not a draft.
	...(['archive', 'restore'] as const).map((action): Case => ({
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		method: 'POST',
		action,
		path: o('/cycles/:closed'),
		fields: () => ({}),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/cycles`), /Archived cycles/g)
	})),
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		method: 'POST',
		action: 'delete',
		path: o('/cycles/:closed'),
		fields: () => ({}),
		expect: leadOnly(409),
		witness: (lead, ids) => cycleStatus(lead, ids, ids.closed)
	},
	{
		file: '(app)/o/[orgId]/delete/+page.server.ts',
		method: 'GET',
		path: o('/delete'),
		expect: leadOnly()
	},
	...(['open', 'close', 'reopen'] as const).map((action): Case => ({
		file: '(app)/o/[orgId]/cycles/[cycleId]/+page.server.ts',
		method: 'POST',
		action,
		path: o('/cycles/:admin'),
		fields: () => ({}),
		expect: leadOnly([200, 409]),
		witness: (lead, ids) => cycleStatus(lead, ids, ids.admin)
	})),
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/dashboard/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:closed/dashboard'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:admin/actions'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/+page.server.ts',
		method: 'POST',
		action: 'create',
		path: o('/cycles/:admin/actions'),
		fields: () => ({
			title: 'FORGED action',
			dimensionKeys: ['vision'],
			owner: 'Mallory',
			impact: '5',
			complexity: '1',
			dueDate: '',
			status: 'planned'
		}),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/cycles/${ids.admin}/actions`), /FORGED action/g)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/+page.server.ts',
		method: 'POST',
		action: 'status',
		path: o('/cycles/:admin/actions'),
		fields: (ids) => ({ actionId: ids.action, status: 'dropped' }),
		expect: leadOnly(200),
		witness: async (lead, ids) => {
			const html = await page(lead, `/o/${ids.org}/cycles/${ids.admin}/actions`);
			const at = html.indexOf(`id="status-${ids.action}"`);
			return at < 0 ? 'missing' : html.slice(at, html.indexOf('</select>', at));
		}
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/[actionId]/+page.server.ts',
		method: 'GET',
		path: (ids) => o(`/cycles/:admin/actions/${ids.action}`)(ids),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/[actionId]/+page.server.ts',
		method: 'POST',
		action: 'update',
		path: (ids) => o(`/cycles/:admin/actions/${ids.action}`)(ids),
		fields: () => ({
			title: 'FORGED title',
			dimensionKeys: ['vision'],
			ownerUserId: '',
			owner: 'Mallory',
			impact: '5',
			complexity: '1',
			dueDate: '',
			status: 'planned',
			budget: '',
			approvedAmount: '',
			approvedBy: ''
		}),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(
				await page(lead, `/o/${ids.org}/cycles/${ids.admin}/actions/${ids.action}`),
				/FORGED title/g
			)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/[actionId]/+page.server.ts',
		method: 'POST',
		action: 'note',
		path: (ids) => o(`/cycles/:admin/actions/${ids.action}`)(ids),
		fields: () => ({ note: 'FORGED note', progress: '90' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(
				await page(lead, `/o/${ids.org}/cycles/${ids.admin}/actions/${ids.action}`),
				/FORGED note|progress 90%/g
			)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/actions/[actionId]/+page.server.ts',
		method: 'POST',
		action: 'delete',
		path: (ids) => o(`/cycles/:admin/actions/${ids.doomedAction}`)(ids),
		fields: () => ({ confirm: 'yes' }),
		expect: leadOnly('303 /o/'),
		witness: async (lead, ids) =>
			String(
				(await lead.get(`/o/${ids.org}/cycles/${ids.admin}/actions/${ids.doomedAction}`)).status
			)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/activities/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:admin/activities'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/activities/+page.server.ts',
		method: 'POST',
		action: 'review',
		path: o('/cycles/:admin/activities'),
		fields: (ids) => ({
			activityId: ids.activity,
			knowledge: '1',
			participation: '1',
			perception: '1',
			attitude: '1',
			evidence: 'FORGED evidence',
			decision: 'phase_out',
			decisionNotes: '',
			impact: '5',
			complexity: '1'
		}),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(
				await page(lead, `/o/${ids.org}/cycles/${ids.admin}/activities`),
				/FORGED evidence|Phase it out: Authz activity/g
			)
	},
	{
		file: '(app)/o/[orgId]/activities/+page.server.ts',
		method: 'GET',
		path: o('/activities'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/activities/+page.server.ts',
		method: 'POST',
		action: 'create',
		path: o('/activities'),
		fields: () => ({ name: 'FORGED activity', strategyPart: '' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/activities`), /FORGED activity/g)
	},
	{
		file: '(app)/o/[orgId]/activities/+page.server.ts',
		method: 'POST',
		action: 'update',
		path: o('/activities'),
		fields: (ids) => ({ activityId: ids.activity, name: 'FORGED name', content: 'changed' }),
		expect: leadOnly('303 /o/'),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/activities`), /FORGED name/g)
	},
	{
		file: '(app)/o/[orgId]/activities/+page.server.ts',
		method: 'POST',
		action: 'delete',
		path: o('/activities'),
		fields: (ids) => ({ activityId: ids.doomedActivity, confirm: 'yes' }),
		expect: leadOnly('303 /o/'),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/activities`), new RegExp(ids.doomedActivity, 'g'))
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:admin/roadmap'),
		expect: member()
	},
	// Read-only: the lead's "add as opportunity" is a link to the actions page's form.
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/priorities/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:closed/priorities'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		method: 'POST',
		action: 'discovery',
		path: o('/cycles/:admin/roadmap'),
		fields: () => ({ goals: 'FORGED goals', assets: '' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/cycles/${ids.admin}/roadmap`), /FORGED goals/g)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		method: 'POST',
		action: 'interview',
		path: o('/cycles/:admin/roadmap'),
		fields: () => ({ who: 'FORGED interviewee', heldOn: '2026-11-02', topic: '' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/cycles/${ids.admin}/roadmap`), /FORGED interviewee/g)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		method: 'POST',
		action: 'futureState',
		path: o('/cycles/:admin/roadmap'),
		fields: () => ({ dimensionKey: 'vision', description: 'FORGED future' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/cycles/${ids.admin}/roadmap`), /FORGED future/g)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		method: 'POST',
		action: 'phase',
		path: o('/cycles/:admin/roadmap'),
		fields: () => ({ name: 'FORGED phase', startsOn: '', endsOn: '' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/cycles/${ids.admin}/roadmap`), /<h3[^>]*>FORGED phase/g)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		method: 'POST',
		action: 'assign',
		path: o('/cycles/:admin/roadmap'),
		fields: (ids) => ({ actionId: ids.action, phaseId: ids.phase }),
		expect: leadOnly(200),
		witness: async (lead, ids) => {
			const html = await page(lead, `/o/${ids.org}/cycles/${ids.admin}/roadmap`);
			const at = html.indexOf(`id="phase-${ids.action}"`);
			return at < 0 ? 'missing' : html.slice(at, html.indexOf('</select>', at));
		}
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		method: 'POST',
		action: 'removeInterview',
		path: o('/cycles/:admin/roadmap'),
		fields: (ids) => ({ interviewId: ids.interview, confirm: 'yes' }),
		expect: leadOnly('303 /o/'),
		witness: async (lead, ids) =>
			count(
				await page(lead, `/o/${ids.org}/cycles/${ids.admin}/roadmap`),
				new RegExp(`removeInterview=${ids.interview}`, 'g')
			)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/roadmap/+page.server.ts',
		method: 'POST',
		action: 'removePhase',
		path: o('/cycles/:admin/roadmap'),
		fields: (ids) => ({ phaseId: ids.phase, confirm: 'yes' }),
		expect: leadOnly('303 /o/'),
		witness: async (lead, ids) =>
			count(
				await page(lead, `/o/${ids.org}/cycles/${ids.admin}/roadmap`),
				new RegExp(`data-phase="${ids.phase}"`, 'g')
			)
	},
	{
		file: '(app)/o/[orgId]/implementation/+page.server.ts',
		method: 'GET',
		path: o('/implementation'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/implementation/+page.server.ts',
		method: 'POST',
		action: 'save',
		path: o('/implementation'),
		fields: () => ({
			step: '7',
			state: 'done',
			owner: 'Mallory',
			evidence: 'FORGED evidence',
			doneOn: ''
		}),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/implementation`), /FORGED evidence/g)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/review/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:admin/review'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/review/+page.server.ts',
		method: 'POST',
		action: 'save',
		path: o('/cycles/:admin/review'),
		fields: () => ({ step: '1', notes: 'FORGED notes', done: 'yes' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			/<textarea id="notes-1"[^>]*>[^<]*<\/textarea>/.exec(
				await page(lead, `/o/${ids.org}/cycles/${ids.admin}/review`)
			)?.[0] ?? 'missing'
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/review/+page.server.ts',
		method: 'POST',
		action: 'reviewed',
		path: o('/cycles/:admin/review'),
		fields: () => ({}),
		expect: leadOnly([200, 409]),
		witness: (lead, ids) => cycleStatus(lead, ids, ids.admin)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/facts/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:admin/facts'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/facts/+page.server.ts',
		method: 'POST',
		action: 'save',
		path: o('/cycles/:admin/facts'),
		fields: () => ({ 'fact.functional_integration.hr': '3' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			/name="fact\.functional_integration\.hr" value="3"[^>]*/.exec(
				await page(lead, `/o/${ids.org}/cycles/${ids.admin}/facts`)
			)?.[0] ?? 'missing'
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/export/[file]/+server.ts',
		method: 'GET',
		path: o('/cycles/:closed/export/answers.csv'),
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/export/[file]/+server.ts',
		method: 'GET',
		path: o('/cycles/:closed/export/scores.json'),
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/export/[file]/+server.ts',
		method: 'GET',
		path: o('/cycles/:closed/export/workbook.xlsx'),
		expect: leadOnly()
	},

	// Invitations of respondents
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:survey/invitations'),
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		method: 'POST',
		action: 'import',
		path: o('/cycles/:survey/invitations'),
		fields: () => ({ csv: 'forged@example.test, FORGED name, sales' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(
				await page(lead, `/o/${ids.org}/cycles/${ids.survey}/invitations`),
				/forged@example\.test/g
			)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		method: 'POST',
		action: 'anonymous',
		path: o('/cycles/:survey/invitations'),
		fields: () => ({ group: 'sales', count: '3' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(
				await page(lead, `/o/${ids.org}/cycles/${ids.survey}/invitations`),
				/name="invitationId"/g
			)
	},
	// No SMTP_URL on the test server: the lead is told that e-mail is not set up (409), and nothing is sent.
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		method: 'POST',
		action: 'send',
		path: o('/cycles/:survey/invitations'),
		fields: () => ({}),
		expect: leadOnly(409)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		method: 'POST',
		action: 'remind',
		path: o('/cycles/:survey/invitations'),
		fields: () => ({}),
		expect: leadOnly(409)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		method: 'POST',
		action: 'revoke',
		path: o('/cycles/:survey/invitations'),
		fields: (ids) => ({ invitationId: ids.anonymousInvitation }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(
				await page(lead, `/o/${ids.org}/cycles/${ids.survey}/invitations`),
				/name="invitationId"/g
			)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		method: 'POST',
		action: 'reissue',
		path: o('/cycles/:survey/invitations'),
		fields: (ids) => ({ invitationId: ids.personalInvitation }),
		expect: leadOnly(200)
	},
	// Erasing one invitee on request (issue 14.6): leads only, and only their own cycle's invitee.
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/+page.server.ts',
		method: 'POST',
		action: 'erase',
		path: o('/cycles/:survey/invitations'),
		fields: (ids) => ({ invitationId: ids.personalInvitation, confirm: 'yes' }),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			String(
				(await page(lead, `/o/${ids.org}/cycles/${ids.survey}/invitations`)).includes(
					'authz-person@example.test'
				)
			)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/links.csv/+server.ts',
		method: 'GET',
		path: o('/cycles/:survey/invitations/links.csv'),
		expect: leadOnly()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/invitations/print/+page.server.ts',
		method: 'GET',
		path: (ids) => `/o/${ids.org}/cycles/${ids.survey}/invitations/print?ids=${ids.printIds}`,
		expect: leadOnly()
	},

	// Board reports
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/reports/+page.server.ts',
		method: 'GET',
		path: o('/cycles/:closed/reports'),
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/reports/+page.server.ts',
		method: 'POST',
		action: 'generate',
		path: o('/cycles/:closed/reports'),
		fields: () => ({}),
		expect: leadOnly(200),
		witness: async (lead, ids) =>
			count(await page(lead, `/o/${ids.org}/cycles/${ids.closed}/reports`), /data-report="/g)
	},
	// No SMTP_URL: 503 "nothing was sent" for the lead.
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/reports/+page.server.ts',
		method: 'POST',
		action: 'mail',
		path: o('/cycles/:closed/reports'),
		fields: (ids) => ({ reportId: ids.report }),
		expect: leadOnly(503)
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/reports/[reportId]/pdf/+server.ts',
		method: 'GET',
		path: (ids) => `/o/${ids.org}/cycles/${ids.closed}/reports/${ids.report}/pdf`,
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/reports/[reportId]/pptx/+server.ts',
		method: 'GET',
		path: (ids) => `/o/${ids.org}/cycles/${ids.closed}/reports/${ids.report}/pptx`,
		expect: member()
	},
	{
		file: '(app)/o/[orgId]/cycles/[cycleId]/reports/[reportId]/xlsx/+server.ts',
		method: 'GET',
		path: (ids) => `/o/${ids.org}/cycles/${ids.closed}/reports/${ids.report}/xlsx`,
		expect: member()
	},

	// The respondent's survey: the link is the only credential, so anyone holding it gets the same answer.
	{
		file: '(respondent)/s/[token]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/s/${ids.token}`,
		expect: all(200)
	},
	{
		file: '(respondent)/s/[token]/[step]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/s/${ids.token}/1`,
		expect: all(200)
	},
	{
		file: '(respondent)/s/[token]/[step]/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: (ids) => `/s/${ids.token}/1`,
		fields: () => ({}),
		expect: all('303 /s/')
	},
	{
		file: '(respondent)/s/[token]/review/+page.server.ts',
		method: 'GET',
		path: (ids) => `/s/${ids.token}/review`,
		expect: all(200)
	},
	// Nothing answered yet: the submit is refused, and the survey stays open for the next calls.
	{
		file: '(respondent)/s/[token]/review/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: (ids) => `/s/${ids.token}/review`,
		fields: () => ({}),
		expect: all(400)
	},
	{
		file: '(respondent)/s/[token]/thanks/+page.server.ts',
		method: 'GET',
		path: (ids) => `/s/${ids.token}/thanks`,
		expect: all('303 /s/')
	},
	// The first browser to save owns the draft; holding the link gives every other browser no access to it (issue 11).
	{
		file: '(respondent)/s/[token]/autosave/+server.ts',
		method: 'POST',
		path: (ids) => `/s/${ids.token}/autosave`,
		json: (ids) => ({ answers: [{ itemId: ids.item, value: 3, dontKnow: false }] }),
		expect: { anonymous: 200, respondent: 409, otherLead: 409, board: 409, lead: 409 }
	},
	{
		file: '(respondent)/s/[token]/[step]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/s/${ids.token}/1`,
		expect: {
			anonymous: 200,
			respondent: '303 /s/',
			otherLead: '303 /s/',
			board: '303 /s/',
			lead: '303 /s/'
		}
	},
	{
		file: '(respondent)/s/[token]/resume/+page.server.ts',
		method: 'GET',
		path: (ids) => `/s/${ids.token}/resume`,
		expect: { anonymous: '303 /s/', respondent: 200, otherLead: 200, board: 200, lead: 200 }
	},
	{
		file: '(respondent)/s/[token]/resume/+page.server.ts',
		method: 'POST',
		action: 'code',
		path: (ids) => `/s/${ids.token}/resume`,
		fields: () => ({ code: 'AAAA-AAAA' }),
		expect: { anonymous: '303 /s/', respondent: 400, otherLead: 400, board: 400, lead: 400 }
	},
	// The draft's own browser is not locked out: the page sends it back to the survey.
	{
		file: '(respondent)/s/[token]/resume/+page.server.ts',
		method: 'POST',
		action: 'startOver',
		path: (ids) => `/s/${ids.token}/resume`,
		fields: () => ({}),
		expect: { anonymous: '303 /s/', respondent: 400, otherLead: 400, board: 400, lead: 400 }
	},
	// Unknown tokens: one call per survey route file and visitor (25, under the limit of 30 per client).
	{
		file: '(respondent)/s/[token]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/s/${ids.unknownToken}`,
		expect: all(404)
	},
	{
		file: '(respondent)/s/[token]/[step]/+page.server.ts',
		method: 'GET',
		path: (ids) => `/s/${ids.unknownToken}/1`,
		expect: all(404)
	},
	{
		file: '(respondent)/s/[token]/review/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: (ids) => `/s/${ids.unknownToken}/review`,
		fields: () => ({}),
		expect: all(404)
	},
	{
		file: '(respondent)/s/[token]/thanks/+page.server.ts',
		method: 'GET',
		path: (ids) => `/s/${ids.unknownToken}/thanks`,
		expect: all(404)
	},
	{
		file: '(respondent)/s/[token]/autosave/+server.ts',
		method: 'POST',
		path: (ids) => `/s/${ids.unknownToken}/autosave`,
		json: (ids) => ({ answers: [{ itemId: ids.item, value: 3, dontKnow: false }] }),
		expect: all(404)
	},

	// The installation's operator page (issue 11): none of these five is the operator, so for them it does not exist.
	{
		file: '(app)/operator/+page.server.ts',
		method: 'GET',
		path: () => '/operator',
		expect: all(404)
	},
	{
		file: '(app)/operator/+page.server.ts',
		method: 'POST',
		action: 'admit',
		path: () => '/operator',
		fields: (ids) => ({ organisationId: ids.otherOrg }),
		expect: all(404)
	},
	{
		file: '(app)/operator/+page.server.ts',
		method: 'POST',
		action: 'remove',
		path: () => '/operator',
		fields: (ids) => ({ organisationId: ids.org, confirm: 'yes' }),
		expect: all(404)
	},

	// Any member may leave. The board member does (so this comes last but one); the demo lead, the
	// organisation's only lead, may not.
	{
		file: '(app)/o/[orgId]/members/+page.server.ts',
		method: 'POST',
		action: 'leave',
		path: o('/members'),
		fields: () => ({ confirm: 'yes' }),
		expect: {
			anonymous: SIGN_IN,
			respondent: SIGN_IN,
			otherLead: 404,
			board: '303 /?all',
			lead: 409
		}
	},

	// The demo organisation is deleted by its lead, name typed, after everyone else was refused
	// (the board member has left by now: 404). Only the operator's test, on another
	// organisation, runs after this.
	{
		file: '(app)/o/[orgId]/delete/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: o('/delete'),
		fields: () => ({ confirmName: 'Northwind Mutual (demo)' }),
		expect: {
			anonymous: SIGN_IN,
			respondent: SIGN_IN,
			otherLead: 404,
			board: 404,
			lead: '303 /?all&deleted=1'
		},
		witness: (lead, ids) => lead.get(`/o/${ids.org}`).then((r) => String(r.status))
	},

	// Last: signing out ends the sessions the calls above use.
	{
		file: '(app)/sign-out/+page.server.ts',
		method: 'POST',
		action: 'default',
		path: () => '/sign-out',
		fields: () => ({}),
		expect: all('303 /sign-in')
	}
];

const label = (c: Case) =>
	`${c.method} ${c.file.replace(/\/?\+(page\.server|server)\.ts$/, '') || '/'}${c.action ? ` ?/${c.action}` : ''}`;

async function call(client: HttpClient, c: Case, ids: Ids): Promise<Response> {
	const path = c.path(ids);
	if (c.method === 'GET') return client.get(path);
	if (c.json) {
		const cookie = (client as unknown as { cookies: Map<string, string> }).cookies;
		return fetch(client.baseUrl + path, {
			method: 'POST',
			body: JSON.stringify(c.json(ids)),
			headers: {
				origin: client.baseUrl,
				'content-type': 'application/json',
				'x-forwarded-for': client.address,
				...(cookie.size ? { cookie: [...cookie].map(([k, v]) => `${k}=${v}`).join('; ') } : {})
			},
			redirect: 'manual'
		});
	}
	const target = c.action && c.action !== 'default' ? `${path}?/${c.action}` : path;
	return client.post(target, c.fields?.(ids) ?? {});
}

function outcome(response: Response): string {
	const location = response.headers.get('location');
	return location ? `${response.status} ${location}` : String(response.status);
}

function matches(response: Response, expected: Expected): boolean {
	if (typeof expected === 'number') return response.status === expected;
	if (Array.isArray(expected)) return expected.includes(response.status);
	const prefix = expected.slice(4);
	return response.status === 303 && (response.headers.get('location') ?? '').startsWith(prefix);
}

/** Whether an expected answer lets the call through (a 2xx, or a redirect other than to sign in). */
const allowed = (e: Expected): boolean =>
	typeof e === 'string'
		? !e.startsWith(SIGN_IN)
		: (Array.isArray(e) ? e : [e]).some((s) => s < 400);

describe('authorisation matrix', () => {
	let server: RunningServer;
	let cleanup: () => Promise<void>;
	let identityProvider: LocalIdentityProvider | undefined;
	const clients = {} as Record<Role, HttpClient>;
	const ids = {} as Ids;

	beforeAll(async () => {
		const database = await freshDatabase();
		cleanup = database.cleanup;
		const port = await freePort();
		identityProvider = await startIdentityProvider({ apps: [`http://127.0.0.1:${port}`] });
		server = await startServer(
			{
				...database.env,
				...identityProvider.env,
				SEED_DEMO: 'true',
				OPERATOR_EMAILS: `nobody@example.test, ${OPERATOR_EMAIL.toUpperCase()}`,
				// Each visitor is its own client (as on the shared server): the unknown account links
				// the five roles try would otherwise use up one address's allowance for everyone.
				ADDRESS_HEADER: 'x-forwarded-for'
			},
			{ port }
		);
		const base = server.baseUrl;
		for (const role of roles) clients[role] = new HttpClient(base);
		await clients.lead.signIn(demo.lead, demo.password);
		await clients.board.signIn(demo.board, demo.password);
		await clients.otherLead.signUp(
			'Other Lead',
			uniqueEmail('authz-other'),
			'a long enough password'
		);
		const otherOrg = await clients.otherLead.post('/orgs/new', {
			name: 'Other Organisation Ltd',
			sector: 'Manufacturing',
			sizeBand: '250–999'
		});
		expect(otherOrg.status).toBe(303);
		ids.otherOrg = otherOrg.headers.get('location')!.split('/').pop()!;

		const lead = clients.lead;
		ids.org = await landingOrganisation(lead);
		ids.closed = await cycleIdByName(lead, ids.org, 'Spring 2026');
		ids.instrument = new RegExp(`/instruments/(${UUID})"`).exec(
			await page(lead, `/o/${ids.org}/instruments`)
		)![1]!;

		ids.survey = await createCycle(lead, ids.org, 'Authz survey', ['sales']);
		expect((await lead.post(`/o/${ids.org}/cycles/${ids.survey}?/open`, {})).status).toBe(200);
		const issued = await (
			await lead.post(`/o/${ids.org}/cycles/${ids.survey}/invitations?/anonymous`, {
				group: 'sales',
				count: '2'
			})
		).text();
		ids.printIds = /print\?ids=([^"]+)"/.exec(issued)![1]!;
		ids.anonymousInvitation = ids.printIds.split(',')[1]!;
		ids.token = /\/s\/([a-z2-7]{64})/.exec(issued)![1]!;
		expect(
			(
				await lead.post(`/o/${ids.org}/cycles/${ids.survey}/invitations?/import`, {
					csv: 'authz-person@example.test, Authz Person, sales'
				})
			).status
		).toBe(200);
		ids.personalInvitation = new RegExp(
			`action="\\?/reissue"[^>]*>\\s*<input type="hidden" name="invitationId" value="(${UUID})"`
		).exec(await page(lead, `/o/${ids.org}/cycles/${ids.survey}/invitations`))![1]!;
		ids.unknownToken = 'a'.repeat(64);
		ids.unknownJoin = 'b'.repeat(40);
		ids.unknownAccountLink = 'c'.repeat(52);
		ids.item = new RegExp(`name="item\\.(${UUID})"`).exec(
			await page(lead, `/s/${ids.token}/1`)
		)![1]!;

		ids.admin = await createCycle(lead, ids.org, 'Authz admin', ['sales']);
		expect(
			(
				await lead.post(`/o/${ids.org}/cycles/${ids.admin}/actions?/create`, {
					title: 'Authz action',
					dimensionKeys: 'vision',
					owner: 'Owner',
					impact: '3',
					complexity: '3',
					dueDate: '',
					status: 'planned'
				})
			).status
		).toBe(200);
		const actions = await page(lead, `/o/${ids.org}/cycles/${ids.admin}/actions`);
		ids.action = new RegExp(`Authz action[\\s\\S]*?name="actionId" value="(${UUID})"`).exec(
			actions
		)![1]!;

		expect(
			(
				await lead.post(`/o/${ids.org}/cycles/${ids.admin}/actions?/create`, {
					title: 'Doomed action',
					dimensionKeys: 'vision',
					owner: 'Owner',
					impact: '2',
					complexity: '2',
					dueDate: '',
					status: 'planned'
				})
			).status
		).toBe(200);
		ids.doomedAction = new RegExp(`Doomed action[\\s\\S]*?name="actionId" value="(${UUID})"`).exec(
			await page(lead, `/o/${ids.org}/cycles/${ids.admin}/actions`)
		)![1]!;

		for (const name of ['Authz activity', 'Doomed activity'])
			expect(
				(
					await lead.post(`/o/${ids.org}/activities?/create`, {
						name,
						strategyPart: 'Retain customers'
					})
				).status
			).toBe(200);
		const inventory = await page(lead, `/o/${ids.org}/activities`);
		const activityIdOf = (name: string) =>
			new RegExp(`data-activity="(${UUID})"(?:(?!data-activity)[^])*?<h3[^>]*>${name}</h3>`).exec(
				inventory
			)![1]!;
		ids.activity = activityIdOf('Authz activity');
		ids.doomedActivity = activityIdOf('Doomed activity');

		expect(
			(
				await lead.post(`/o/${ids.org}/cycles/${ids.admin}/roadmap?/phase`, {
					name: 'Authz phase',
					startsOn: '',
					endsOn: ''
				})
			).status
		).toBe(200);
		ids.phase = new RegExp(`<option value="(${UUID})"[^>]*>Authz phase</option>`).exec(
			await page(lead, `/o/${ids.org}/cycles/${ids.admin}/roadmap`)
		)![1]!;
		expect(
			(
				await lead.post(`/o/${ids.org}/cycles/${ids.admin}/roadmap?/interview`, {
					who: 'Authz interviewee',
					heldOn: '2026-11-03',
					topic: ''
				})
			).status
		).toBe(200);
		ids.interview = new RegExp(`removeInterview=(${UUID})`).exec(
			await page(lead, `/o/${ids.org}/cycles/${ids.admin}/roadmap`)
		)![1]!;

		const colleague = new HttpClient(base);
		const colleagueEmail = uniqueEmail('authz-colleague');
		await colleague.signUp('Authz Colleague', colleagueEmail, 'a long enough password');
		ids.colleagueSession = /data-session="([0-9a-f]{64})"/.exec(
			await page(colleague, '/account')
		)![1]!;
		const invited = await (
			await lead.post(`/o/${ids.org}/members?/invite`, { role: 'board', email: colleagueEmail })
		).text();
		const joinPath = /\/join\/[a-z0-9]+/.exec(invited)![0];
		expect((await colleague.post(joinPath, {})).status).toBe(303);
		const members = await page(lead, `/o/${ids.org}/members`);
		ids.colleague = memberIdOf(members, 'Authz Colleague');
		ids.boardUser = memberIdOf(members, demo.board);
		expect(memberRole(members, ids.colleague)).toBe('board');

		expect(
			(
				await lead.post(`/o/${ids.org}/members?/invite`, {
					role: 'board',
					email: 'authz-board@example.test'
				})
			).status
		).toBe(200);
		ids.memberInvitation = new RegExp(`name="invitationId" value="(${UUID})"`).exec(
			await page(lead, `/o/${ids.org}/members`)
		)![1]!;

		const reports = `/o/${ids.org}/cycles/${ids.closed}/reports`;
		expect((await lead.post(`${reports}?/generate`, {})).status).toBe(200);
		ids.report = await waitForReport(lead, reports, new Set());
	}, 240_000);

	afterAll(async () => {
		await server?.stop();
		await identityProvider?.stop();
		await cleanup?.();
	});

	it('covers every page, endpoint and form action under src/routes', () => {
		const missing: string[] = [];
		for (const route of discoverRoutes()) {
			for (const method of route.methods) {
				if (
					!matrix.some(
						(c) =>
							c.file === route.file &&
							c.method === method &&
							(c.action === undefined || route.file.endsWith('+server.ts'))
					)
				)
					missing.push(`${method} ${route.file}`);
			}
			for (const action of route.actions) {
				if (
					!matrix.some((c) => c.file === route.file && c.method === 'POST' && c.action === action)
				)
					missing.push(`POST ${route.file} ?/${action}`);
			}
		}
		const stale = matrix.filter((c) => !discoverRoutes().some((r) => r.file === c.file)).map(label);
		expect(missing, 'routes the authorisation matrix does not call: add them to `matrix`').toEqual(
			[]
		);
		expect(stale, 'matrix entries for route files that no longer exist').toEqual([]);
	});

	it("answers 404 to another organisation's lead who puts this organisation's ids under their own", async () => {
		const other = clients.otherLead;
		const paths = [
			`/o/${ids.otherOrg}/cycles/${ids.closed}`,
			`/o/${ids.otherOrg}/cycles/${ids.closed}/dashboard`,
			`/o/${ids.otherOrg}/cycles/${ids.closed}/actions`,
			`/o/${ids.otherOrg}/cycles/${ids.admin}/actions/${ids.action}`,
			`/o/${ids.otherOrg}/cycles/${ids.admin}/activities`,
			`/o/${ids.otherOrg}/cycles/${ids.admin}/roadmap`,
			`/o/${ids.otherOrg}/cycles/${ids.closed}/review`,
			`/o/${ids.otherOrg}/cycles/${ids.closed}/reports`,
			`/o/${ids.otherOrg}/cycles/${ids.closed}/reports/${ids.report}/pdf`,
			`/o/${ids.otherOrg}/cycles/${ids.closed}/reports/${ids.report}/pptx`,
			`/o/${ids.otherOrg}/cycles/${ids.closed}/reports/${ids.report}/xlsx`,
			`/o/${ids.otherOrg}/cycles/${ids.closed}/export/workbook.xlsx`,
			`/o/${ids.otherOrg}/cycles/${ids.closed}/export/answers.json`,
			`/o/${ids.otherOrg}/cycles/${ids.survey}/invitations`,
			`/o/${ids.otherOrg}/cycles/${ids.survey}/invitations/links.csv`,
			`/o/${ids.otherOrg}/cycles/${ids.survey}/invitations/print?ids=${ids.printIds}`
		];
		for (const path of paths) expect.soft((await other.get(path)).status, path).toBe(404);
		const forged = await other.post(`/o/${ids.otherOrg}/cycles/${ids.closed}/actions?/status`, {
			actionId: ids.action,
			status: 'done'
		});
		expect.soft(forged.status, 'status of an action of another organisation').toBe(404);
		const revoke = await other.post(`/o/${ids.otherOrg}/members?/revoke`, {
			invitationId: ids.memberInvitation
		});
		// The revoke answers for the caller's own organisation, but must leave the demo invitation alone.
		expect.soft([200, 404]).toContain(revoke.status);
		expect(await page(clients.lead, `/o/${ids.org}/members`)).toContain(ids.memberInvitation);
		// Membership changes name a person: one of another organisation is nobody in the caller's.
		for (const [action, fields] of [
			['remove', { userId: ids.boardUser, confirm: 'yes' }],
			['role', { userId: ids.boardUser, role: 'lead', confirm: 'yes' }]
		] as const) {
			const forged = await other.post(`/o/${ids.otherOrg}/members?/${action}`, fields);
			expect.soft(forged.status, `${action} of another organisation's member`).toBe(404);
		}
		expect(memberRole(await page(clients.lead, `/o/${ids.org}/members`), ids.boardUser)).toBe(
			'board'
		);
	});

	for (const c of matrix) {
		it(label(c) + (c.path.toString().includes('unknown') ? ' (unknown token)' : ''), async () => {
			const before = c.witness ? await c.witness(clients.lead, ids) : undefined;
			for (const role of roles) {
				if (role === 'lead' && c.witness) {
					// Nobody without the right changed anything the lead can see.
					expect(
						await c.witness(clients.lead, ids),
						`${label(c)}: state after the forbidden calls`
					).toBe(before);
				}
				const response = await call(clients[role], c, ids);
				expect
					.soft(
						matches(response, c.expect[role]),
						`${role}: ${label(c)} answered ${outcome(response)}, expected ${c.expect[role]}`
					)
					.toBe(true);
				if (response.status === 404) {
					// A refusal says nothing about the organisation it protects.
					expect.soft(await response.text(), `${role}: ${label(c)}`).not.toContain('Northwind');
				}
			}
			// A witness only makes sense where everyone but the lead is refused.
			for (const role of roles)
				if (role !== 'lead' && c.witness)
					expect(allowed(c.expect[role]), `${role}: ${label(c)}`).toBe(false);
		});
	}

	it('the operator (OPERATOR_EMAILS) alone lists organisations and admits or removes them, removal confirmed first', async () => {
		const operator = new HttpClient(server.baseUrl);
		await operator.signUp('Operator', OPERATOR_EMAIL, 'a long enough password');
		const html = await page(operator, '/operator');
		expect(html).toContain('Other Organisation Ltd');
		expect(html).toContain('href="/operator"');
		const row = (h: string) =>
			h.slice(
				h.indexOf(`data-organisation="${ids.otherOrg}"`),
				h.indexOf('</tr>', h.indexOf(`data-organisation="${ids.otherOrg}"`))
			);
		expect(row(html)).toContain('not admitted');
		expect((await operator.post('/operator?/admit', { organisationId: ids.otherOrg })).status).toBe(
			200
		);
		expect(row(await page(operator, '/operator'))).toContain('>admitted<');
		// Removal without the confirmation step is refused and changes nothing.
		expect(
			(await operator.post('/operator?/remove', { organisationId: ids.otherOrg })).status
		).toBe(400);
		expect(row(await page(operator, '/operator'))).toContain('>admitted<');
		const confirm = await page(operator, `/operator?remove=${ids.otherOrg}`);
		expect(confirm).toContain('Remove Other Organisation Ltd from the peer panel?');
		expect(
			(await operator.post('/operator?/remove', { organisationId: ids.otherOrg, confirm: 'yes' }))
				.status
		).toBe(200);
		expect(row(await page(operator, '/operator'))).toContain('not admitted');
		// Nobody else has the link in the header.
		expect(await page(new HttpClient(server.baseUrl), '/')).not.toContain('href="/operator"');
	});
});
