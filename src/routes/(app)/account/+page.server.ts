import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { invalid, parseForm } from '$lib/forms';
import {
	changeEmailSchema,
	changePasswordSchema,
	confirmSchema,
	sessionIdSchema
} from '$lib/domain/account/schema';
import { deviceName, lastUsedLabel } from '$lib/domain/account/device';
import { preferredLanguage } from '$lib/domain/language';
import { personLanguageSchema } from '$lib/domain/language-schema';
import { acceptedLanguages } from '$lib/domain/instrument/languages';
import * as accounts from '$lib/server/auth/accounts';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { requireUser } from '$lib/server/auth/guard';
import { requirePasswordSignIn } from '$lib/server/auth/sso';
import {
	activeSessions,
	invalidateOwnSession,
	invalidateUserSessions
} from '$lib/server/auth/session';
import { switchLanguage } from '$lib/server/platform/i18n';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const wait = (seconds: number) =>
	m.common_attempts_too_many({
		wait: m.common_wait_minutes({ count: Math.max(1, Math.ceil(seconds / 60)) })
	});

/** Your address, your password, and where you are signed in (each session can be ended). */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const now = new Date();
	const sessions = await activeSessions(user.id, now);
	return {
		email: user.email,
		// Not `language`: that is the page's own (the layout's), which the browser's messages speak.
		chosenLanguage: await accounts.languageOf(user.id),
		verified: user.emailVerified,
		justVerified: event.url.searchParams.has('verified'),
		confirmingEverywhere: event.url.searchParams.has('everywhere'),
		sessions: sessions.map((s) => ({
			id: s.id,
			device: deviceName(s.device),
			signedInAt: s.createdAt,
			lastUsed: lastUsedLabel(s.lastUsedAt, now),
			current: s.id === event.locals.session?.id
		}))
	};
};

export const actions = {
	resendVerification: async (event) => {
		const user = requireUser(event);
		const form = parseForm(z.object({}), await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await accounts.resendVerification(
			user,
			event.getClientAddress(),
			event.url.origin
		);
		if (!result.ok && result.reason === 'rate-limited')
			return invalid(429, form.values, { verification: wait(result.retryAfterSeconds) });
		if (!result.ok) return { alreadyVerified: true };
		return { verificationSent: user.email };
	},
	changePassword: async (event) => {
		const user = requireUser(event);
		requirePasswordSignIn();
		const form = parseForm(changePasswordSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await accounts.changePassword(
			user,
			event.locals.session!.id,
			form.data,
			event.getClientAddress(),
			event.url.origin
		);
		if (!result.ok)
			return result.reason === 'rate-limited'
				? invalid(429, form.values, { currentPassword: wait(result.retryAfterSeconds) })
				: invalid(400, form.values, { currentPassword: m.common_wrong_password() });
		return { passwordChanged: true };
	},
	changeEmail: async (event) => {
		const user = requireUser(event);
		requirePasswordSignIn();
		const form = parseForm(changeEmailSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		const result = await accounts.requestEmailChange(
			user,
			form.data,
			event.getClientAddress(),
			event.url.origin
		);
		if (!result.ok) {
			if (result.reason === 'rate-limited')
				return invalid(429, form.values, { email: wait(result.retryAfterSeconds) });
			if (result.reason === 'same-address')
				return invalid(400, form.values, { email: m.common_account_same_address() });
			return invalid(400, form.values, { currentPassword: m.common_wrong_password() });
		}
		return { emailChangeSent: form.data.email };
	},
	/**
	 * The person's own language (issue 17); empty: the browser's, then each organisation's default.
	 * The page that answers already speaks it (this page has no organisation: no default to ask).
	 */
	language: async (event) => {
		const user = requireUser(event);
		const form = parseForm(personLanguageSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await accounts.setLanguage(user.id, form.data.language);
		const accepted = acceptedLanguages(event.request.headers.get('accept-language'));
		const language = preferredLanguage(form.data.language, accepted, null);
		event.locals.language = language;
		switchLanguage(language);
		return { languageSaved: form.data.language };
	},
	/** Ends one of one's own sessions; ending this one signs out here. */
	revoke: async (event) => {
		const user = requireUser(event);
		const form = parseForm(sessionIdSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		if (!(await invalidateOwnSession(user.id, form.data.sessionId)))
			return invalid(404, form.values, { sessionId: m.common_account_session_ended() });
		if (form.data.sessionId === event.locals.session?.id) {
			deleteSessionCookie(event.cookies, event.url);
			redirect(303, '/sign-in');
		}
		return { revoked: true };
	},
	/** Every session of the account ends, this one too. Confirmed on ?everywhere first. */
	signOutEverywhere: async (event) => {
		const user = requireUser(event);
		const form = parseForm(confirmSchema, await event.request.formData());
		if (!form.ok) return invalid(400, form.values, form.errors);
		await invalidateUserSessions(user.id);
		deleteSessionCookie(event.cookies, event.url);
		redirect(303, '/sign-in?everywhere');
	}
} satisfies Actions;
