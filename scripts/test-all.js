#!/usr/bin/env node
// Runs every test layer (unit, database, end-to-end) and prints one total line.
// Database layers use PGlite unless TEST_DATABASE_URL points at PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const label = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
mkdirSync('test-results', { recursive: true });

function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	return result.status ?? 1;
}

function vitestLayer(project) {
	const output = `test-results/${label}-${project}.json`;
	const status = run('npx', [
		'vitest',
		'run',
		'--project',
		project,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${output}`
	]);
	if (!existsSync(output)) return { project, passed: 0, failed: 1, skipped: 0, status };
	const report = JSON.parse(readFileSync(output, 'utf8'));
	const failedSuites = report.testResults.filter(
		(r) => r.status === 'failed' && r.assertionResults.length === 0
	).length;
	// Named again at the very end, where a CI log's tail shows them.
	const failures = report.testResults.flatMap((file) => {
		const name = file.name.replace(process.cwd() + '/', '');
		const firstLine = (text) => (text ?? '').split('\n')[0].slice(0, 300);
		if (file.status === 'failed' && file.assertionResults.length === 0)
			return [`${name}: ${firstLine(file.message)}`];
		return file.assertionResults
			.filter((a) => a.status === 'failed')
			.map((a) => `${name} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
	});
	return {
		project,
		failures,
		passed: report.numPassedTests,
		failed:
			report.numFailedTests +
			failedSuites +
			(status !== 0 && report.numFailedTests === 0 && failedSuites === 0 ? 1 : 0),
		skipped: report.numPendingTests + report.numTodoTests,
		status
	};
}

const layers = [vitestLayer('unit'), vitestLayer('db')];
const built = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (built !== 0)
	layers.push({ project: 'e2e (build failed)', passed: 0, failed: 1, skipped: 0, status: built });
else layers.push(vitestLayer('e2e'));

console.log(`\nTest layers on ${label}:`);
for (const layer of layers) {
	console.log(
		`  ${layer.project.padEnd(6)} ${layer.passed} passed, ${layer.failed} failed, ${layer.skipped} skipped`
	);
}
const failures = layers.flatMap((l) =>
	(l.failures ?? []).map((f) => `  FAILED [${label} ${l.project}] ${f}`)
);
if (failures.length > 0) console.log(`\nFailed tests on ${label}:\n${failures.join('\n')}`);
const passed = layers.reduce((sum, l) => sum + l.passed, 0);
const failed = layers.reduce((sum, l) => sum + l.failed, 0);
writeFileSync(
	`test-results/summary-${label}.json`,
	JSON.stringify({ label, passed, failed, failures, layers }, null, 2)
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
