import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

// Messages are functions, read when a form fails: in the language of the request that sent it.

/** An account's sign-in address, as every form and single sign-on read it: trimmed, lower-cased. */
export const accountEmail = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email({ error: () => m.common_invalid_email() }).max(254));

/** A person's name as the app shows it. */
export const accountName = z
	.string()
	.trim()
	.min(1, { error: () => m.common_name_required() })
	.max(100, { error: () => m.common_name_too_long() });

/** A new password: at least 10 characters (ASVS 5.0 asks for 8 at least), at most 200. */
const newPassword = z
	.string()
	.min(10, { error: () => m.common_password_too_short() })
	.max(200, { error: () => m.common_password_too_long() });

export const signUpSchema = z.object({
	name: accountName,
	email: accountEmail,
	password: newPassword
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
	email: accountEmail,
	password: z
		.string()
		.min(1, { error: () => m.common_password_required() })
		.max(200)
});
export type SignInInput = z.infer<typeof signInSchema>;

const currentPassword = z
	.string()
	.min(1, { error: () => m.common_current_password_required() })
	.max(200, { error: () => m.common_wrong_password() });

/** "Forgot your password?": only the address. */
export const forgotPasswordSchema = z.object({ email: accountEmail });

/** The page a reset link opens: the new password, twice. */
export const resetPasswordSchema = z
	.object({ password: newPassword, confirmPassword: z.string().max(200) })
	.refine((v) => v.password === v.confirmPassword, {
		error: () => m.common_passwords_differ(),
		path: ['confirmPassword']
	});

export const changePasswordSchema = z
	.object({ currentPassword, password: newPassword, confirmPassword: z.string().max(200) })
	.refine((v) => v.password === v.confirmPassword, {
		error: () => m.common_passwords_differ(),
		path: ['confirmPassword']
	});

export const changeEmailSchema = z.object({ email: accountEmail, currentPassword });

/** A session of one's own, by its id (the SHA-256 of its cookie, never the cookie). */
export const sessionIdSchema = z.object({
	sessionId: z.string().regex(/^[0-9a-f]{64}$/, { error: () => m.common_choose_session() })
});

/** The second step of signing out everywhere. */
export const confirmSchema = z.object({
	confirm: z.literal('yes', { error: () => m.common_confirm_first() })
});

/**
 * Only a path on this site, so a crafted link can't bounce a person elsewhere after sign-in.
 * `next` is resolved against the app's origin exactly as a browser resolves a Location header
 * (tabs and newlines dropped, backslashes read as slashes, `//host` taken as a host), and only a
 * same-origin result is kept, returned as its path, query and fragment.
 */
export function safeNextPath(
	next: string | null | undefined,
	origin: string,
	fallback = '/'
): string {
	if (!next) return fallback;
	let resolved: URL;
	try {
		resolved = new URL(next, origin);
	} catch {
		return fallback;
	}
	if (resolved.origin !== new URL(origin).origin) return fallback;
	const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
	// A normalised path can still begin with `//` (e.g. `/.//host`), which a browser reads as a host.
	if (!path.startsWith('/') || path.startsWith('//') || /[\\\s]/.test(path)) return fallback;
	return path;
}
