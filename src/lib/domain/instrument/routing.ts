/**
 * Routing by stakeholder group (issue 13.2): which sections each group is asked. A version may
 * carry a default routing; a cycle may adjust it; dimensions marked not applicable are never asked.
 * Sections a routing does not mention are asked of everyone (the core).
 */
import type { StakeholderGroupKey } from './types';

/** Section key → the groups asked it. A section not listed is asked of every group. */
export type Routing = Readonly<Record<string, readonly StakeholderGroupKey[]>>;

/**
 * The routing a cycle runs with: the version's default, with the lead's choices for this cycle
 * (section by section) over it.
 */
export function effectiveRouting(
	version: Routing | null | undefined,
	cycle: Readonly<Record<string, readonly string[]>> | null | undefined
): Routing {
	return { ...version, ...(cycle as Routing | null | undefined) };
}

/** The sections one respondent of `group` is asked, in the questionnaire's order. */
export function sectionsAsked<S extends { key: string }>(
	sections: readonly S[],
	group: string,
	routing: Routing | null | undefined,
	notApplicable: readonly string[] = []
): S[] {
	return sections.filter((s) => {
		if (notApplicable.includes(s.key)) return false;
		const groups = routing?.[s.key];
		return !groups || (groups as readonly string[]).includes(group);
	});
}

/**
 * The cycle's groups asked a section, in the cycle's order: every dimension is scored from these
 * groups' answers only, which the dashboard and the PDF say.
 */
export function groupsAsked(
	sectionKey: string,
	cycleGroups: readonly string[],
	routing: Routing | null | undefined
): string[] {
	const groups = routing?.[sectionKey] as readonly string[] | undefined;
	return groups ? cycleGroups.filter((g) => groups.includes(g)) : [...cycleGroups];
}
