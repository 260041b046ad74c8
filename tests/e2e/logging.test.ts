import { describe, it, expect } from 'vitest';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { freePort, freshDatabase, startServer, type RunningServer } from '../support/server';
import { HttpClient, uniqueEmail } from '../support/http';
import { createCycle } from '../support/respond';

/**
 * Makes inserts into `user` and `invitation` fail with a PostgreSQL error that quotes the row's
 * e-mail address (and the password hash), as a unique violation's "Key (email)=(…)" would.
 */
const failingInserts = `
create function touchstone_test_boom() returns trigger language plpgsql as $$
begin
	if tg_table_name = 'user' then raise exception 'boom % %', NEW.email, NEW.password_hash; end if;
	raise exception 'boom %', NEW.email;
end $$;
create trigger touchstone_test_boom before insert on "user" for each row execute function touchstone_test_boom();
create trigger touchstone_test_boom before insert on invitation for each row execute function touchstone_test_boom();
`;

async function installFailingInserts(database: {
	databaseUrl?: string;
	dataDir?: string;
}): Promise<void> {
	if (database.databaseUrl) {
		const sql = postgres(database.databaseUrl, { max: 1, onnotice: () => {} });
		await sql.unsafe(failingInserts);
		await sql.end();
	} else {
		const pg = await PGlite.create({ dataDir: database.dataDir });
		await pg.exec(failingInserts);
		await pg.close();
	}
}

type LogLine = Record<string, unknown> & {
	level?: string;
	msg?: string;
	route?: string | null;
	status?: number;
	err?: { message?: string; stack?: string };
};

function jsonLines(output: string): LogLine[] {
	return output
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.map((l) => JSON.parse(l) as LogLine);
}

describe('logs', () => {
	it('a database error on sign-up and on an invitee import is logged as JSON without e-mail, password, token, query or CSV contents', async () => {
		const database = await freshDatabase();
		const port = await freePort();
		const env = { ...database.env, SEED_DEMO: 'false', ADDRESS_HEADER: 'x-forwarded-for' };
		let server: RunningServer | undefined = await startServer(env, { port });
		const leadEmail = uniqueEmail('log-lead');
		const leadPassword = 'lead password 4711';
		try {
			// A lead with an organisation and a cycle, made while inserts still work.
			const setup = new HttpClient(server.baseUrl);
			await setup.signUp('Log Lead', leadEmail, leadPassword);
			const created = await setup.post('/orgs/new', {
				name: 'Log plc',
				sector: 'Other',
				sizeBand: '1–49'
			});
			const orgId = created.headers.get('location')!.split('/').pop()!;
			const cycleId = await createCycle(setup, orgId, 'Logged', ['sales']);
			await server.stop();
			server = undefined;
			await installFailingInserts(database);
			server = await startServer(env, { port });

			const lead = new HttpClient(server.baseUrl);
			const signIn = await lead.post('/sign-in', { email: leadEmail, password: leadPassword });
			expect(signIn.status).toBe(303);
			const sessionToken = /touchstone_session=([^;]+)/.exec(
				signIn.headers.getSetCookie().join('\n')
			)?.[1];
			expect(sessionToken).toBeTruthy();

			const newcomer = {
				name: 'Secret Person',
				email: 'secret.person@example.org',
				password: 'correct horse battery staple'
			};
			const signUp = await new HttpClient(server.baseUrl).post(
				'/sign-up?next=%2Forgs%2Fnew%3Fq%3Dquery-secret-value',
				newcomer
			);
			expect(signUp.status).toBe(500);

			const invitees = [
				['ines.invitee@example.org', 'Ines Invitee', 'sales'],
				['olaf.other@example.org', 'Olaf Other', 'sales']
			];
			const imported = await lead.post(`/o/${orgId}/cycles/${cycleId}/invitations?/import`, {
				csv: invitees.map((r) => r.join(', ')).join('\n')
			});
			expect(imported.status).toBe(500);
			await new Promise((r) => setTimeout(r, 200));

			const log = server.output();
			const secrets = [
				newcomer.email,
				newcomer.password,
				newcomer.name,
				'secret.person',
				'query-secret-value',
				'$argon2',
				leadEmail,
				leadPassword,
				sessionToken!,
				...invitees.flatMap(([email, name]) => [email!, email!.split('@')[0]!, name!])
			];
			for (const secret of secrets)
				expect(log, `the log holds "${secret}":\n${log.slice(-3000)}`).not.toContain(secret);

			const lines = jsonLines(log);
			for (const route of [
				'/(app)/(auth)/sign-up',
				'/(app)/o/[orgId]/cycles/[cycleId]/invitations'
			]) {
				const error = lines.find((l) => l.level === 'error' && l.route === route);
				expect(error, `an error line for ${route}:\n${log.slice(-3000)}`).toBeDefined();
				expect(JSON.stringify(error!.err), 'the database error (the cause) is logged').toContain(
					'boom [email]'
				);
				expect(error!.err?.stack).toBeTruthy();
				expect(
					lines.find(
						(l) =>
							l.msg === 'request' &&
							l.route === route &&
							l.method === 'POST' &&
							l.status === 500 &&
							typeof l.ms === 'number'
					),
					`a request line for ${route}`
				).toBeDefined();
			}
			// The log lines of one failed sign-up, for the record.
			for (const line of lines.filter((l) => l.route === '/(app)/(auth)/sign-up'))
				console.log(JSON.stringify(line));
		} finally {
			await server?.stop();
			await database.cleanup();
		}
	});
});
