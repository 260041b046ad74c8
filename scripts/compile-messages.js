// Compiles the interface's messages (messages/{locale}/*.json) into typed functions in
// src/lib/paraglide, which is generated and not committed. The Vite plugin does the same for
// builds; this runs after install and before checks and tests (vite.config.ts), and skips the
// work when the output is newer than every message file.
import { existsSync, readdirSync, statSync } from 'node:fs';

const output = 'src/lib/paraglide/messages.js';
const inputs = [
	'project.inlang/settings.json',
	...readdirSync('messages', { recursive: true })
		.filter((f) => String(f).endsWith('.json'))
		.map((f) => `messages/${f}`)
];
const newestInput = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
if (existsSync(output) && statSync(output).mtimeMs > newestInput) process.exit(0);

const { compile } = await import('@inlang/paraglide-js');
await compile({
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['baseLocale'],
	emitGitIgnore: false,
	emitPrettierIgnore: false
});
// The compiler's project store keeps handles open for about 30 s after it is done.
process.exit(0);
