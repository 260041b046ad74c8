import { z } from 'zod';

const email = z.string().trim().toLowerCase().pipe(z.email('Enter a valid e-mail address.').max(254));

export const signUpSchema = z.object({
	name: z.string().trim().min(1, 'Enter your name.').max(100, 'Keep your name under 100 characters.'),
	email,
	password: z
		.string()
		.min(10, 'Use at least 10 characters.')
		.max(200, 'Use at most 200 characters.')
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
	email,
	password: z.string().min(1, 'Enter your password.').max(200)
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Only a path on this site, so a crafted link can't bounce a person elsewhere after sign-in. */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
	return next;
}
