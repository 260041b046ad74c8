/**
 * The architecture's import rules are lint rules (eslint.config.js, docs/architecture.md): each
 * forbidden import below must fail the lint, and the allowed one must pass, so that a change to
 * the config that silently drops a rule is caught here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? [])
		.filter((m) => m.ruleId === 'no-restricted-imports')
		.map((m) => m.message);
}

describe('architecture lint rules', () => {
	it('refuses server, framework and database code in the domain', async () => {
		const file = 'src/lib/domain/scoring/example.ts';
		for (const source of [
			'$lib/server/scoring',
			'../../server/platform/db',
			'@sveltejs/kit',
			'drizzle-orm'
		]) {
			const messages = await restrictedImports(
				file,
				`import { x } from '${source}';\nexport const y = x;\n`
			);
			expect(messages, source).toHaveLength(1);
		}
		expect(
			await restrictedImports(file, "import { x } from './math';\nexport const y = x;\n")
		).toEqual([]);
	}, 60_000);

	it('refuses server code in components and the database in route server files', async () => {
		expect(
			await restrictedImports(
				'src/lib/components/Example.ts',
				"import { x } from '$lib/server/survey';\nexport const y = x;\n"
			)
		).toHaveLength(1);
		expect(
			await restrictedImports(
				'src/routes/(app)/example/+page.server.ts',
				"import { db } from '$lib/server/platform/db';\nexport const y = db;\n"
			)
		).toHaveLength(1);
	}, 60_000);

	it('keeps the raw statistics inside the scoring service', async () => {
		const code =
			"import { cycleStatsFromSql } from '$lib/server/scoring/sql';\nexport const y = cycleStatsFromSql;\n";
		expect(await restrictedImports('src/lib/server/reports/example.ts', code)).toHaveLength(1);
		expect(await restrictedImports('src/lib/server/scoring/example.ts', code)).toEqual([]);
		const profiles =
			"import { respondentProfiles } from '$lib/server/scoring/respondents';\nexport const y = respondentProfiles;\n";
		expect(
			await restrictedImports('src/routes/(app)/example/+page.server.ts', profiles)
		).toHaveLength(1);
		expect(await restrictedImports('src/lib/server/improvement/example.ts', profiles)).toHaveLength(
			1
		);
		expect(await restrictedImports('src/lib/server/scoring/example.ts', profiles)).toEqual([]);
	}, 60_000);
});
