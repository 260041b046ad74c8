import type { Action } from 'svelte/action';

/**
 * A table wrapper that scrolls sideways (wide tables on a phone) becomes a tab stop, so keyboard
 * users can scroll it too; when it fits, it is left out of the tab order.
 */
export const scrollable: Action<HTMLElement> = (node) => {
	const update = () => {
		if (node.scrollWidth > node.clientWidth + 1) node.setAttribute('tabindex', '0');
		else node.removeAttribute('tabindex');
	};
	update();
	const observer = new ResizeObserver(update);
	observer.observe(node);
	if (node.firstElementChild) observer.observe(node.firstElementChild);
	return { destroy: () => observer.disconnect() };
};
