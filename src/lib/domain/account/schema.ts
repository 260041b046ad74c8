import { z } from 'zod';

/** An account's sign-in address, as every form and single sign-on read it: trimmed, lower-cased. */
export const accountEmail = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email('Enter a valid e-mail address.').max(254));

/** A person's name as the app shows it. */
export const accountName = z
	.string()
	.trim()
	.min(1, 'Enter your name.')
	.max(100, 'Keep your name under 100 characters.');

/** A new password: at least 10 characters (ASVS 5.0 asks for 8 at least), at most 200. */
const newPassword = z
	.string()
	.min(10, 'Use at least 10 characters.')
	.max(200, 'Use at most 200 characters.');

export const signUpSchema = z.object({
	name: accountName,
	email: accountEmail,
	password: newPassword
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
	email: accountEmail,
	password: z.string().min(1, 'Enter your password.').max(200)
});
export type SignInInput = z.infer<typeof signInSchema>;

const currentPassword = z
	.string()
	.min(1, 'Enter your current password.')
	.max(200, 'That is not your current password.');

/** "Forgot your password?": only the address. */
export const forgotPasswordSchema = z.object({ email: accountEmail });

/** The page a reset link opens: the new password, twice. */
export const resetPasswordSchema = z
	.object({ password: newPassword, confirmPassword: z.string().max(200) })
	.refine((v) => v.password === v.confirmPassword, {
		message: 'The two passwords differ.',
		path: ['confirmPassword']
	});

export const changePasswordSchema = z
	.object({ currentPassword, password: newPassword, confirmPassword: z.string().max(200) })
	.refine((v) => v.password === v.confirmPassword, {
		message: 'The two passwords differ.',
		path: ['confirmPassword']
	});

export const changeEmailSchema = z.object({ email: accountEmail, currentPassword });

/** A session of one's own, by its id (the SHA-256 of its cookie, never the cookie). */
export const sessionIdSchema = z.object({
	sessionId: z.string().regex(/^[0-9a-f]{64}$/, 'Choose a session from the list.')
});

/** The second step of signing out everywhere. */
export const confirmSchema = z.object({
	confirm: z.literal('yes', { error: 'Confirm this first.' })
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
