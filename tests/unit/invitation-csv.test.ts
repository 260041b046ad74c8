import { describe, it, expect } from 'vitest';
import {
	groupKeyFrom,
	inviteeListTooLarge,
	parseInvitees
} from '../../src/lib/domain/invitation/csv';
import { inLanguage } from '../../src/lib/server/platform/i18n';
import { safeCsvCell, toCsv } from '../../src/lib/domain/csv';

const groups = ['sales', 'service', 'front_line'];

describe('invitee CSV', () => {
	it('keeps the good rows and reports each bad row with its line and reason', () => {
		const text = [
			'email,name,group',
			'ana@example.org, Ana Silva, sales',
			'not-an-address, Bob, sales',
			'cy@example.org,,Customer service',
			'dee@example.org, Dee, marketing',
			'eve@example.org, Eve, astronauts',
			'ana@example.org, Ana again, sales',
			'fay@example.org, front line',
			'lonely-cell'
		].join('\n');
		const result = parseInvitees(text, groups);
		expect(result.accepted).toEqual([
			{ line: 2, email: 'ana@example.org', name: 'Ana Silva', group: 'sales' },
			{ line: 4, email: 'cy@example.org', name: null, group: 'service' },
			{ line: 8, email: 'fay@example.org', name: null, group: 'front_line' }
		]);
		expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
			[3, '“not-an-address” is not a valid e-mail address.'],
			[5, 'The group “marketing” does not take part in this cycle.'],
			[6, 'Unknown stakeholder group “astronauts”.'],
			[7, 'This e-mail address appears twice in the list.'],
			[9, 'Expected e-mail, optional name and group separated by commas.']
		]);
	});

	it('reads quoted fields with commas, a byte-order mark and Windows line ends', () => {
		const result = parseInvitees(
			'\uFEFF"gil@example.org","Gil, Jr.","Sales"\r\nHAL@Example.org;x,IT\r\n',
			['sales', 'it']
		);
		expect(result.accepted[0]).toEqual({
			line: 1,
			email: 'gil@example.org',
			name: 'Gil, Jr.',
			group: 'sales'
		});
		expect(result.rejected).toHaveLength(1);
	});

	it('maps group names as people write them', () => {
		expect(groupKeyFrom('Front line')).toBe('front_line');
		expect(groupKeyFrom('front-line')).toBe('front_line');
		expect(groupKeyFrom('Customer service')).toBe('service');
		expect(groupKeyFrom('IT')).toBe('it');
		expect(groupKeyFrom('Executive')).toBe('executives');
		expect(groupKeyFrom('Board')).toBeNull();
	});

	it('maps the group names the import form lists in Spanish and German (issue 17.1)', () => {
		expect(groupKeyFrom('Ventas')).toBe('sales');
		expect(groupKeyFrom('atencion al cliente')).toBe('service');
		expect(groupKeyFrom('Primera línea')).toBe('front_line');
		expect(groupKeyFrom('Geschäftsleitung')).toBe('executives');
		expect(groupKeyFrom('Kundenkontakt')).toBe('front_line');
		expect(groupKeyFrom('Vorstand')).toBeNull();
	});

	it('gives each bad row’s reason, and the size of a file too large, in the lead’s language', () => {
		const rows = 'ana@example.org, Ana, astronauts\nbo@example.org, Bo, marketing';
		expect(
			inLanguage('es', () => parseInvitees(rows, groups).rejected.map((r) => r.reason))
		).toEqual([
			'Grupo de interés desconocido: «astronauts».',
			'El grupo «marketing» no participa en este ciclo.'
		]);
		expect(inLanguage('de', () => inviteeListTooLarge(3.5 * 1024 * 1024))).toMatch(
			/^Diese Datei ist zu groß \(3,5 MB\): /
		);
		expect(inviteeListTooLarge(3.5 * 1024 * 1024)).toMatch(/^This file is too large \(3\.5 MB\): /);
	});

	it('skips a header written in Spanish, as the form describes the columns', () => {
		const result = parseInvitees(
			'correo,nombre,grupo,idioma\nana@example.org,Ana,ventas,es',
			groups,
			['en', 'es']
		);
		expect(result.rejected).toEqual([]);
		expect(result.accepted).toEqual([
			{ line: 2, email: 'ana@example.org', name: 'Ana', group: 'sales', language: 'es' }
		]);
	});

	it('neutralises spreadsheet formulas in exported cells', () => {
		expect(safeCsvCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
		expect(safeCsvCell('+1')).toBe("'+1");
		expect(safeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(safeCsvCell('plain')).toBe('plain');
		expect(toCsv([['a', '=1+1', 3, null]])).toBe(`a,'=1+1,3,`);
	});
});

describe('the invitee list’s language column (issue 17)', () => {
	const offered = ['en', 'es'];

	it('takes a code or a name in a fourth column, and leaves it out when empty', () => {
		const result = parseInvitees(
			[
				'ana@example.org, Ana, sales, es',
				'bo@example.org, , sales, Español',
				'cy@example.org, Cy, sales, ES-mx',
				'dee@example.org, Dee, sales,',
				'eve@example.org, sales'
			].join('\n'),
			groups,
			offered
		);
		expect(result.rejected).toEqual([]);
		expect(result.accepted.map((r) => [r.email, r.language ?? null])).toEqual([
			['ana@example.org', 'es'],
			['bo@example.org', 'es'],
			['cy@example.org', 'es'],
			['dee@example.org', null],
			['eve@example.org', null]
		]);
	});

	it('refuses a language the questionnaire is not offered in, naming the row', () => {
		const result = parseInvitees(
			'email,name,group,language\nana@example.org,Ana,sales,de\nbo@example.org,Bo,sales,en',
			groups,
			offered
		);
		expect(result.accepted.map((r) => r.email)).toEqual(['bo@example.org']);
		expect(result.rejected).toEqual([
			{
				line: 2,
				content: 'ana@example.org, Ana, sales, de',
				reason:
					'The questionnaire of this cycle is not offered in “de”: use en, es, or leave the language empty.'
			}
		]);
	});

	it('ignores a fourth column a header names as something else', () => {
		const result = parseInvitees(
			'email,name,group,department\nana@example.org,Ana,sales,Claims',
			groups,
			offered
		);
		expect(result.rejected).toEqual([]);
		expect(result.accepted[0]?.language).toBeUndefined();
	});
});
