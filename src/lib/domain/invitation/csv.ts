import Papa from 'papaparse';
import { z } from 'zod';
import { stakeholderGroups } from '../instrument/types';
import { interfaceLanguages } from '../language';
import { groupLabel } from '../cycle/labels';
import { intlLocale } from '$lib/i18n/interface';
import { m } from '$lib/paraglide/messages';

/**
 * The largest invitee list the import form takes (a CSV file, or pasted text): 2 MB, some 40,000
 * people. The server's request body limit (BODY_SIZE_LIMIT, 4M by default) is above it, so a list
 * within this limit always reaches the form; docs/deployment.md explains both figures.
 */
export const INVITEE_LIST_MAX_BYTES = 2 * 1024 * 1024;

const megabytes = (bytes: number) =>
	`${new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;

/** The message beside the file field when a list is over the limit (size unknown: over the request limit). */
export function inviteeListTooLarge(bytes?: number): string {
	return bytes === undefined
		? m.cycle_csv_too_large()
		: m.cycle_csv_too_large_size({ size: megabytes(bytes) });
}

export interface InviteeRow {
	email: string;
	name: string | null;
	group: string;
	/** The language of the invitee's e-mail and link (issue 17), from the optional 4th column. */
	language?: string | null;
}

export interface RejectedRow {
	/** 1-based line in the pasted or uploaded text. */
	line: number;
	content: string;
	reason: string;
}

export interface InviteeImport {
	accepted: Array<InviteeRow & { line: number }>;
	rejected: RejectedRow[];
}

const emailSchema = z.email();

/** "Atención al cliente" → "atencion_al_cliente": case, accents, spaces and hyphens aside. */
const comparable = (text: string) =>
	text
		.trim()
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/[\s-]+/g, '_');

/**
 * Group names as people type them ("Customer service", "front line", "IT") map to keys, in any
 * interface language: the import form lists the groups in the lead's ("Ventas", "Vertrieb").
 */
export function groupKeyFrom(text: string): string | null {
	const wanted = comparable(text);
	for (const g of stakeholderGroups) {
		if (g.key === wanted) return g.key;
		if (interfaceLanguages.some((locale) => comparable(groupLabel(g.key, locale)) === wanted))
			return g.key;
	}
	const aliases: Record<string, string> = {
		executive: 'executives',
		exec: 'executives',
		frontline: 'front_line',
		customer_service: 'service',
		partner: 'partners',
		information_technology: 'it'
	};
	return aliases[wanted] ?? null;
}

/**
 * A language cell as people type it: a code ("es", "ES", "es-MX") or the language's name in
 * itself or in English ("Español", "Spanish"). Null when it names no language offered.
 */
export function languageFrom(text: string, offered: readonly string[]): string | null {
	const wanted = text.trim().toLowerCase();
	const names: Record<string, string> = {
		english: 'en',
		inglés: 'en',
		spanish: 'es',
		español: 'es',
		espanol: 'es',
		castellano: 'es',
		german: 'de',
		deutsch: 'de',
		french: 'fr',
		français: 'fr'
	};
	const code = names[wanted] ?? wanted.split(/[-_]/)[0] ?? '';
	return offered.includes(code) ? code : null;
}

/**
 * Parses "e-mail, name (optional), group, language (optional)" rows. A header row is recognised
 * and skipped; every bad row is reported with its line and reason, and the good ones are kept.
 * A language must be one the cycle's questionnaire is offered in (`languages`, its codes).
 */
export function parseInvitees(
	text: string,
	allowedGroups: readonly string[],
	languages: readonly string[] = ['en']
): InviteeImport {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
	const accepted: InviteeImport['accepted'] = [];
	const rejected: RejectedRow[] = [];
	const seen = new Set<string>();
	let languageColumn = true;
	for (const [index, raw] of parsed.data.entries()) {
		const cells = raw.map((c) => c.trim());
		const line = index + 1;
		const content = cells.join(', ');
		const reject = (reason: string) => void rejected.push({ line, content, reason });
		if (index === 0 && /e-?mail|correo/i.test(cells[0] ?? '')) {
			// A header names its columns: a fourth one is the language only when it says so.
			languageColumn = /lang|idioma|sprache/i.test(cells[3] ?? '');
			continue;
		}
		if (cells.length < 2) {
			reject(m.cycle_csv_columns());
			continue;
		}
		const email = (cells[0] ?? '').toLowerCase();
		const [nameCell, groupCell] = cells.length >= 3 ? [cells[1], cells[2]] : [null, cells[1]];
		const languageCell = languageColumn ? (cells[3] ?? '') : '';
		if (!emailSchema.safeParse(email).success) {
			reject(m.cycle_csv_bad_email({ value: cells[0] ?? '' }));
			continue;
		}
		const group = groupKeyFrom(groupCell ?? '');
		if (!group) {
			reject(m.cycle_csv_unknown_group({ group: groupCell ?? '' }));
			continue;
		}
		if (!allowedGroups.includes(group)) {
			reject(m.cycle_csv_group_not_in_cycle({ group: groupCell ?? '' }));
			continue;
		}
		if (seen.has(email)) {
			reject(m.cycle_csv_duplicate());
			continue;
		}
		if ((nameCell ?? '').length > 120) {
			reject(m.cycle_csv_name_too_long());
			continue;
		}
		const language = languageCell ? languageFrom(languageCell, languages) : null;
		if (languageCell && !language) {
			reject(
				m.cycle_csv_language_not_offered({
					language: languageCell,
					languages: languages.join(', ')
				})
			);
			continue;
		}
		seen.add(email);
		accepted.push({
			line,
			email,
			name: nameCell ? nameCell : null,
			group,
			...(language ? { language } : {})
		});
	}
	for (const error of parsed.errors) {
		if (error.row !== undefined && !rejected.some((r) => r.line === error.row! + 1)) {
			rejected.push({ line: error.row + 1, content: '', reason: error.message });
		}
	}
	return { accepted, rejected: rejected.sort((a, b) => a.line - b.line) };
}
