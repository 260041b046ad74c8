import { fail } from '@sveltejs/kit';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type FormParseResult<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; values: Record<string, string>; errors: FieldErrors };

const SECRET_FIELDS = new Set(['password']);

/** Parses a form with a zod schema; on failure gives one message per field and what was typed (never secrets). */
export function parseForm<S extends z.ZodType>(
	schema: S,
	formData: FormData,
	arrayFields: readonly string[] = [],
	extra: Record<string, unknown> = {}
): FormParseResult<z.infer<S>> {
	const raw: Record<string, unknown> = {};
	const values: Record<string, string> = {};
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = arrayFields.includes(key) ? all : all[0];
		if (!SECRET_FIELDS.has(key)) values[key] = all.join(',');
	}
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
export function invalid(status: number, values: Record<string, string> | undefined, errors: FieldErrors) {
	return fail(status, { values: values ?? {}, errors });
}
