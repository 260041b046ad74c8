import { describe, it, expect } from 'vitest';
import { scrub, serializeError } from '../../src/lib/server/platform/log';

describe('log scrubbing', () => {
	it('removes e-mail addresses, hashes, tokens and quoted values from messages', () => {
		const token = 'plqw2mtfontbl2yhj6ow2gwps3jlcoy7';
		const text = scrub(
			`duplicate key: Key (email)=(ana.silva@example.org) already exists; boom ana@b.co; ` +
				`invalid input syntax for type uuid: "not-a-uuid"; hash $argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g ` +
				`token ${token} sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`
		);
		for (const secret of [
			'ana.silva@example.org',
			'ana@b.co',
			'not-a-uuid',
			'$argon2id',
			'c2FsdHNhbHQ',
			token,
			'9f86d081884c7d659a2f'
		])
			expect(text).not.toContain(secret);
		expect(text).toContain('Key (email)=([redacted])');
	});

	it('keeps what helps debugging: identifiers, UUIDs, scoped package paths', () => {
		const text =
			'relation "invitation" at /app/node_modules/@sveltejs/kit/src/runtime.js for 3f2504e0-4f89-11d3-9a0c-0305e82c3301';
		expect(scrub(text)).toBe(text);
	});

	it("drops drizzle's bound parameters, even over several lines, from the message and the stack", () => {
		class DrizzleQueryError extends Error {
			constructor(
				readonly query: string,
				readonly params: unknown[],
				cause: unknown
			) {
				super(`Failed query: ${query}\nparams: ${params}`);
				this.cause = cause;
			}
		}
		const cause = Object.assign(new Error('boom ines@example.org'), {
			code: 'P0001',
			detail: 'Failing row contains (Ines Invitee)',
			table: 'invitation'
		});
		const error = new DrizzleQueryError(
			'insert into "invitation" ("email", "name") values ($1, $2)',
			['ines@example.org', 'Ines\nInvitee'],
			cause
		);
		const serialized = JSON.stringify(serializeError(error));
		for (const secret of ['ines@example.org', 'Ines', 'Invitee'])
			expect(serialized).not.toContain(secret);
		expect(serialized).toContain('insert into \\"invitation\\"');
		expect(serializeError(error).cause).toMatchObject({
			code: 'P0001',
			table: 'invitation',
			message: 'boom [email]'
		});
		expect(serialized).not.toContain('detail');
	});
});
