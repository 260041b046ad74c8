import type { Action } from 'svelte/action';
import { m } from '$lib/paraglide/messages';

/**
 * A table wrapper that may scroll sideways (wide tables on a phone). While its table is wider than
 * it, it shows a cue: a line "Scroll sideways for more columns", in the reader's language, that
 * stays put while the table scrolls, and its right edge fades (app.css) until the last column is
 * reached. It then also becomes a tab stop, so keyboard users can scroll it; when the table fits,
 * cue and tab stop go. `{ hint: null }` keeps the fade without the line (a strip of links, like
 * the dashboard's sections). Only lead and board pages use it: the respondent pages, which load no
 * message catalogue, must not (tests/unit/scroll-hint.test.ts).
 */
export const scrollable: Action<HTMLElement, { hint?: string | null } | undefined> = (
	node,
	options
) => {
	const content = node.firstElementChild;
	const text = options?.hint === undefined ? m.common_scroll_hint() : options.hint;
	const hint = document.createElement('p');
	hint.className = 'scroll-hint';
	// A visual cue: a screen reader reads the whole table anyway.
	hint.setAttribute('aria-hidden', 'true');
	hint.textContent = text;
	const update = () => {
		const overflows = node.scrollWidth > node.clientWidth + 1;
		if (overflows) node.setAttribute('tabindex', '0');
		else node.removeAttribute('tabindex');
		const atEnd = node.scrollLeft + node.clientWidth >= node.scrollWidth - 1;
		node.toggleAttribute('data-more-right', overflows && !atEnd);
		if (overflows && text && !hint.isConnected) node.prepend(hint);
		else if (!overflows && hint.isConnected) hint.remove();
	};
	update();
	node.addEventListener('scroll', update, { passive: true });
	const observer = new ResizeObserver(update);
	observer.observe(node);
	if (content) observer.observe(content);
	return {
		destroy: () => {
			observer.disconnect();
			node.removeEventListener('scroll', update);
			hint.remove();
		}
	};
};
