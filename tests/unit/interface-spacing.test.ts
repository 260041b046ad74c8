/**
 * No two words run together on a lead or board page ("46.The", "time(2", "done· 2"). Svelte drops
 * the white space at the start of a block, so a line break after `{#if …}` separates nothing:
 * `{m.a()}{#if b}⏎ {m.c()}{/if}` renders "a" and "c" touching, in every language. A block that
 * continues a sentence starts with its space inside an expression (`{' ' + m.c()}`), or with
 * `&nbsp;` before a separator or a badge. Checked in every Svelte file of the pages and
 * components (the respondent's too).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const roots = ['src/routes', 'src/lib/components'];
const inline = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'small', 'span', 'strong', 'time']);

type Node = { type?: string; data?: string; name?: string; start?: number; [key: string]: unknown };
type Fragment = { nodes: Node[] };

/** Text, an expression or an inline element: something that sits on a line beside its neighbours. */
const flows = (node: Node | undefined): boolean =>
	!!node &&
	(node.type === 'ExpressionTag' ||
		(node.type === 'Text' && /\S/.test(node.data ?? '')) ||
		(node.type === 'RegularElement' && inline.has(node.name ?? '')));

/** Does this branch start with white space (dropped) and then something that flows? */
const startsWithDroppedSpace = (fragment: Fragment | null | undefined): boolean => {
	const [first, second] = fragment?.nodes ?? [];
	// Only ASCII white space is dropped: a no-break space (&nbsp;) stays.
	if (first?.type !== 'Text' || !/^[ \t\r\n]/.test(first.data ?? '')) return false;
	return /\S/.test(first.data ?? '') || flows(second);
};

/** The lines where a block continues the text before it without a space. */
function runTogether(source: string): number[] {
	const ast = parse(source, { modern: true });
	const lines: number[] = [];
	const lineOf = (at: number) => source.slice(0, at).split('\n').length;
	const branches = (block: Node): (Fragment | null | undefined)[] => {
		if (block.type === 'IfBlock') {
			const alternate = block.alternate as Fragment | null;
			const elseIf = alternate?.nodes.length === 1 && alternate.nodes[0]!.type === 'IfBlock';
			return [
				block.consequent as Fragment,
				...(elseIf ? branches(alternate.nodes[0]!) : [alternate])
			];
		}
		if (block.type === 'EachBlock' || block.type === 'KeyBlock') return [block.body as Fragment];
		return [];
	};
	const visit = (node: unknown): void => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) return node.forEach(visit);
		const n = node as Node & Partial<Fragment>;
		if (n.type === 'Fragment' && Array.isArray(n.nodes)) {
			n.nodes.forEach((child, i) => {
				const before = n.nodes![i - 1];
				// A block right after another may follow its text too ({/if}{#if …}).
				const touching =
					(flows(before) || before?.type === 'IfBlock') &&
					!(before!.type === 'Text' && /\s$/.test(before!.data ?? ''));
				if (touching && branches(child).some(startsWithDroppedSpace))
					lines.push(lineOf(child.start ?? 0));
			});
		}
		for (const [key, value] of Object.entries(n)) {
			if (key === 'start' || key === 'end' || key === 'loc' || key === 'metadata') continue;
			visit(value);
		}
	};
	visit(ast.fragment);
	return lines;
}

const svelteFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? svelteFiles(`${dir}/${entry.name}`)
			: entry.name.endsWith('.svelte')
				? [`${dir}/${entry.name}`]
				: []
	);

describe('spaces between the parts of a sentence', () => {
	it('finds the dropped space it is written for', () => {
		expect(runTogether(`<p>{a}.{#if b}\n\t{c}{/if}</p>`)).toEqual([1]);
		expect(runTogether(`<p>{a}{#if b}\n\t· <strong>{c}</strong>{/if}</p>`)).toEqual([1]);
		expect(runTogether(`<p>{a}{#if b}{' ' + c}{/if}{#if d}\n\t{e}{/if}</p>`)).toEqual([1]);
		expect(runTogether(`<p>{a}{#if b}{' ' + c}{/if}</p>`)).toEqual([]);
		expect(runTogether(`<p>{a}{#if b}&nbsp;· <strong>{c}</strong>{/if}</p>`)).toEqual([]);
		expect(runTogether(`<p>{a} {#if b}{c}{/if}</p>`)).toEqual([]);
		expect(runTogether(`<div>{a}</div>{#if b}\n<div>{c}</div>{/if}`)).toEqual([]);
	});

	it('is kept on every page', () => {
		const found = roots
			.flatMap(svelteFiles)
			.flatMap((file) => runTogether(readFileSync(file, 'utf8')).map((line) => `${file}:${line}`));
		expect(found).toEqual([]);
	});
});
