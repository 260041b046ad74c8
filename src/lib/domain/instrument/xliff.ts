/**
 * XLIFF 2.0 (OASIS, urn:oasis:names:tc:xliff:document:2.0) for the translator's workflow
 * (issue 17.3): a version's texts go out as one <file> of <unit>s keyed by stable ids
 * (translation.ts), with the translator's note, the source and, where there is one, the target;
 * a translated file comes back through parseXliff.
 *
 * Parsing is strict and closed: saxes (a non-validating, well-formedness-checking parser that
 * knows only XML's five predefined entities and character references) reads the text; a file
 * with a DOCTYPE is refused, so no entity is declared, expanded or fetched. Inline markup inside
 * <source>/<target> is refused (the texts have none). The result is checked with zod.
 */
import { SaxesParser } from 'saxes';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { ImportedUnit, TranslationUnit } from './translation';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** Larger than any questionnaire's file (version 2 is about 60 KB), small enough to parse at once. */
export const MAX_XLIFF_BYTES = 1_000_000;
export const MAX_UNITS = 5000;
const MAX_TEXT = 2000;

const escapeText = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

export interface XliffDocument {
	srcLang: string;
	trgLang: string;
	/** Names the version the file was made from, e.g. `touchstone-crm-maturity-v3`. */
	original: string;
	units: readonly TranslationUnit[];
	/** Target texts by unit id (the current translation or draft); units without one go out empty. */
	targets: Readonly<Record<string, string>>;
}

/** A version's texts as an XLIFF 2.0 document. */
export function buildXliff(document: XliffDocument): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="${escapeAttribute(document.srcLang)}" trgLang="${escapeAttribute(document.trgLang)}">`,
		`  <file id="f1" original="${escapeAttribute(document.original)}">`
	];
	for (const unit of document.units) {
		const target = document.targets[unit.id]?.trim();
		lines.push(
			`    <unit id="${escapeAttribute(unit.id)}">`,
			`      <notes><note category="context">${escapeText(unit.note)}</note></notes>`,
			`      <segment state="${target ? 'translated' : 'initial'}">`,
			`        <source>${escapeText(unit.source)}</source>`,
			...(target ? [`        <target>${escapeText(target)}</target>`] : []),
			'      </segment>',
			'    </unit>'
		);
	}
	lines.push('  </file>', '</xliff>', '');
	return lines.join('\n');
}

const language = z
	.string()
	.trim()
	.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'is not a language code');

const parsedSchema = z.object({
	srcLang: language,
	trgLang: language,
	units: z
		.array(
			z.object({
				id: z
					.string()
					.min(1)
					.max(200)
					.regex(/^[A-Za-z0-9_.:-]+$/, 'is not a unit id'),
				source: z.string().max(MAX_TEXT),
				target: z.string().max(MAX_TEXT).optional()
			})
		)
		.max(MAX_UNITS)
});

export type ParsedXliff =
	| { ok: true; srcLang: string; trgLang: string; units: ImportedUnit[] }
	| { ok: false; error: string };

/** The primary language subtag: `de-CH` → `de`. */
export const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0]!;

type RawUnit = { id: string; source: string; target?: string };
type Root = { srcLang: string; trgLang: string };

/** The root element's languages, or why the file is not XLIFF 2. */
function rootOf(tag: {
	local: string;
	uri: string;
	attributes: Record<string, { value: string }>;
}): Root | string {
	if (tag.local !== 'xliff' || tag.uri !== XLIFF_NAMESPACE) return m.org_xliff_not_xliff();
	const version = tag.attributes['version']?.value ?? '';
	if (!/^2\.\d$/.test(version))
		return m.org_xliff_version({ version: version || m.org_xliff_no_version() });
	return {
		srcLang: tag.attributes['srcLang']?.value ?? '',
		trgLang: tag.attributes['trgLang']?.value ?? ''
	};
}

/** The units of a well-formed XLIFF 2 file, or the first reason it cannot be read. */
function readXliff(xml: string): { failure: string | null; root: Root | null; units: RawUnit[] } {
	const parser = new SaxesParser({ xmlns: true, position: true });
	const units: RawUnit[] = [];
	const ids = new Set<string>();
	let failure: string | null = null;
	let root: Root | null = null;
	let depth = 0;
	let unit: { id: string; source: string; target: string; hasTarget: boolean } | null = null;
	// Inside a <segment>/<ignorable>: its own source and target, joined into the unit's on close.
	let part: { source: string; target: string | null; ignorable: boolean } | null = null;
	let capturing: 'source' | 'target' | null = null;
	const fail = (message: string) => {
		failure ??= message;
	};
	parser.on('doctype', () => fail(m.org_xliff_doctype()));
	parser.on('error', (e) => fail(m.org_xliff_not_xml({ detail: e.message.split('\n')[0]! })));
	parser.on('opentag', (tag) => {
		if (failure) return;
		if (depth++ === 0) {
			const found = rootOf(tag);
			if (typeof found === 'string') return fail(found);
			root = found;
		}
		if (capturing) return fail(m.org_xliff_markup({ id: unit?.id ?? '' }));
		if (tag.uri !== XLIFF_NAMESPACE) return;
		const name = tag.local;
		if (name === 'unit') {
			const id = tag.attributes['id']?.value ?? '';
			if (ids.has(id)) return fail(m.org_xliff_twice({ id }));
			ids.add(id);
			unit = { id, source: '', target: '', hasTarget: false };
		} else if ((name === 'segment' || name === 'ignorable') && unit) {
			part = { source: '', target: null, ignorable: name === 'ignorable' };
		} else if ((name === 'source' || name === 'target') && part) {
			capturing = name;
			if (name === 'target') part.target = '';
		}
	});
	const onText = (text: string) => {
		if (failure || !capturing || !part) return;
		if (capturing === 'source') part.source += text;
		else part.target = (part.target ?? '') + text;
	};
	parser.on('text', onText);
	parser.on('cdata', onText);
	parser.on('closetag', (tag) => {
		depth -= 1;
		if (failure || tag.uri !== XLIFF_NAMESPACE) return;
		const name = tag.local;
		if (name === 'source' || name === 'target') capturing = null;
		else if ((name === 'segment' || name === 'ignorable') && unit && part) {
			unit.source += part.source;
			// An ignorable without a target keeps its source text (white space between segments).
			if (part.target !== null) {
				unit.target += part.target;
				if (!part.ignorable) unit.hasTarget = true;
			} else if (part.ignorable) unit.target += part.source;
			part = null;
		} else if (name === 'unit' && unit) {
			units.push({
				id: unit.id,
				source: unit.source,
				...(unit.hasTarget ? { target: unit.target } : {})
			});
			unit = null;
		}
	});
	try {
		parser.write(xml).close();
	} catch (e) {
		fail(m.org_xliff_not_xml({ detail: (e as Error).message.split('\n')[0]! }));
	}
	return { failure, root, units };
}

/**
 * Reads an XLIFF 2.x file. A unit's segments (and ignorables) are joined in order, as the
 * standard says a unit's text is; a unit without a <target> has none. Errors are sentences a
 * lead can act on.
 */
export function parseXliff(xml: string): ParsedXliff {
	if (xml.length > MAX_XLIFF_BYTES) return { ok: false, error: m.org_xliff_too_large() };
	const { failure, root, units } = readXliff(xml);
	if (failure) return { ok: false, error: failure };
	if (!root) return { ok: false, error: m.org_xliff_empty() };
	const parsed = parsedSchema.safeParse({ ...(root as Root), units });
	if (parsed.success) return { ok: true, ...parsed.data };
	const issue = parsed.error.issues[0]!;
	const where = issue.path.join('.');
	if (where === 'units') return { ok: false, error: m.org_xliff_too_many({ max: MAX_UNITS }) };
	if (where === 'srcLang' || where === 'trgLang')
		return { ok: false, error: m.org_xliff_bad_language({ attribute: where }) };
	const index = typeof issue.path[1] === 'number' ? issue.path[1] : -1;
	const id = units[index]?.id;
	const unit = id ? m.org_xliff_unit_id({ id: id.slice(0, 80) }) : String(index + 1);
	return {
		ok: false,
		error:
			issue.path.at(-1) === 'id'
				? m.org_xliff_bad_unit_id({ unit })
				: m.org_xliff_unit_too_long({ unit, field: String(issue.path.at(-1)), max: MAX_TEXT })
	};
}
