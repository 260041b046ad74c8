import { fail } from '@sveltejs/kit';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type FormParseResult<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; values: Record<string, string>; errors: FieldErrors };

const SECRET_FIELDS = new Set(['password', 'currentPassword', 'confirmPassword']);

/** PostgreSQL cannot store U+0000 in text, so a field holding one is refused with this message. */
export const NUL_MESSAGE = 'This field contains a character that cannot be stored.';

const hasNul = (value: unknown): boolean =>
	typeof value === 'string' ? value.includes('\u0000') : Array.isArray(value) && value.some(hasNul);

/**
 * The fields (of a form, or of values read from one) that hold a NUL character, each with
 * NUL_MESSAGE. Every form action checks this, through parseForm or directly.
 */
export function unstorableFields(entries: Iterable<[string, unknown]>): FieldErrors {
	const errors: FieldErrors = {};
	for (const [key, value] of entries) if (hasNul(value)) errors[key] = NUL_MESSAGE;
	return errors;
}

/** What was typed, to show again, without NUL characters (and never secrets). */
export function typedValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const key of new Set(formData.keys())) {
		if (SECRET_FIELDS.has(key)) continue;
		values[key] = formData
			.getAll(key)
			.filter((v): v is string => typeof v === 'string')
			.join(',')
			.replaceAll('\u0000', '');
	}
	return values;
}

/**
 * Parses a form with a zod schema; on failure gives one message per field and what was typed (never
 * secrets). A field (or an `extra` value) holding a NUL character fails with NUL_MESSAGE.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	formData: FormData,
	arrayFields: readonly string[] = [],
	extra: Record<string, unknown> = {}
): FormParseResult<z.infer<S>> {
	const raw: Record<string, unknown> = {};
	const values = typedValues(formData);
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = arrayFields.includes(key) ? all : all[0];
	}
	const unstorable = unstorableFields([...formData.entries(), ...Object.entries(extra)]);
	if (Object.keys(unstorable).length > 0) return { ok: false, values, errors: unstorable };
	for (const key of arrayFields) raw[key] ??= [];
	Object.assign(raw, extra);
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data, values };
	const errors: FieldErrors = {};
	for (const issue of parsed.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
		if (issue.path.length > 1) errors[issue.path.join('.')] ??= issue.message;
	}
	return { ok: false, values, errors };
}

/** The one shape every failed form action returns: what was typed and one message per field. */
export function invalid(
	status: number,
	values: Record<string, string> | undefined,
	errors: FieldErrors
) {
	return fail(status, { values: values ?? {}, errors });
}
